import type { ClaimDto, ClaimSummaryDto, MoneyTotalsDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const expertUser = me(['expert'], { displayName: 'Liisa Virtanen' });
const orderer = me(['orderer'], { displayName: 'Mikko Lehtonen' });
const approver = me(['approver'], { displayName: 'Heidi Mäkelä' });
const coordinator = me(['coordinator'], { displayName: 'Sanna Koskinen' });
const CLAIM_ID = '00000000-0000-4000-c100-000000000001';
const RETURNED_ID = '00000000-0000-4000-c100-000000000002';

/** Testing Library reads a no-break space as a space. */
const text = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

function claim(overrides: Partial<ClaimDto> = {}): ClaimDto {
  return {
    id: CLAIM_ID,
    number: 'P-2026-000101',
    status: 'draft',
    owner: 'expert',
    ownerName: 'Liisa Virtanen',
    dueAt: '2026-11-25T14:00:00.000Z',
    overdue: false,
    expertId: '00000000-0000-4000-e000-000000000001',
    expertName: 'Liisa Virtanen',
    orderId: '00000000-0000-4000-c000-000000000001',
    orderNumber: 'T-2026-000042',
    title: 'Kokemuspuheenvuoro henkilöstölle',
    unitName: 'Psykiatrian osasto 3, Jyväskylä',
    costCentre: 'JS-2110',
    taskDate: '2026-11-18',
    paymentMethod: 'payroll',
    lateCancellation: false,
    asVolunteer: false,
    trainingTask: false,
    report: { workedMinutes: 120, preparationMinutes: 60, kilometres: 24, ticketsCents: 0, expenses: [] },
    unchanged: true,
    totalCents: 31200,
    earningsCents: 30000,
    returnReason: null,
    receipts: [],
    lines: [
      {
        id: 'l1',
        kind: 'fee',
        description: 'Palkkio',
        quantity: 120,
        unitCents: 10000,
        amountCents: 20000,
        incomeTypeCode: '201',
        status: 'open',
        rejectReason: null,
      },
      {
        id: 'l2',
        kind: 'preparation',
        description: 'Valmistelu',
        quantity: 60,
        unitCents: 10000,
        amountCents: 10000,
        incomeTypeCode: '201',
        status: 'open',
        rejectReason: null,
      },
      {
        id: 'l3',
        kind: 'mileage',
        description: 'Kilometrit',
        quantity: 24,
        unitCents: 50,
        amountCents: 1200,
        incomeTypeCode: '311',
        status: 'open',
        rejectReason: null,
      },
    ],
    ceiling: null,
    actions: ['submit', 'edit'],
    version: 3,
    ...overrides,
  };
}

function summary(c: ClaimDto): ClaimSummaryDto {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    owner: c.owner,
    ownerName: c.ownerName,
    dueAt: c.dueAt,
    overdue: c.overdue,
    expertId: c.expertId,
    expertName: c.expertName,
    orderId: c.orderId,
    orderNumber: c.orderNumber,
    assignmentId: '00000000-0000-4000-d000-000000000001',
    costCentre: c.costCentre,
    taskDate: c.taskDate,
    title: c.title,
    totalCents: c.totalCents,
    unitName: c.unitName,
    returnReason: c.returnReason,
    version: c.version,
  };
}

const totals: MoneyTotalsDto = {
  month: '2026-11',
  monthEarningsCents: 30000,
  yearPaidCents: 123456,
  yearEarningsCents: 150000,
  ceilingCents: 100000,
};

/** One claim on the server: reads answer its current state, changes replace it. */
function claimHandlers(initial: ClaimDto) {
  const state = { current: initial };
  return {
    state,
    handlers: {
      'GET /api/v1/fee-claims/{id}': () => ({ body: state.current }),
      'GET /api/v1/fee-claims/{id}/timeline': () => ({
        body: {
          items: [
            {
              at: '2026-11-18T15:00:00.000Z',
              actorName: null,
              action: 'created',
              fromStatus: null,
              toStatus: 'draft',
              note: null,
            },
          ],
        },
      }),
    },
    /** The claim after a change; the version moves on. */
    move(overrides: Partial<ClaimDto>) {
      state.current = { ...state.current, ...overrides, version: state.current.version + 1 };
      return { body: state.current };
    },
  };
}

describe('fee claims', () => {
  it('shows the expert her totals before tax, her limit in words and each claim where it is now', async () => {
    const waiting = claim({
      status: 'submitted',
      owner: 'orderer',
      ownerName: 'Mikko Lehtonen',
      title: 'Juttupenkki osastolla',
      actions: [],
    });
    const returned = claim({
      id: RETURNED_ID,
      status: 'returned',
      owner: 'expert',
      title: 'Paneelikeskustelu',
      returnReason: 'Kilometrit puuttuvat.',
    });
    const older = claim({
      id: '00000000-0000-4000-c100-000000000003',
      status: 'paid',
      owner: 'nobody',
      ownerName: null,
      dueAt: null,
      title: 'Vanha tehtävä',
    });
    const api = mockApi({
      'GET /api/v1/fee-claims/my-totals': () => ({ body: totals }),
      'GET /api/v1/fee-claims': ({ url }) =>
        url.searchParams.get('cursor') === 'next'
          ? { body: { items: [summary(older)], nextCursor: null } }
          : { body: { items: [summary(waiting), summary(returned)], nextCursor: 'next' } },
      'GET /api/v1/fee-claims/{id}': ({ params }) => ({
        body: params.id === RETURNED_ID ? returned : waiting,
      }),
    });
    const { user } = await renderApp('/fees', expertUser);
    expect(screen.getByRole('heading', { level: 1, name: 'Omat palkkiot' })).toBeInTheDocument();
    expect(document.title).toBe('Omat palkkiot – Kokemus');
    const money = await screen.findByRole('region', { name: 'Rahat tässä kuussa ja tänä vuonna' });
    expect(await within(money).findByText('Tämä kuukausi (marraskuu 2026)')).toBeInTheDocument();
    expect(within(money).getAllByText(text('Palkkiot: 300,00 € ennen veroja'))).toHaveLength(1);
    expect(
      within(money).getByText(
        text(
          'Oma rajasi on 1 000,00 € kuukaudessa. Tässä kuussa palkkioita on 300,00 €, joten rajaan on vielä 700,00 €.',
        ),
      ),
    ).toBeInTheDocument();
    expect(within(money).getByText('30 % rajasta käytetty')).toBeInTheDocument();
    expect(within(money).getByText(text('Palkkiot: 1 500,00 € ennen veroja'))).toBeInTheDocument();
    expect(
      within(money).getByText(text('Maksettu tähän mennessä: 1 234,56 € (kulukorvaukset mukana)')),
    ).toBeInTheDocument();

    const claims = screen.getByRole('region', { name: 'Palkkiolomakkeet' });
    const first = (await within(claims).findByRole('heading', { name: 'Juttupenkki osastolla' })).closest(
      'li',
    )!;
    expect(
      within(first).getByText('Odottaa tilaajan vahvistusta – Mikko Lehtonen, viimeistään ke 25.11. klo 16'),
    ).toBeInTheDocument();
    expect(within(first).getByText(text('312,00 € ennen veroja'))).toBeInTheDocument();
    expect(
      within(first).getByRole('link', { name: 'Katso lomake: Juttupenkki osastolla' }),
    ).toBeInTheDocument();

    const second = within(claims).getByRole('heading', { name: 'Paneelikeskustelu' }).closest('li')!;
    expect(
      await within(second).findByText(
        'Lomake palautettiin sinulle korjattavaksi. Syy: Kilometrit puuttuvat.',
      ),
    ).toBeInTheDocument();
    expect(
      within(second).getByRole('link', { name: 'Tarkista ja lähetä: Paneelikeskustelu' }),
    ).toHaveAttribute('href', `/fees/${RETURNED_ID}`);

    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    const third = (await within(claims).findByRole('heading', { name: 'Vanha tehtävä' })).closest('li')!;
    expect(within(third).getByText('Maksettu')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();
    const list = api.calls.filter((c) => c.endpoint === 'GET /api/v1/fee-claims');
    expect(new URL(list[0].request.url).searchParams.get('view')).toBe('mine');
    expect(api.unhandled).toEqual([]);
  }, 30_000);

  it('lets the expert correct the report: messages in plain words, server field errors, cents in the body', async () => {
    const server = claimHandlers(claim({ unchanged: false }));
    let patches = 0;
    const api = mockApi({
      ...server.handlers,
      'PATCH /api/v1/fee-claims/{id}': ({ body }) => {
        patches += 1;
        if (patches === 1)
          return problem(400, 'VALIDATION_FAILED', {
            errors: { 'report.kilometres': ['must not be greater than 2000'] },
          });
        const b = body as { report: ClaimDto['report'] };
        return server.move({ report: b.report, totalCents: 31785, unchanged: false });
      },
      'POST /api/v1/fee-claims/{id}/submit': () =>
        server.move({ status: 'submitted', owner: 'orderer', ownerName: 'Mikko Lehtonen', actions: [] }),
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, expertUser);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kokemuspuheenvuoro henkilöstölle' }),
    ).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'Missä lomake on nyt' });
    expect(
      within(steps).getByText('Odottaa, että tarkistat ja lähetät sen, viimeistään ke 25.11. klo 16'),
    ).toBeInTheDocument();
    expect(
      within(steps)
        .getByText(/Lähetetty tilaajalle/)
        .closest('li'),
    ).toHaveAttribute('aria-current', 'step');
    const lines = screen.getByRole('table', { name: 'Palkkio ja kulut rivi riviltä, ennen veroja' });
    expect(within(lines).getByRole('row', { name: /Kilometrikorvaus 24 km/ })).toHaveTextContent('311');
    expect(screen.getByText(text('Yhteensä 312,00 € ennen veroja'))).toBeInTheDocument();
    expect(await screen.findByText('Lomake tehtiin')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Tarkista tiedot' });
    expect(within(form).getByLabelText('Työaika, tunnit')).toHaveValue('2');
    await user.clear(within(form).getByLabelText('Työaika, minuutit'));
    await user.type(within(form).getByLabelText('Työaika, minuutit'), '75');
    await user.clear(within(form).getByLabelText('Matkaliput euroina'));
    await user.type(within(form).getByLabelText('Matkaliput euroina'), '4,355');
    await user.click(within(form).getByRole('button', { name: 'Lisää kulu' }));
    await user.click(within(form).getByRole('button', { name: 'Lähetä' }));
    const summaryHeading = await screen.findByRole('heading', { name: /Lomakkeessa on 4 virhettä/ });
    await waitFor(() => expect(summaryHeading).toHaveFocus());
    expect(
      screen.getByRole('link', { name: 'Työaika, minuutit: Kirjoita minuutit numeroina 0–59.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Matkaliput euroina: Kirjoita summa euroina, esimerkiksi 12,50.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kulu 1: mikä: Kirjoita, mikä kulu on.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Kulu 1: summa euroina: Kirjoita kulun summa.' }),
    ).toBeInTheDocument();
    expect(patches).toBe(0);

    await user.clear(within(form).getByLabelText('Työaika, minuutit'));
    await user.type(within(form).getByLabelText('Työaika, minuutit'), '15');
    await user.clear(within(form).getByLabelText('Matkaliput euroina'));
    await user.type(within(form).getByLabelText('Matkaliput euroina'), '4,35');
    await user.type(within(form).getByLabelText('Kulu 1: mikä'), 'Pysäköinti');
    await user.type(within(form).getByLabelText('Kulu 1: summa euroina'), '3.5');
    await user.click(within(form).getByRole('button', { name: 'Lisää kulu' }));
    await user.click(within(form).getByRole('button', { name: 'Poista kulu 2' }));
    await user.click(within(form).getByRole('button', { name: 'Lähetä' }));

    // The server refuses the kilometres: the field says so.
    expect(
      await screen.findByRole('link', { name: 'Kilometrit omalla autolla: Tarkista tämä tieto.' }),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lähetä' }));
    expect(
      await screen.findByText('Kiitos! Lomake lähetettiin tilaajalle vahvistettavaksi.'),
    ).toBeInTheDocument();
    const patch = api.calls.filter((c) => c.endpoint === 'PATCH /api/v1/fee-claims/{id}').at(-1)!;
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect(patch.body).toEqual({
      report: {
        workedMinutes: 135,
        preparationMinutes: 60,
        kilometres: 24,
        ticketsCents: 435,
        expenses: [{ description: 'Pysäköinti', amountCents: 350 }],
      },
    });
    const submit = api.calls.filter((c) => c.endpoint === 'POST /api/v1/fee-claims/{id}/submit').at(-1)!;
    expect(submit.request.headers.get('If-Match')).toBe('"4"');
    expect(
      within(screen.getByRole('region', { name: 'Missä lomake on nyt' })).getByText(
        'Odottaa tilaajan vahvistusta – Mikko Lehtonen, viimeistään ke 25.11. klo 16',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Tarkista tiedot' })).not.toBeInTheDocument();
  }, 60_000);

  it('lets the expert add a receipt as a photo and remove it', async () => {
    let receipts: ClaimDto['receipts'] = [];
    const server = claimHandlers(claim());
    const api = mockApi({
      ...server.handlers,
      'GET /api/v1/fee-claims/{id}': () => ({ body: claim({ receipts }) }),
      'POST /api/v1/fee-claims/{id}/receipts': ({ url }) => {
        const r = {
          id: '00000000-0000-4000-e000-000000000001',
          fileName: String(url.searchParams.get('fileName')),
          contentType: 'image/jpeg',
          sizeBytes: 2048,
          createdAt: '2026-11-23T10:00:00.000Z',
        };
        receipts = [r];
        return { status: 201, body: r };
      },
      'DELETE /api/v1/fee-claims/{id}/receipts/{receiptId}': () => {
        receipts = [];
        return { status: 204, body: undefined };
      },
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, expertUser);
    expect(await screen.findByRole('heading', { level: 2, name: 'Kuitit' })).toBeInTheDocument();
    expect(screen.getByText('Ei kuitteja.')).toBeInTheDocument();
    const photo = new File([new Uint8Array(2048)], 'bussilippu.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Lisää kuitti (valokuva tai PDF)'), photo);
    expect(await screen.findByText('Kuitti bussilippu.jpg lisättiin.')).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/fee-claims/{id}/receipts')!;
    expect(sent.request.headers.get('Content-Type')).toBe('image/jpeg');
    expect(new URL(sent.request.url).searchParams.get('fileName')).toBe('bussilippu.jpg');
    await user.click(await screen.findByRole('button', { name: 'Poista kuitti bussilippu.jpg' }));
    expect(await screen.findByText('Kuitti bussilippu.jpg poistettiin.')).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'DELETE /api/v1/fee-claims/{id}/receipts/{receiptId}')).toBe(
      true,
    );
  }, 30_000);

  it('sends an unchanged claim in one tap with If-Match', async () => {
    const server = claimHandlers(claim());
    const api = mockApi({
      ...server.handlers,
      'POST /api/v1/fee-claims/{id}/submit': () =>
        server.move({ status: 'submitted', owner: 'orderer', ownerName: 'Mikko Lehtonen', actions: [] }),
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, expertUser);
    expect(
      await screen.findByText(
        'Kaikki on täytetty valmiiksi tilauksen mukaan. Jos tiedot pitävät paikkansa, lähetä lomake yhdellä napautuksella.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(
      await screen.findByText('Kiitos! Lomake lähetettiin tilaajalle vahvistettavaksi.'),
    ).toBeInTheDocument();
    const calls = api.calls.filter((c) => c.request.method !== 'GET');
    expect(calls.map((c) => c.endpoint)).toEqual(['POST /api/v1/fee-claims/{id}/submit']);
    expect(calls[0].request.headers.get('If-Match')).toBe('"3"');
    expect(calls[0].body).toEqual({});
  }, 30_000);

  it('warns the expert before her own limit is passed and lets her do the task as a volunteer', async () => {
    const server = claimHandlers(claim());
    let submits = 0;
    const api = mockApi({
      ...server.handlers,
      'PATCH /api/v1/fee-claims/{id}': () =>
        server.move({ asVolunteer: true, totalCents: 1200, earningsCents: 0 }),
      'POST /api/v1/fee-claims/{id}/submit': () => {
        submits += 1;
        return submits === 1
          ? problem(409, 'FEE_OVER_EARNINGS_CEILING', {
              ceiling: { ceilingCents: 100000, monthAfterCents: 120000, overByCents: 20000 },
            } as never)
          : server.move({ status: 'submitted', owner: 'orderer', ownerName: 'Mikko Lehtonen', actions: [] });
      },
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, expertUser);
    await user.click(await screen.findByRole('button', { name: 'Lähetä' }));
    const warning = await screen.findByRole('heading', { name: 'Oma kuukausirajasi ylittyisi' });
    await waitFor(() => expect(warning).toHaveFocus());
    expect(
      screen.getByText(
        text(
          'Jos lähetät tämän lomakkeen, tämän kuun palkkiosi ovat 1 200,00 €. Oma rajasi on 1 000,00 €, joten raja ylittyy 200,00 €.',
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lähetä silti' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Puhun ensin koordinaattorin kanssa' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Teen tämän vapaaehtoisena (vain kulut)' }));
    expect(
      await screen.findByText(
        'Kiitos! Lomake lähetettiin. Teit tehtävän vapaaehtoisena, joten saat kulukorvaukset.',
      ),
    ).toBeInTheDocument();
    const changes = api.calls.filter((c) => c.request.method !== 'GET');
    expect(changes.map((c) => [c.endpoint, c.request.headers.get('If-Match'), c.body])).toEqual([
      ['POST /api/v1/fee-claims/{id}/submit', '"3"', {}],
      ['PATCH /api/v1/fee-claims/{id}', '"3"', { asVolunteer: true }],
      ['POST /api/v1/fee-claims/{id}/submit', '"4"', {}],
    ]);
    expect(screen.queryByRole('heading', { name: 'Oma kuukausirajasi ylittyisi' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Teet tämän tehtävän vapaaehtoisena: saat vain kulukorvaukset.'),
    ).toBeInTheDocument();
  }, 30_000);

  it('lets the orderer confirm a claim', async () => {
    const server = claimHandlers(
      claim({
        status: 'submitted',
        owner: 'orderer',
        ownerName: 'Mikko Lehtonen',
        actions: ['confirm', 'return'],
      }),
    );
    const api = mockApi({
      ...server.handlers,
      'POST /api/v1/fee-claims/{id}/confirm': () =>
        server.move({ status: 'confirmed', owner: 'approver', ownerName: 'Heidi Mäkelä', actions: [] }),
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, orderer);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Kokemuspuheenvuoro henkilöstölle',
    );
    expect(screen.queryByRole('form', { name: 'Tarkista tiedot' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vahvista' }));
    expect(await screen.findByText('Vahvistit lomakkeen. Se siirtyi hyväksyjälle.')).toBeInTheDocument();
    const confirm = api.calls.find((c) => c.endpoint === 'POST /api/v1/fee-claims/{id}/confirm')!;
    expect(confirm.request.headers.get('If-Match')).toBe('"3"');
    expect(
      screen.getByText('Odottaa hyväksyjän hyväksyntää – Heidi Mäkelä, viimeistään ke 25.11. klo 16'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vahvista' })).not.toBeInTheDocument();
  }, 30_000);

  it('asks the approver for a reason before the claim goes back', async () => {
    const server = claimHandlers(
      claim({
        status: 'confirmed',
        owner: 'approver',
        ownerName: 'Heidi Mäkelä',
        actions: ['approve', 'return'],
      }),
    );
    const api = mockApi({
      ...server.handlers,
      'POST /api/v1/fee-claims/{id}/return': ({ body }) =>
        server.move({
          status: 'returned',
          owner: 'expert',
          ownerName: 'Liisa Virtanen',
          returnReason: (body as { reason: string }).reason,
          actions: [],
        }),
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, approver);
    await user.click(await screen.findByRole('button', { name: 'Palauta korjattavaksi' }));
    const reason = screen.getByLabelText('Miksi palautat? Kirjoita, mitä pitää korjata.');
    await waitFor(() => expect(reason).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Palauta lomake' }));
    expect(await screen.findByText('Kirjoita syy.')).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/fee-claims/{id}/return')).toBe(false);
    await user.type(reason, 'Valmisteluaika on liian pitkä.');
    await user.click(screen.getByRole('button', { name: 'Palauta lomake' }));
    expect(
      await screen.findByText('Lomake palautettiin kokemusasiantuntijalle korjattavaksi.'),
    ).toBeInTheDocument();
    const back = api.calls.find((c) => c.endpoint === 'POST /api/v1/fee-claims/{id}/return')!;
    expect(back.body).toEqual({ reason: 'Valmisteluaika on liian pitkä.' });
    expect(back.request.headers.get('If-Match')).toBe('"3"');
    expect(
      screen.getByText('Lomake palautettiin sinulle korjattavaksi. Syy: Valmisteluaika on liian pitkä.'),
    ).toBeInTheDocument();
  }, 30_000);

  it('lets the coordinator give the step to someone who can take it', async () => {
    const server = claimHandlers(
      claim({
        status: 'submitted',
        owner: 'orderer',
        ownerName: 'Mikko Lehtonen',
        actions: ['confirm', 'return', 'cancel', 'reassign'],
      }),
    );
    const api = mockApi({
      ...server.handlers,
      'GET /api/v1/fee-claims/{id}/assignees': () => ({
        body: {
          items: [
            {
              userId: '00000000-0000-4000-d000-000000000001',
              displayName: 'Mikko Lehtonen',
              roles: ['orderer'],
            },
            {
              userId: '00000000-0000-4000-d000-000000000002',
              displayName: 'Riikka Salo',
              roles: ['orderer'],
            },
          ],
        },
      }),
      'POST /api/v1/fee-claims/{id}/reassign': () => server.move({ ownerName: 'Riikka Salo' }),
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, coordinator);
    await user.click(await screen.findByRole('button', { name: 'Anna toiselle' }));
    const opener = await screen.findByRole('button', { name: /Kenelle tämä vaihe annetaan/ });
    expect(screen.getByRole('button', { name: 'Anna vaihe' })).toBeDisabled();
    await user.click(opener);
    const popover = await waitFor(() => {
      const found = document.getElementById(opener.getAttribute('aria-controls') ?? '');
      if (!found) throw new Error('the list did not open');
      return found;
    });
    await user.click(await within(popover).findByRole('option', { name: 'Riikka Salo' }));
    await user.click(screen.getByRole('button', { name: 'Anna vaihe' }));
    expect(await screen.findByText('Vaihe annettiin toiselle. Hän saa muistutuksen.')).toBeInTheDocument();
    const given = api.calls.find((c) => c.endpoint === 'POST /api/v1/fee-claims/{id}/reassign')!;
    expect(given.body).toEqual({ userId: '00000000-0000-4000-d000-000000000002' });
    expect(given.request.headers.get('If-Match')).toBe('"3"');
  }, 30_000);

  it('says when someone else changed the claim meanwhile, and shows the new state', async () => {
    const server = claimHandlers(
      claim({
        status: 'submitted',
        owner: 'orderer',
        ownerName: 'Mikko Lehtonen',
        actions: ['confirm', 'return'],
      }),
    );
    mockApi({
      ...server.handlers,
      'POST /api/v1/fee-claims/{id}/confirm': () => {
        // Another orderer of the unit confirmed it a moment earlier.
        server.move({ status: 'confirmed', owner: 'approver', ownerName: 'Heidi Mäkelä', actions: [] });
        return problem(412, 'PRECONDITION_FAILED');
      },
    });
    const { user } = await renderApp(`/fees/${CLAIM_ID}`, orderer);
    await user.click(await screen.findByRole('button', { name: 'Vahvista' }));
    expect(
      await screen.findByText(
        'Joku muu on muuttanut näitä tietoja sillä välin. Näet nyt uusimmat tiedot. Tee muutoksesi uudelleen.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Odottaa hyväksyjän hyväksyntää – Heidi Mäkelä, viimeistään ke 25.11. klo 16'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vahvista' })).not.toBeInTheDocument();
  }, 30_000);
});
