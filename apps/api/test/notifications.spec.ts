import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxService } from '../src/events/outbox.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { RemindersService } from '../src/notifications/reminders.service';
import { cloneTemplateDatabase } from './support/db';
import { DAY_MS, eventually, login, makeUser, Role, startTestApp, TestApp } from './support/app';
import { startSmtpServer, subjectOf } from './support/smtp';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('notifications: outbox, worker, e-mail over SMTP, in-app', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ JOBS_ENABLED: 'true', SMTP_URL: smtp.url, OUTBOX_POLL_MS: '200', PUBLIC_URL: 'https://kokemus.example' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers an event as one e-mail in the reader’s language and one in-app notification', async () => {
    const admin = await makeUser(t.dataSource, [Role.Admin], [], { displayName: 'Britta Lindqvist' });
    await t.dataSource.query(`UPDATE user_account SET locale = 'sv' WHERE id = $1`, [admin.id]);
    const { token } = await login(t, admin.email);
    const sent = await t.http().post('/api/v1/notifications/test-message').set(bearer(token)).expect(202);
    const mail = await eventually(async () => smtp.messages.find((m) => m.to.includes(admin.email)));
    expect(subjectOf(mail.raw)).toBe('Kokemus: testmeddelande');
    expect(mail.raw).toMatch(/Message-ID: <[0-9a-f-]+@kokemus>/i);
    expect(mail.raw).toContain('https://kokemus.example/account');
    expect(mail.raw).toMatch(/Content-Type: text\/html/i);
    const rows = await eventually(async () => {
      const r = await t.dataSource.query(`SELECT status FROM email_message WHERE event_id = $1`, [sent.body.eventId]);
      return r[0]?.status === 'sent' ? r : null;
    });
    expect(rows).toHaveLength(1);

    const count = await t.http().get('/api/v1/notifications/unread-count').set(bearer(token)).expect(200);
    expect(count.body.count).toBe(1);
    const list = await t.http().get('/api/v1/notifications').set(bearer(token)).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ category: 'system', title: 'Kokemus: testmeddelande', readAt: null, link: '/' });
    const read = await t.http().post(`/api/v1/notifications/${list.body.items[0].id}/read`).set(bearer(token)).expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await t.http().get('/api/v1/notifications/unread-count').set(bearer(token))).body.count).toBe(0);
  });

  it('delivering the same event again sends nothing twice', async () => {
    const admin = await makeUser(t.dataSource, [Role.Admin]);
    const { token } = await login(t, admin.email);
    const { body } = await t.http().post('/api/v1/notifications/test-message').set(bearer(token)).expect(202);
    await eventually(async () => smtp.messages.find((m) => m.to.includes(admin.email)));
    const notifications = t.app.get(NotificationsService);
    await notifications.deliverEvent(body.eventId);
    await notifications.deliverEvent(body.eventId);
    const [email] = await t.dataSource.query(`SELECT id FROM email_message WHERE event_id = $1`, [body.eventId]);
    await notifications.sendEmail(email.id);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.filter((m) => m.to.includes(admin.email))).toHaveLength(1);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE event_id = $1`, [body.eventId]);
    expect(n).toBe(1);
  });

  it('shows nobody else’s notifications', async () => {
    const a = await makeUser(t.dataSource, [Role.Admin]);
    const b = await makeUser(t.dataSource, [Role.Expert]);
    const ta = (await login(t, a.email)).token;
    const tb = (await login(t, b.email)).token;
    await t.http().post('/api/v1/notifications/test-message').set(bearer(ta)).expect(202);
    const mine = await eventually(async () => {
      const res = await t.http().get('/api/v1/notifications').set(bearer(ta));
      return res.body.items.length ? res.body.items : null;
    });
    expect((await t.http().get('/api/v1/notifications').set(bearer(tb))).body.items).toEqual([]);
    await t.http().post(`/api/v1/notifications/${mine[0].id}/read`).set(bearer(tb)).expect(404);
    await t.http().post('/api/v1/notifications/test-message').set(bearer(tb)).expect(403);
    await t.http().get('/api/v1/email-messages').set(bearer(tb)).expect(403);
    const log = await t.http().get('/api/v1/email-messages?limit=5').set(bearer(ta)).expect(200);
    expect(log.body.items.length).toBeGreaterThan(0);
    const one = await t.http().get(`/api/v1/email-messages/${log.body.items[0].id}`).set(bearer(ta)).expect(200);
    expect(one.body.htmlBody).toContain('<html');
  });

  it('reminds the owner before the due day and escalates to coordinators when it passes', async () => {
    const owner = await makeUser(t.dataSource, [Role.Approver], [], { displayName: 'Heidi Mäkelä' });
    const coordinator = await makeUser(t.dataSource, [Role.Coordinator]);
    const reminders = t.app.get(RemindersService);
    const due = new Date('2030-03-15T14:00:00Z'); // Friday 16:00 in Helsinki
    await t.dataSource.transaction((m) =>
      reminders.open(m, {
        kind: 'fee.approve',
        subjectType: 'fee_claim',
        subjectId: 'claim-1',
        ownerUserId: owner.id,
        dueAt: due,
        remindBusinessDaysBefore: 2,
        title: { fi: 'Hyväksy palkkio', sv: 'Godkänn arvodet', en: 'Approve the fee' },
        link: '/fees/claim-1',
      }),
    );
    try {
      t.setNow(new Date('2030-03-13T05:00:00Z')); // Wed 07:00: before the 08:00 reminder
      expect(await reminders.scan()).toBe(0);
      t.setNow(new Date('2030-03-13T06:30:00Z')); // Wed 08:30
      expect(await reminders.scan()).toBe(1);
      expect(await reminders.scan()).toBe(0);
      const ownerMail = await eventually(async () => smtp.messages.find((m) => m.to.includes(owner.email)));
      expect(subjectOf(ownerMail.raw)).toBe('Muistutus: Hyväksy palkkio');
      t.setNow(new Date('2030-03-15T14:00:01Z'));
      expect(await reminders.scan()).toBe(1);
      const escalation = await eventually(async () => smtp.messages.find((m) => m.to.includes(coordinator.email)));
      expect(subjectOf(escalation.raw)).toBe('Myöhässä (Heidi Mäkelä): Hyväksy palkkio');
      await eventually(async () => smtp.messages.filter((m) => m.to.includes(owner.email)).length === 2);
      expect(await reminders.scan()).toBe(0);
    } finally {
      t.resetClock();
    }
  });

  it('a closed reminder stays silent', async () => {
    const owner = await makeUser(t.dataSource, [Role.Expert]);
    const reminders = t.app.get(RemindersService);
    const base = { kind: 'offer.answer', subjectType: 'offer', subjectId: 'o-1', ownerUserId: owner.id, title: { fi: 'a', sv: 'b', en: 'c' }, link: '/' };
    await t.dataSource.transaction((m) => reminders.open(m, { ...base, dueAt: new Date(t.now().getTime() + 60_000) }));
    await t.dataSource.transaction((m) => reminders.close(m, 'offer.answer', 'offer', 'o-1'));
    t.setNow(new Date(t.now().getTime() + DAY_MS));
    try {
      expect(await reminders.scan()).toBe(0);
    } finally {
      t.resetClock();
    }
  });

  it('honours e-mail preferences, except for money and safety', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const { token } = await login(t, user.email);
    const before = await t.http().get('/api/v1/notification-preferences').set(bearer(token)).expect(200);
    expect(before.body.items).toEqual(expect.arrayContaining([{ category: 'money', email: true, locked: true }, { category: 'reminders', email: true, locked: false }]));
    const locked = await t
      .http()
      .put('/api/v1/notification-preferences')
      .set(bearer(token))
      .send({ items: [{ category: 'money', email: false }] })
      .expect(422);
    expect(locked.body.code).toBe('NOTIFICATION_CATEGORY_LOCKED');
    await t.http().put('/api/v1/notification-preferences').set(bearer(token)).send({ items: [{ category: 'reminders', email: false }] }).expect(200);
    const reminders = t.app.get(RemindersService);
    await t.dataSource.transaction((m) =>
      reminders.open(m, { kind: 'x', subjectType: 'y', subjectId: user.id, ownerUserId: user.id, dueAt: new Date(t.now().getTime() - 1000), title: { fi: 'a', sv: 'b', en: 'c' }, link: '/' }),
    );
    expect(await reminders.scan()).toBe(1);
    await eventually(async () => (await t.http().get('/api/v1/notifications').set(bearer(token))).body.items.length === 1);
    await new Promise((r) => setTimeout(r, 800));
    expect(smtp.messages.filter((m) => m.to.includes(user.email))).toHaveLength(0);
    await t.http().put('/api/v1/notification-preferences').set(bearer(token)).send({ items: [{ category: 'nonsense', email: true }] }).expect(400);
  });
});

describe('nothing is lost when the process dies between the commit and the send', () => {
  it('an event committed while no worker ran is delivered exactly once after restart', async () => {
    const smtp = await startSmtpServer();
    const db = await cloneTemplateDatabase();
    try {
      // Process 1: records the event (committed) and "dies" before any worker touches it.
      const first = await startTestApp({ JOBS_ENABLED: 'false', SMTP_URL: smtp.url }, db);
      const admin = await makeUser(first.dataSource, [Role.Admin]);
      const { token } = await login(first, admin.email);
      const { body } = await first.http().post('/api/v1/notifications/test-message').set(bearer(token)).expect(202);
      await first.stop();
      expect(smtp.messages).toHaveLength(0);

      // Process 2 starts: the relay finds the event and delivers it once, even with two relays racing.
      const second = await startTestApp({ JOBS_ENABLED: 'true', SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100' }, db);
      try {
        await Promise.all([second.app.get(OutboxService).dispatchPending(), second.app.get(OutboxService).dispatchPending()]);
        await eventually(async () => smtp.messages.length > 0);
        await new Promise((r) => setTimeout(r, 1500));
        expect(smtp.messages.filter((m) => m.to.includes(admin.email))).toHaveLength(1);
        const [{ dispatched }] = await second.dataSource.query('SELECT dispatched_at IS NOT NULL AS dispatched FROM outbox_event WHERE id = $1', [body.eventId]);
        expect(dispatched).toBe(true);
      } finally {
        await second.stop();
      }
    } finally {
      await db.drop();
      await smtp.close();
    }
  });
});

describe('without SMTP (the demo): the local mail catcher', () => {
  it('writes each message as an .eml file under DATA_DIR/mail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kokemus-mail-'));
    const t = await startTestApp({ JOBS_ENABLED: 'true', DATA_DIR: dir, OUTBOX_POLL_MS: '100' });
    try {
      const admin = await makeUser(t.dataSource, [Role.Admin]);
      const { token } = await login(t, admin.email);
      await t.http().post('/api/v1/notifications/test-message').set(bearer(token)).expect(202);
      const files = await eventually(async () => {
        try {
          const f = readdirSync(join(dir, 'mail'));
          return f.length ? f : null;
        } catch {
          return null;
        }
      });
      expect(files).toHaveLength(1);
      const raw = readFileSync(join(dir, 'mail', files[0]), 'utf8');
      expect(raw).toContain(`To: ${admin.email}`);
      expect(subjectOf(raw)).toBe('Kokemus: testiviesti');
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
