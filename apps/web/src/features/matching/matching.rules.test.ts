import type { AssignmentDto, SuggestionDto } from '@kokemus/api-client';
import { assignmentActions, offerBatches, points, splitTasks, validPeriod } from './matching.rules';

const s = (orderId: string, occurrenceId: string, expertId: string): SuggestionDto => ({
  orderId,
  orderNumber: 'T-1',
  title: `Order ${orderId}`,
  occurrenceId,
  startsAt: '2027-03-02T11:00:00.000Z',
  expertId,
  expertName: expertId,
  score: 50,
});

describe('matching rules', () => {
  it('makes one offer call per order, splitting only where experts have different times', () => {
    expect(offerBatches([s('o1', 't1', 'a'), s('o1', 't1', 'b'), s('o2', 't1', 'c')])).toEqual([
      { orderId: 'o1', title: 'Order o1', expertIds: ['a', 'b'], occurrenceIds: ['t1'] },
      { orderId: 'o2', title: 'Order o2', expertIds: ['c'], occurrenceIds: ['t1'] },
    ]);
    expect(offerBatches([s('o1', 't1', 'a'), s('o1', 't2', 'a'), s('o1', 't3', 'b')])).toEqual([
      { orderId: 'o1', title: 'Order o1', expertIds: ['a'], occurrenceIds: ['t1', 't2'] },
      { orderId: 'o1', title: 'Order o1', expertIds: ['b'], occurrenceIds: ['t3'] },
    ]);
  });

  it('offers the actions an assignment state allows', () => {
    expect(assignmentActions('accepted')).toEqual(['confirm', 'cancel']);
    expect(assignmentActions('confirmed')).toEqual(['complete', 'no_show', 'cancel']);
    expect(assignmentActions('completed')).toEqual([]);
  });

  it('splits tasks into upcoming and past', () => {
    const a = (id: string, endsAt: string, status: AssignmentDto['status']) =>
      ({ id, startsAt: endsAt, endsAt, status }) as AssignmentDto;
    const now = new Date('2027-03-01T00:00:00Z');
    const { upcoming, past } = splitTasks(
      [
        a('1', '2027-03-05T00:00:00Z', 'confirmed'),
        a('2', '2027-02-05T00:00:00Z', 'completed'),
        a('3', '2027-03-06T00:00:00Z', 'cancelled'),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['1']);
    expect(past.map((x) => x.id)).toEqual(['3', '2']);
  });

  it('rounds points and checks periods', () => {
    expect(points(12.345)).toBe('12.3');
    expect(validPeriod('2027-01-01', '2027-03-31')).toBe(true);
    expect(validPeriod('2027-04-01', '2027-03-31')).toBe(false);
  });
});
