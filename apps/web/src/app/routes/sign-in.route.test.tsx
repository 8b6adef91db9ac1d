import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { county, me, token } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('signing in', () => {
  it('sends a visitor to sign-in, then back to where they were going', async () => {
    const coordinator = me(['coordinator'], { displayName: 'Kaisa Koordinaattori' });
    const api = mockApi({
      'POST /api/v1/auth/login': () => ({ body: token(coordinator) }),
      'GET /api/v1/units': () => ({ body: { items: county().all, nextCursor: null } }),
    });
    const { router, user } = await renderApp('/units?q=koulu');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(document.title).toBe('Kirjaudu sisään – Kokemus');

    await user.type(screen.getByLabelText('Sähköpostiosoite'), 'coordinator@kokemus.test');
    await user.type(screen.getByLabelText('Salasana'), 'kokemus-demo');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisaatioyksiköt' })).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ q: 'koulu' });
    expect(api.calls[0].body).toEqual({ email: 'coordinator@kokemus.test', password: 'kokemus-demo' });
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Etusivu',
      'Keskustelupyynnöt',
      'Työnohjaus',
      'Muistutukset',
      'Tekstien tarkistus',
      'Saapuneet tilaukset',
      'Tilaukset',
      'Välitysehdotukset',
      'Tasapuolisuus',
      'Palautteet',
      'Palkkiolomakkeet',
      'Maksuerät',
      'Palkkiotaulukot',
      'Organisaatioyksiköt',
      'Rekisteri',
      'Rekrytointi',
      'Koulutukset',
      'Mentorointi',
      'Ilmoitukset',
      'Oma tili',
    ]);
  });

  it('shows an error summary that takes the focus and links to each field', async () => {
    mockApi({});
    const { user } = await renderApp('/sign-in');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const summaryLinks = within(heading.closest('div')!.parentElement!).getAllByRole('link');
    expect(summaryLinks.map((a) => a.textContent)).toEqual([
      'Sähköpostiosoite: Tämä tieto puuttuu.',
      'Salasana: Tämä tieto puuttuu.',
    ]);
    await user.click(summaryLinks[1]);
    expect(screen.getByLabelText('Salasana')).toHaveFocus();
    expect(screen.getByLabelText('Sähköpostiosoite')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains wrong credentials in plain language', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => problem(401, 'INVALID_CREDENTIALS', { requestId: 'abcdef12-3456' }),
    });
    const { user } = await renderApp('/sign-in');
    await user.type(screen.getByLabelText('Sähköpostiosoite'), 'someone@kokemus.test');
    await user.type(screen.getByLabelText('Salasana'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Sähköpostiosoite tai salasana on väärin');
    expect(alert).toHaveTextContent('Virhetunnus abcdef12');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('shows an expert the home page, their own profile and their account', async () => {
    mockApi({});
    await renderApp('/', me(['expert']));
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Etusivu',
      'Tarjoukset',
      'Omat tehtävät',
      'Haluan jutella',
      'Työnohjaus',
      'Palautteet',
      'Omat palkkiot',
      'Sopimukseni',
      'Oma profiili',
      'Koulutukseni',
      'Ilmoitukset',
      'Oma tili',
    ]);
    expect(screen.getByText(/Täällä näet myöhemmin sinulle tarjotut tehtävät/)).toBeInTheDocument();
  });

  it('tells an expert who opens the units page that it is not for them', async () => {
    mockApi({});
    await renderApp('/units', me(['expert']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ei käyttöoikeutta');
  });
});

describe('language', () => {
  it('switches to Swedish from the language menu, follows <html lang> and saves the preference', async () => {
    const api = mockApi({
      'PATCH /api/v1/auth/me': ({ body }) => ({ body: me(['admin'], body as { locale: 'sv' }) }),
    });
    const { user } = await renderApp('/', me(['admin']));
    await user.click(screen.getByRole('button', { name: /Kieli: Suomi/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Svenska/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Välkommen/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    await waitFor(() => expect(api.calls.map((c) => c.body)).toContainEqual({ locale: 'sv' }));
  });
});
