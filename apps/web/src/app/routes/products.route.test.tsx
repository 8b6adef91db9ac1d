import type { CreateProductDto, ProductDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

function product(overrides: Partial<ProductDto> & Pick<ProductDto, 'code' | 'labelFi'>): ProductDto {
  return {
    labelSv: `${overrides.labelFi} (sv)`,
    labelEn: `${overrides.labelFi} (en)`,
    descriptionFi: 'Kuvaus suomeksi.',
    descriptionSv: 'Beskrivning på svenska.',
    descriptionEn: 'Description in English.',
    taskTypeCode: 'lecture',
    defaultDurationMinutes: 90,
    defaultExpertCount: 1,
    pairRequired: false,
    recurring: false,
    preparationMinutes: 30,
    feeBasis: 'hourly',
    active: true,
    version: 1,
    ...overrides,
  };
}

function catalogue() {
  const lecture = product({ code: 'lecture', labelFi: 'Luento' });
  const bench = product({
    code: 'chat_bench',
    labelFi: 'Juttupenkki',
    labelSv: 'Pratbänken',
    defaultExpertCount: 2,
    pairRequired: true,
    recurring: true,
    preparationMinutes: 15,
    taskTypeCode: 'panel',
  });
  const retired = product({ code: 'old_panel', labelFi: 'Vanha paneeli', active: false });
  return { lecture, bench, retired, all: [lecture, bench, retired] };
}

describe('product catalogue', () => {
  it('lists every product, those out of use too, and filters them in the URL', async () => {
    const c = catalogue();
    const api = mockApi({ 'GET /api/v1/products': () => ({ body: { items: c.all } }) });
    const { router } = await renderApp('/products', me(['admin']));
    expect(document.title).toBe('Tuotteet – Kokemus');
    expect(await screen.findByText('3 tuotetta')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Tuoteluettelo' });
    expect(within(list).getByRole('link', { name: 'Juttupenkki' })).toHaveAttribute(
      'href',
      '/products/chat_bench',
    );
    expect(within(list).getByText('Ei käytössä')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lisää tuote' })).toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getByRole('link', { name: 'Tuotteet' })).toHaveAttribute('aria-current', 'page');
    expect(new URL(api.calls[0].request.url).searchParams.get('includeInactive')).toBe('true');

    await router.navigate({ to: '/products', search: { status: 'inactive' } });
    expect(await screen.findByText('Hakuehtoja vastaa 1 tuote')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vanha paneeli' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Juttupenkki' })).not.toBeInTheDocument();
  });

  it('is for admins only', async () => {
    mockApi({ 'GET /api/v1/products': () => ({ body: { items: [] } }) });
    await renderApp('/products', me(['coordinator']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
  });

  it('edits in three languages with If-Match, explaining a wrong value first', async () => {
    const c = catalogue();
    let current = c.bench;
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/products': () => ({ body: { items: c.all } }),
      'GET /api/v1/products/{code}': () => ({ body: current }),
      'PATCH /api/v1/products/{code}': ({ body }) => {
        current = { ...current, ...(body as object), version: current.version + 1 };
        return { body: current };
      },
    });
    const { user } = await renderApp('/products/chat_bench', me(['admin']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Juttupenkki' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nimi ruotsiksi')).toHaveValue('Pratbänken');
    expect(screen.getByLabelText('Kuvaus englanniksi')).toHaveValue('Description in English.');

    // A pair with one expert, an empty Swedish name and a preparation time out of range.
    const count = screen.getByLabelText('Kokemusasiantuntijoiden määrä');
    await user.clear(count);
    await user.type(count, '1');
    await user.clear(screen.getByLabelText('Nimi ruotsiksi'));
    const preparation = screen.getByLabelText('Valmisteluaika minuutteina');
    await user.clear(preparation);
    await user.type(preparation, '3000');
    await user.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));

    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 3 virhettä\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Nimi ruotsiksi: Tämä tieto puuttuu.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Kokemusasiantuntijoiden määrä: Parityöhön tarvitaan vähintään kaksi kokemusasiantuntijaa.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Valmisteluaika minuutteina: Kirjoita kokonaisluku väliltä 0–2400.' }),
    ).toBeInTheDocument();
    expect(preparation).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((call) => call.endpoint === 'PATCH /api/v1/products/{code}')).toBe(false);

    await user.clear(count);
    await user.type(count, '2');
    await user.type(screen.getByLabelText('Nimi ruotsiksi'), 'Pratbänken');
    await user.clear(preparation);
    await user.type(preparation, '45');
    await user.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));
    expect(await screen.findByText('Muutokset on tallennettu.')).toBeInTheDocument();

    const patch = api.calls.find((call) => call.endpoint === 'PATCH /api/v1/products/{code}')!;
    expect(patch.request.headers.get('If-Match')).toBe('"1"');
    expect(patch.body).toEqual({
      labelFi: 'Juttupenkki',
      labelSv: 'Pratbänken',
      labelEn: 'Juttupenkki (en)',
      descriptionFi: 'Kuvaus suomeksi.',
      descriptionSv: 'Beskrivning på svenska.',
      descriptionEn: 'Description in English.',
      taskTypeCode: 'panel',
      defaultDurationMinutes: 90,
      defaultExpertCount: 2,
      pairRequired: true,
      recurring: true,
      preparationMinutes: 45,
      feeBasis: 'hourly',
    });

    // Taking it out of use is the same PATCH, with the version just saved.
    await user.click(screen.getByRole('button', { name: 'Poista käytöstä' }));
    await user.click(screen.getByRole('button', { name: 'Kyllä, poista käytöstä' }));
    expect(await screen.findByText('Tuote Juttupenkki on poistettu käytöstä.')).toBeInTheDocument();
    const deactivate = api.calls.filter((call) => call.endpoint === 'PATCH /api/v1/products/{code}')[1];
    expect(deactivate.request.headers.get('If-Match')).toBe('"2"');
    expect(deactivate.body).toEqual({ active: false });
    expect(await screen.findByRole('button', { name: 'Ota uudelleen käyttöön' })).toBeInTheDocument();
  });

  it('on a stale version (412) says so and shows the latest version to edit again', async () => {
    const c = catalogue();
    // Someone else changed the preparation time meanwhile: the server has version 2.
    let served = c.bench;
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/products/{code}': () => ({ body: served }),
      'PATCH /api/v1/products/{code}': ({ request }) =>
        request.headers.get('If-Match') === `"${served.version}"`
          ? { body: { ...served, version: served.version + 1 } }
          : problem(412, 'PRECONDITION_FAILED'),
    });
    const { user } = await renderApp('/products/chat_bench', me(['admin']));
    const preparation = await screen.findByLabelText('Valmisteluaika minuutteina');
    served = { ...c.bench, preparationMinutes: 20, version: 2 };
    await user.clear(preparation);
    await user.type(preparation, '60');
    await user.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));

    const alert = await screen.findByText(/Joku muu on muuttanut näitä tietoja sillä välin/);
    await waitFor(() => expect(screen.getByLabelText('Valmisteluaika minuutteina')).toHaveValue('20'));
    await waitFor(() => expect(alert.closest('[data-testid="problem-alert"]')).toHaveFocus());
    expect(screen.queryByText('Muutokset on tallennettu.')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Valmisteluaika minuutteina'));
    await user.type(screen.getByLabelText('Valmisteluaika minuutteina'), '60');
    await user.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));
    expect(await screen.findByText('Muutokset on tallennettu.')).toBeInTheDocument();
    const ifMatches = api.calls
      .filter((call) => call.endpoint === 'PATCH /api/v1/products/{code}')
      .map((call) => call.request.headers.get('If-Match'));
    expect(ifMatches).toEqual(['"1"', '"2"']);
  });

  it('adds a product, putting a taken code on the code field', async () => {
    let created: ProductDto | undefined;
    const api = mockApi({
      ...catalogHandlers(),
      'POST /api/v1/products': ({ body }) => {
        const dto = body as CreateProductDto;
        if (dto.code === 'lecture') {
          return problem(409, 'PRODUCT_EXISTS', { errors: { code: ['A product with this code exists'] } });
        }
        created = {
          ...product({ code: dto.code, labelFi: dto.labelFi }),
          ...dto,
          taskTypeCode: dto.taskTypeCode ?? null,
        };
        return { status: 201, body: created };
      },
      'GET /api/v1/products/{code}': ({ params }) =>
        params.code === created?.code ? { body: created } : problem(404, 'PRODUCT_NOT_FOUND'),
    });
    const { user, router } = await renderApp('/products/new', me(['admin']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uusi tuote' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Tunnus/), 'Vertais ryhmä');
    await user.click(screen.getByRole('button', { name: 'Lisää tuote' }));
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 7 virhettä\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('link', { name: /Tunnus: Käytä 2–40 merkkiä: pieniä kirjaimia a–z/ }),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Tunnus/));
    await user.type(screen.getByLabelText(/^Tunnus/), 'lecture');
    await user.type(screen.getByLabelText('Nimi suomeksi'), 'Vertaisryhmä');
    await user.type(screen.getByLabelText('Kuvaus suomeksi'), 'Ryhmä, jota kokemusasiantuntija ohjaa.');
    await user.type(screen.getByLabelText('Nimi ruotsiksi'), 'Kamratgrupp');
    await user.type(screen.getByLabelText('Kuvaus ruotsiksi'), 'En grupp som leds av en erfarenhetsexpert.');
    await user.type(screen.getByLabelText('Nimi englanniksi'), 'Peer group');
    await user.type(screen.getByLabelText('Kuvaus englanniksi'), 'A group led by an expert by experience.');
    await user.click(screen.getByRole('radio', { name: /Kokouspalkkio/ }));
    await user.click(screen.getByRole('button', { name: 'Lisää tuote' }));

    expect(
      await screen.findByRole('link', {
        name: 'Tunnus: Tällä tunnuksella on jo tuote. Valitse toinen tunnus.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Tunnus/)).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText(/^Tunnus/));
    await user.type(screen.getByLabelText(/^Tunnus/), 'peer_group');
    await user.click(screen.getByRole('button', { name: 'Lisää tuote' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vertaisryhmä' })).toBeInTheDocument();
    expect(screen.getByText('Tuote on lisätty.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/products/peer_group');
    const posts = api.calls.filter((call) => call.endpoint === 'POST /api/v1/products');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toEqual({
      code: 'peer_group',
      labelFi: 'Vertaisryhmä',
      labelSv: 'Kamratgrupp',
      labelEn: 'Peer group',
      descriptionFi: 'Ryhmä, jota kokemusasiantuntija ohjaa.',
      descriptionSv: 'En grupp som leds av en erfarenhetsexpert.',
      descriptionEn: 'A group led by an expert by experience.',
      taskTypeCode: null,
      defaultDurationMinutes: 60,
      defaultExpertCount: 1,
      pairRequired: false,
      recurring: false,
      preparationMinutes: 0,
      feeBasis: 'per_meeting',
    });
  });
});
