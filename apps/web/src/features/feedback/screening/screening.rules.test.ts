import { ScreeningDecision, ScreeningStatus } from '@kokemus/api-client';
import {
  decisionsFor,
  focusAfterRemoving,
  SCREENING_DECISIONS,
  SCREENING_STATUSES,
  statusAfter,
  textLanguage,
} from './screening.rules';

describe('screening rules', () => {
  it('hold exactly the contract’s statuses and decisions', () => {
    expect([...SCREENING_STATUSES].sort()).toEqual(Object.values(ScreeningStatus).sort());
    expect([...SCREENING_DECISIONS].sort()).toEqual(Object.values(ScreeningDecision).sort());
  });

  it('offers both decisions on a pending text and only the change on a decided one', () => {
    expect(decisionsFor('pending')).toEqual(['approve', 'reject']);
    expect(decisionsFor('approved')).toEqual(['reject']);
    expect(decisionsFor('rejected')).toEqual(['approve']);
    expect(statusAfter('approve')).toBe('approved');
    expect(statusAfter('reject')).toBe('rejected');
  });

  it('moves the focus to the next answer, else to the list', () => {
    expect(focusAfterRemoving(['a', 'b', 'c'], 'a')).toBe('b');
    expect(focusAfterRemoving(['a', 'b', 'c'], 'b')).toBe('c');
    expect(focusAfterRemoving(['a', 'b', 'c'], 'c')).toBeNull();
    expect(focusAfterRemoving(['a'], 'a')).toBeNull();
    expect(focusAfterRemoving([], 'a')).toBeNull();
  });

  it('reads plain Finnish as Finnish', () => {
    expect(textLanguage('selko')).toBe('fi');
    expect(textLanguage('sv')).toBe('sv');
  });
});
