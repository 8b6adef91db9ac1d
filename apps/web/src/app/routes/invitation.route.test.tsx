import type { AccessTokenDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { type Handlers, mockApi, problem } from '../../test/api-mock';
import { me, token } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { i18n } from '../../shared/i18n/i18n';
import { session } from '../../shared/api/session';

// The invitation endpoint is public; the shared mock's contract map does not list it, so its reply is
// typed here from the same generated types.
type InvitationReply = { status?: number; body: AccessTokenDto } | ReturnType<typeof problem>;
type InvitationHandlers = { 'POST /api/v1/auth/invitations/accept'?: () => InvitationReply };
const mockInvitation = (handlers: InvitationHandlers & Handlers) => mockApi(handlers as Handlers);

const LINK = '/invitation?token=abc.def-123';
const pirjo = me(['expert'], { displayName: 'Pirjo Väisänen', email: 'pirjo.vaisanen@example.fi' });

async function createPassword(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  password: string,
  repeat = password,
) {
  if (password) await user.type(screen.getByLabelText(/^Uusi salasana/), password);
  if (repeat) await user.type(screen.getByLabelText('Kirjoita sama salasana uudelleen'), repeat);
  await user.click(screen.getByRole('button', { name: 'Luo salasana' }));
}

describe('creating a password with the invitation link', () => {
  it('signs the person in as a sign-in does and takes them on', async () => {
    const api = mockInvitation({
      'POST /api/v1/auth/invitations/accept': () => ({ body: token(pirjo, 'token-invited') }),
    });
    const { router, user } = await renderApp(LINK);
    expect(document.title).toBe('Luo salasana – Kokemus');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Luo salasana');
    expect(screen.getByText(/Muutaman sanan lause on helppo muistaa/)).toBeInTheDocument();

    const first = screen.getByLabelText(/^Uusi salasana/);
    expect(first).toHaveAttribute('type', 'password');
    expect(first).toHaveAttribute('autocomplete', 'new-password');
    await user.click(screen.getByRole('checkbox', { name: 'Näytä salasana' }));
    expect(first).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Kirjoita sama salasana uudelleen')).toHaveAttribute('type', 'text');

    await createPassword(user, 'kissa istuu ikkunalla');

    await waitFor(() => expect(router.state.location.pathname).not.toBe('/invitation'));
    // The page looks the agreements route up by its full path, as here; sign-in proves the lookup works.
    expect('/sign-in' in router.routesByPath).toBe(true);
    const target = '/my-agreements' in router.routesByPath ? '/my-agreements' : '/';
    expect(router.state.location.pathname).toBe(target);
    expect(router.state.location.search).toEqual({});
    expect(api.calls.find((c) => c.endpoint.includes('invitations'))?.body).toEqual({
      token: 'abc.def-123',
      password: 'kissa istuu ikkunalla',
    });
    // The same session as after signing in: the token in memory, the hint for a reload, the person shown.
    expect(session.accessToken()).toBe('token-invited');
    expect(window.localStorage.getItem('kokemus.session')).toBe('1');
    expect(await screen.findByRole('button', { name: /Pirjo Väisänen/ })).toBeInTheDocument();
  });

  it('lists the missing passwords in an error summary that takes the focus', async () => {
    const api = mockInvitation({});
    const { user } = await renderApp(LINK);
    await createPassword(user, '');
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const links = within(heading.closest('div')!.parentElement!).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Uusi salasana: Tämä tieto puuttuu.',
      'Kirjoita sama salasana uudelleen: Tämä tieto puuttuu.',
    ]);
    await user.click(links[1]);
    expect(screen.getByLabelText('Kirjoita sama salasana uudelleen')).toHaveFocus();
    expect(api.calls).toEqual([]);
  });

  it('says in Finnish when the password is too short and the two differ', async () => {
    mockInvitation({});
    const { user } = await renderApp(LINK);
    await createPassword(user, 'lyhyt', 'toinen');
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    const summary = heading.closest('div')!.parentElement!;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Uusi salasana: Kirjoita vähintään 10 merkkiä.',
      'Kirjoita sama salasana uudelleen: Salasanat eivät ole samat. Kirjoita sama salasana kumpaankin kenttään.',
    ]);
    expect(screen.getByLabelText(/^Uusi salasana/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says the same in Swedish', async () => {
    mockInvitation({});
    const { user } = await renderApp(LINK);
    await i18n.changeLanguage('sv');
    expect(await screen.findByRole('heading', { level: 1, name: 'Skapa lösenord' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Nytt lösenord/), 'kort');
    await user.type(screen.getByLabelText('Skriv samma lösenord igen'), 'annat');
    await user.click(screen.getByRole('button', { name: 'Skapa lösenord' }));
    const summary = (await screen.findByRole('heading', { name: /2 fel/ })).closest('div')!.parentElement!;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Nytt lösenord: Skriv minst 10 tecken.',
      'Skriv samma lösenord igen: Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.',
    ]);
  });

  it('sends someone whose link is used to sign in, without the form', async () => {
    mockInvitation({
      'POST /api/v1/auth/invitations/accept': () => problem(410, 'INVITATION_USED'),
    });
    const { user } = await renderApp(LINK);
    await createPassword(user, 'kissa istuu ikkunalla');
    const message = await screen.findByTestId('invitation-problem');
    expect(message).toHaveTextContent('Tällä linkillä on jo luotu salasana. Kirjaudu sisään');
    expect(message).toHaveTextContent('pyydä kokemustoiminnan koordinaattorilta uusi linkki');
    await waitFor(() => expect(message).toHaveFocus());
    expect(screen.queryByLabelText(/^Uusi salasana/)).not.toBeInTheDocument();
    expect(session.accessToken()).toBeNull();
    await user.click(within(message).getByRole('link', { name: 'Kirjaudu sisään' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeInTheDocument();
  });

  it('asks for a new link when the link has expired', async () => {
    mockInvitation({
      'POST /api/v1/auth/invitations/accept': () => problem(410, 'INVITATION_EXPIRED'),
    });
    const { user } = await renderApp(LINK);
    await createPassword(user, 'kissa istuu ikkunalla');
    const message = await screen.findByTestId('invitation-problem');
    expect(message).toHaveTextContent(
      'Linkki on vanhentunut. Pyydä kokemustoiminnan koordinaattorilta uusi linkki.',
    );
    expect(within(message).queryByRole('link')).not.toBeInTheDocument();
    await waitFor(() => expect(message).toHaveFocus());
  });

  it.each([
    ['INVITATION_INVALID', {}],
    ['VALIDATION_FAILED', { errors: { token: ['token must be shorter than or equal to 200 characters'] } }],
  ])('explains a broken link (%s)', async (code, extra) => {
    mockInvitation({
      'POST /api/v1/auth/invitations/accept': () => problem(400, code, extra),
    });
    const { user } = await renderApp(LINK);
    await createPassword(user, 'kissa istuu ikkunalla');
    const message = await screen.findByTestId('invitation-problem');
    expect(message).toHaveTextContent('Linkki ei toimi. Tarkista, että avasit koko linkin sähköpostista.');
    await waitFor(() => expect(message).toHaveFocus());
  });

  it('says a link without its token does not work, before anything is typed', async () => {
    const api = mockInvitation({});
    await renderApp('/invitation');
    expect(screen.getByTestId('invitation-problem')).toHaveTextContent('Linkki ei toimi.');
    expect(screen.queryByRole('button', { name: 'Luo salasana' })).not.toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });

  it('asks to wait after too many attempts, keeping the form', async () => {
    mockInvitation({
      'POST /api/v1/auth/invitations/accept': () => problem(429, 'TOO_MANY_ATTEMPTS'),
    });
    const { user } = await renderApp(LINK);
    await createPassword(user, 'kissa istuu ikkunalla');
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Liian monta yritystä. Odota hetki ja yritä sitten uudelleen.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Luo salasana' })).toBeEnabled();
  });

  it('marks the password when the API refuses it', async () => {
    mockInvitation({
      'POST /api/v1/auth/invitations/accept': () =>
        problem(400, 'VALIDATION_FAILED', { errors: { password: ['password must be longer'] } }),
    });
    const { user } = await renderApp(LINK);
    await createPassword(user, 'kissa istuu ikkunalla');
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      within(heading.closest('div')!.parentElement!)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Uusi salasana: Tarkista tämä tieto.']);
  });
});
