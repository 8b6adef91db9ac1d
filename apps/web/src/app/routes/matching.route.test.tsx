import type { CandidateDto, OfferDto, OrderDto, SuggestionsDto } from '@kokemus/api-client';
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
      offer({ id: '00000000-0000-4000-f000-000000000002', title: 'Kokemuspuheenvuoro' }),
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
    expect(screen.getAllByText('tuntipalkkio')).toHaveLength(2);
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
