import { describe, expect, it } from 'vitest';
import { indicatorBody, openRequest, rejectedStatements, unanswered } from './indicator.rules';

const items = [{ id: 'v1' }, { id: 'v2' }, { id: 'v3' }];

describe('the participation indicator form', () => {
  it('finds the statements left, in order, and sends only those answered', () => {
    expect(unanswered(items, { v2: 4 })).toEqual(['v1', 'v3']);
    expect(unanswered(items, { v1: 1, v2: 5, v3: 3 })).toEqual([]);
    expect(indicatorBody(items, { v3: 2, v1: 5 })).toEqual([
      { itemId: 'v1', value: 5 },
      { itemId: 'v3', value: 2 },
    ]);
  });

  it('puts the API’s problems on the statements they are about', () => {
    const sent = [
      { itemId: 'v1', value: 5 },
      { itemId: 'v2', value: 9 },
    ];
    expect(
      rejectedStatements({ 'answers.v3': ['required'], 'answers.1.value': ['a whole number 1–5'] }, sent),
    ).toEqual(['v3', 'v2']);
    expect(rejectedStatements({ other: ['x'] }, sent)).toEqual([]);
    expect(rejectedStatements(undefined, sent)).toEqual([]);
  });

  it('shows the open request on top, none when all are answered', () => {
    const base = {
      reason: 'yearly' as const,
      askedAt: '2026-09-14T08:00:00.000Z',
      answeredAt: null,
      score: null,
      title: { fi: 'x', sv: 'x', en: 'x' },
      itemCount: 10,
      version: 1,
    };
    expect(openRequest([{ ...base, id: 'a', status: 'open' }])?.id).toBe('a');
    expect(openRequest([{ ...base, id: 'b', status: 'answered', score: 70 }])).toBeNull();
  });
});
