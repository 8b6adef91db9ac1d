import type {
  ApplicationBoardDto,
  ApplicationDto,
  ApplicationSummaryDto,
  RecruitmentRoundDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const uuid = (n: number) => `00000000-0000-4000-c000-${String(n).padStart(12, '0')}`;
const coordinator = me(['coordinator']);

function summary(n: number, overrides: Partial<ApplicationSummaryDto> = {}): ApplicationSummaryDto {
  return {
    id: uuid(n),
    step: 'received',
    firstName: 'Sanna',
    lastName: `Koivisto${n}`,
    municipalityCode: '179',
    municipalityName: 'Jyväskylä',
    minor: false,
    stepEnteredAt: '2026-11-30T08:00:00.000Z',
    stepDueOn: '2099-12-03',
    stalled: false,
    owner: null,
    confirmedAt: '2026-11-30T08:00:00.000Z',
    ...overrides,
  };
}

function application(overrides: Partial<ApplicationDto> = {}): ApplicationDto {
  return {
    ...summary(1, {
      step: 'screening',
      firstName: 'Jussi',
      lastName: 'Ahola',
      owner: { id: coordinator.id, name: 'Testi Henkilö' },
      stepDueOn: '2026-11-20',
      stalled: true,
    }),
    email: 'jussi.ahola@example.fi',
    phone: '+358 40 123 4567',
    birthDate: '1971-11-02',
    locale: 'fi',
    languages: ['fi', 'sv'],
    areas: [
      { code: 'mental_health', visibleToOrderers: true },
      { code: 'relative_carer', visibleToOrderers: false },
    ],
    taskTypes: ['lecture'],
    priorTraining: [{ course: 'Kokemusasiantuntijakoulutus', organiser: 'Mieli ry', hours: 40, year: 2022 }],
    availability: 'Arki-illat',
    heardFrom: 'A-klinikan työntekijä',
    message: 'Haluan auttaa muita.',
    privacyNoticeVersion: '2026-1',
    guardian: null,
    interviewAt: null,
    interviewPlace: null,
    interviewAnswer: null,
    interviewAnsweredAt: null,
    outcomeReason: null,
    roundId: null,
    expertId: null,
    allowedMoves: ['invite_to_interview', 'reject', 'close'],
    orientation: [],
    certificates: [
      {
        id: uuid(601),
        fileName: 'kurssitodistus.pdf',
        contentType: 'application/pdf',
        sizeBytes: 120_000,
        createdAt: '2026-11-10T09:00:00.000Z',
      },
    ],
    timeline: [
      {
        id: uuid(501),
        at: '2026-11-10T08:00:00.000Z',
        kind: 'confirmed',
        actorKind: 'applicant',
        actorName: null,
        fromStep: null,
        toStep: 'received',
        reason: null,
        note: null,
      },
      {
        id: uuid(502),
        at: '2026-11-12T09:30:00.000Z',
        kind: 'start_screening',
        actorKind: 'coordinator',
        actorName: 'Testi Henkilö',
        fromStep: 'received',
        toStep: 'screening',
        reason: null,
        note: 'Soitin hakijalle.',
      },
    ],
    version: 3,
    ...overrides,
  };
}

const board: ApplicationBoardDto = {
  columns: [
    { step: 'awaiting_guardian', count: 1, stalled: 0 },
    { step: 'received', count: 4, stalled: 2 },
    { step: 'screening', count: 2, stalled: 0 },
    { step: 'interview', count: 3, stalled: 1 },
    { step: 'training', count: 5, stalled: 0 },
    { step: 'orientation', count: 1, stalled: 0 },
    { step: 'agreements', count: 0, stalled: 0 },
    { step: 'active', count: 7, stalled: 0 },
    { step: 'rejected', count: 2, stalled: 0 },
    { step: 'closed', count: 1, stalled: 0 },
  ],
};

const listCalls = (api: ReturnType<typeof mockApi>) =>
  api.calls
    .filter((c) => c.endpoint === 'GET /api/v1/applications')
    .map((c) => Object.fromEntries(new URL(c.request.url).searchParams));

describe('the onboarding board', () => {
  it('counts each step (the stalled first) and lists the applications, the stalled first, with paging', async () => {
    const late = summary(1, {
      stalled: true,
      stepDueOn: '2026-11-20',
      owner: { id: uuid(9), name: 'Kaisa K' },
    });
    const api = mockApi({
      'GET /api/v1/applications/board': () => ({ body: board }),
      'GET /api/v1/applications': ({ url }) =>
        url.searchParams.get('cursor')
          ? { body: { items: [summary(3, { minor: true })], nextCursor: null } }
          : { body: { items: [late, summary(2)], nextCursor: 'next-1' } },
    });
    const { user } = await renderApp('/onboarding', coordinator);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rekrytointi' })).toBeInTheDocument();
    expect(document.title).toBe('Rekrytointi – Kokemus');
    expect(await screen.findByText('3 hakemusta on myöhässä vaiheensa määräpäivästä.')).toBeInTheDocument();

    const open = screen.getByRole('list', { name: 'Avoimet vaiheet' });
    const cards = within(open).getAllByRole('listitem');
    expect(cards).toHaveLength(7);
    const received = cards[1];
    expect(within(received).getByRole('link', { name: 'Vastaanotettu' })).toHaveAttribute(
      'href',
      '/onboarding?step=received',
    );
    expect(received).toHaveTextContent('Vastaanotettu2 myöhässä4 hakemusta');
    expect(cards[0]).toHaveTextContent('Odottaa huoltajan suostumusta1 hakemus');
    const ended = screen.getByRole('list', { name: 'Päättyneet viimeisen 12 kuukauden aikana' });
    expect(within(ended).getByText('7 hakemusta')).toBeInTheDocument();

    // The list: stalled first as the API orders it, late said in words; each row opens the application.
    expect(await screen.findByText('Näytetään 2 hakemusta, lisää on tulossa')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Avoimet hakemukset' });
    const rows = within(list).getAllByRole('listitem');
    expect(within(rows[0]).getByRole('link', { name: 'Koivisto1, Sanna' })).toHaveAttribute(
      'href',
      `/onboarding/${uuid(1)}`,
    );
    expect(within(rows[0]).getByText('Myöhässä: määräpäivä oli 20.11.2026')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Kaisa K')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Ei vielä vastuuhenkilöä')).toBeInTheDocument();
    expect(listCalls(api)[0]).toEqual({ limit: '25' });

    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByRole('link', { name: 'Koivisto3, Sanna' })).toBeInTheDocument();
    expect(screen.getByText('Alle 18-vuotias')).toBeInTheDocument();
    expect(listCalls(api)[1]).toEqual({ limit: '25', cursor: 'next-1' });
    expect(screen.getByText('3 hakemusta', { selector: '.result-count' })).toBeInTheDocument();
  });

  it('filters the list by step and lateness, kept in the address', async () => {
    const api = mockApi({
      'GET /api/v1/applications/board': () => ({ body: board }),
      'GET /api/v1/applications': ({ url }) => ({
        body: {
          items:
            url.searchParams.get('step') === 'interview'
              ? [summary(7, { step: 'interview', lastName: 'Haastateltava' })]
              : [summary(1)],
          nextCursor: null,
        },
      }),
    });
    const { user, router } = await renderApp('/onboarding', coordinator);
    expect(await screen.findByRole('link', { name: 'Koivisto1, Sanna' })).toBeInTheDocument();

    // A step's card filters the list to that step.
    await user.click(screen.getByRole('link', { name: 'Haastattelu' }));
    expect(await screen.findByRole('link', { name: 'Haastateltava, Sanna' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Hakemukset: Haastattelu' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ step: 'interview' });
    expect(listCalls(api).at(-1)).toEqual({ limit: '25', step: 'interview' });
    // The router marks the chosen step's card as the current page.
    expect(screen.getByRole('link', { name: 'Haastattelu' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Koulutus' })).not.toHaveAttribute('aria-current');

    await user.click(screen.getByRole('checkbox', { name: 'Vain myöhässä olevat' }));
    await waitFor(() =>
      expect(listCalls(api).at(-1)).toEqual({ limit: '25', step: 'interview', stalled: 'true' }),
    );
    expect(router.state.location.search).toEqual({ step: 'interview', stalled: true });
  });

  it('is for coordinators only', async () => {
    mockApi({});
    await renderApp('/onboarding', me(['orderer']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
  });
});

describe('an application', () => {
  const handlers = (current: () => ApplicationDto) => ({
    ...catalogHandlers(),
    'GET /api/v1/applications/board': () => ({ body: board }),
    'GET /api/v1/applications/{id}': () => ({ body: current() }),
  });

  it('shows the applicant, the step and the timeline', async () => {
    mockApi(handlers(() => application()));
    await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jussi Ahola' })).toBeInTheDocument();
    expect(screen.getByText('Arvioinnissa', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Myöhässä: määräpäivä oli 20.11.2026')).toBeInTheDocument();
    expect(screen.getAllByText('Testi Henkilö').length).toBeGreaterThan(0);
    expect(screen.getByText('jussi.ahola@example.fi')).toBeInTheDocument();
    expect(await screen.findByText('Mielenterveys – näkyy tilaajille')).toBeInTheDocument();
    expect(screen.getByText('Omaishoito – vain koordinaattoreille')).toBeInTheDocument();
    expect(screen.getByText('suomi, ruotsi')).toBeInTheDocument();
    expect(screen.getByText('Kokemusasiantuntijakoulutus, Mieli ry, 40 h, 2022')).toBeInTheDocument();
    expect(screen.getByText('kurssitodistus.pdf')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lataa kurssitodistus.pdf' })).toBeInTheDocument();

    const timeline = screen.getByRole('region', { name: 'Tapahtumat' });
    const events = within(timeline).getAllByRole('listitem');
    expect(events).toHaveLength(2);
    expect(events[0]).toHaveTextContent('Hakija vahvisti sähköpostiosoitteensa – Vastaanotettu');
    expect(events[1]).toHaveTextContent('Arviointi aloitettiin – Vastaanotettu → Arvioinnissa');
    expect(events[1]).toHaveTextContent('Testi Henkilö (koordinaattori)');
    expect(events[1]).toHaveTextContent('Muistiinpano: Soitin hakijalle.');
  });

  it('offers only the allowed moves, checks them and posts the move with If-Match', async () => {
    let current = application();
    const api = mockApi({
      ...handlers(() => current),
      'POST /api/v1/applications/{id}/moves': () => {
        current = application({
          step: 'interview',
          stalled: false,
          stepDueOn: '2099-12-15',
          interviewAt: '2099-03-02T11:00:00.000Z',
          interviewPlace: 'Teams',
          allowedMoves: ['pass_interview', 'accept_prior_training', 'reject', 'close'],
          version: 4,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    const section = await screen.findByRole('region', { name: 'Siirrä hakemusta' });
    const radios = within(section).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['invite_to_interview', 'reject', 'close']);

    // Nothing chosen.
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(
      await within(section).findByText('Mitä hakemukselle tehdään?: Valitse, mitä hakemukselle tehdään.'),
    ).toBeInTheDocument();

    // Rejecting needs a reason.
    await user.click(within(section).getByRole('radio', { name: /^Hylkää hakemus/ }));
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(await within(section).findByText('Perustelu hakijalle: Tämä tieto puuttuu.')).toBeInTheDocument();

    // An interview needs its day, time and place, in the future.
    await user.click(within(section).getByRole('radio', { name: /^Kutsu haastatteluun/ }));
    await user.type(within(section).getByLabelText('Haastattelupäivä'), '2.3.2020');
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(await within(section).findByText('Kellonaika: Tämä tieto puuttuu.')).toBeInTheDocument();
    expect(within(section).getByText('Paikka: Tämä tieto puuttuu.')).toBeInTheDocument();
    await user.type(within(section).getByLabelText('Kellonaika'), '13.00');
    await user.type(within(section).getByLabelText('Paikka'), 'Teams');
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(
      await within(section).findByText('Haastattelupäivä: Haastattelun pitää olla tulevaisuudessa.'),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/applications/{id}/moves')).toBe(false);

    const day = within(section).getByLabelText('Haastattelupäivä');
    await user.clear(day);
    await user.type(day, '2.3.2099');
    await user.type(within(section).getByLabelText(/^Muistiinpano/), 'Hyvä hakemus.');
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(await screen.findByText('Hakemus on nyt vaiheessa: Haastattelu.')).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/applications/{id}/moves')!;
    expect(post.request.headers.get('If-Match')).toBe('"3"');
    expect(new URL(post.request.url).pathname).toBe(`/api/v1/applications/${uuid(1)}/moves`);
    expect(post.body).toEqual({
      move: 'invite_to_interview',
      interviewAt: '2099-03-02T13:00:00+02:00',
      interviewPlace: 'Teams',
      note: 'Hyvä hakemus.',
    });
    // The form now offers the next step's moves.
    await waitFor(() =>
      expect(
        within(section)
          .getAllByRole('radio')
          .map((r) => r.getAttribute('value')),
      ).toEqual(['pass_interview', 'accept_prior_training', 'reject', 'close']),
    );
  });

  it('says when someone else changed the application meanwhile, and shows the newest', async () => {
    let reads = 0;
    const api = mockApi({
      ...handlers(() => {
        reads += 1;
        return reads === 1
          ? application()
          : application({
              step: 'rejected',
              allowedMoves: [],
              outcomeReason: 'Ei tällä kertaa.',
              version: 4,
            });
      }),
      'POST /api/v1/applications/{id}/moves': () => problem(412, 'PRECONDITION_FAILED'),
    });
    const { user } = await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    const section = await screen.findByRole('region', { name: 'Siirrä hakemusta' });
    await user.click(within(section).getByRole('radio', { name: /^Hylkää hakemus/ }));
    await user.type(within(section).getByLabelText(/^Perustelu hakijalle/), 'Ei nyt.');
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(
      await within(section).findByText(/Joku muu on muuttanut näitä tietoja sillä välin\./),
    ).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/applications/{id}/moves')!;
    expect(post.body).toEqual({ move: 'reject', reason: 'Ei nyt.' });
    // Read again: the newest version is shown, with no moves left.
    expect(
      await within(section).findByText('Hakemus on päättynyt. Sitä ei voi enää siirtää.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ei tällä kertaa.')).toBeInTheDocument();
  });

  it('adds a private note to the timeline', async () => {
    let current = application();
    const api = mockApi({
      ...handlers(() => current),
      'POST /api/v1/applications/{id}/notes': ({ body }) => {
        current = application({
          timeline: [
            ...current.timeline,
            {
              id: uuid(503),
              at: '2026-12-01T10:00:00.000Z',
              kind: 'note',
              actorKind: 'coordinator',
              actorName: 'Testi Henkilö',
              fromStep: null,
              toStep: null,
              reason: null,
              note: (body as { note: string }).note,
            },
          ],
        });
        return { status: 201, body: current };
      },
    });
    const { user } = await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    const section = await screen.findByRole('region', { name: 'Lisää muistiinpano' });
    await user.click(within(section).getByRole('button', { name: 'Tallenna muistiinpano' }));
    expect(await within(section).findByText('Muistiinpano: Tämä tieto puuttuu.')).toBeInTheDocument();
    await user.type(within(section).getByRole('textbox'), '  Soittaa takaisin maanantaina. ');
    await user.click(within(section).getByRole('button', { name: 'Tallenna muistiinpano' }));
    expect(await screen.findByText('Muistiinpano tallennettiin.')).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/applications/{id}/notes')!;
    expect(post.body).toEqual({ note: 'Soittaa takaisin maanantaina.' });
    const timeline = screen.getByRole('region', { name: 'Tapahtumat' });
    const added = (await within(timeline).findByText('Soittaa takaisin maanantaina.')).closest('li')!;
    expect(added).toHaveTextContent('Muistiinpano');
    expect(added).toHaveTextContent('Testi Henkilö (koordinaattori)');
    expect(within(section).getByRole('textbox')).toHaveValue('');
  });

  it('keeps the orientation checklist at the orientation step and saves what was gone through', async () => {
    const item = (n: number, code: string, labelFi: string, done = false) => ({
      itemId: uuid(700 + n),
      code,
      labelFi,
      labelSv: `${labelFi} (sv)`,
      labelEn: `${labelFi} (en)`,
      done,
      doneAt: done ? '2026-11-30T10:00:00.000Z' : null,
      doneByName: done ? 'Testi Henkilö' : null,
    });
    let current = application({
      step: 'orientation',
      allowedMoves: ['complete_orientation', 'close'],
      orientation: [
        item(1, 'confidentiality', 'Vaitiolovelvollisuus', true),
        item(2, 'ethics', 'Eettiset periaatteet'),
        item(3, 'safety', 'Turvallisuus ja oma jaksaminen'),
      ],
    });
    const api = mockApi({
      ...handlers(() => current),
      'PUT /api/v1/applications/{id}/orientation': ({ body }: { body: unknown }) => {
        const done = (body as { doneItemIds: string[] }).doneItemIds;
        current = {
          ...current,
          orientation: current.orientation.map((i) => ({ ...i, done: done.includes(i.itemId) })),
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    const section = await screen.findByRole('region', { name: 'Perehdytys' });
    expect(within(section).getByRole('checkbox', { name: 'Vaitiolovelvollisuus' })).toBeChecked();
    expect(within(section).getByText('Vielä 2 asiaa käymättä.')).toBeInTheDocument();
    await user.click(within(section).getByRole('checkbox', { name: 'Eettiset periaatteet' }));
    expect(within(section).getByText('Vielä 1 asia käymättä.')).toBeInTheDocument();
    expect(within(section).getByText('Muutoksia ei ole vielä tallennettu.')).toBeInTheDocument();
    await user.click(within(section).getByRole('checkbox', { name: 'Turvallisuus ja oma jaksaminen' }));
    await user.click(within(section).getByRole('button', { name: 'Tallenna tarkistuslista' }));
    expect(
      await within(section).findByText(
        'Tallennettu. Kaikki on käyty läpi: voit merkitä perehdytyksen tehdyksi.',
      ),
    ).toBeInTheDocument();
    const put = api.calls.find((c) => c.endpoint === 'PUT /api/v1/applications/{id}/orientation')!;
    expect((put.body as { doneItemIds: string[] }).doneItemIds.sort()).toEqual([
      uuid(701),
      uuid(702),
      uuid(703),
    ]);
  });

  it('shows the API’s refusal to mark orientation done while the checklist is not', async () => {
    mockApi({
      ...handlers(() =>
        application({
          step: 'orientation',
          allowedMoves: ['complete_orientation', 'close'],
          orientation: [],
        }),
      ),
      'POST /api/v1/applications/{id}/moves': () => problem(409, 'APPLICATION_ORIENTATION_INCOMPLETE'),
    });
    const { user } = await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    const section = await screen.findByRole('region', { name: 'Siirrä hakemusta' });
    await user.click(within(section).getByRole('radio', { name: /Perehdytys on tehty/ }));
    await user.click(within(section).getByRole('button', { name: 'Tee siirto' }));
    expect(
      await screen.findByText(/Perehdytyksen tarkistuslistassa on vielä käymättä olevia asioita/),
    ).toBeInTheDocument();
  });

  it('shows the applicant’s answer to the interview time and offers another time', async () => {
    mockApi(
      handlers(() =>
        application({
          step: 'interview',
          interviewAt: '2026-12-10T11:00:00.000Z',
          interviewPlace: 'Hippos',
          interviewAnswer: 'other_time',
          interviewAnsweredAt: '2026-12-02T08:00:00.000Z',
          allowedMoves: [
            'pass_interview',
            'reschedule_interview',
            'accept_prior_training',
            'reject',
            'close',
          ],
        }),
      ),
    );
    const { user } = await renderApp(`/onboarding/${uuid(1)}`, coordinator);
    expect(await screen.findByText(/Pyysi toista aikaa \(2\.12\.2026 klo 10\.00\)/)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Siirrä hakemusta' });
    await user.click(within(section).getByRole('radio', { name: /Vaihda haastattelun aika/ }));
    expect(within(section).getByRole('group', { name: 'Haastattelun aika ja paikka' })).toBeInTheDocument();
  });

  it('opens from a reminder’s link', async () => {
    mockApi(handlers(() => application()));
    const { router } = await renderApp(`/onboarding/applications/${uuid(1)}`, coordinator);
    expect(await screen.findByRole('heading', { level: 1, name: 'Jussi Ahola' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/onboarding/${uuid(1)}`);
  });

  it('says so when there is no such application', async () => {
    mockApi({ 'GET /api/v1/applications/{id}': () => problem(404, 'APPLICATION_NOT_FOUND') });
    await renderApp(`/onboarding/${uuid(2)}`, coordinator);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeInTheDocument();
  });
});

describe('recruitment rounds', () => {
  const round = (n: number, overrides: Partial<RecruitmentRoundDto> = {}): RecruitmentRoundDto => ({
    id: uuid(800 + n),
    name: `Kierros ${n}`,
    opensOn: '2020-03-01',
    closesOn: '2020-03-31',
    quota: 20,
    confirmed: 20,
    ...overrides,
  });

  it('lists the rounds and plans a new one, checking its days and quota', async () => {
    const api = mockApi({
      'GET /api/v1/recruitment-rounds': () => ({
        body: {
          items: [
            round(2, { quota: null, confirmed: 3, opensOn: '2098-01-01', closesOn: '2098-01-31' }),
            round(1),
          ],
          nextCursor: null,
        },
      }),
      'POST /api/v1/recruitment-rounds': ({ body }) => ({
        status: 201,
        body: { ...round(3), ...(body as object), confirmed: 0 } as RecruitmentRoundDto,
      }),
    });
    const { user } = await renderApp('/onboarding/rounds', coordinator);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rekrytointikierrokset' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Kierrokset' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Kierros 2');
    expect(items[0]).toHaveTextContent('1.1.2098–31.1.2098');
    expect(items[0]).toHaveTextContent('Ei kiintiötä');
    expect(items[0]).toHaveTextContent('Tulossa');
    expect(items[1]).toHaveTextContent('20 / 20');
    expect(items[1]).toHaveTextContent('Päättynyt');

    const form = screen.getByRole('region', { name: 'Uusi kierros' });
    await user.click(within(form).getByRole('button', { name: 'Lisää kierros' }));
    expect(await within(form).findByText('Kierroksen nimi: Tämä tieto puuttuu.')).toBeInTheDocument();
    expect(within(form).getByText('Ensimmäinen hakupäivä: Tämä tieto puuttuu.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Kierroksen nimi'), 'Kevät 2099');
    await user.type(within(form).getByLabelText('Ensimmäinen hakupäivä'), '1.4.2099');
    await user.type(within(form).getByLabelText('Viimeinen hakupäivä'), '31.3.2099');
    await user.type(within(form).getByLabelText(/^Kiintiö/), '0');
    await user.click(within(form).getByRole('button', { name: 'Lisää kierros' }));
    expect(
      await within(form).findByText(
        'Viimeinen hakupäivä: Viimeinen hakupäivä ei voi olla ennen ensimmäistä.',
      ),
    ).toBeInTheDocument();
    expect(
      within(form).getByText('Kiintiö: Kirjoita kiintiöksi kokonaisluku 1–10 000, tai jätä kenttä tyhjäksi.'),
    ).toBeInTheDocument();

    const closes = within(form).getByLabelText('Viimeinen hakupäivä');
    await user.clear(closes);
    await user.type(closes, '30.4.2099');
    const quota = within(form).getByLabelText(/^Kiintiö/);
    await user.clear(quota);
    await user.type(quota, '25');
    await user.click(within(form).getByRole('button', { name: 'Lisää kierros' }));
    expect(await screen.findByText('Kierros Kevät 2099 lisättiin.')).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/recruitment-rounds')!;
    expect(post.body).toEqual({
      name: 'Kevät 2099',
      opensOn: '2099-04-01',
      closesOn: '2099-04-30',
      quota: 25,
    });
  });

  it('shows the API’s refusal of an overlapping round', async () => {
    mockApi({
      'GET /api/v1/recruitment-rounds': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/v1/recruitment-rounds': () => problem(409, 'RECRUITMENT_ROUND_OVERLAP'),
    });
    const { user } = await renderApp('/onboarding/rounds', coordinator);
    expect(await screen.findByText('Kierroksia ei ole. Haku on aina auki.')).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Uusi kierros' });
    await user.type(within(form).getByLabelText('Kierroksen nimi'), 'Syksy 2099');
    await user.type(within(form).getByLabelText('Ensimmäinen hakupäivä'), '1.9.2099');
    await user.type(within(form).getByLabelText('Viimeinen hakupäivä'), '30.9.2099');
    await user.click(within(form).getByRole('button', { name: 'Lisää kierros' }));
    expect(
      await within(form).findByText(/Kierros menee päällekkäin toisen kierroksen kanssa\./),
    ).toBeInTheDocument();
  });
});
