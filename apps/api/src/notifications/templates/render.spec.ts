import { Locale } from '../../common/access/roles';
import { renderTemplate } from './render';
import { TemplateKey, TEMPLATES } from './templates';

const SAMPLE: { [K in TemplateKey]: Parameters<(typeof TEMPLATES)[K]['render'][Locale.Fi]>[0] } = {
  'reminder.due': {
    title: {
      fi: 'Palkkiolomake odottaa hyväksyntää',
      sv: 'Arvodesblanketten väntar på godkännande',
      en: 'A fee form awaits approval',
    },
    link: '/fees/123',
    dueAt: '2026-11-25T14:00:00Z',
  },
  'reminder.overdue': {
    title: { fi: 'Vastaa tarjoukseen', sv: 'Svara på erbjudandet', en: 'Answer the offer' },
    link: '/offers/9',
    dueAt: '2026-11-25T14:00:00Z',
  },
  'reminder.escalated': {
    title: { fi: 'Vastaa tarjoukseen', sv: 'Svara på erbjudandet', en: 'Answer the offer' },
    link: '/offers/9',
    dueAt: '2026-11-25T14:00:00Z',
    ownerName: 'Liisa Virtanen',
  },
  'system.test': { requestedBy: 'Pekka Järvinen' },
  'application.confirm': { link: '/apply/confirm?token=abc', hours: 48 },
  'expert.tax_card': { year: 2027 },
  'application.interview_other_time': {
    applicantName: 'Eetu Laine',
    at: '2026-10-14T09:00:00.000Z',
    link: '/onboarding/abc',
  },
  'registry.tax_cards_missing': { year: 2027, count: 12, link: '/registry?taxCardMissing=true' },
  'application.invitation': { link: '/invitation?token=abc', expiresOn: '2026-09-23' },
  'application.received': { minor: true },
  'debrief.requested': { expertName: 'Liisa Virtanen', link: '/debriefs/1' },
  'debrief.overdue': { expertName: 'Liisa Virtanen', link: '/debriefs/1' },
  'debrief.taken': { coordinatorName: 'Kaisa Koordinaattori' },
  'indicator.requested': { reason: 'joining', link: '/participation/1' },
  'indicator.reminded': { reason: 'yearly', link: '/participation/1' },
  'feedback.requested': {
    respondent: 'expert',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    expertName: 'Liisa Virtanen',
    link: '/feedback/1',
  },
  'complaint.received': {
    expertName: 'Liisa Virtanen',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    outcome: null,
    link: '/complaints/1',
  },
  'complaint.answered': {
    expertName: 'Liisa Virtanen',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    outcome: null,
    link: '/complaints/1',
  },
  'complaint.view_asked': {
    expertName: 'Liisa Virtanen',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    outcome: null,
    link: '/complaints/1',
  },
  'complaint.view_given': {
    expertName: 'Liisa Virtanen',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    outcome: null,
    link: '/complaints/1',
  },
  'complaint.closed': {
    expertName: 'Liisa Virtanen',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    outcome: 'partly_upheld',
    link: '/complaints/1',
  },
  'report_back.ready': {
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    link: '/what-my-tasks-gave/1',
  },
  'briefing.requested': {
    taskTitle: 'Juttupenkki',
    startsAt: '2026-09-21T07:00:00Z',
    expertName: 'Liisa Virtanen',
    otherTimes: 2,
    changed: false,
    wish: null,
    link: '/briefings/1',
  },
  'briefing.write_reminder': {
    taskTitle: 'Juttupenkki',
    startsAt: '2026-09-21T07:00:00Z',
    expertName: 'Liisa Virtanen',
    otherTimes: 0,
    changed: false,
    wish: null,
    link: '/briefings/1',
  },
  'briefing.ready': {
    taskTitle: 'Juttupenkki',
    startsAt: '2026-09-21T07:00:00Z',
    expertName: 'Liisa Virtanen',
    otherTimes: 0,
    changed: true,
    wish: null,
    link: '/briefings/1',
  },
  'briefing.read_reminder': {
    taskTitle: 'Juttupenkki',
    startsAt: '2026-09-21T07:00:00Z',
    expertName: 'Liisa Virtanen',
    otherTimes: 0,
    changed: false,
    wish: null,
    link: '/briefings/1',
  },
  'briefing.supervision_wanted': {
    taskTitle: 'Juttupenkki',
    startsAt: '2026-09-21T07:00:00Z',
    expertName: 'Liisa Virtanen',
    otherTimes: 0,
    changed: false,
    wish: 'before',
    link: '/briefings/1',
  },
  'supervision.invited': {
    kind: 'group',
    purpose: 'after_task',
    startsAt: '2026-09-23T10:00:00Z',
    endsAt: '2026-09-23T12:00:00Z',
    place: 'Kokemuskeskus, Kauppakatu 19, Jyväskylä',
    supervisorName: 'Marja Hakala',
    supervisorExternal: true,
    taskTitle: 'Juttupenkki',
    link: '/supervision/1',
  },
  'supervision.cancelled': {
    kind: 'individual',
    purpose: 'regular',
    startsAt: '2026-09-23T10:00:00Z',
    endsAt: '2026-09-23T11:00:00Z',
    place: 'Kokemuskeskus, Kauppakatu 19, Jyväskylä',
    supervisorName: 'Marja Hakala',
    supervisorExternal: false,
    taskTitle: null,
    link: '/supervision/1',
  },
  'feedback.reminded': {
    respondent: 'orderer',
    taskTitle: 'Juttupenkki',
    startsAt: '2026-05-04T09:00:00Z',
    expertName: 'Liisa Virtanen',
    link: '/feedback/1',
  },
  'application.guardian_consent': {
    applicantName: 'Eetu Laine',
    link: '/apply/guardian?token=abc',
    closesOn: '2026-10-14',
  },
  'application.interview': {
    at: '2026-09-22T09:00:00Z',
    place: 'Hippos, Jyväskylä',
    link: '/apply/interview?token=x',
  },
  'application.rejected': { reason: 'Tähän kierrokseen haki enemmän kuin voimme kouluttaa.' },
  'application.closed': { reason: 'no_answer' },
  'fee.claim_ready': {
    number: 'K-2026-000042',
    title: 'Juttupenkki',
    link: '/fees/1',
    reason: 'Kilometrit eivät täsmää',
    totalCents: 12345,
  },
  'fee.claim_to_confirm': {
    number: 'K-2026-000042',
    title: 'Juttupenkki',
    link: '/fees/1',
    reason: 'Kilometrit eivät täsmää',
    totalCents: 12345,
  },
  'fee.claim_to_approve': {
    number: 'K-2026-000042',
    title: 'Juttupenkki',
    link: '/fees/1',
    reason: 'Kilometrit eivät täsmää',
    totalCents: 12345,
  },
  'fee.claim_returned': {
    number: 'K-2026-000042',
    title: 'Juttupenkki',
    link: '/fees/1',
    reason: 'Kilometrit eivät täsmää',
    totalCents: 12345,
  },
  'fee.claim_paid': {
    number: 'K-2026-000042',
    title: 'Juttupenkki',
    link: '/fees/1',
    reason: 'Kilometrit eivät täsmää',
    totalCents: 12345,
  },
  'offer.new': { number: 'T-2026-000123', title: 'Juttupenkki', link: '/my/offers/1' },
  'assignment.confirmed': { number: 'T-2026-000123', title: 'Juttupenkki', link: '/my/tasks' },
  'assignment.cancelled': { number: 'T-2026-000123', title: 'Juttupenkki', link: '/my/tasks' },
  'assignment.moved': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/my/tasks',
    startsAt: '2026-12-15T10:00:00.000Z',
  },
  'offer.answered': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    expertName: 'Liisa Virtanen',
    answer: 'declined',
  },
  'order.received': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    answerDueAt: '2026-11-25T14:00:00Z',
  },
  'order.new': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    answerDueAt: '2026-11-25T14:00:00Z',
    unitName: 'Osasto 3',
    startsAt: '2027-03-02T11:00:00Z',
  },
  'order.staffed': { number: 'T-2026-000123', title: 'Juttupenkki', link: '/orders/1' },
  'order.changed': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    actorName: 'Mikko Lehtonen',
  },
  'order.cancelled': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    actorName: 'Mikko Lehtonen',
    reason: 'Osaston remontti',
    occurrenceStartsAt: '2027-03-02T11:00:00Z',
  },
  'order.message': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    actorName: 'Sanna Koskinen',
  },
  'order.starting': {
    number: 'T-2026-000123',
    title: 'Juttupenkki',
    link: '/orders/1',
    startsAt: '2027-03-02T11:00:00Z',
    place: 'Osasto 3',
  },
};

describe('message templates', () => {
  const locales: Locale[] = [Locale.Fi, Locale.Sv, Locale.En];
  const keys = Object.keys(TEMPLATES) as TemplateKey[];

  it.each(keys.flatMap((k) => locales.map((l) => [k, l] as const)))(
    '%s renders fully in %s',
    (key, locale) => {
      const m = renderTemplate(
        key,
        locale,
        SAMPLE[key] as never,
        'Liisa Virtanen',
        'https://kokemus.example',
      );
      for (const part of [m.subject, m.summary, m.text, m.html]) {
        expect(part.trim().length).toBeGreaterThan(0);
        expect(part).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object|\$\{/); // whole words: "sinulle" is Finnish
      }
      expect(m.html).toContain(`<html lang="${locale}">`);
      expect(m.text).toContain('https://kokemus.example/account');
      expect(
        m.text.startsWith(locale === 'fi' ? 'Hei Liisa,' : locale === 'sv' ? 'Hej Liisa,' : 'Hello Liisa,'),
      ).toBe(true);
    },
  );

  it('differs by language (no language falls back to another)', () => {
    for (const key of keys) {
      const texts = locales.map(
        (l) => renderTemplate(key, l, SAMPLE[key] as never, 'A', 'https://x').subject,
      );
      expect(new Set(texts).size).toBe(3);
    }
  });

  it('escapes what people typed into the HTML', () => {
    const m = renderTemplate(
      'system.test',
      Locale.Fi,
      { requestedBy: '<script>alert(1)</script>' },
      'A',
      'https://x',
    );
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
  });

  it('points people without an account to no settings page', () => {
    const m = renderTemplate(
      'application.confirm',
      Locale.Sv,
      SAMPLE['application.confirm'],
      'Aino',
      'https://x',
      {
        settingsLink: false,
      },
    );
    expect(m.text).not.toContain('https://x/account');
    expect(m.html).not.toContain('https://x/account');
    expect(m.text).toContain('https://x/apply/confirm?token=abc');
  });

  it('asks the unit for a briefing with how many times it covers, and tells the expert when it changed', () => {
    const ask = renderTemplate(
      'briefing.requested',
      Locale.Fi,
      SAMPLE['briefing.requested'],
      'A',
      'https://x',
    );
    expect(ask.text).toContain('Liisa Virtanen tulee luoksenne ma 21.9.2026 klo 10.00 (ja 2 muuta aikaa).');
    const changed = renderTemplate('briefing.ready', Locale.Sv, SAMPLE['briefing.ready'], 'A', 'https://x');
    expect(changed.subject).toBe('Introduktionen har ändrats: Juttupenkki');
    const wish = renderTemplate(
      'briefing.supervision_wanted',
      Locale.En,
      SAMPLE['briefing.supervision_wanted'],
      'A',
      'https://x',
    );
    expect(wish.text).toContain('would like supervision before the task');
  });

  it('tells the expert of a supervision session in plain words, with the time and who leads it', () => {
    const m = renderTemplate(
      'supervision.invited',
      Locale.Fi,
      SAMPLE['supervision.invited'],
      'Liisa',
      'https://x',
    );
    expect(m.text).toContain('ke 23.9.2026 klo 13.00–15.00');
    expect(m.text).toContain('Marja Hakala (ulkopuolinen työnohjaaja)');
    expect(m.text).toContain('sinua varten: siinä voit puhua tehtävästä Juttupenkki');
    expect(m.text).toContain('muita kokemusasiantuntijoita');
    const regular = renderTemplate(
      'supervision.invited',
      Locale.En,
      { ...SAMPLE['supervision.cancelled'], taskTitle: null },
      'Liisa',
      'https://x',
    );
    expect(regular.text).toContain('for you, to talk through your tasks');
    expect(regular.text).not.toContain('other experts');
    expect(regular.text).not.toMatch(/paid|fee/i);
  });

  it('asks the expert for the participation indicator in plain words: voluntary, about five minutes', () => {
    const m = renderTemplate(
      'indicator.requested',
      Locale.Fi,
      SAMPLE['indicator.requested'],
      'A',
      'https://x',
    );
    expect(m.subject).toBe('Miten koet osallisuutesi?');
    expect(m.text).toContain('vapaaehtoista');
    expect(m.text).toContain('noin 5 minuuttia');
    const sv = renderTemplate(
      'indicator.reminded',
      Locale.Sv,
      SAMPLE['indicator.reminded'],
      'A',
      'https://x',
    );
    expect(sv.text).toContain('den enda påminnelsen');
  });

  it('formats dates for the reader, in Helsinki time', () => {
    const late = { ...SAMPLE['reminder.due'], dueAt: '2026-11-24T22:30:00Z' }; // 25.11. 00:30 in Helsinki
    expect(renderTemplate('reminder.due', Locale.Fi, late, 'A', 'https://x').text).toContain('25.11.2026');
    expect(renderTemplate('reminder.due', Locale.En, late, 'A', 'https://x').text).toContain('25/11/2026');
  });
});
