import type {
  BatchStatusDto,
  ClaimSummaryDto,
  IncomeTypeDto,
  ProductDto,
  SaveScheduleDto,
  ScheduleDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const uuid = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

function claim(n: number, overrides: Partial<ClaimSummaryDto> = {}): ClaimSummaryDto {
  return {
    id: uuid(n),
    number: `PK-2026-00000${n}`,
    status: 'submitted',
    owner: 'orderer',
    ownerName: 'Mikko Lehtonen',
    dueAt: '2026-11-20T10:00:00+02:00',
    overdue: false,
    expertId: uuid(100 + n),
    expertName: 'Liisa Virtanen',
    title: 'Luento omaishoidosta',
    orderId: uuid(200 + n),
    orderNumber: `T-2026-00001${n}`,
    assignmentId: uuid(300 + n),
    unitName: 'Sydänosasto',
    costCentre: '4100',
    taskDate: '2026-11-12',
    totalCents: 30000,
    returnReason: null,
    version: 2,
    ...overrides,
  };
}

/** Picks from a Suomi.fi Dropdown, looking for the option only in its own popover (the page is large). */
async function choose(user: UserEvent, button: RegExp, option: string) {
  const opener = await screen.findByRole('button', { name: button });
  await user.click(opener);
  const popover = await waitFor(() => {
    const found = document.getElementById(opener.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('the list did not open');
    return found;
  });
  await user.click(await within(popover).findByRole('option', { name: option }));
}

/** Intl writes a no-break space before the euro sign. */
const euros = (text: string) => new RegExp(text.replace(' ', '[\\s\\u00a0\\u202f]'));

describe('fee claim inbox', () => {
  it('lets the orderer confirm several claims at once and says which failed and why', async () => {
    const late = claim(1, { overdue: true, dueAt: '2026-11-01T10:00:00+02:00' });
    const taken = claim(2, { expertName: 'Ville Korhonen', totalCents: 12345 });
    const third = claim(3);
    const api = mockApi({
      'GET /api/v1/fee-claims': ({ url }) =>
        url.searchParams.get('cursor')
          ? { body: { items: [third], nextCursor: null } }
          : { body: { items: [late, taken], nextCursor: 'next-1' } },
      'POST /api/v1/fee-claims/bulk-confirm': ({ body }) => ({
        body: {
          results: (body as { claimIds: string[] }).claimIds.map((claimId) =>
            claimId === taken.id
              ? { claimId, ok: false, code: 'FEE_CLAIM_TRANSITION' }
              : { claimId, ok: true, code: null },
          ),
        },
      }),
    });
    const { user } = await renderApp('/fees/inbox', me(['orderer']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vahvistettavat palkkiot' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Vahvistettavat palkkiot – Kokemus');
    expect(
      await screen.findByText(/Näytetään 2 palkkiolomaketta, lisää on tulossa Niistä 1 on myöhässä\./),
    ).toBeInTheDocument();
    const url = new URL(api.calls[0].request.url);
    expect(url.searchParams.get('view')).toBe('to_confirm');

    const table = screen.getByRole('table', { name: 'Vahvistettavat palkkiolomakkeet' });
    expect(within(table).getByRole('link', { name: 'PK-2026-000001' })).toHaveAttribute(
      'href',
      `/fees/${late.id}`,
    );
    // Overdue in words, not only in colour.
    expect(within(table).getByText(/^Myöhässä: /)).toBeInTheDocument();
    expect(within(table).getByText(euros('123,45 €'))).toBeInTheDocument();
    expect(within(table).getAllByText('Mikko Lehtonen (tilaaja)')).toHaveLength(2);
    expect(within(table).getAllByText('Sydänosasto, 4100')).toHaveLength(2);
    expect(within(table).getAllByText('12.11.2026')).toHaveLength(2);

    // "Show more" follows the cursor.
    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByRole('link', { name: 'PK-2026-000003' })).toBeInTheDocument();
    const second = api.calls.filter((c) => c.endpoint === 'GET /api/v1/fee-claims')[1];
    expect(new URL(second.request.url).searchParams.get('cursor')).toBe('next-1');

    // Nothing chosen yet: said in words, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Vahvista valitut (0)' }));
    expect(
      await screen.findByText('Valitse ensin vähintään yksi lähetetty palkkiolomake vahvistettavaksi.'),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/fee-claims/bulk-confirm')).toBe(false);

    await user.click(
      screen.getByRole('checkbox', { name: 'Valitse palkkiolomake PK-2026-000001 (Liisa Virtanen)' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Valitse palkkiolomake PK-2026-000002 (Ville Korhonen)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Vahvista valitut (2)' }));
    expect(await screen.findByText('1 palkkiolomake vahvistettiin.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Lomake PK-2026-000002 (Ville Korhonen): lomake ei ole enää tässä vaiheessa (joku ehti käsitellä sen).',
      ),
    ).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/fee-claims/bulk-confirm')!;
    expect(post.body).toEqual({ claimIds: [late.id, taken.id] });
    // The one that failed stays chosen; the list reloads.
    expect(screen.getByRole('button', { name: 'Vahvista valittu (1)' })).toBeInTheDocument();
    await waitFor(() =>
      expect(api.calls.filter((c) => c.endpoint === 'GET /api/v1/fee-claims').length).toBeGreaterThan(2),
    );
  });

  it('gives the approver the claims to approve', async () => {
    const api = mockApi({
      'GET /api/v1/fee-claims': () => ({
        body: {
          items: [claim(4, { status: 'confirmed', owner: 'approver', ownerName: 'Heidi Mäkelä' })],
          nextCursor: null,
        },
      }),
      'POST /api/v1/fee-claims/bulk-approve': ({ body }) => ({
        body: {
          results: (body as { claimIds: string[] }).claimIds.map((claimId) => ({
            claimId,
            ok: true,
            code: null,
          })),
        },
      }),
    });
    const { user } = await renderApp('/fees/inbox', me(['approver']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hyväksyttävät palkkiot' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: /PK-2026-000004/ }));
    await user.click(screen.getByRole('button', { name: 'Hyväksy valittu (1)' }));
    expect(await screen.findByText('1 palkkiolomake hyväksyttiin.')).toBeInTheDocument();
    expect(new URL(api.calls[0].request.url).searchParams.get('view')).toBe('to_approve');
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/fee-claims/bulk-approve')!.body).toEqual({
      claimIds: [uuid(4)],
    });
  });

  it('shows the coordinator every claim by step, filtered in the URL', async () => {
    const api = mockApi({
      'GET /api/v1/fee-claims': () => ({
        body: {
          items: [claim(5, { status: 'confirmed', owner: 'approver', ownerName: null, overdue: true })],
          nextCursor: null,
        },
      }),
    });
    const { router } = await renderApp('/fees/inbox', me(['coordinator']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kaikki palkkiolomakkeet' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Palkkiolomakkeet' });
    expect(within(table).getByRole('columnheader', { name: 'Vaihe' })).toBeInTheDocument();
    expect(within(table).getByText('Vahvistettu')).toBeInTheDocument();
    expect(within(table).getByText('hyväksyjä')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vahvista valitut (0)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hyväksy valitut (0)' })).toBeInTheDocument();
    expect(new URL(api.calls[0].request.url).searchParams.get('view')).toBe('all');

    await router.navigate({ to: '/fees/inbox', search: { status: 'confirmed', overdue: true } });
    await waitFor(() => expect(api.calls.length).toBe(2));
    const filtered = new URL(api.calls[1].request.url).searchParams;
    expect([filtered.get('view'), filtered.get('status'), filtered.get('overdue')]).toEqual([
      'all',
      'confirmed',
      'true',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Vain myöhässä olevat' })).toBeChecked();
  });

  it('is not for experts', async () => {
    mockApi({});
    await renderApp('/fees/inbox', me(['expert']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
  });
});

function batch(n: number, overrides: Partial<BatchStatusDto> = {}): BatchStatusDto {
  return {
    id: uuid(100 + n),
    number: `ME-2026-00${n}`,
    channel: 'payroll',
    status: 'acknowledged',
    createdAt: '2026-11-02T08:00:00+02:00',
    createdBy: 'Kaisa Koordinaattori',
    lineCount: 4,
    totalCents: 120000,
    paidLines: 3,
    rejectedLines: 1,
    releasedAt: null,
    releaseReason: null,
    ...overrides,
  };
}

describe('export batches', () => {
  it('lists the batches and releases one payroll never acknowledged, with a reason', async () => {
    let stuck = batch(2, { status: 'exported', paidLines: 0, rejectedLines: 0 });
    const api = mockApi({
      'GET /api/v1/fees/export-batches': () => ({ body: { items: [stuck, batch(1)], nextCursor: null } }),
      'POST /api/v1/fees/export-batches/{id}/release': ({ body }) => {
        stuck = {
          ...stuck,
          status: 'released',
          releasedAt: '2026-11-20T12:00:00+02:00',
          releaseReason: (body as { reason: string }).reason,
        };
        return { status: 204, body: null };
      },
    });
    const { user } = await renderApp('/fees/batches', me(['coordinator']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maksuerät' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Maksuerät, uusin ensin' });
    const acked = within(table).getByRole('row', { name: /ME-2026-001/ });
    expect(within(acked).getByText('Kuitattu')).toBeInTheDocument();
    expect(within(acked).getByText(euros('1 200,00 €'))).toBeInTheDocument();
    expect(within(acked).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Vapauta erä ME-2026-002' }));
    const dialog = screen.getByRole('dialog', { name: 'Vapautetaanko erä ME-2026-002?' });
    await waitFor(() => expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(dialog).toHaveAccessibleDescription(/siirtyvät seuraavaan maksuerään.*tallentuvat lokiin/);
    await user.click(within(dialog).getByRole('button', { name: 'Vapauta erä' }));
    expect(within(dialog).getByText('Kirjoita syy.')).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint.startsWith('POST'))).toBe(false);

    await user.type(within(dialog).getByLabelText('Syy'), 'Palkanlaskenta ei saanut erää');
    await user.click(within(dialog).getByRole('button', { name: 'Vapauta erä' }));
    expect(
      await screen.findByText('Erä ME-2026-002 on vapautettu. Sen rivit siirtyvät seuraavaan maksuerään.'),
    ).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/fees/export-batches/{id}/release')!;
    expect(post.request.url).toContain(`/fees/export-batches/${stuck.id}/release`);
    expect(post.body).toEqual({ reason: 'Palkanlaskenta ei saanut erää' });
    expect(await screen.findByText(/^Vapautettu .*: Palkanlaskenta ei saanut erää$/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('explains a batch that can no longer be released', async () => {
    mockApi({
      'GET /api/v1/fees/export-batches': () => ({
        body: { items: [batch(3, { status: 'exported' })], nextCursor: null },
      }),
      'POST /api/v1/fees/export-batches/{id}/release': () => problem(409, 'EXPORT_BATCH_CLOSED'),
    });
    const { user } = await renderApp('/fees/batches', me(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Vapauta erä ME-2026-003' }));
    await user.type(screen.getByLabelText('Syy'), 'Ei käsitelty');
    await user.click(screen.getByRole('button', { name: 'Vapauta erä' }));
    expect(await screen.findByText(/Erää ei voi enää vapauttaa/)).toBeInTheDocument();
  });
});

const incomeTypes: IncomeTypeDto[] = [
  { code: '214', nameFi: 'Palkkio', nameSv: 'Arvode', nameEn: 'Fee', reported: true, taxFree: false },
  {
    code: '311',
    nameFi: 'Kilometrikorvaus',
    nameSv: 'Kilometerersättning',
    nameEn: 'Kilometre allowance',
    reported: true,
    taxFree: true,
  },
];

const products = [
  { code: 'chat_bench', labelFi: 'Juttupenkki', labelSv: 'Pratbänken', labelEn: 'Chat bench', active: true },
] as unknown as ProductDto[];

function schedule(overrides: Partial<ScheduleDto> = {}): ScheduleDto {
  return {
    id: uuid(200),
    name: 'Palkkiot 2026',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    inForce: true,
    rateCount: 1,
    version: 3,
    notes: null,
    traineeFeePercent: 100,
    rates: [
      {
        tierCode: 'basic',
        taskTypeCode: 'lecture',
        productCode: null,
        basis: 'hourly',
        amountCents: 3000,
        minBillableMinutes: 60,
        paidPreparationMinutes: 30,
        preparationHourlyCents: null,
        incomeTypeCode: '214',
      },
    ],
    ...overrides,
  };
}

function scheduleHandlers(current: () => ScheduleDto) {
  return {
    ...catalogHandlers(),
    'GET /api/v1/products': () => ({ body: { items: products } }),
    'GET /api/v1/income-types': () => ({ body: { items: incomeTypes } }),
    'GET /api/v1/mileage-rates': () => ({ body: { items: [{ year: 2026, centsPerKm: 55 }] } }),
    'GET /api/v1/fee-schedules': () => {
      const s = current();
      return {
        body: {
          items: [
            {
              id: s.id,
              name: s.name,
              effectiveFrom: s.effectiveFrom,
              effectiveTo: s.effectiveTo,
              inForce: s.inForce,
              rateCount: s.rates.length,
              version: s.version,
            },
            {
              id: uuid(201),
              name: 'Palkkiot 2025',
              effectiveFrom: '2025-01-01',
              effectiveTo: '2025-12-31',
              inForce: false,
              rateCount: 4,
              version: 1,
            },
          ],
        },
      };
    },
    'GET /api/v1/fee-schedules/{id}': () => ({ body: current() }),
  } as const;
}

describe('fee schedules', () => {
  it('lists the schedules, the kilometre rates and the income types', async () => {
    const api = mockApi({
      ...scheduleHandlers(() => schedule()),
      'PUT /api/v1/mileage-rates/{year}': () => ({
        body: {
          items: [
            { year: 2027, centsPerKm: 57 },
            { year: 2026, centsPerKm: 55 },
          ],
        },
      }),
    });
    const { user } = await renderApp('/fees/schedules', me(['coordinator']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Palkkiotaulukot' })).toBeInTheDocument();
    const list = await screen.findByRole('table', { name: 'Palkkiotaulukot, uusin ensin' });
    const current = within(list).getByRole('row', { name: /Palkkiot 2026/ });
    expect(within(current).getByText('Voimassa nyt')).toBeInTheDocument();
    expect(within(current).getByText('1.1.2026 alkaen')).toBeInTheDocument();
    expect(within(list).getByRole('row', { name: /Palkkiot 2025/ })).toHaveTextContent('1.1.2025–31.12.2025');
    expect(within(list).getByText('Päättynyt')).toBeInTheDocument();

    const incomes = screen.getByRole('table', { name: 'Tulolajit' });
    expect(
      within(incomes).getByRole('row', { name: /311 Kilometrikorvaus Kyllä Kyllä/ }),
    ).toBeInTheDocument();

    const mileage = screen.getByRole('table', { name: 'Kilometrikorvaus vuosittain' });
    expect(within(mileage).getByText(euros('0,55 €/km'))).toBeInTheDocument();
    expect(screen.getByText(/Verohallinnon päätöksestä/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Vuosi'));
    await user.type(screen.getByLabelText('Vuosi'), '2027');
    await user.type(screen.getByLabelText('Korvaus euroina kilometriltä'), '0,5x');
    await user.click(screen.getByRole('button', { name: 'Tallenna kilometrikorvaus' }));
    expect(screen.getByText(/Kirjoita korvaus euroina väliltä 0,01–9,99/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Korvaus euroina kilometriltä'));
    await user.type(screen.getByLabelText('Korvaus euroina kilometriltä'), '0,57');
    await user.click(screen.getByRole('button', { name: 'Tallenna kilometrikorvaus' }));
    expect(
      await screen.findByText(euros('Vuoden 2027 kilometrikorvaus 0,57 €/km on tallennettu.')),
    ).toBeInTheDocument();
    const put = api.calls.find((c) => c.endpoint === 'PUT /api/v1/mileage-rates/{year}')!;
    expect(put.request.url).toMatch(/\/mileage-rates\/2027$/);
    expect(put.body).toEqual({ centsPerKm: 57 });
  });

  it('edits the rates in a table with If-Match, explaining wrong cells and the server’s refusals', async () => {
    let current = schedule();
    let refuse = true;
    const api = mockApi({
      ...scheduleHandlers(() => current),
      'PUT /api/v1/fee-schedules/{id}': ({ body, request }) => {
        if (refuse) {
          refuse = false;
          return problem(400, 'FEE_INVALID_RATE', {
            detail: 'Unknown product.',
            errors: { 'rates.1.productCode': ['Unknown product.'] },
          });
        }
        if (request.headers.get('If-Match') !== `"${current.version}"`)
          return problem(412, 'PRECONDITION_FAILED');
        const dto = body as SaveScheduleDto;
        current = { ...current, ...dto, notes: dto.notes ?? null, version: current.version + 1 };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/fees/schedules?schedule=${current.id}`, me(['coordinator']));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Muokkaa: Palkkiot 2026' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('Rivi 1: Palkkio (€)')).toHaveValue('30,00');
    expect(screen.getByLabelText('Taulukon nimi')).toHaveValue('Palkkiot 2026');
    expect(screen.getByLabelText('Voimassa alkaen')).toHaveValue('1.1.2026');

    // A new row, half filled: each wrong cell is listed and linked.
    await user.click(screen.getByRole('button', { name: 'Lisää palkkio' }));
    await user.type(screen.getByLabelText('Rivi 2: Palkkio (€)'), '45,5x');
    await user.clear(screen.getByLabelText('Rivi 1: Vähimmäisaika (min)'));
    await user.type(screen.getByLabelText('Rivi 1: Vähimmäisaika (min)'), '2000');
    const trainee = screen.getByLabelText('Harjoittelijan osuus palkkiosta, %');
    expect(trainee).toHaveValue('100');
    await user.clear(trainee);
    await user.type(trainee, '150');
    await user.click(screen.getByRole('button', { name: 'Tallenna taulukko' }));
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 6 virhettä\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    for (const name of [
      'Harjoittelijan osuus palkkiosta, %: Kirjoita prosentti kokonaislukuna väliltä 0–100.',
      'Rivi 1: Vähimmäisaika (min): Kirjoita minuutit kokonaislukuna väliltä 0–1440.',
      'Rivi 2: Koulutustaso: Valitse koulutustaso.',
      'Rivi 2: Tehtävätyyppi tai tuote: Valitse tehtävätyyppi tai tuote.',
      'Rivi 2: Palkkio (€): Kirjoita summa euroina ja senteinä, esimerkiksi 30,50 (enintään 10 000 €).',
      'Rivi 2: Tulolaji: Valitse tulolaji.',
    ]) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Rivi 2: Palkkio (€)')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((c) => c.endpoint === 'PUT /api/v1/fee-schedules/{id}')).toBe(false);

    await user.clear(screen.getByLabelText('Rivi 1: Vähimmäisaika (min)'));
    await user.type(screen.getByLabelText('Rivi 1: Vähimmäisaika (min)'), '45');
    await user.clear(trainee);
    await user.type(trainee, '50');
    await choose(user, /Rivi 2: Koulutustaso/, 'Peruskoulutettu');
    await choose(user, /Rivi 2: Tehtävätyyppi tai tuote/, 'Tuote: Juttupenkki');
    await choose(user, /Rivi 2: Peruste/, 'Kokouspalkkio');
    await user.clear(screen.getByLabelText('Rivi 2: Palkkio (€)'));
    await user.type(screen.getByLabelText('Rivi 2: Palkkio (€)'), '45.5');
    await user.type(screen.getByLabelText('Rivi 2: Valmistelu (€/h)'), '20,29');
    await choose(user, /Rivi 2: Tulolaji/, '214 Palkkio');

    // The server refuses the product: its message goes on that row's cell.
    await user.click(screen.getByRole('button', { name: 'Tallenna taulukko' }));
    expect(
      await screen.findByRole('link', {
        name: 'Rivi 2: Tehtävätyyppi tai tuote: Tuotetta ei ole enää olemassa. Valitse toinen.',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tallenna taulukko' }));
    expect(
      await screen.findByText('Palkkiotaulukon Palkkiot 2026 muutokset on tallennettu.'),
    ).toBeInTheDocument();
    const puts = api.calls.filter((c) => c.endpoint === 'PUT /api/v1/fee-schedules/{id}');
    expect(puts.map((c) => c.request.headers.get('If-Match'))).toEqual(['"3"', '"3"']);
    expect(puts[1].body).toEqual({
      name: 'Palkkiot 2026',
      effectiveFrom: '2026-01-01',
      notes: null,
      traineeFeePercent: 50,
      rates: [
        { ...schedule().rates[0], minBillableMinutes: 45 },
        {
          tierCode: 'basic',
          taskTypeCode: null,
          productCode: 'chat_bench',
          basis: 'per_meeting',
          amountCents: 4550,
          minBillableMinutes: 0,
          paidPreparationMinutes: 0,
          preparationHourlyCents: 2029,
          incomeTypeCode: '214',
        },
      ],
    });
  });

  it('on a stale version (412) says so and shows the latest rates', async () => {
    let served = schedule();
    const api = mockApi({
      ...scheduleHandlers(() => served),
      'PUT /api/v1/fee-schedules/{id}': ({ request }) =>
        request.headers.get('If-Match') === `"${served.version}"`
          ? { body: { ...served, version: served.version + 1 } }
          : problem(412, 'PRECONDITION_FAILED'),
    });
    const { user } = await renderApp(`/fees/schedules?schedule=${served.id}`, me(['coordinator']));
    const amount = await screen.findByLabelText('Rivi 1: Palkkio (€)');
    served = schedule({ version: 4, rates: [{ ...schedule().rates[0], amountCents: 3100 }] });
    await user.clear(amount);
    await user.type(amount, '32');
    await user.click(screen.getByRole('button', { name: 'Tallenna taulukko' }));
    const alert = await screen.findByText(/Joku muu on muuttanut näitä tietoja sillä välin/);
    await waitFor(() => expect(screen.getByLabelText('Rivi 1: Palkkio (€)')).toHaveValue('31,00'));
    await waitFor(() => expect(alert.closest('[data-testid="problem-alert"]')).toHaveFocus());
    const ifMatches = api.calls
      .filter((c) => c.endpoint === 'PUT /api/v1/fee-schedules/{id}')
      .map((c) => c.request.headers.get('If-Match'));
    expect(ifMatches).toEqual(['"3"']);
  });

  it('makes a new schedule from a copy of another’s rates, putting a taken first day on its field', async () => {
    const created = schedule({
      id: uuid(300),
      name: 'Palkkiot 2027',
      effectiveFrom: '2027-01-01',
      inForce: false,
      version: 1,
    });
    let served = schedule();
    const api = mockApi({
      ...scheduleHandlers(() => served),
      'POST /api/v1/fee-schedules': ({ body }) => {
        if ((body as SaveScheduleDto).effectiveFrom === '2026-01-01') {
          return problem(409, 'FEE_SCHEDULE_EXISTS', {
            errors: { effectiveFrom: ['A schedule already starts on that day'] },
          });
        }
        served = created;
        return { status: 201, body: created };
      },
    });
    const { user, router } = await renderApp('/fees/schedules', me(['coordinator']));
    await user.click(await screen.findByRole('link', { name: 'Uusi palkkiotaulukko' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Uusi palkkiotaulukko' }),
    ).toBeInTheDocument();
    await choose(user, /Aloita kopiona/, 'Palkkiot 2026');
    expect(await screen.findByLabelText('Rivi 1: Palkkio (€)')).toHaveValue('30,00');

    await user.type(screen.getByLabelText('Taulukon nimi'), 'Palkkiot 2027');
    await user.type(screen.getByLabelText('Voimassa alkaen'), '1.1.2026');
    await user.click(screen.getByRole('button', { name: 'Lisää taulukko' }));
    expect(
      await screen.findByRole('link', {
        name: 'Voimassa alkaen: Samana päivänä alkaa jo toinen palkkiotaulukko. Valitse toinen alkamispäivä.',
      }),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Voimassa alkaen'));
    await user.type(screen.getByLabelText('Voimassa alkaen'), '1.1.2027');
    await user.click(screen.getByRole('button', { name: 'Lisää taulukko' }));
    expect(await screen.findByText('Palkkiotaulukko Palkkiot 2027 on lisätty.')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toEqual({ schedule: created.id }));
    const posts = api.calls.filter((c) => c.endpoint === 'POST /api/v1/fee-schedules');
    expect(posts[1].body).toEqual({
      name: 'Palkkiot 2027',
      effectiveFrom: '2027-01-01',
      notes: null,
      traineeFeePercent: 100,
      rates: schedule().rates,
    });
  });
});
