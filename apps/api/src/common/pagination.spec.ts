import { decodeCursor, encodeCursor, pageOf } from './pagination';
import { ProblemException } from './problem';
import { sortKeys } from '../openapi';

describe('keyset pagination helpers', () => {
  it('round-trips a cursor', () => {
    const c = encodeCursor(['Äänekoski', 'b1b2']);
    expect(decodeCursor(c, 2)).toEqual(['Äänekoski', 'b1b2']);
  });

  it('rejects a cursor of the wrong shape as a validation problem', () => {
    expect(() => decodeCursor('garbage', 2)).toThrow(ProblemException);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(ProblemException);
  });

  it('pages: one extra row signals the next page', () => {
    const rows = [1, 2, 3];
    expect(pageOf(rows, 2, (n) => n * 10, (n) => [n])).toEqual({ items: [10, 20], nextCursor: encodeCursor([2]) });
    expect(pageOf(rows, 3, (n) => n, (n) => [n])).toEqual({ items: [1, 2, 3], nextCursor: null });
  });
});

describe('sortKeys', () => {
  it('sorts object keys deeply and keeps array order', () => {
    const sorted = sortKeys({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 2 } });
    expect(JSON.stringify(sorted)).toBe('{"a":{"c":2,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});
