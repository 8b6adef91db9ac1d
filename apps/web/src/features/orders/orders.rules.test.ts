import type { OrderDto, ProductDto } from '@kokemus/api-client';
import {
  actionsFor,
  canCancelOccurrence,
  checkOrder,
  formFieldOf,
  groupOccurrences,
  newOrderValues,
  nextStepText,
  orderToValues,
  periodRange,
  seriesPreview,
  seriesToApi,
  stepOfField,
  toOrderBody,
  type OrderFormValues,
} from './orders.rules';
import { helsinkiIso } from '../../shared/format/date';

const chatBench: ProductDto = {
  code: 'chat_bench',
  labelFi: 'Juttupenkki',
  labelSv: 'Pratbänken',
  labelEn: 'Chat bench (Juttupenkki)',
  descriptionFi: 'Matalan kynnyksen juttutuokio osastolla.',
  descriptionSv: 'En lågtröskelträff på en avdelning.',
  descriptionEn: 'A low-threshold chat on a ward.',
  taskTypeCode: 'chat_bench',
  defaultDurationMinutes: 120,
  defaultExpertCount: 2,
  pairRequired: true,
  recurring: true,
  preparationMinutes: 15,
  feeBasis: 'hourly',
  active: true,
  version: 1,
};

const UNIT = '00000000-0000-4000-8000-000000000111';

function juttupenkki(): OrderFormValues {
  return {
    ...newOrderValues(chatBench, { name: 'Mikko Lehtonen', email: 'orderer@kokemus.test' }, UNIT),
    title: 'Juttupenkki osastoilla',
    description: 'Keskustelutuokio potilaille.',
    place: 'Sairaalan osastot',
    municipalityCode: '179',
    seriesFirstDate: '2.3.2027',
    seriesWeekdays: [2],
    seriesStartTime: '13',
    seriesEndTime: '15.00',
    seriesWeeks: '8',
    seriesPlaces: [
      { value: 'Osasto 1' },
      { value: 'Osasto 2' },
      { value: 'Osasto 3' },
      { value: ' Osasto 4 ' },
    ],
  };
}

describe('the weekly series form → API body', () => {
  it('sends Tuesdays 13–15 on four wards for eight weeks as one series rule', () => {
    const body = toOrderBody(juttupenkki(), 'chat_bench', true);
    expect(body).toMatchObject({
      submit: true,
      unitId: UNIT,
      productCode: 'chat_bench',
      title: 'Juttupenkki osastoilla',
      mode: 'in_person',
      languageCode: 'fi',
      expertCount: 2,
      contactName: 'Mikko Lehtonen',
      contactEmail: 'orderer@kokemus.test',
      remoteLink: null,
      purpose: null,
      areas: [],
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
    expect(body.schedule?.occurrences).toBeUndefined();
  });

  it('previews 32 times for the series (8 Tuesdays × 4 wards)', () => {
    const series = seriesToApi(juttupenkki())!;
    expect(seriesPreview(series)).toEqual({ count: 32, first: '2027-03-02', last: '2027-04-20' });
    // Starting on a Wednesday: still eight Tuesdays, from the next one on.
    expect(seriesPreview({ ...series, firstDate: '2027-03-03', places: [] })).toEqual({
      count: 8,
      first: '2027-03-09',
      last: '2027-04-27',
    });
    expect(seriesPreview({ ...series, intervalWeeks: 2, places: [] }).count).toBe(4);
  });

  it('leaves an unfinished series out of a draft', () => {
    const values = { ...juttupenkki(), seriesWeeks: '' };
    expect(seriesToApi(values)).toBeUndefined();
    expect(toOrderBody(values, 'chat_bench', false).schedule).toBeUndefined();
  });

  it('turns single times into instants with Helsinki’s offset (winter and summer time)', () => {
    const values: OrderFormValues = {
      ...juttupenkki(),
      scheduleKind: 'single',
      times: [
        { date: '2.3.2027', startTime: '9', endTime: '11.30', place: '' },
        { date: '15.6.2027', startTime: '13:00', endTime: '15:00', place: 'Auditorio' },
        { date: '', startTime: '', endTime: '', place: '' },
      ],
    };
    expect(toOrderBody(values, 'talk', false).schedule).toEqual({
      occurrences: [
        { startsAt: '2027-03-02T09:00:00+02:00', endsAt: '2027-03-02T11:30:00+02:00', place: null },
        { startsAt: '2027-06-15T13:00:00+03:00', endsAt: '2027-06-15T15:00:00+03:00', place: 'Auditorio' },
      ],
    });
    expect(helsinkiIso('2027-03-28', '12:00')).toBe('2027-03-28T12:00:00+03:00');
    expect(helsinkiIso('2027-10-31', '12:00')).toBe('2027-10-31T12:00:00+02:00');
  });
});

describe('checking the form', () => {
  it('lets a draft through with only a title', () => {
    const values = {
      ...newOrderValues(chatBench, { name: 'Mikko', email: 'm@x.fi' }, UNIT),
      title: 'Luonnos',
    };
    expect(checkOrder(values, 'draft', true)).toEqual([]);
  });

  it('asks for what the coordinators need before sending', () => {
    const values = {
      ...newOrderValues(chatBench, { name: 'Mikko', email: 'm@x.fi' }, UNIT),
      expertCount: '1',
    };
    const fields = checkOrder(values, 'send', true).map((issue) => `${issue.field}:${issue.key}`);
    expect(fields).toEqual([
      'title:validation.required',
      'expertCount:orders.form.pairNeeded',
      'seriesFirstDate:validation.required',
      'seriesWeekdays:orders.form.chooseWeekday',
      'seriesStartTime:validation.required',
      'seriesEndTime:validation.required',
      'seriesWeeks:orders.form.weeksRange',
      'description:validation.required',
      'place:validation.required',
      'municipalityCode:validation.required',
    ]);
    expect(checkOrder(juttupenkki(), 'send', true)).toEqual([]);
  });

  it('explains a time the wrong way round and a link that is not https', () => {
    const values = {
      ...juttupenkki(),
      seriesEndTime: '12',
      mode: 'hybrid' as const,
      remoteLink: 'http://x.fi',
    };
    expect(checkOrder(values, 'draft', true).map((i) => `${i.field}:${i.key}`)).toEqual([
      'remoteLink:orders.form.httpsLink',
      'seriesEndTime:orders.form.endAfterStart',
    ]);
  });

  it('maps the API’s field names to the form’s, and fields to their step', () => {
    expect(formFieldOf('schedule.series.weeks')).toBe('seriesWeeks');
    expect(formFieldOf('schedule.occurrences.1.endsAt')).toBe('times.1.endTime');
    expect(formFieldOf('schedule')).toBe('schedule');
    expect(formFieldOf('municipalityCode')).toBe('municipalityCode');
    expect(stepOfField('seriesWeeks')).toBe('schedule');
    expect(stepOfField('times.0.date')).toBe('schedule');
    expect(stepOfField('description')).toBe('details');
  });
});

describe('dates and times', () => {
  it('turns the list period into days', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(periodRange('upcoming', now)).toEqual({ from: '2026-11-23' });
    expect(periodRange('next30', now)).toEqual({ from: '2026-11-23', to: '2026-12-23' });
    expect(periodRange('past', now)).toEqual({ to: '2026-11-22' });
    expect(periodRange(undefined, now)).toEqual({});
  });
});

describe('what happens next, in words', () => {
  it('speaks to the orderer as "you" when the order is with them', () => {
    expect(nextStepText({ step: 'submit', owner: 'orderer', dueAt: null }, 'orderer')).toEqual({
      step: 'orders.nextStep.orderer.submit',
      owner: 'orders.owner.you',
    });
    expect(
      nextStepText({ step: 'coordinator_answer', owner: 'coordinator', dueAt: null }, 'orderer'),
    ).toEqual({
      step: 'orders.nextStep.orderer.coordinator_answer',
      owner: 'orders.owner.coordinator',
    });
    expect(
      nextStepText({ step: 'coordinator_answer', owner: 'coordinator', dueAt: null }, 'coordinator').owner,
    ).toBe('orders.owner.coordinators');
  });

  it('offers the actions each role has at each status', () => {
    expect(actionsFor('draft', ['orderer'])).toEqual(['edit', 'submit', 'cancel']);
    expect(actionsFor('submitted', ['orderer'])).toEqual(['cancel']);
    expect(actionsFor('submitted', ['coordinator'])).toEqual(['startMatching', 'cancel']);
    expect(actionsFor('staffed', ['orderer'])).toEqual(['deliver', 'cancel']);
    expect(actionsFor('delivered', ['coordinator'])).toEqual(['close']);
    expect(actionsFor('closed', ['coordinator', 'orderer'])).toEqual([]);
    expect(actionsFor('submitted', ['reporter'])).toEqual([]);
  });
});

describe('the series view', () => {
  const occurrence = (
    id: string,
    startsAt: string,
    place: string | null,
    status: 'planned' | 'cancelled' = 'planned',
  ) => ({
    id,
    startsAt,
    endsAt: startsAt.replace('T11', 'T13'),
    place,
    status,
    cancelledAt: null,
    cancelReason: null,
    lateCancellation: false,
  });

  it('groups the times, a row per ward, and lets one be cancelled while others remain', () => {
    const list = [
      occurrence('b', '2027-03-09T11:00:00.000Z', 'Osasto 2'),
      occurrence('a', '2027-03-02T11:00:00.000Z', 'Osasto 2'),
      occurrence('c', '2027-03-02T11:00:00.000Z', 'Osasto 1'),
    ];
    const groups = groupOccurrences(list);
    expect(groups.map((g) => g.items.map((o) => o.id))).toEqual([['c', 'a'], ['b']]);
    const order = { status: 'submitted', occurrences: list } as Pick<OrderDto, 'status' | 'occurrences'>;
    expect(canCancelOccurrence(order, list[0])).toBe(true);
    const last = {
      status: 'submitted',
      occurrences: [list[0], { ...list[1], status: 'cancelled' as const }],
    } as Pick<OrderDto, 'status' | 'occurrences'>;
    expect(canCancelOccurrence(last, list[0])).toBe(false);
  });

  it('fills the form back from a saved series draft', () => {
    const values = orderToValues({
      unit: { id: UNIT, name: 'Osasto 3' },
      title: 'T',
      description: null,
      purpose: null,
      audience: null,
      audienceSize: 12,
      mode: 'in_person',
      place: null,
      remoteLink: null,
      municipalityCode: null,
      languageCode: 'fi',
      areas: [{ code: 'mental_health', required: true }],
      expertCount: 2,
      wishedTierCode: null,
      preparationNeeds: null,
      accessibilityNeeds: null,
      resultsReturn: null,
      contactName: 'Mikko',
      contactPhone: null,
      contactEmail: 'm@x.fi',
      series: {
        firstDate: '2027-03-02',
        weekdays: [2],
        startTime: '13:00',
        endTime: '15:00',
        intervalWeeks: 1,
        weeks: 8,
        places: ['A'],
        skipHolidays: true,
      },
      occurrences: [],
    } as unknown as OrderDto);
    expect(values).toMatchObject({
      audienceSize: '12',
      areas: { mental_health: 'required' },
      scheduleKind: 'series',
      seriesFirstDate: '2.3.2027',
      seriesWeeks: '8',
      seriesPlaces: [{ value: 'A' }],
    });
  });
});
