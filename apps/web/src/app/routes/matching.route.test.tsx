import type {
  AssignmentDto,
  CandidateDto,
  CandidateListDto,
  MatchingSettingsDto,
  OfferDto,
  OrderDto,
  SuggestionsDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const coordinator = me(['coordinator'], { displayName: 'Sanna Koskinen' });
const expertUser = me(['expert'], { displayName: 'Liisa Virtanen' });
const ORDER_ID = '00000000-0000-4000-c000-000000000001';
const TIME_ID = '00000000-0000-4000-d000-000000000001';
const LIISA = '00000000-0000-4000-e000-000000000001';
const PEKKA = '00000000-0000-4000-e000-000000000002';
const OUTI = '00000000-0000-4000-e000-000000000003';
const AINO = '00000000-0000-4000-e000-000000000004';
const TIME_2 = '00000000-0000-4000-d000-000000000002';

const order = {
  id: ORDER_ID,
  number: 'T-2026-000042',
  status: 'in_matching',
  title: 'Juttupenkki osastoilla',
  occurrences: [
    {
      id: TIME_ID,
      startsAt: '2027-03-02T11:00:00.000Z',
      endsAt: '2027-03-02T13:00:00.000Z',
      place: 'Osasto 1',
      status: 'planned',
      cancelledAt: null,
      cancelReason: null,
      lateCancellation: false,
    },
  ],
  version: 3,
} as unknown as OrderDto;

function candidate(id: string, firstName: string, rank: number, score: number): CandidateDto {
  return {
    expertId: id,
    expertName: `${firstName} Virtanen`,
    firstName,
    lastName: 'Virtanen',
    municipalityName: 'Jyväskylä',
    tier: 'basic',
    languages: ['fi'],
    rank,
    score,
    terms: [
      { term: 'area_fit', value: 1, weight: 40, points: 40 },
      { term: 'fairness', value: 0.5, weight: 25, points: 12.5 },
      { term: 'wished', value: 0, weight: 0, points: 0 },
    ],
    recentHours: 6,
    recentTasks: 3,
  };
}

function offer(overrides: Partial<OfferDto> = {}): OfferDto {
  return {
    demanding: false,
    estimatedFeeCents: null,
    ceiling: null,
    id: '00000000-0000-4000-f000-000000000001',
    orderId: ORDER_ID,
    orderNumber: 'T-2026-000042',
    title: 'Juttupenkki osastoilla',
    productCode: 'chat_bench',
    unitName: 'Psykiatrian osasto 3, Jyväskylä',
    place: 'Kukkumäen sairaala',
    municipalityCode: '179',
    mode: 'in_person',
    description: 'Keskustelutuokio potilaille.',
    preparationNeeds: 'Tutustu osaston sääntöihin.',
    preparationMinutes: 15,
    feeBasis: 'hourly',
    times: [
      {
        occurrenceId: TIME_ID,
        startsAt: '2027-03-02T11:00:00.000Z',
        endsAt: '2027-03-02T13:00:00.000Z',
        place: null,
      },
    ],
    expertId: LIISA,
    expertName: 'Liisa Virtanen',
    offerMode: 'single',
    status: 'open',
    rank: 1,
    answerDueAt: '2027-02-20T14:00:00.000Z',
    answeredAt: null,
    declineReason: null,
    createdAt: '2027-02-15T08:00:00.000Z',
    ...overrides,
  };
}

describe('matching', () => {
  it('shows the coordinator ranked candidates with reasons and asks for a reason when one is skipped', async () => {
    let offered = 0;
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/orders/{id}': () => ({ body: order }),
      'GET /api/v1/orders/{id}/candidates': ({ url }) => ({
        body: {
          items: [candidate(PEKKA, 'Pekka', 1, 70), candidate(LIISA, 'Liisa', 2, 52.5)],
          occurrenceIds: [TIME_ID],
          eligibleCount: 2,
          explanation: url.searchParams.get('explain')
            ? {
                expertId: url.searchParams.get('explain')!,
                expertName: 'Outi Ulkona',
                firstName: 'Outi',
                lastName: 'Ulkona',
                failed: [{ constraint: 'language', occurrences: 1 }],
                alreadyInvolved: false,
                rank: null,
              }
            : null,
        },
      }),
      'POST /api/v1/orders/{id}/offers': ({ body }) => {
        offered += 1;
        return (body as { reason?: string }).reason
          ? { status: 201, body: [offer()] }
          : problem(400, 'FAIRNESS_REASON_REQUIRED');
      },
      'GET /api/v1/offers': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/assignments': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/experts': () => ({
        body: {
          items: [{ id: '00000000-0000-4000-e000-000000000009', firstName: 'Outi', lastName: 'Ulkona' }],
          nextCursor: null,
        } as never,
      }),
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}/experts`, coordinator);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Etsi kokemusasiantuntijat: Juttupenkki osastoilla',
      }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('region', { name: 'Etsi kokemusasiantuntijat' });
    expect(await within(list).findByText('2 sopivaa henkilöä. Parhaat ensin.')).toBeInTheDocument();
    expect(within(list).getByRole('heading', { name: 'Sija 1: Pekka Virtanen' })).toBeInTheDocument();
    expect(within(list).getAllByText('Kokemusalueet sopivat tilaukseen: 40 pistettä')).toHaveLength(2);
    expect(
      within(list).getAllByText('Vähemmän tehtäviä viime aikoina (tasapuolisuus): 12.5 pistettä'),
    ).toHaveLength(2);
    expect(within(list).getAllByText('6 h, 3 tehtävää')).toHaveLength(2);

    // Liisa, ranked second, is chosen: the API wants a reason, the form asks for it.
    await user.click(screen.getByRole('checkbox', { name: 'Valitse Liisa Virtanen' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä tarjous' }));
    expect(
      await screen.findByText(
        'Ohitat listalla ylempänä olevan henkilön. Kirjoita perustelu ja lähetä uudelleen.',
      ),
    ).toBeInTheDocument();
    const reason = screen.getByRole('textbox', { name: /Perustelu/ });
    await waitFor(() => expect(reason).toHaveFocus());
    expect(
      screen.getByText('Kirjoita perustelu: ohitat listalla ylempänä olevan henkilön.'),
    ).toBeInTheDocument();
    await user.type(reason, 'Pekka on jo kuormitettu.');
    await user.click(screen.getByRole('button', { name: 'Lähetä tarjous' }));
    expect(await screen.findByText('Tarjous lähetettiin 1 henkilölle.')).toBeInTheDocument();
    expect(offered).toBe(2);
    const post = api.calls.filter((c) => c.endpoint === 'POST /api/v1/orders/{id}/offers').at(-1)!;
    expect(post.body).toEqual({ expertIds: [LIISA], mode: 'single', reason: 'Pekka on jo kuormitettu.' });

    // Why is Outi not on the list?
    await user.type(screen.getByLabelText('Hae nimellä rekisteristä'), 'Outi');
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    await user.click(await screen.findByRole('button', { name: 'Selvitä: Outi Ulkona' }));
    expect(await screen.findByText('Ei puhu tilauksen kieltä (1 ajassa)')).toBeInTheDocument();
  }, 30_000);

  it('lets an expert accept one offer and decline another with a reason, in one tap each', async () => {
    let offers = [
      offer(),
      offer({
        id: '00000000-0000-4000-f000-000000000002',
        title: 'Kokemuspuheenvuoro',
        estimatedFeeCents: 32500,
        ceiling: { ceilingCents: 100000, monthAfterCents: 112500, overByCents: 12500 },
      }),
    ];
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/offers': () => ({ body: { items: offers, nextCursor: null } }),
      'POST /api/v1/offers/{id}/accept': ({ params }) => {
        offers = offers.map((o) => (o.id === params.id ? { ...o, status: 'accepted' } : o));
        return { body: offers.find((o) => o.id === params.id)! };
      },
      'POST /api/v1/offers/{id}/decline': ({ params }) => {
        offers = offers.map((o) => (o.id === params.id ? { ...o, status: 'declined' } : o));
        return { body: offers.find((o) => o.id === params.id)! };
      },
      'GET /api/v1/assignments': () => ({ body: { items: [], nextCursor: null } }),
    });
    const { user } = await renderApp('/offers', expertUser);
    expect(screen.getByRole('heading', { level: 1, name: 'Tarjoukset' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Juttupenkki osastoilla' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Psykiatrian osasto 3, Jyväskylä')).toHaveLength(2);
    expect(screen.getAllByText('Tutustu osaston sääntöihin. – noin 15 min')).toHaveLength(2);
    expect(screen.getAllByText('tuntipalkkio')).toHaveLength(1);
    // what the second one pays, and that it would take the month over her own limit
    expect(screen.getByText(/^noin 325,00\s€ ennen veroja$/)).toBeInTheDocument();
    expect(screen.getByText('Tämä veisi kuukauden yli oman tulorajasi')).toBeInTheDocument();
    expect(
      screen.getByText(/kuukauden palkkiosi olisivat 1\s125,00\s€.*raja on 1\s000,00\s€ \(125,00\s€ yli\)/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('Kieltäytyminen ei koskaan vaikuta sinuun kielteisesti.').length,
    ).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Otan tehtävän: Juttupenkki osastoilla' }));
    expect(await screen.findByText(/Kiitos! Otit tehtävän vastaan/)).toBeInTheDocument();

    const textareas = await screen.findAllByLabelText('Syy, jos haluat kertoa (vapaaehtoinen)');
    await user.type(textareas[0], 'Olen silloin matkoilla.');
    await user.click(screen.getByRole('button', { name: 'En voi ottaa: Kokemuspuheenvuoro' }));
    expect(await screen.findByText('Kieltäydyit tehtävästä. Kiitos, että vastasit.')).toBeInTheDocument();
    const decline = api.calls.find((c) => c.endpoint === 'POST /api/v1/offers/{id}/decline')!;
    expect(decline.body).toEqual({ reason: 'Olen silloin matkoilla.' });
    expect(await screen.findByText('Sinulla ei ole nyt avoimia tarjouksia.')).toBeInTheDocument();
  }, 30_000);

  it('reviews batch suggestions and sends the ticked ones as one offer call per order', async () => {
    const suggestions: SuggestionsDto = {
      suggestions: [
        {
          orderId: ORDER_ID,
          orderNumber: 'T-1',
          title: 'Juttupenkki',
          occurrenceId: TIME_ID,
          startsAt: '2027-03-02T11:00:00.000Z',
          expertId: LIISA,
          expertName: 'Liisa Virtanen',
          score: 60,
        },
        {
          orderId: ORDER_ID,
          orderNumber: 'T-1',
          title: 'Juttupenkki',
          occurrenceId: TIME_ID,
          startsAt: '2027-03-02T11:00:00.000Z',
          expertId: PEKKA,
          expertName: 'Pekka Virtanen',
          score: 55,
        },
        {
          orderId: 'o2',
          orderNumber: 'T-2',
          title: 'Puheenvuoro',
          occurrenceId: 't2',
          startsAt: '2027-03-04T08:00:00.000Z',
          expertId: PEKKA,
          expertName: 'Pekka Virtanen',
          score: 40,
        },
      ],
      unfilled: [
        {
          orderId: 'o2',
          orderNumber: 'T-2',
          title: 'Puheenvuoro',
          startsAt: '2027-03-04T08:00:00.000Z',
          occurrenceId: 't2',
          missing: 1,
        },
      ],
      totalScore: 155,
      slots: 3,
    };
    const api = mockApi({
      ...catalogHandlers(),
      'POST /api/v1/matching/suggestions': () => ({ body: suggestions }),
      'POST /api/v1/orders/{id}/offers': () => ({ status: 201, body: [offer()] }),
    });
    const { user } = await renderApp('/matching/suggestions', coordinator);
    const from = screen.getByLabelText('Alkaen');
    await user.clear(from);
    await user.type(from, '1.3.2027');
    const to = screen.getByLabelText('Päättyen');
    await user.clear(to);
    await user.type(to, '31.3.2027');
    await user.click(screen.getByRole('button', { name: 'Tee ehdotus' }));
    const table = await screen.findByRole('table', { name: 'Ehdotetut kokemusasiantuntijat ajoittain' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/matching/suggestions')!.body).toEqual({
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(screen.getByText(/T-2 Puheenvuoro, .*: puuttuu 1/)).toBeInTheDocument();

    // Untick Pekka on the Juttupenkki: two calls, one per order.
    await user.click(within(table).getByRole('checkbox', { name: /Mukaan: Pekka Virtanen, Juttupenkki/ }));
    await user.click(screen.getByRole('button', { name: 'Lähetä valitut tarjouksina' }));
    expect(await screen.findByText('Tarjoukset lähetettiin 2 tilaukseen.')).toBeInTheDocument();
    const posts = api.calls.filter((c) => c.endpoint === 'POST /api/v1/orders/{id}/offers');
    expect(posts.map((c) => c.body)).toEqual([
      { expertIds: [LIISA], mode: 'single', occurrenceIds: [TIME_ID], reason: 'Tasapuolinen eräehdotus' },
      { expertIds: [PEKKA], mode: 'single', occurrenceIds: ['t2'], reason: 'Tasapuolinen eräehdotus' },
    ]);
  }, 30_000);
});

const twoTimes = {
  ...order,
  occurrences: [
    ...order.occurrences,
    {
      ...order.occurrences[0],
      id: TIME_2,
      startsAt: '2027-03-09T11:00:00.000Z',
      endsAt: '2027-03-09T13:00:00.000Z',
      place: 'Osasto 2',
    },
  ],
} as unknown as OrderDto;

function assignment(overrides: Partial<AssignmentDto> & Pick<AssignmentDto, 'id'>): AssignmentDto {
  return {
    orderId: ORDER_ID,
    orderNumber: 'T-2026-000042',
    occurrenceId: TIME_ID,
    title: 'Juttupenkki osastoilla',
    unitName: 'Psykiatrian osasto 3, Jyväskylä',
    place: 'Osasto 1',
    startsAt: '2027-03-02T11:00:00.000Z',
    endsAt: '2027-03-02T13:00:00.000Z',
    expertId: LIISA,
    expertName: 'Liisa Virtanen',
    status: 'accepted',
    lateCancellation: false,
    cancelReason: null,
    cancelledAt: null,
    completedAt: null,
    confirmedAt: null,
    version: 1,
    ...overrides,
  };
}

/** The candidates of `twoTimes`: Pekka, Liisa, Outi; an explanation when one is asked for. */
function candidateHandlers(explanation?: (id: string) => CandidateListDto['explanation']) {
  return {
    'GET /api/v1/orders/{id}': () => ({ body: twoTimes }),
    'GET /api/v1/orders/{id}/candidates': ({ url }: { url: URL }) => {
      const explain = url.searchParams.get('explain');
      const occurrence = url.searchParams.get('occurrenceId');
      return {
        body: {
          items: [
            candidate(PEKKA, 'Pekka', 1, 70),
            candidate(LIISA, 'Liisa', 2, 52.5),
            candidate(OUTI, 'Outi', 3, 40),
          ],
          occurrenceIds: occurrence ? [occurrence] : [TIME_ID, TIME_2],
          eligibleCount: 3,
          explanation: explain && explanation ? explanation(explain) : null,
        },
      };
    },
    'GET /api/v1/offers': () => ({ body: { items: [], nextCursor: null } }),
    'GET /api/v1/assignments': () => ({ body: { items: [], nextCursor: null } }),
  } as const;
}

describe('matching: offers to several, explanations, staffing, tasks and weights', () => {
  it('offers one time to several people as "first to accept" and as "coordinator picks" (with a reason)', async () => {
    const api = mockApi({
      ...catalogHandlers(),
      ...candidateHandlers(),
      'POST /api/v1/orders/{id}/offers': ({ body }) => {
        const b = body as { expertIds: string[]; mode: OfferDto['offerMode']; reason?: string };
        if (b.expertIds.includes(OUTI) && !b.expertIds.includes(LIISA) && !b.reason)
          return problem(400, 'FAIRNESS_REASON_REQUIRED');
        return {
          status: 201,
          body: b.expertIds.map((expertId) => offer({ expertId, offerMode: b.mode })),
        };
      },
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}/experts`, coordinator);
    const list = await screen.findByRole('region', { name: 'Etsi kokemusasiantuntijat' });
    expect(await within(list).findByText('3 sopivaa henkilöä. Parhaat ensin.')).toBeInTheDocument();

    // One time only: the second one, on Osasto 2.
    await user.click(screen.getByRole('button', { name: /Aika$/ }));
    await user.click(await screen.findByRole('option', { name: /Osasto 2/ }));
    await waitFor(() =>
      expect(
        api.calls.some(
          (c) =>
            c.endpoint === 'GET /api/v1/orders/{id}/candidates' &&
            new URL(c.request.url).searchParams.get('occurrenceId') === TIME_2,
        ),
      ).toBe(true),
    );

    // Two people with "one person" chosen: the form says so and sends nothing.
    await user.click(await screen.findByRole('checkbox', { name: 'Valitse Pekka Virtanen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Valitse Liisa Virtanen' }));
    expect(screen.getByText('2 henkilöä valittu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lähetä tarjous' }));
    expect(
      await screen.findByText('Tarjous yhdelle henkilölle: valitse täsmälleen yksi.'),
    ).toBeInTheDocument();
    expect(api.calls.filter((c) => c.endpoint === 'POST /api/v1/orders/{id}/offers')).toHaveLength(0);

    // First to accept: both get the offer of that one time.
    await user.click(screen.getByRole('radio', { name: 'Usealle: ensimmäinen vastaanottaja saa tehtävän' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä tarjous' }));
    expect(await screen.findByText('Tarjous lähetettiin 2 henkilölle.')).toBeInTheDocument();
    let posts = api.calls.filter((c) => c.endpoint === 'POST /api/v1/orders/{id}/offers');
    expect(posts).toHaveLength(1);
    expect(new URL(posts[0].request.url).pathname).toBe(`/api/v1/orders/${ORDER_ID}/offers`);
    expect(posts[0].body).toEqual({
      expertIds: [PEKKA, LIISA],
      mode: 'first_to_accept',
      occurrenceIds: [TIME_2],
    });
    expect(screen.getByText('0 henkilöä valittu.')).toBeInTheDocument();

    // Coordinator picks, Pekka and Outi (Liisa skipped): the API asks for a reason, the form sends it.
    await user.click(screen.getByRole('checkbox', { name: 'Valitse Pekka Virtanen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Valitse Outi Virtanen' }));
    await user.click(
      screen.getByRole('radio', { name: 'Usealle: koordinaattori valitsee vastaanottaneista' }),
    );
    await user.click(screen.getByRole('button', { name: 'Lähetä tarjous' }));
    expect(
      await screen.findByText('Kirjoita perustelu: ohitat listalla ylempänä olevan henkilön.'),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Perustelu/ }), 'Liisalla on jo kaksi tehtävää.');
    await user.click(screen.getByRole('button', { name: 'Lähetä tarjous' }));
    expect(await screen.findByText('Tarjous lähetettiin 2 henkilölle.')).toBeInTheDocument();
    posts = api.calls.filter((c) => c.endpoint === 'POST /api/v1/orders/{id}/offers');
    expect(posts.map((c) => c.body)).toEqual([
      { expertIds: [PEKKA, LIISA], mode: 'first_to_accept', occurrenceIds: [TIME_2] },
      { expertIds: [PEKKA, OUTI], mode: 'coordinator_picks', occurrenceIds: [TIME_2] },
      {
        expertIds: [PEKKA, OUTI],
        mode: 'coordinator_picks',
        occurrenceIds: [TIME_2],
        reason: 'Liisalla on jo kaksi tehtävää.',
      },
    ]);
  }, 30_000);

  it('explains in words why someone is not on the list, and says when someone is on it', async () => {
    const api = mockApi({
      ...catalogHandlers(),
      ...candidateHandlers((id) =>
        id === AINO
          ? {
              expertId: AINO,
              expertName: 'Aino Ahonen',
              firstName: 'Aino',
              lastName: 'Ahonen',
              failed: [
                { constraint: 'not_available', occurrences: 2 },
                { constraint: 'travel_radius', occurrences: 1 },
                { constraint: 'tier', occurrences: 2 },
              ],
              alreadyInvolved: false,
              rank: null,
            }
          : {
              expertId: id,
              expertName: 'Liisa Virtanen',
              firstName: 'Liisa',
              lastName: 'Virtanen',
              failed: [],
              alreadyInvolved: true,
              rank: 2,
            },
      ),
      'GET /api/v1/experts': ({ url }) => ({
        body: {
          items:
            url.searchParams.get('q') === 'Aino'
              ? [{ id: AINO, firstName: 'Aino', lastName: 'Ahonen' }]
              : url.searchParams.get('q') === 'Liisa'
                ? [{ id: LIISA, firstName: 'Liisa', lastName: 'Virtanen' }]
                : [],
          nextCursor: null,
        } as never,
      }),
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}/experts`, coordinator);
    const explain = await screen.findByRole('region', { name: 'Miksi joku ei ole listalla?' });
    const search = within(explain).getByLabelText('Hae nimellä rekisteristä');

    await user.type(search, 'Nobody');
    await user.click(within(explain).getByRole('button', { name: 'Hae' }));
    expect(await within(explain).findByText('Ei osumia.')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'Aino');
    await user.click(within(explain).getByRole('button', { name: 'Hae' }));
    await user.click(await within(explain).findByRole('button', { name: 'Selvitä: Aino Ahonen' }));
    expect(await within(explain).findByRole('heading', { name: 'Aino Ahonen' })).toBeInTheDocument();
    expect(within(explain).getByText('Ei täytä näitä ehtoja:')).toBeInTheDocument();
    const reasons = within(explain)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
      .filter((text) => !text?.startsWith('Selvitä'));
    expect(reasons).toEqual([
      'Ei ole käytettävissä tähän aikaan (2 ajassa)',
      'Paikka on liian kaukana (1 ajassa)',
      'Koulutustaso ei riitä (2 ajassa)',
    ]);
    const asked = api.calls.filter((c) => c.endpoint === 'GET /api/v1/orders/{id}/candidates').at(-1)!;
    expect(new URL(asked.request.url).searchParams.get('explain')).toBe(AINO);

    // Someone who is on the list (and already has an offer): rank and involvement, no failed constraints.
    await user.clear(search);
    await user.type(search, 'Liisa');
    await user.click(within(explain).getByRole('button', { name: 'Hae' }));
    await user.click(await within(explain).findByRole('button', { name: 'Selvitä: Liisa Virtanen' }));
    expect(await within(explain).findByText('On listalla sijalla 2.')).toBeInTheDocument();
    expect(
      within(explain).getByText('On jo saanut tarjouksen tai on jo sovittu näihin aikoihin.'),
    ).toBeInTheDocument();
    expect(within(explain).queryByText('Ei täytä näitä ehtoja:')).not.toBeInTheDocument();
  }, 30_000);

  it('lets the coordinator confirm, cancel (late), complete and mark a no-show, with If-Match', async () => {
    let assignments = [
      assignment({ id: 'a-liisa', status: 'accepted', version: 1 }),
      assignment({
        id: 'a-pekka',
        expertId: PEKKA,
        expertName: 'Pekka Virtanen',
        status: 'confirmed',
        version: 2,
      }),
      assignment({
        id: 'a-outi',
        expertId: OUTI,
        expertName: 'Outi Ulkona',
        status: 'confirmed',
        occurrenceId: TIME_2,
        place: 'Osasto 2',
        version: 5,
      }),
      assignment({
        id: 'a-aino',
        expertId: AINO,
        expertName: 'Aino Ahonen',
        status: 'confirmed',
        occurrenceId: TIME_2,
        place: 'Osasto 2',
        version: 7,
      }),
    ];
    const offers = [
      offer({ offerMode: 'coordinator_picks', status: 'accepted' }),
      offer({
        id: 'f-outi',
        expertId: OUTI,
        expertName: 'Outi Ulkona',
        offerMode: 'coordinator_picks',
        status: 'withdrawn',
      }),
      offer({
        id: 'f-aino',
        expertId: AINO,
        expertName: 'Aino Ahonen',
        offerMode: 'first_to_accept',
        status: 'declined',
        declineReason: 'Olen matkoilla.',
      }),
    ];
    const change =
      (to: AssignmentDto['status'], extra: Partial<AssignmentDto> = {}) =>
      ({ params }: { params: Record<string, string> }) => {
        assignments = assignments.map((a) =>
          a.id === params.id ? { ...a, status: to, version: a.version + 1, ...extra } : a,
        );
        return { body: assignments.find((a) => a.id === params.id)! };
      };
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/orders/{id}': () => ({ body: { ...order, status: 'partly_staffed' } as OrderDto }),
      'GET /api/v1/orders/{id}/candidates': () => ({
        body: { items: [], occurrenceIds: [TIME_ID], eligibleCount: 0, explanation: null },
      }),
      'GET /api/v1/offers': () => ({ body: { items: offers, nextCursor: null } }),
      'GET /api/v1/assignments': () => ({ body: { items: assignments, nextCursor: null } }),
      'POST /api/v1/assignments/{id}/confirm': change('confirmed'),
      'POST /api/v1/assignments/{id}/cancel': ({ params, body }) =>
        change('cancelled', {
          lateCancellation: true,
          cancelReason: (body as { reason: string }).reason,
        })({ params }),
      'POST /api/v1/assignments/{id}/complete': change('completed'),
      'POST /api/v1/assignments/{id}/no-show': change('no_show'),
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}/experts`, coordinator);
    const staffing = await screen.findByRole('region', { name: 'Sovitut kokemusasiantuntijat' });
    const row = (name: string) =>
      within(staffing)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.startsWith(name))!;
    await within(staffing).findByText('Liisa Virtanen');
    expect(row('Liisa Virtanen')).toHaveTextContent('Otettu vastaan, odottaa vahvistusta');

    // The offers of the order, with their modes and states.
    const offerList = screen.getByRole('region', { name: 'Tilauksen tarjoukset' });
    expect(
      within(offerList)
        .getByText(/Outi Ulkona/)
        .closest('li'),
    ).toHaveTextContent('Outi Ulkona – Peruttu – Usealle: koordinaattori valitsee – 1 aika');
    expect(
      within(offerList)
        .getByText(/Aino Ahonen/)
        .closest('li'),
    ).toHaveTextContent('Kieltäytyi – Usealle: ensimmäinen saa – 1 aika – Syy: Olen matkoilla.');

    // Confirm Liisa.
    await user.click(within(staffing).getByRole('button', { name: /^Vahvista: Liisa Virtanen, / }));
    expect(await within(staffing).findByText('Tehtävä on vahvistettu.')).toBeInTheDocument();
    const confirm = api.calls.find((c) => c.endpoint === 'POST /api/v1/assignments/{id}/confirm')!;
    expect(new URL(confirm.request.url).pathname).toBe('/api/v1/assignments/a-liisa/confirm');
    expect(confirm.request.headers.get('If-Match')).toBe('"1"');
    await waitFor(() => expect(row('Liisa Virtanen')).toHaveTextContent('Vahvistettu'));
    expect(
      within(row('Liisa Virtanen')).queryByRole('button', { name: /^Vahvista:/ }),
    ).not.toBeInTheDocument();

    // Cancel Pekka: a reason is required; the late cancellation shows on his line.
    await user.click(within(staffing).getByRole('button', { name: /^Peru: Pekka Virtanen, / }));
    const reason = await within(staffing).findByRole('textbox', { name: 'Miksi tehtävä perutaan?' });
    await waitFor(() => expect(reason).toHaveFocus());
    await user.click(within(staffing).getByRole('button', { name: 'Peru tehtävä' }));
    expect(await within(staffing).findByText('Kirjoita syy.')).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/assignments/{id}/cancel')).toBe(false);
    await user.type(reason, 'Tilaaja perui osaston vierailun.');
    // whose cancellation it is decides the fee: it is asked, never assumed
    await user.click(within(staffing).getByRole('button', { name: 'Peru tehtävä' }));
    expect(await within(staffing).findByText('Valitse, kenen peruutus tämä on.')).toBeInTheDocument();
    const ordererCause = within(staffing).getByRole('radio', { name: /^Tilaajan/ });
    await waitFor(() => expect(ordererCause).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/assignments/{id}/cancel')).toBe(false);
    await user.click(ordererCause);
    await user.click(within(staffing).getByRole('button', { name: 'Peru tehtävä' }));
    expect(await within(staffing).findByText('Tehtävä on peruttu.')).toBeInTheDocument();
    const cancel = api.calls.find((c) => c.endpoint === 'POST /api/v1/assignments/{id}/cancel')!;
    expect(cancel.body).toEqual({ reason: 'Tilaaja perui osaston vierailun.', onBehalfOf: 'orderer' });
    expect(cancel.request.headers.get('If-Match')).toBe('"2"');
    await waitFor(() => expect(row('Pekka Virtanen')).toHaveTextContent('Peruttu (myöhäinen peruutus)'));
    expect(within(row('Pekka Virtanen')).queryAllByRole('button')).toHaveLength(0);

    // Outi's task happened; Aino did not come.
    await user.click(within(staffing).getByRole('button', { name: /^Toteutui: Outi Ulkona, / }));
    expect(await within(staffing).findByText('Tehtävä on merkitty toteutuneeksi.')).toBeInTheDocument();
    await waitFor(() => expect(row('Outi Ulkona')).toHaveTextContent('Toteutunut'));
    await user.click(within(staffing).getByRole('button', { name: /^Ei saapunut: Aino Ahonen, / }));
    expect(await within(staffing).findByText('Poissaolo on kirjattu.')).toBeInTheDocument();
    await waitFor(() => expect(row('Aino Ahonen')).toHaveTextContent('Ei saapunut'));
    const complete = api.calls.find((c) => c.endpoint === 'POST /api/v1/assignments/{id}/complete')!;
    const noShow = api.calls.find((c) => c.endpoint === 'POST /api/v1/assignments/{id}/no-show')!;
    expect(new URL(complete.request.url).pathname).toBe('/api/v1/assignments/a-outi/complete');
    expect(complete.request.headers.get('If-Match')).toBe('"5"');
    expect(new URL(noShow.request.url).pathname).toBe('/api/v1/assignments/a-aino/no-show');
    expect(noShow.request.headers.get('If-Match')).toBe('"7"');
  }, 30_000);

  it('shows a stale assignment as a problem and reloads the list', async () => {
    let version = 1;
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/orders/{id}': () => ({ body: order }),
      'GET /api/v1/orders/{id}/candidates': () => ({
        body: { items: [], occurrenceIds: [TIME_ID], eligibleCount: 0, explanation: null },
      }),
      'GET /api/v1/offers': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/assignments': () => ({
        body: { items: [assignment({ id: 'a-liisa', version })], nextCursor: null },
      }),
      'POST /api/v1/assignments/{id}/confirm': () => {
        version = 2;
        return problem(409, 'ASSIGNMENT_TRANSITION');
      },
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}/experts`, coordinator);
    const staffing = await screen.findByRole('region', { name: 'Sovitut kokemusasiantuntijat' });
    await user.click(await within(staffing).findByRole('button', { name: /^Vahvista: Liisa Virtanen, / }));
    expect(
      await screen.findByText('Tehtävää ei voi nyt siirtää tähän tilaan. Sivu on päivitetty.'),
    ).toBeInTheDocument();
    expect(within(staffing).queryByText('Tehtävä on vahvistettu.')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(api.calls.filter((c) => c.endpoint === 'GET /api/v1/assignments').length).toBeGreaterThan(1),
    );
  }, 30_000);

  it('shows the expert’s tasks and makes, copies and renews the secret calendar address', async () => {
    let feeds = 0;
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/assignments': () => ({
        body: {
          items: [
            assignment({ id: 'a-1', status: 'confirmed', version: 2 }),
            assignment({
              id: 'a-0',
              title: 'Kokemuspuheenvuoro',
              status: 'cancelled',
              lateCancellation: true,
              startsAt: '2026-01-13T11:00:00.000Z',
              endsAt: '2026-01-13T12:00:00.000Z',
            }),
            assignment({
              id: '00000000-0000-4000-a000-0000000000c1',
              title: 'Luento opiskelijoille',
              status: 'completed',
              startsAt: '2026-01-20T11:00:00.000Z',
              endsAt: '2026-01-20T12:00:00.000Z',
            }),
          ],
          nextCursor: null,
        },
      }),
      'POST /api/v1/experts/me/calendar-feed': () => {
        feeds += 1;
        return { status: 201, body: { url: `https://kokemus.test/api/v1/calendar/secret-${feeds}.ics` } };
      },
    });
    const { user } = await renderApp('/tasks', expertUser);
    expect(screen.getByRole('heading', { level: 1, name: 'Omat tehtävät' })).toBeInTheDocument();
    const upcoming = await screen.findByRole('region', { name: 'Tulevat' });
    expect(
      await within(upcoming).findByRole('heading', { level: 3, name: 'Juttupenkki osastoilla' }),
    ).toBeInTheDocument();
    expect(within(upcoming).getByText(/Vahvistettu/)).toBeInTheDocument();
    const past = screen.getByRole('region', { name: 'Menneet' });
    expect(within(past).getByText(/Peruttu \(myöhäinen peruutus\)/)).toBeInTheDocument();
    expect(within(past).queryByRole('button', { name: /^Peru:/ })).not.toBeInTheDocument();
    // a task done: the expert can ask to talk about it, the task chosen already
    expect(
      within(past).getByRole('link', { name: /^Haluan jutella tehtävästä Luento opiskelijoille, / }),
    ).toHaveAttribute('href', '/talk?task=00000000-0000-4000-a000-0000000000c1');
    expect(within(past).getAllByRole('link', { name: /^Haluan jutella/ })).toHaveLength(1); // not the cancelled one

    const calendar = screen.getByRole('region', { name: 'Kalenteri' });
    expect(within(calendar).queryByLabelText('Kalenterisi salainen osoite')).not.toBeInTheDocument();
    await user.click(within(calendar).getByRole('button', { name: 'Luo kalenteriosoite' }));
    const address = await within(calendar).findByLabelText('Kalenterisi salainen osoite');
    expect(address).toHaveValue('https://kokemus.test/api/v1/calendar/secret-1.ics');
    expect(address).toHaveAttribute('readonly');
    expect(
      within(calendar).getByText('Pidä osoite omana tietonasi. Uusi osoite korvaa vanhan.'),
    ).toBeInTheDocument();

    await user.click(within(calendar).getByRole('button', { name: 'Kopioi osoite' }));
    expect(await within(calendar).findByText('Osoite kopioitiin.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('https://kokemus.test/api/v1/calendar/secret-1.ics');

    // Asking again makes a new address, which replaces the old one on the screen.
    await user.click(within(calendar).getByRole('button', { name: 'Luo kalenteriosoite' }));
    await waitFor(() =>
      expect(within(calendar).getByLabelText('Kalenterisi salainen osoite')).toHaveValue(
        'https://kokemus.test/api/v1/calendar/secret-2.ics',
      ),
    );
    const posts = api.calls.filter((c) => c.endpoint === 'POST /api/v1/experts/me/calendar-feed');
    expect(posts).toHaveLength(2);
  }, 30_000);

  it('edits the scoring weights: out-of-range values are named and focused, good ones are saved with If-Match', async () => {
    const settings: MatchingSettingsDto = {
      weights: {
        area_fit: 40,
        task_type: 10,
        distance: 10,
        fairness: 25,
        continuity: 5,
        wished: 10,
        mentor_pair: 0,
      },
      offerAnswerBusinessDays: 2,
      version: 4,
    };
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/matching/settings': () => ({ body: settings }),
      'PUT /api/v1/matching/settings': ({ body }) => ({
        body: { ...settings, ...(body as Partial<MatchingSettingsDto>), version: 5 },
      }),
    });
    const { user } = await renderApp('/matching/fairness', coordinator);
    const form = await screen.findByRole('region', { name: 'Pisteytyksen painot' });
    const area = await within(form).findByLabelText('Kokemusalueet sopivat tilaukseen');
    expect(area).toHaveValue('40');
    const fairness = within(form).getByLabelText('Vähemmän tehtäviä viime aikoina (tasapuolisuus)');
    const days = within(form).getByLabelText('Tarjouksen vastausaika (arkipäivää, 1–10)');
    expect(days).toHaveValue('2');

    await user.clear(area);
    await user.type(area, '150');
    await user.clear(days);
    await user.type(days, '1,5');
    await user.click(within(form).getByRole('button', { name: 'Tallenna painot' }));
    expect(await within(form).findByText('Anna luku väliltä 0–100.')).toBeInTheDocument();
    expect(within(form).getByText('Anna luku väliltä 1–10.')).toBeInTheDocument();
    expect(area).toHaveFocus();
    expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((c) => c.endpoint === 'PUT /api/v1/matching/settings')).toBe(false);

    await user.clear(area);
    await user.type(area, '35');
    await user.clear(fairness);
    await user.type(fairness, '27,5');
    await user.clear(days);
    await user.type(days, '3');
    await user.click(within(form).getByRole('button', { name: 'Tallenna painot' }));
    // The saved values come back with a new version, and the form shows them (and says it saved).
    expect(await screen.findByText('Painot on tallennettu.')).toBeInTheDocument();
    const saved = screen.getByRole('region', { name: 'Pisteytyksen painot' });
    expect(within(saved).getByLabelText('Vähemmän tehtäviä viime aikoina (tasapuolisuus)')).toHaveValue(
      '27.5',
    );
    expect(within(saved).queryByText(/Anna luku väliltä/)).not.toBeInTheDocument();
    const put = api.calls.find((c) => c.endpoint === 'PUT /api/v1/matching/settings')!;
    expect(put.request.headers.get('If-Match')).toBe('"4"');
    expect(put.body).toEqual({
      weights: { ...settings.weights, area_fit: 35, fairness: 27.5 },
      offerAnswerBusinessDays: 3,
    });
  }, 30_000);
});
