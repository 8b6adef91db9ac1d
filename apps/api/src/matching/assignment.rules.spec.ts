import {
  AssignmentCommand,
  AssignmentStatus,
  assignmentStep,
  CancellationCause,
  cancellationCause,
  offerAnswer,
  offerAnswerDue,
  OfferStatus,
  skipsHigherRanked,
  staffedCount,
} from './assignment.rules';

const now = new Date('2027-03-01T10:00:00Z');
const later = new Date('2027-03-02T10:00:00Z');
const earlier = new Date('2027-02-28T10:00:00Z');

describe('offers', () => {
  it('can be accepted or declined while open and in time', () => {
    expect(offerAnswer(OfferStatus.Open, 'accept', now, later)).toEqual({
      ok: true,
      to: OfferStatus.Accepted,
    });
    expect(offerAnswer(OfferStatus.Open, 'decline', now, earlier)).toEqual({
      ok: true,
      to: OfferStatus.Declined,
    });
    expect(offerAnswer(OfferStatus.Open, 'accept', now, earlier).ok).toBe(false);
  });

  it('expire only after their answer time, and nothing answers a closed offer', () => {
    expect(offerAnswer(OfferStatus.Open, 'expire', now, earlier)).toEqual({
      ok: true,
      to: OfferStatus.Expired,
    });
    expect(offerAnswer(OfferStatus.Open, 'expire', now, later).ok).toBe(false);
    for (const s of [
      OfferStatus.Accepted,
      OfferStatus.Declined,
      OfferStatus.Expired,
      OfferStatus.Withdrawn,
    ]) {
      for (const a of ['accept', 'decline', 'expire', 'withdraw'] as const)
        expect(offerAnswer(s, a, now, later).ok).toBe(false);
    }
  });
});

describe('assignments', () => {
  const S = AssignmentStatus;
  const table: Array<[AssignmentStatus, AssignmentCommand, Date, AssignmentStatus | null]> = [
    [S.Accepted, 'confirm', later, S.Confirmed],
    [S.Confirmed, 'confirm', later, null],
    [S.Confirmed, 'complete', earlier, S.Completed],
    [S.Confirmed, 'complete', later, null],
    [S.Accepted, 'complete', earlier, null],
    [S.Confirmed, 'no_show', earlier, S.NoShow],
    [S.Confirmed, 'no_show', later, null],
    [S.Accepted, 'cancel', later, S.Cancelled],
    [S.Confirmed, 'cancel', earlier, S.Cancelled],
    [S.Completed, 'cancel', earlier, null],
    [S.NoShow, 'cancel', earlier, null],
    [S.Cancelled, 'confirm', later, null],
  ];
  it.each(table)('%s --%s--> %s', (from, command, startsAt, to) => {
    const r = assignmentStep(from, command, now, startsAt);
    if (to) expect(r).toEqual({ ok: true, to });
    else expect(r.ok).toBe(false);
  });

  it('counts a series staffed only when every time is', () => {
    expect(staffedCount([2, 2, 1, 2])).toBe(1);
    expect(staffedCount([2, 2])).toBe(2);
    expect(staffedCount([])).toBe(0);
  });

  it('asks for a reason when a higher-ranked candidate is skipped', () => {
    expect(skipsHigherRanked([1])).toBe(false);
    expect(skipsHigherRanked([2, 1, 3])).toBe(false);
    expect(skipsHigherRanked([2])).toBe(true);
    expect(skipsHigherRanked([1, 4])).toBe(true);
    expect(skipsHigherRanked([null])).toBe(true);
  });
});

describe('the answer time of an offer', () => {
  const at = (iso: string) => new Date(iso);
  const byDays = at('2027-03-03T16:00:00Z');

  it('is the business-day deadline, or an hour before the first time when that comes sooner', () => {
    expect(offerAnswerDue(now, byDays, at('2027-03-10T10:00:00Z'))).toEqual(byDays);
    expect(offerAnswerDue(now, byDays, at('2027-03-02T10:00:00Z'))).toEqual(at('2027-03-02T09:00:00Z'));
  });

  it('runs until the start for a time that starts within the hour, and there is none once it has started', () => {
    expect(offerAnswerDue(now, byDays, at('2027-03-01T10:30:00Z'))).toEqual(at('2027-03-01T10:30:00Z'));
    expect(offerAnswerDue(now, byDays, now)).toBeNull();
    expect(offerAnswerDue(now, byDays, at('2027-03-01T09:00:00Z'))).toBeNull();
  });

  it('never lets an offer be created that cannot be accepted now', () => {
    for (const minutes of [1, 30, 59, 60, 61, 600, 6000]) {
      const start = new Date(now.getTime() + minutes * 60_000);
      const due = offerAnswerDue(now, byDays, start)!;
      expect(offerAnswer(OfferStatus.Open, 'accept', now, due)).toEqual({
        ok: true,
        to: OfferStatus.Accepted,
      });
      expect(due.getTime()).toBeLessThanOrEqual(start.getTime());
    }
  });
});

describe('whose cancellation it is', () => {
  it('is always the expert’s when the expert cancels, and the county’s when a coordinator names nobody', () => {
    expect(cancellationCause(false, CancellationCause.Orderer)).toBe(CancellationCause.Expert);
    expect(cancellationCause(true)).toBe(CancellationCause.County);
    expect(cancellationCause(true, CancellationCause.Orderer)).toBe(CancellationCause.Orderer);
    expect(cancellationCause(true, CancellationCause.Expert)).toBe(CancellationCause.Expert);
  });
});
