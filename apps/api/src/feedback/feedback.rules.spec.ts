import fc from 'fast-check';
import {
  debriefDueAt,
  debriefMoves,
  debriefNext,
  DebriefMove,
  debriefOverdue,
  DebriefStatus,
} from './feedback.rules';

describe('debrief requests', () => {
  it('is taken on, or done straight away; done is the end', () => {
    expect(debriefNext(DebriefStatus.Open, DebriefMove.Take)).toBe(DebriefStatus.Taken);
    expect(debriefNext(DebriefStatus.Taken, DebriefMove.Take)).toBe(DebriefStatus.Taken);
    expect(debriefNext(DebriefStatus.Open, DebriefMove.Done)).toBe(DebriefStatus.Done);
    expect(debriefNext(DebriefStatus.Taken, DebriefMove.Done)).toBe(DebriefStatus.Done);
    expect(debriefMoves(DebriefStatus.Done)).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(DebriefMove)), (move) => {
        expect(debriefNext(DebriefStatus.Done, move)).toBeNull();
      }),
    );
  });

  it('is due one business day later at the same time of day', () => {
    // Tuesday 8.12.2026 at 15.30 in Helsinki (UTC+2) → Wednesday at 15.30
    expect(debriefDueAt(new Date('2026-12-08T13:30:00Z')).toISOString()).toBe('2026-12-09T13:30:00.000Z');
    // Friday evening → Monday
    expect(debriefDueAt(new Date('2026-12-11T18:00:00Z')).toISOString()).toBe('2026-12-14T18:00:00.000Z');
    // Saturday → Monday
    expect(debriefDueAt(new Date('2026-12-12T09:00:00Z')).toISOString()).toBe('2026-12-14T09:00:00.000Z');
    // Wednesday 23.12 → Monday 28.12 (Christmas Eve, Christmas Day and Boxing Day are not business days)
    expect(debriefDueAt(new Date('2026-12-23T10:00:00Z')).toISOString()).toBe('2026-12-28T10:00:00.000Z');
  });

  it('is never due at or before the moment it was made', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (at) => {
          expect(debriefDueAt(at).getTime()).toBeGreaterThan(at.getTime());
        },
      ),
    );
  });

  it('escalates once, only when still open at its due moment', () => {
    const dueAt = new Date('2026-12-09T13:30:00Z');
    const before = new Date('2026-12-09T13:29:00Z');
    const after = new Date('2026-12-09T13:31:00Z');
    expect(debriefOverdue({ status: DebriefStatus.Open, dueAt, escalatedAt: null }, before)).toBe(false);
    expect(debriefOverdue({ status: DebriefStatus.Open, dueAt, escalatedAt: null }, after)).toBe(true);
    expect(debriefOverdue({ status: DebriefStatus.Open, dueAt, escalatedAt: after }, after)).toBe(false);
    expect(debriefOverdue({ status: DebriefStatus.Taken, dueAt, escalatedAt: null }, after)).toBe(false);
  });
});
