import type { CreateUnitDto, UnitDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { county, me, unit } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('organisation units', () => {
  it('shows the tree and keeps the filters in the URL', async () => {
    const c = county();
    mockApi({ 'GET /api/v1/units': () => ({ body: { items: c.all, nextCursor: null } }) });
    const { router } = await renderApp('/units?status=inactive', me(['coordinator']));
    expect(document.title).toBe('Organisaatioyksiköt – Kokemus');
    expect(await screen.findByText('Hakuehtoja vastaa 1 yksikkö')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kuokkalan koulu' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Perheneuvola, Jämsä' })).not.toBeInTheDocument();
    // Coordinators read; only admins get the add button.
    expect(screen.queryByRole('link', { name: 'Lisää yksikkö' })).not.toBeInTheDocument();

    await router.navigate({ to: '/units', search: { q: 'jämsä' } });
    expect(await screen.findByText('Hakuehtoja vastaa 1 yksikkö')).toBeInTheDocument();
    const tree = screen.getByRole('list', { name: 'Yksiköt puuna' });
    expect(within(tree).getByRole('link', { name: 'Perheneuvola, Jämsä' })).toBeInTheDocument();
    expect(within(tree).getByRole('link', { name: 'Perhe- ja sosiaalipalvelut' })).toBeInTheDocument();
  });

  it('reads every page of units', async () => {
    const c = county();
    const api = mockApi({
      'GET /api/v1/units': ({ url }) =>
        url.searchParams.get('cursor')
          ? { body: { items: c.all.slice(2), nextCursor: null } }
          : { body: { items: c.all.slice(0, 2), nextCursor: 'page-2' } },
    });
    await renderApp('/units', me(['reporter']));
    expect(await screen.findByText('4 yksikköä')).toBeInTheDocument();
    expect(api.calls.map((call) => new URL(call.request.url).searchParams.get('limit'))).toEqual([
      '200',
      '200',
    ]);
  });

  it('lets an admin create a unit, putting the server’s field errors on the right field', async () => {
    const c = county();
    let created: UnitDto | undefined;
    const api = mockApi({
      'GET /api/v1/units': () => ({ body: { items: c.all, nextCursor: null } }),
      'POST /api/v1/units': ({ body }) => {
        const dto = body as CreateUnitDto;
        if (dto.costCentre === 'JS-1000') {
          return problem(409, 'UNIT_COST_CENTRE_TAKEN', {
            errors: { costCentre: ['Cost centre already in use'] },
          });
        }
        created = unit({ ...dto, nameSv: dto.nameSv ?? null, parentId: dto.parentId ?? null });
        return { status: 201, body: created };
      },
      'GET /api/v1/units/{id}': ({ params }) =>
        params.id === created?.id ? { body: created } : problem(404, 'UNIT_NOT_FOUND'),
    });
    const { user, router } = await renderApp('/units/new', me(['admin']));
    expect(await screen.findByRole('radio', { name: /Tulosalue/ })).toBeChecked();

    await user.type(screen.getByLabelText('Nimi suomeksi'), 'Ikäihmisten palvelut');
    await user.type(screen.getByLabelText(/Kustannuspaikka/), 'JS-1000');
    await user.click(screen.getByRole('button', { name: 'Lisää yksikkö' }));

    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('link', { name: /Kustannuspaikka: Kustannuspaikka on jo toisen yksikön käytössä/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Kustannuspaikka/)).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText(/Kustannuspaikka/));
    await user.type(screen.getByLabelText(/Kustannuspaikka/), 'JS-3000');
    await user.click(screen.getByRole('button', { name: 'Lisää yksikkö' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ikäihmisten palvelut' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Yksikkö on lisätty.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/units/${created!.id}`);
    expect(
      api.calls.filter((call) => call.endpoint === 'POST /api/v1/units').map((call) => call.body),
    ).toEqual([
      {
        kind: 'result_area',
        parentId: null,
        name: 'Ikäihmisten palvelut',
        nameSv: null,
        costCentre: 'JS-1000',
      },
      {
        kind: 'result_area',
        parentId: null,
        name: 'Ikäihmisten palvelut',
        nameSv: null,
        costCentre: 'JS-3000',
      },
    ]);
  });

  it('edits with If-Match and explains a unit that still has active units under it', async () => {
    const c = county();
    let current = c.children;
    const api = mockApi({
      'GET /api/v1/units': () => ({ body: { items: c.all, nextCursor: null } }),
      'GET /api/v1/units/{id}': () => ({ body: current }),
      'PATCH /api/v1/units/{id}': ({ body }) => {
        current = { ...current, ...(body as object), version: current.version + 1 };
        return { body: current };
      },
      'POST /api/v1/units/{id}/deactivate': () => problem(409, 'UNIT_HAS_ACTIVE_CHILDREN'),
    });
    const { user } = await renderApp(`/units/${c.children.id}`, me(['admin']));
    const name = await screen.findByLabelText('Nimi suomeksi');
    await user.clear(name);
    await user.type(name, 'Lapsiperheiden palvelut ja neuvolat');
    await user.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));
    expect(await screen.findByText('Muutokset on tallennettu.')).toBeInTheDocument();
    const patch = api.calls.find((call) => call.endpoint === 'PATCH /api/v1/units/{id}')!;
    expect(patch.request.headers.get('If-Match')).toBe('"1"');

    await user.click(screen.getByRole('button', { name: 'Poista käytöstä' }));
    await user.click(screen.getByRole('button', { name: 'Kyllä, poista käytöstä' }));
    expect(await screen.findByText(/Yksikön alla on vielä käytössä olevia yksiköitä/)).toBeInTheDocument();
    const deactivate = api.calls.find((call) => call.endpoint === 'POST /api/v1/units/{id}/deactivate')!;
    expect(deactivate.request.headers.get('If-Match')).toBe('"2"');
  });
});
