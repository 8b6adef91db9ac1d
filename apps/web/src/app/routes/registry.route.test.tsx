import type {
  RecordCheckListDto,
  ChangeExpertStatusDto,
  CreateExpertDto,
  ExpertDto,
  RegistryImportDto,
  UpdateExpertDto,
  UpdateOwnProfileDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, county, expert, me, summaryOf } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

describe('the registry', () => {
  it('sends the filters in the URL to the API and loads more with the cursor', async () => {
    const liisa = expert();
    const pekka = expert({ firstName: 'Pekka', lastName: 'Korhonen', areas: [], languages: ['fi', 'sv'] });
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts': ({ url }) =>
        url.searchParams.get('cursor') === 'next'
          ? { body: { items: [summaryOf(pekka)], nextCursor: null } }
          : { body: { items: [summaryOf(liisa)], nextCursor: 'next' } },
    });
    const { user } = await renderApp(
      '/registry?area=%5B%22mental_health%22%5D&language=%5B%22fi%22%5D&municipality=179&maxDistanceKm=30&status=active&taxCardMissing=true',
      me(['coordinator']),
    );
    expect(document.title).toBe('Rekisteri – Kokemus');
    const list = await screen.findByRole('list', { name: 'Hakutulokset' });
    expect(within(list).getByRole('link', { name: 'Virtanen, Liisa' })).toBeInTheDocument();
    expect(await within(list).findByText('Mielenterveys')).toBeInTheDocument();
    expect(screen.getByText('Näytetään 1 henkilö, lisää on saatavilla')).toBeInTheDocument();

    const first = new URL(api.calls.find((c) => c.endpoint === 'GET /api/v1/experts')!.request.url);
    expect(Object.fromEntries(first.searchParams)).toEqual({
      area: 'mental_health',
      language: 'fi',
      municipality: '179',
      maxDistanceKm: '30',
      status: 'active',
      taxCardMissing: 'true',
      limit: '25',
    });
    expect(screen.getByRole('checkbox', { name: /Vuoden verokortti puuttuu/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByRole('link', { name: 'Korhonen, Pekka' })).toBeInTheDocument();
    expect(screen.getByText('Hakuehtoja vastaa 2 henkilöä')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();
    const second = api.calls.filter((c) => c.endpoint === 'GET /api/v1/experts')[1];
    expect(new URL(second.request.url).searchParams.get('cursor')).toBe('next');
    expect(api.unhandled).toEqual([]);
  });

  it('is for coordinators only', async () => {
    mockApi({});
    await renderApp('/registry', me(['orderer']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ei käyttöoikeutta');
  });

  it('shows a person and changes their status with a reason and a date, with If-Match', async () => {
    let current = expert();
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/{id}': () => ({ body: current }),
      'POST /api/v1/experts/{id}/status': ({ body }) => {
        const dto = body as ChangeExpertStatusDto;
        current = {
          ...current,
          status: dto.status,
          pausedUntil: dto.pausedUntil ?? null,
          statusReason: dto.reason,
          allowedNextStatuses: ['active', 'left'],
          version: current.version + 1,
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/registry/${current.id}`, me(['coordinator']));
    expect(screen.getByRole('heading', { level: 1, name: 'Liisa Virtanen' })).toBeInTheDocument();
    expect(await screen.findByText('Mielenterveys – tilaajat näkevät')).toBeInTheDocument();
    expect(screen.getByText('Omaishoito – vain koordinaattori näkee')).toBeInTheDocument();
    expect(screen.getByText('010180-****')).toBeInTheDocument();
    // Only the statuses the API allows next are offered.
    const status = screen.getByRole('group', { name: /Uusi tila/ });
    expect(
      within(status)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['paused', 'left']);

    await user.click(within(status).getByRole('radio', { name: 'Tauolla' }));
    await user.click(screen.getByRole('button', { name: 'Muuta tila' }));
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(summary).toHaveFocus());

    await user.type(screen.getByLabelText('Tauko päättyy'), '31.5.2026');
    await user.type(screen.getByLabelText('Syy'), 'Oma toive');
    await user.click(screen.getByRole('button', { name: 'Muuta tila' }));
    expect(await screen.findByText('Tila on nyt Tauolla.')).toBeInTheDocument();
    const call = api.calls.find((c) => c.endpoint === 'POST /api/v1/experts/{id}/status')!;
    expect(call.request.headers.get('If-Match')).toBe('"3"');
    expect(call.body).toEqual({ status: 'paused', reason: 'Oma toive', pausedUntil: '2026-05-31' });
    expect(screen.getByText(/Nykyinen tila: Tauolla\. Tauko päättyy 31\.5\.2026\./)).toBeInTheDocument();
  });

  it('adds a person, putting a taken e-mail on the e-mail field, then opens their page', async () => {
    let created: ExpertDto | undefined;
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/v1/experts': ({ body }) => {
        const dto = body as CreateExpertDto;
        if (dto.email === 'taken@kokemus.test') return problem(409, 'EXPERT_EMAIL_TAKEN');
        created = expert({
          firstName: dto.firstName,
          lastName: dto.lastName,
          email: dto.email,
          areas: dto.areas ?? [],
          languages: dto.languages ?? [],
          version: 1,
        });
        return { status: 201, body: created };
      },
      'GET /api/v1/experts/{id}': () => (created ? { body: created } : problem(404, 'EXPERT_NOT_FOUND')),
    });
    const { user, router } = await renderApp('/registry', me(['coordinator']));
    await user.click(await screen.findByRole('link', { name: 'Lisää henkilö' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lisää henkilö rekisteriin' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    const empty = await screen.findByRole('heading', { name: /Lomakkeessa on 3 virhettä/ });
    await waitFor(() => expect(empty).toHaveFocus());

    await user.type(screen.getByLabelText('Etunimi'), 'Aino');
    await user.type(screen.getByLabelText('Sukunimi'), 'Mäkelä');
    await user.type(screen.getByLabelText('Sähköposti'), 'taken@kokemus.test');
    await user.click(await screen.findByRole('checkbox', { name: 'ruotsi' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vertaistukija' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mielenterveys' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mielenterveys: näkyy tilaajille' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Luento' }));
    await user.click(screen.getByRole('radio', { name: 'Lasku' }));
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('link', { name: /Sähköposti: Sähköpostiosoite on jo toisen henkilön käytössä/ }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Sähköposti')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Sähköposti'));
    await user.type(screen.getByLabelText('Sähköposti'), 'aino@kokemus.test');
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Aino Mäkelä' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/registry/${created!.id}`);
    const posts = api.calls.filter((c) => c.endpoint === 'POST /api/v1/experts');
    expect(posts[1].body).toEqual({
      firstName: 'Aino',
      lastName: 'Mäkelä',
      email: 'aino@kokemus.test',
      phone: null,
      municipalityCode: null,
      postalCode: null,
      languages: ['sv'],
      taskTypes: ['lecture'],
      kinds: ['peer_supporter'],
      areas: [{ code: 'mental_health', visibleToOrderers: true }],
      paymentMethod: 'invoice',
      coordinatorNotes: null,
    });
  });

  it('edits a person’s languages, kinds, task types and areas with their visibility', async () => {
    let current = expert();
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/{id}': () => ({ body: current }),
      'PATCH /api/v1/experts/{id}': ({ body }) => {
        const dto = body as UpdateExpertDto;
        current = {
          ...current,
          areas: dto.areas ?? current.areas,
          languages: dto.languages ?? current.languages,
          version: current.version + 1,
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/registry/${current.id}`, me(['coordinator']));
    const edit = await screen.findByRole('region', { name: 'Muokkaa tietoja' });
    expect(await within(edit).findByRole('checkbox', { name: 'Mielenterveys' })).toBeChecked();
    expect(within(edit).getByRole('checkbox', { name: 'Mielenterveys: näkyy tilaajille' })).toBeChecked();
    expect(within(edit).getByRole('checkbox', { name: 'Omaishoito: näkyy tilaajille' })).not.toBeChecked();

    await user.click(within(edit).getByRole('checkbox', { name: 'Mielenterveys' }));
    expect(within(edit).queryByRole('checkbox', { name: /Mielenterveys: näkyy/ })).not.toBeInTheDocument();
    await user.click(within(edit).getByRole('checkbox', { name: 'Omaishoito: näkyy tilaajille' }));
    await user.click(within(edit).getByRole('checkbox', { name: 'ruotsi' }));
    await user.click(within(edit).getByRole('checkbox', { name: 'Mentori' }));
    await user.click(await within(edit).findByRole('checkbox', { name: 'Paneeli' }));
    await user.click(within(edit).getByRole('button', { name: 'Tallenna muutokset' }));

    expect(await screen.findByText('Muutokset on tallennettu.')).toBeInTheDocument();
    const patch = api.calls.find((c) => c.endpoint === 'PATCH /api/v1/experts/{id}')!;
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect(patch.body).toMatchObject({
      languages: ['fi', 'sv'],
      kinds: ['trained_expert', 'mentor'],
      taskTypes: ['panel'],
      areas: [{ code: 'relative_carer', visibleToOrderers: true }],
    });
    expect(await screen.findByText('Omaishoito – tilaajat näkevät')).toBeInTheDocument();
  });

  it('filters by several areas and languages, all of which must match, and keeps them in the URL', async () => {
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts': () => ({ body: { items: [summaryOf(expert())], nextCursor: null } }),
    });
    const { user, router } = await renderApp('/registry', me(['coordinator']));
    await screen.findByRole('link', { name: 'Virtanen, Liisa' });
    await user.click(screen.getByText('Kokemusalue', { selector: '.filter-choices-label' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mielenterveys' }));
    await user.click(screen.getByRole('checkbox', { name: 'Omaishoito' }));
    await user.click(screen.getByText('Kieli', { selector: '.filter-choices-label' }));
    await user.click(screen.getByRole('checkbox', { name: 'ruotsi' }));
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({
        area: ['mental_health', 'relative_carer'],
        language: ['sv'],
      }),
    );
    expect(screen.getByText('Mielenterveys, Omaishoito')).toBeInTheDocument();
    await waitFor(() => {
      const last = api.calls.filter((c) => c.endpoint === 'GET /api/v1/experts').at(-1)!;
      const params = new URL(last.request.url).searchParams;
      expect(params.get('area')).toBe('mental_health,relative_carer');
      expect(params.get('language')).toBe('sv');
    });
  });

  it('edits the settings and units the person will not work with, with If-Match', async () => {
    const units = county();
    let current = expert({
      exclusions: [{ id: '00000000-0000-4000-e000-000000000001', unitId: units.clinic.id, topic: null }],
    });
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/units': () => ({ body: { items: units.all, nextCursor: null } }),
      'GET /api/v1/experts/{id}': () => ({ body: current }),
      'PATCH /api/v1/experts/{id}': ({ body }) => {
        const dto = body as UpdateExpertDto;
        current = {
          ...current,
          exclusions: (dto.exclusions ?? []).map((row, i) => ({
            id: `00000000-0000-4000-e000-00000000001${i}`,
            unitId: row.unitId ?? null,
            topic: row.topic ?? null,
          })),
          version: current.version + 1,
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/registry/${current.id}`, me(['coordinator']));
    const details = await screen.findByRole('region', { name: 'Tiedot' });
    expect(await within(details).findByText('Perheneuvola, Jämsä')).toBeInTheDocument();

    const edit = screen.getByRole('region', { name: 'Muokkaa tietoja' });
    expect(within(edit).getByRole('group', { name: 'Rajaus 1' })).toBeInTheDocument();
    await user.click(within(edit).getByRole('button', { name: 'Lisää rajaus' }));
    await user.click(within(edit).getByRole('button', { name: 'Tallenna muutokset' }));
    // A row names a unit or says what it is about.
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('link', { name: /Rajauksen 2 kuvaus: Valitse yksikkö tai kirjoita, mistä on kyse/ }),
    ).toBeInTheDocument();

    await user.type(
      screen.getByLabelText(/^Mistä on kyse/, { selector: '#expert-exclusion-1-topic' }),
      'Ei lastensuojelun tehtäviä',
    );
    await user.click(within(edit).getByRole('button', { name: 'Poista rajaus 1' }));
    // the tax card payroll has: a year in four digits
    const taxCard = within(edit).getByLabelText(/^Verokortti vuodelle/);
    await user.type(taxCard, '27');
    await user.click(within(edit).getByRole('button', { name: 'Tallenna muutokset' }));
    expect(
      await screen.findByRole('link', {
        name: 'Verokortti vuodelle: Kirjoita vuosi neljällä numerolla, esimerkiksi 2027, tai jätä tyhjäksi.',
      }),
    ).toBeInTheDocument();
    await user.clear(taxCard);
    await user.type(taxCard, '2027');
    await user.click(within(edit).getByRole('button', { name: 'Tallenna muutokset' }));

    expect(await screen.findByText('Muutokset on tallennettu.')).toBeInTheDocument();
    const patch = api.calls.find((c) => c.endpoint === 'PATCH /api/v1/experts/{id}')!;
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect((patch.body as UpdateExpertDto).exclusions).toEqual([
      { unitId: null, topic: 'Ei lastensuojelun tehtäviä' },
    ]);
    expect((patch.body as UpdateExpertDto).taxCardYear).toBe(2027);
    expect(await within(details).findByText('Ei lastensuojelun tehtäviä')).toBeInTheDocument();
  });

  it('shows the consents with their times and records one given and one withdrawn', async () => {
    let current = expert({
      consents: [
        {
          id: '00000000-0000-4000-f000-000000000001',
          kind: 'video',
          givenAt: '2026-02-01T08:30:00.000Z',
          withdrawnAt: null,
        },
      ],
    });
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/{id}': () => ({ body: current }),
      'POST /api/v1/experts/{id}/consents': ({ body }) => {
        const { kind } = body as { kind: 'research' };
        current = {
          ...current,
          consents: [
            ...current.consents,
            {
              id: '00000000-0000-4000-f000-000000000002',
              kind,
              givenAt: '2026-03-01T10:00:00.000Z',
              withdrawnAt: null,
            },
          ],
        };
        return { status: 204, body: null };
      },
      'POST /api/v1/experts/{id}/consents/withdraw': () => ({ status: 204, body: null }),
    });
    const { user } = await renderApp(`/registry/${current.id}`, me(['coordinator']));
    const consents = await screen.findByRole('region', { name: 'Suostumukset' });
    expect(within(consents).getByText(/Voimassa · annettu 1\.2\.2026.*10\.30/)).toBeInTheDocument();

    await user.click(within(consents).getByRole('button', { name: 'Kirjaa suostumus: Tutkimus' }));
    expect(await within(consents).findByText('Suostumus on kirjattu: Tutkimus.')).toBeInTheDocument();
    expect(
      await within(consents).findByRole('button', { name: 'Kirjaa peruminen: Tutkimus' }),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/experts/{id}/consents')!.body).toEqual({
      kind: 'research',
    });

    await user.click(within(consents).getByRole('button', { name: 'Kirjaa peruminen: Video' }));
    expect(
      await within(consents).findByText('Suostumuksen peruminen on kirjattu: Video.'),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/experts/{id}/consents/withdraw')!.body).toEqual(
      {
        kind: 'video',
      },
    );
  });

  it('checks a file, imports its valid rows and follows the progress', async () => {
    const validated: RegistryImportDto = {
      id: '00000000-0000-4000-8000-00000000c001',
      fileName: 'rekisteri.csv',
      format: 'csv',
      status: 'validated',
      totalRows: 3,
      validRows: 2,
      processedRows: 0,
      importedRows: 0,
      progressPercent: 0,
      problemCount: 1,
      problems: [{ row: 3, field: 'email', code: 'invalid', message: 'Not an e-mail address' }],
      error: null,
      createdAt: '2026-03-01T10:00:00.000Z',
      finishedAt: null,
    };
    let reads = 0;
    const api = mockApi({
      'POST /api/v1/imports': () => ({ status: 201, body: validated }),
      'POST /api/v1/imports/{id}/run': () => ({
        status: 202,
        body: { ...validated, status: 'running', processedRows: 1, progressPercent: 50 },
      }),
      'GET /api/v1/imports/{id}': () => {
        reads += 1;
        return {
          body:
            reads === 1
              ? validated
              : {
                  ...validated,
                  status: 'completed',
                  processedRows: 2,
                  importedRows: 2,
                  progressPercent: 100,
                },
        };
      },
    });
    const { user, router } = await renderApp('/registry/import', me(['coordinator']));
    await user.click(screen.getByRole('button', { name: 'Tarkista tiedosto' }));
    expect(screen.getByText('Valitse ensin tiedosto.')).toBeInTheDocument();

    const file = new File(['etunimi;sukunimi;sähköposti\n'], 'rekisteri.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Taulukkotiedosto'), file);
    await user.click(screen.getByRole('button', { name: 'Tarkista tiedosto' }));

    expect(await screen.findByRole('heading', { name: '2. Tarkistuksen tulos' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ id: validated.id });
    const upload = api.calls.find((c) => c.endpoint === 'POST /api/v1/imports')!;
    expect(new URL(upload.request.url).searchParams.get('fileName')).toBe('rekisteri.csv');
    expect(upload.request.headers.get('Content-Type')).toBe('text/csv');
    expect(screen.getByRole('cell', { name: 'Not an e-mail address' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lataa ongelmat CSV-tiedostona' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tuo 2 henkilöä' }));
    const progress = await screen.findByRole('progressbar', { name: 'Tuonnin eteneminen' });
    expect(progress).toHaveAttribute('value', '50');
    expect(
      await screen.findByText('2 henkilöä tuotiin rekisteriin.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
  });
});

describe('my own profile', () => {
  it('saves contact, area visibility, availability and the earnings ceiling in cents, with If-Match', async () => {
    let current: ExpertDto = expert();
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/me': () => ({ body: current }),
      'PATCH /api/v1/experts/me': ({ body }) => {
        const dto = body as UpdateOwnProfileDto;
        current = {
          ...current,
          phone: dto.phone ?? null,
          earningsCeilingCents: dto.earningsCeilingCents ?? null,
          areas: dto.areaVisibility ?? current.areas,
          weeklyAvailability: dto.weeklyAvailability ?? current.weeklyAvailability,
          version: current.version + 1,
        };
        return { body: current };
      },
    });
    const { user } = await renderApp('/my-profile', me(['expert']));
    const phone = await screen.findByLabelText(/Puhelinnumero/);
    await user.clear(phone);
    await user.type(phone, '050 765 4321');
    await user.click(await screen.findByRole('checkbox', { name: 'Omaishoito: tilaajat näkevät' }));
    await user.click(screen.getByRole('button', { name: 'Lisää aika' }));
    const starts = screen.getAllByLabelText(/Alkaa klo/);
    const ends = screen.getAllByLabelText(/Päättyy klo/);
    await user.type(starts[1], '17');
    await user.type(ends[1], '16');
    const ceiling = screen.getByLabelText(/Ansioiden yläraja/);
    await user.clear(ceiling);
    await user.type(ceiling, '2 000,50');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    // The new slot has no weekday and ends before it starts: both are listed, with links to the fields.
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('link', { name: /Ajan 2 loppu: Loppu ei voi olla ennen alkua/ }),
    ).toBeInTheDocument();
    await user.clear(ends[1]);
    await user.type(ends[1], '19.30');
    await user.click(screen.getByRole('button', { name: 'Poista aika 2' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    expect(await screen.findByText('Tiedot on tallennettu.')).toBeInTheDocument();
    const patch = api.calls.find((c) => c.endpoint === 'PATCH /api/v1/experts/me')!;
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect(patch.body).toMatchObject({
      phone: '050 765 4321',
      municipalityCode: '179',
      earningsCeilingCents: 200050,
      maxTasksPerMonth: 4,
      areaVisibility: [
        { code: 'mental_health', visibleToOrderers: true },
        { code: 'relative_carer', visibleToOrderers: true },
      ],
      weeklyAvailability: [{ weekday: 1, startsAt: '09:00', endsAt: '15:00' }],
    });
    expect(screen.getByLabelText(/Ansioiden yläraja/)).toHaveValue('2000,50');
  });

  it('records a seen criminal-record extract by its date, with a date error in Finnish, and shows until when it counts', async () => {
    const current = expert();
    let checks: RecordCheckListDto = { items: [], validToday: false, validUntil: null };
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/{id}': () => ({ body: current }),
      'GET /api/v1/experts/{id}/record-checks': () => ({ body: checks }),
      'POST /api/v1/experts/{id}/record-checks': ({ body }) => {
        const { extractDate } = body as { extractDate: string };
        checks = {
          items: [
            {
              id: '00000000-0000-4000-f000-0000000000aa',
              extractDate,
              validUntil: '2027-03-01',
              seenByName: 'Kaisa Koordinaattori',
              recordedAt: '2026-09-16T08:00:00.000Z',
            },
          ],
          validToday: true,
          validUntil: '2027-03-01',
        };
        return { status: 201, body: checks };
      },
    });
    const { user } = await renderApp(`/registry/${current.id}`, me(['coordinator']));
    const section = await screen.findByRole('region', { name: 'Rikostaustaote' });
    expect(await within(section).findByText('Otetta ei ole kirjattu.')).toBeInTheDocument();
    const date = within(section).getByLabelText(/Otteen päivämäärä/);
    await user.type(date, '31.2.2026');
    await user.click(within(section).getByRole('button', { name: 'Kirjaa nähty ote' }));
    expect(await within(section).findAllByText('Kirjoita päivämäärä muodossa pp.kk.vvvv.')).not.toHaveLength(
      0,
    );
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/experts/{id}/record-checks')).toBe(false);
    await user.clear(date);
    await user.type(date, '1.9.2026');
    await user.click(within(section).getByRole('button', { name: 'Kirjaa nähty ote' }));
    expect(await within(section).findByText('Ote on voimassa 1.3.2027 asti.')).toBeInTheDocument();
    expect(within(section).getByText(/näki Kaisa Koordinaattori/)).toBeInTheDocument();
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/experts/{id}/record-checks')!.body).toEqual({
      extractDate: '2026-09-01',
    });
  });

  it('adds a break until a date', async () => {
    const current = expert();
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/me': () => ({ body: current }),
      'POST /api/v1/experts/me/absences': ({ body }) => ({
        status: 201,
        body: {
          id: '00000000-0000-4000-d000-000000000001',
          ...(body as { startsOn: string; endsOn: string; kind: 'break' }),
        },
      }),
    });
    const { user } = await renderApp('/my-profile', me(['expert']));
    await user.type(await screen.findByLabelText(/Tauko päättyy/), '31.12.2099');
    await user.click(screen.getByRole('button', { name: 'Pidä tauko' }));
    expect(await screen.findByText(/Tauko on lisätty/)).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/experts/me/absences')!;
    expect(post.body).toMatchObject({ kind: 'break', endsOn: '2099-12-31' });
  });

  it('gives and withdraws my own consents in plain words', async () => {
    const current = expert();
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/me': () => ({ body: current }),
      'POST /api/v1/experts/me/consents': () => ({ status: 204, body: null }),
    });
    const { user } = await renderApp('/my-profile', me(['expert']));
    const consents = await screen.findByRole('region', { name: 'Suostumukseni' });
    expect(within(consents).getAllByText(/Ei voimassa · ei koskaan annettu/)).toHaveLength(4);
    await user.click(within(consents).getByRole('button', { name: 'Annan suostumuksen: Julkinen profiili' }));
    expect(
      await within(consents).findByText('Kiitos. Annoit suostumuksen: Julkinen profiili.'),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/experts/me/consents')!.body).toEqual({
      kind: 'public_profile',
    });
  });

  it('explains plainly when the account is not linked to the registry yet', async () => {
    mockApi({ 'GET /api/v1/experts/me': () => problem(404, 'EXPERT_PROFILE_MISSING') });
    await renderApp('/my-profile', me(['expert']));
    expect(await screen.findByText(/Koordinaattori yhdistää sen/)).toBeInTheDocument();
  });
});
