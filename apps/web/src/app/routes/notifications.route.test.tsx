import type { NotificationDto, UpdateNotificationPreferencesDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { emailMessage, me, notification, preferences } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('the notification bell', () => {
  it.each([
    [3, 'Ilmoitukset, 3 lukematonta'],
    [1, 'Ilmoitukset, 1 lukematon'],
    [0, 'Ilmoitukset, ei lukemattomia'],
  ])('with %i unread is named “%s” and leads to the notifications', async (count, name) => {
    mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count } }),
      'GET /api/v1/notifications': () => ({ body: { items: [], nextCursor: null } }),
    });
    const { user } = await renderApp('/', me(['expert']));
    // The bell is loaded lazily (not part of the sign-in page's JavaScript): the first one takes a moment.
    const bell = await screen.findByRole('link', { name }, { timeout: 5000 });
    // The number is also shown on the bell; 0 is not.
    expect(within(bell).queryByText(String(count)) !== null).toBe(count > 0);
    await user.click(bell);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ilmoitukset' })).toBeInTheDocument();
  });
});

describe('the notifications page', () => {
  it('lists unread first, marks one read, loads more and marks all read', async () => {
    let unread = 2;
    const first: NotificationDto[] = [
      notification({ title: 'Uusi tehtävätarjous', category: 'offers' }),
      notification({ title: 'Muistutus palautteesta', category: 'reminders' }),
    ];
    const older = notification({ title: 'Vanha tiedote', readAt: '2026-02-01T10:00:00.000Z' });
    const api = mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: unread } }),
      'GET /api/v1/notifications': ({ url }) =>
        url.searchParams.get('cursor') === 'page-2'
          ? { body: { items: [older], nextCursor: null } }
          : { body: { items: first, nextCursor: 'page-2' } },
      'POST /api/v1/notifications/{id}/read': ({ params }) => {
        const item = first.find((n) => n.id === params.id)!;
        item.readAt = '2026-03-02T09:00:00.000Z';
        unread -= 1;
        return { body: item };
      },
      'POST /api/v1/notifications/read-all': () => {
        const updated = unread;
        for (const item of first) item.readAt ??= '2026-03-02T09:05:00.000Z';
        unread = 0;
        return { body: { updated } };
      },
    });
    const { user } = await renderApp('/notifications', me(['coordinator']));
    expect(document.title).toBe('Ilmoitukset – Kokemus');
    expect(await screen.findByText('2 lukematonta ilmoitusta')).toBeInTheDocument();
    expect(screen.getAllByText('Uusi')).toHaveLength(2);
    expect(screen.getByText(/Tehtävätarjoukset · saapui/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Merkitse luetuksi: Uusi tehtävätarjous' }));
    expect(await screen.findByText('1 lukematon ilmoitus')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ilmoitukset, 1 lukematon' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Merkitse luetuksi: Uusi tehtävätarjous' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Näytä lisää ilmoituksia' }));
    const olderHeading = await screen.findByRole('heading', { name: 'Vanha tiedote' });
    await waitFor(() => expect(olderHeading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Näytä lisää ilmoituksia' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Merkitse kaikki luetuiksi' }));
    expect(await screen.findByText('Kaikki ilmoitukset on merkitty luetuiksi.')).toBeInTheDocument();
    expect(await screen.findByText('Olet lukenut kaikki ilmoitukset.')).toBeInTheDocument();
    expect(screen.queryByText('Uusi')).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.endpoint === 'POST /api/v1/notifications/read-all')).toHaveLength(1);
    expect(api.unhandled).toEqual([]);
  });

  it('follows a notification’s link inside the app and marks it read on the way', async () => {
    const withLink = notification({ title: 'Tietosi on päivitetty', category: 'registry', link: '/account' });
    const api = mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: 1 } }),
      'GET /api/v1/notifications': () => ({ body: { items: [withLink], nextCursor: null } }),
      'POST /api/v1/notifications/{id}/read': () => ({
        body: { ...withLink, readAt: '2026-03-02T09:00:00Z' },
      }),
      'GET /api/v1/notification-preferences': () => ({ body: { items: preferences() } }),
    });
    const { user, router } = await renderApp('/notifications', me(['expert']));
    await user.click(await screen.findByRole('link', { name: 'Tietosi on päivitetty' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Oma tili' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
    await waitFor(() =>
      expect(api.calls.map((c) => c.endpoint)).toContain('POST /api/v1/notifications/{id}/read'),
    );
  });

  it('never turns a link to another site into a link', async () => {
    mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: 1 } }),
      'GET /api/v1/notifications': () => ({
        body: { items: [notification({ title: 'Epäilyttävä', link: '//evil.example/x' })], nextCursor: null },
      }),
    });
    await renderApp('/notifications', me(['expert']));
    expect(await screen.findByRole('heading', { name: /Epäilyttävä/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Epäilyttävä' })).not.toBeInTheDocument();
  });

  it('says in plain words when there is nothing', async () => {
    mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }),
      'GET /api/v1/notifications': () => ({ body: { items: [], nextCursor: null } }),
    });
    await renderApp('/notifications', me(['expert']));
    expect(await screen.findByText(/Sinulla ei ole ilmoituksia/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merkitse kaikki luetuiksi' })).not.toBeInTheDocument();
  });
});

describe('e-mail preferences on the account page', () => {
  it('shows money and safety checked and locked, and saves the rest', async () => {
    let saved: UpdateNotificationPreferencesDto | undefined;
    const api = mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }),
      'GET /api/v1/notification-preferences': () => ({ body: { items: preferences() } }),
      'PUT /api/v1/notification-preferences': ({ body }) => {
        saved = body as UpdateNotificationPreferencesDto;
        return {
          body: {
            items: preferences().map((p) => ({
              ...p,
              email: saved!.items.find((i) => i.category === p.category)?.email ?? p.email,
            })),
          },
        };
      },
    });
    const { user } = await renderApp('/account', me(['expert']));
    const money = await screen.findByRole('checkbox', { name: 'Palkkiot ja kulukorvaukset' });
    const safety = screen.getByRole('checkbox', { name: 'Turvallisuus' });
    for (const locked of [money, safety]) {
      expect(locked).toBeChecked();
      expect(locked).toBeDisabled();
      expect(locked).toHaveAccessibleDescription(/Tätä ei voi poistaa käytöstä/);
    }
    const orders = screen.getByRole('checkbox', { name: 'Tilaukset' });
    expect(orders).not.toBeChecked();
    expect(orders).toBeEnabled();

    await user.click(orders);
    await user.click(screen.getByRole('checkbox', { name: 'Palvelun tiedotteet' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna sähköpostiasetukset' }));
    expect(await screen.findByText('Sähköpostiasetukset on tallennettu.')).toBeInTheDocument();
    expect(saved?.items).toEqual([
      { category: 'offers', email: true },
      { category: 'orders', email: true },
      { category: 'reminders', email: true },
      { category: 'registry', email: true },
      { category: 'system', email: false },
    ]);
    expect(api.unhandled).toEqual([]);
  });

  it('explains a locked category the server refused', async () => {
    mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }),
      'GET /api/v1/notification-preferences': () => ({ body: { items: preferences() } }),
      'PUT /api/v1/notification-preferences': () => problem(422, 'NOTIFICATION_CATEGORY_LOCKED'),
    });
    const { user } = await renderApp('/account', me(['expert']));
    await user.click(await screen.findByRole('button', { name: 'Tallenna sähköpostiasetukset' }));
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Viestit omista rahoistasi ja turvallisuudestasi tulevat aina');
    await waitFor(() => expect(alert).toHaveFocus());
  });
});

describe('the e-mail log', () => {
  it('lets an admin send a test message, page through the log and read a message safely', async () => {
    const newest = emailMessage({ subject: 'Kokemus: testiviesti' });
    const older = emailMessage({
      subject: 'Uusi tehtävätarjous',
      status: 'failed',
      sentAt: null,
      attempts: 5,
      htmlBody: '<p>Hei</p><script>parent.alert(1)</script>',
    });
    let sent = 0;
    const api = mockApi({
      'GET /api/v1/notifications/unread-count': () => ({ body: { count: sent } }),
      'GET /api/v1/email-messages': ({ url }) =>
        url.searchParams.get('cursor')
          ? { body: { items: [older], nextCursor: null } }
          : { body: { items: [newest], nextCursor: 'page-2' } },
      'GET /api/v1/email-messages/{id}': ({ params }) =>
        params.id === older.id ? { body: older } : problem(404, 'EMAIL_NOT_FOUND'),
      'POST /api/v1/notifications/test-message': () => {
        sent += 1;
        return { status: 202, body: { eventId: '00000000-0000-4000-b000-000000000001' } };
      },
    });
    const { user } = await renderApp('/email-log', me(['admin']));
    expect(document.title).toBe('Sähköpostiloki – Kokemus');
    expect(await screen.findByRole('link', { name: 'Kokemus: testiviesti' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lähetä minulle testiviesti' }));
    expect(await screen.findByText(/Testiviesti on lähtenyt jonoon/)).toBeInTheDocument();
    expect(api.calls.filter((c) => c.endpoint === 'POST /api/v1/notifications/test-message')).toHaveLength(1);
    expect(await screen.findByRole('link', { name: 'Ilmoitukset, 1 lukematon' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Näytä lisää viestejä' }));
    const olderLink = await screen.findByRole('link', { name: 'Uusi tehtävätarjous' });
    await waitFor(() => expect(olderLink).toHaveFocus());
    expect(screen.getByText('Lähetys epäonnistui')).toBeInTheDocument();

    await user.click(olderLink);
    expect(await screen.findByRole('heading', { level: 1, name: 'Uusi tehtävätarjous' })).toBeInTheDocument();
    const frame = screen.getByTitle('Viestin HTML-versio: Uusi tehtävätarjous');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', older.htmlBody);
    expect(screen.getByText(/Tämä on testiviesti/)).toBeInTheDocument();
    expect(screen.getByText('5')).toBeInTheDocument();
  });

  it('is not for anyone but admins', async () => {
    mockApi({ 'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }) });
    await renderApp('/email-log', me(['coordinator']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ei käyttöoikeutta');
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).queryByRole('link', { name: 'Sähköpostiloki' })).not.toBeInTheDocument();
  });
});
