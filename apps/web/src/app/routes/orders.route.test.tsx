import type { CreateOrderDto, InboxItemDto, OrderDto, ProductDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, me, unit } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const ward = unit({ name: 'Psykiatrian osasto 3, Jyväskylä', kind: 'unit', costCentre: 'JS-2110' });
const orderer = me(['orderer'], { displayName: 'Mikko Lehtonen', unitIds: [ward.id] });
const coordinator = me(['coordinator'], { displayName: 'Sanna Koskinen' });

const products: ProductDto[] = [
  {
    code: 'talk',
    labelFi: 'Kokemuspuheenvuoro',
    labelSv: 'Erfarenhetsanförande',
    labelEn: 'Talk',
    descriptionFi: 'Puheenvuoro koulutuksessa tai tilaisuudessa.',
    descriptionSv: 'Ett anförande.',
    descriptionEn: 'A talk.',
    taskTypeCode: null,
    defaultDurationMinutes: 90,
    defaultExpertCount: 1,
    pairRequired: false,
    recurring: false,
    preparationMinutes: 60,
    feeBasis: 'per_task',
    active: true,
    version: 1,
  },
  {
    code: 'chat_bench',
    labelFi: 'Juttupenkki',
    labelSv: 'Pratbänken',
    labelEn: 'Chat bench (Juttupenkki)',
    descriptionFi: 'Matalan kynnyksen juttutuokio osastolla. Aina kahden kokemusasiantuntijan pari.',
    descriptionSv: 'En lågtröskelträff.',
    descriptionEn: 'A low-threshold chat.',
    taskTypeCode: 'chat_bench',
    defaultDurationMinutes: 120,
    defaultExpertCount: 2,
    pairRequired: true,
    recurring: true,
    preparationMinutes: 15,
    feeBasis: 'hourly',
    active: true,
    version: 1,
  },
];

const ORDER_ID = '00000000-0000-4000-c000-000000000001';

function order(overrides: Partial<OrderDto> = {}): OrderDto {
  const occurrences = [1, 2].flatMap((week) =>
    ['Osasto 1', 'Osasto 2'].map((place, i) => ({
      id: `00000000-0000-4000-d000-00000000${week}${i}00`,
      startsAt: `2027-03-0${week === 1 ? 2 : 9}T11:00:00.000Z`,
      endsAt: `2027-03-0${week === 1 ? 2 : 9}T13:00:00.000Z`,
      place,
      status: 'planned' as const,
      cancelledAt: null,
      cancelReason: null,
      lateCancellation: false,
    })),
  );
  return {
    demanding: false,
    id: ORDER_ID,
    number: 'T-2026-000042',
    status: 'submitted',
    title: 'Juttupenkki osastoilla',
    unit: { id: ward.id, name: ward.name },
    productCode: 'chat_bench',
    municipalityCode: '179',
    startsAt: occurrences[0].startsAt,
    endsAt: occurrences.at(-1)!.endsAt,
    occurrenceCount: occurrences.length,
    expertCount: 2,
    submittedAt: '2026-11-20T08:00:00.000Z',
    answerDueAt: '2026-11-24T14:00:00.000Z',
    nextStep: { step: 'coordinator_answer', owner: 'coordinator', dueAt: '2026-11-24T14:00:00.000Z' },
    createdAt: '2026-11-20T08:00:00.000Z',
    costCentre: 'JS-2110',
    contactUserId: orderer.id,
    contactName: 'Mikko Lehtonen',
    contactPhone: null,
    contactEmail: 'orderer@kokemus.test',
    description: 'Keskustelutuokio potilaille.',
    purpose: null,
    audience: null,
    audienceSize: null,
    mode: 'in_person',
    place: 'Sairaalan osastot',
    remoteLink: null,
    languageCode: 'fi',
    areas: [{ code: 'mental_health', required: true }],
    wishedTierCode: null,
    preparationNeeds: null,
    accessibilityNeeds: null,
    resultsReturn: null,
    suitableForMinors: false,
    worksWithMinors: false,
    wishedExpertId: null,
    excludedExpertIds: [],
    series: {
      firstDate: '2027-03-02',
      weekdays: [2],
      startTime: '13:00',
      endTime: '15:00',
      intervalWeeks: 1,
      weeks: 2,
      places: ['Osasto 1', 'Osasto 2'],
      skipHolidays: true,
    },
    occurrences,
    attachments: [],
    answeredAt: null,
    cancelledAt: null,
    cancelReason: null,
    lateCancellation: false,
    deliveredAt: null,
    closedAt: null,
    updatedAt: '2026-11-20T08:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

function orderHandlers(current: () => OrderDto) {
  return {
    'GET /api/v1/products': () => ({ body: { items: products } }),
    'GET /api/v1/units': () => ({ body: { items: [ward], nextCursor: null } }),
    'GET /api/v1/orders/{id}': () => ({ body: current() }),
    'GET /api/v1/orders/{id}/timeline': () => ({
      body: {
        items: [
          {
            id: 'e1',
            at: '2026-11-20T08:00:00.000Z',
            type: 'submitted' as const,
            actor: { id: orderer.id, displayName: 'Mikko Lehtonen' },
            fromStatus: 'draft' as const,
            toStatus: 'submitted' as const,
            occurrenceId: null,
            detail: null,
          },
        ],
        nextCursor: null,
        nextStep: current().nextStep,
      },
    }),
    'GET /api/v1/orders/{id}/messages': () => ({ body: { items: [], nextCursor: null } }),
  };
}

describe('orders', () => {
  it('guides an orderer from a product card through a weekly series to a sent order', async () => {
    let created: OrderDto | undefined;
    const api = mockApi({
      ...catalogHandlers(),
      ...orderHandlers(() => created!),
      'POST /api/v1/orders': ({ body }) => {
        const dto = body as CreateOrderDto;
        created = order({ title: dto.title, status: 'submitted' });
        return { status: 201, body: created };
      },
    });
    const { user, router } = await renderApp('/orders/new', orderer);
    expect(document.title).toBe('Tilaa kokemusasiantuntija – Kokemus');
    await user.click(await screen.findByRole('button', { name: 'Valitse: Juttupenkki' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tilaa: Juttupenkki' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Vaihe 2/4: Mitä ja kenelle' })).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ product: 'chat_bench' });
    expect(screen.getByLabelText('Yhteyshenkilön nimi')).toHaveValue('Mikko Lehtonen');
    expect(screen.getByLabelText('Kokemusasiantuntijoiden määrä')).toHaveValue('2');

    // Only a title so far: the details step lets the orderer go on, the schedule step needs its times.
    await user.type(screen.getByLabelText('Otsikko'), 'Juttupenkki osastoilla');
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Vaihe 3/4: Milloin ja missä' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Toistuva sarja joka viikko/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Tarkista tilaus' }));
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 5 virhettä/ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('link', { name: /Viikonpäivät: Valitse vähintään yksi viikonpäivä/ }),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Ensimmäinen päivä'), '2.3.2027');
    await user.click(screen.getByRole('checkbox', { name: 'tiistai' }));
    await user.type(screen.getByLabelText('Alkaa klo'), '13');
    await user.type(screen.getByLabelText('Päättyy klo'), '15');
    await user.type(screen.getByLabelText('Viikkojen määrä'), '8');
    for (const n of [1, 2, 3, 4]) {
      await user.click(screen.getByRole('button', { name: 'Lisää paikka' }));
      await user.type(screen.getByLabelText(`Paikka ${n}`), `Osasto ${n}`);
    }
    await user.click(screen.getByRole('button', { name: 'Tarkista tilaus' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Vaihe 4/4: Tarkista ja lähetä' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /tiistai klo 13:00–15:00, 8 viikkoa\. Paikat: Osasto 1, Osasto 2, Osasto 3, Osasto 4\. Yhteensä 32 kertaa \(2\.3\.2027–20\.4\.2027\)\./,
      ),
    ).toBeInTheDocument();

    // Sending needs what the coordinators need: back to the first step, with an error summary.
    await user.click(screen.getByRole('button', { name: 'Lähetä tilaus' }));
    const missing = await screen.findByRole('heading', { name: /Lomakkeessa on 3 virhettä/ });
    await waitFor(() => expect(missing).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: 'Vaihe 2/4: Mitä ja kenelle' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Mistä tehtävässä on kyse/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/Mistä tehtävässä on kyse/), 'Keskustelutuokio potilaille.');
    await user.type(screen.getByLabelText('Paikka'), 'Sairaalan osastot');
    await user.click(screen.getByRole('button', { name: /Kunta/ }));
    await user.click(await screen.findByRole('option', { name: 'Jyväskylä' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mielenterveys' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mielenterveys on välttämätön' }));
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    await user.click(await screen.findByRole('button', { name: 'Tarkista tilaus' }));
    await user.click(await screen.findByRole('button', { name: 'Lähetä tilaus' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Juttupenkki osastoilla' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Tilaus on lähetetty koordinaattoreille.')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Mitä seuraavaksi tapahtuu' });
    expect(within(next).getByText('Koordinaattori lukee tilauksen ja vastaa sinulle.')).toBeInTheDocument();
    expect(within(next).getByText('Tilaus on nyt: koordinaattoreilla.')).toBeInTheDocument();
    const post = api.calls.find((call) => call.endpoint === 'POST /api/v1/orders')!;
    expect(post.body).toMatchObject({
      submit: true,
      unitId: ward.id,
      productCode: 'chat_bench',
      description: 'Keskustelutuokio potilaille.',
      municipalityCode: '179',
      areas: [{ code: 'mental_health', required: true }],
      expertCount: 2,
      schedule: {
        series: {
          firstDate: '2027-03-02',
          weekdays: [2],
          startTime: '13:00',
          endTime: '15:00',
          intervalWeeks: 1,
          weeks: 8,
          places: ['Osasto 1', 'Osasto 2', 'Osasto 3', 'Osasto 4'],
          skipHolidays: true,
        },
      },
    });
  }, 120_000); // a whole guided form in jsdom: role queries over a large page are slow, more so on a busy CI machine

  it('lets a coordinator take an order into matching and cancel one time, with If-Match', async () => {
    let current = order();
    const api = mockApi({
      ...catalogHandlers(),
      ...orderHandlers(() => current),
      'POST /api/v1/orders/{id}/start-matching': () => {
        current = {
          ...current,
          status: 'in_matching',
          nextStep: { step: 'find_experts', owner: 'coordinator', dueAt: null },
          version: current.version + 1,
        };
        return { body: current };
      },
      'POST /api/v1/orders/{id}/occurrences/{occurrenceId}/cancel': ({ params, body }) => {
        current = {
          ...current,
          occurrences: current.occurrences.map((o) =>
            o.id === params.occurrenceId
              ? {
                  ...o,
                  status: 'cancelled' as const,
                  cancelReason: (body as { reason: string }).reason,
                  lateCancellation: true,
                }
              : o,
          ),
          version: current.version + 1,
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}`, coordinator);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Juttupenkki osastoilla' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Vastaa tilaukseen: ota se välitykseen.')).toBeInTheDocument();
    expect(screen.getByText('4 kertaa.')).toBeInTheDocument();
    expect(await screen.findByText(/Tilaus lähetettiin · tila nyt: Lähetetty/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ota välitykseen' }));
    expect(await screen.findByText('Tilaus on otettu välitykseen.')).toBeInTheDocument();
    expect(screen.getByText('Etsi tilaukseen sopivat kokemusasiantuntijat.')).toBeInTheDocument();
    const start = api.calls.find((call) => call.endpoint === 'POST /api/v1/orders/{id}/start-matching')!;
    expect(start.request.headers.get('If-Match')).toBe('"3"');

    const cancelButtons = screen.getAllByRole('button', { name: /^Peru kerta / });
    expect(cancelButtons).toHaveLength(4);
    await user.click(cancelButtons[0]);
    await user.click(screen.getByRole('button', { name: 'Peru kerta' }));
    expect(await screen.findByText('Kirjoita syy.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Miksi kerta .* perutaan\?/), 'Osasto suljettu remontin vuoksi');
    await user.click(screen.getByRole('button', { name: 'Peru kerta' }));
    expect(await screen.findByText('Kerta on peruttu.')).toBeInTheDocument();
    expect(screen.getByText('Peruttu: Osasto suljettu remontin vuoksi')).toBeInTheDocument();
    expect(screen.getAllByText('Myöhäinen peruutus').length).toBeGreaterThan(0);
    const cancel = api.calls.find(
      (call) => call.endpoint === 'POST /api/v1/orders/{id}/occurrences/{occurrenceId}/cancel',
    )!;
    expect(cancel.request.headers.get('If-Match')).toBe('"4"');
    expect(cancel.body).toEqual({ reason: 'Osasto suljettu remontin vuoksi' });
  });

  it('shows the inbox overdue first with the filters in the URL, a page at a time', async () => {
    const item = (n: number, overdue: boolean): InboxItemDto => ({
      ...order({
        id: `00000000-0000-4000-c000-00000000010${n}`,
        number: `T-2026-00010${n}`,
        title: `Tilaus ${n}`,
      }),
      dueAt: '2026-11-24T14:00:00.000Z',
      overdue,
      ageBusinessDays: overdue ? 4 : 1,
    });
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/products': () => ({ body: { items: products } }),
      'GET /api/v1/orders/inbox': ({ url }) =>
        url.searchParams.get('cursor')
          ? { body: { items: [item(3, false)], nextCursor: null } }
          : { body: { items: [item(1, true), item(2, false)], nextCursor: 'page-2' } },
    });
    const { user } = await renderApp('/orders/inbox?status=submitted', coordinator);
    expect(
      await screen.findByText('Näytetään 2 tilausta, lisää on saatavilla 1 on myöhässä.'),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Avoimet tilaukset' });
    const first = within(list).getAllByRole('listitem')[0];
    expect(within(first).getByRole('link', { name: 'Tilaus 1' })).toBeInTheDocument();
    expect(within(first).getByText('Myöhässä')).toBeInTheDocument();
    expect(within(first).getByText('4 arkipäivää')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByRole('link', { name: 'Tilaus 3' })).toBeInTheDocument();
    const urls = api.calls
      .filter((c) => c.endpoint === 'GET /api/v1/orders/inbox')
      .map((c) => new URL(c.request.url));
    expect(urls.map((u) => [u.searchParams.get('status'), u.searchParams.get('cursor')])).toEqual([
      ['submitted', null],
      ['submitted', 'page-2'],
    ]);
  });

  it('saves a draft with If-Match before sending it, and puts the server’s answer on the schedule', async () => {
    let current = order({
      status: 'draft',
      version: 1,
      submittedAt: null,
      nextStep: { step: 'submit', owner: 'orderer', dueAt: null },
    });
    const api = mockApi({
      ...catalogHandlers(),
      ...orderHandlers(() => current),
      'PATCH /api/v1/orders/{id}': ({ body }) => {
        current = {
          ...current,
          ...(body as Partial<OrderDto>),
          series: current.series,
          version: current.version + 1,
        };
        return { body: current };
      },
      'POST /api/v1/orders/{id}/submit': () =>
        problem(400, 'ORDER_INVALID_SCHEDULE', {
          errors: { schedule: ['The first time is already past: choose a time in the future.'] },
        }),
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}/edit`, orderer);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Muokkaa luonnosta: Juttupenkki osastoilla' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Otsikko')).toHaveValue('Juttupenkki osastoilla');
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    expect(await screen.findByLabelText('Ensimmäinen päivä')).toHaveValue('2.3.2027');
    expect(screen.getByLabelText('Paikka 2')).toHaveValue('Osasto 2');
    await user.click(screen.getByRole('button', { name: 'Tarkista tilaus' }));
    await user.click(await screen.findByRole('button', { name: 'Lähetä tilaus' }));

    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('heading', { level: 2, name: 'Vaihe 3/4: Milloin ja missä' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Ensimmäinen päivä: Ajoissa on korjattavaa/ }),
    ).toBeInTheDocument();
    const patch = api.calls.find((call) => call.endpoint === 'PATCH /api/v1/orders/{id}')!;
    expect(patch.request.headers.get('If-Match')).toBe('"1"');
    expect(patch.body).not.toHaveProperty('unitId');
    expect(patch.body).not.toHaveProperty('submit');
    const submit = api.calls.find((call) => call.endpoint === 'POST /api/v1/orders/{id}/submit')!;
    expect(submit.request.headers.get('If-Match')).toBe('"2"');

    // Changing the date takes its error away.
    await user.clear(screen.getByLabelText('Ensimmäinen päivä'));
    await user.type(screen.getByLabelText('Ensimmäinen päivä'), '2.3.2028');
    expect(screen.getByLabelText('Ensimmäinen päivä')).not.toHaveAttribute('aria-invalid', 'true');
  }, 120_000); // a whole guided form in jsdom: role queries over a large page are slow, more so on a busy CI machine

  it('lists my orders with their next step and reads the period from the URL', async () => {
    const api = mockApi({
      ...catalogHandlers(),
      'GET /api/v1/products': () => ({ body: { items: products } }),
      'GET /api/v1/orders': () => ({ body: { items: [order()], nextCursor: null } }),
    });
    await renderApp('/orders?period=upcoming&status=%5B%22submitted%22%5D', orderer);
    expect(await screen.findByRole('heading', { level: 1, name: 'Omat tilaukset' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Juttupenkki osastoilla' })).toBeInTheDocument();
    expect(screen.getByText('1 tilaus')).toBeInTheDocument();
    expect(screen.getByText(/Koordinaattori lukee tilauksen ja vastaa sinulle\./)).toBeInTheDocument();
    expect(screen.getByText('4 kertaa')).toBeInTheDocument();
    const url = new URL(api.calls.find((c) => c.endpoint === 'GET /api/v1/orders')!.request.url);
    expect(url.searchParams.get('status')).toBe('submitted');
    expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(url.searchParams.get('sort')).toBe('startsAt');
  });
});
