import { int, isoDate, list, oneOf, text, uuid } from './search-params';

describe('search parameters', () => {
  it('keep what fits and drop the rest', () => {
    expect(text(179, 60)).toBe('179');
    expect(text('x'.repeat(61), 60)).toBeUndefined();
    expect(oneOf('active', ['active', 'left'] as const)).toBe('active');
    expect(oneOf('other', ['active', 'left'] as const)).toBeUndefined();
    expect(list(['a', 'b'], 10, (v) => text(v, 60))).toEqual(['a', 'b']);
    expect(list(['a', 1n], 10, (v) => text(v, 60))).toBeUndefined();
    expect(uuid('00000000-0000-4000-8000-000000000001')).toBeDefined();
    expect(uuid('nope')).toBeUndefined();
    expect(isoDate('2027-03-01')).toBe('2027-03-01');
    expect(isoDate('2027-13-01')).toBeUndefined();
    expect(int(5, 0, 1000)).toBe(5);
    expect(int(5.5, 0, 1000)).toBeUndefined();
  });
});
