import type { BoardColumnDto } from '@kokemus/api-client';
import {
  boardGroups,
  checkMove,
  checkRound,
  isConflict,
  type MoveValues,
  moveNeeds,
  orderedMoves,
  roundState,
  timelineKindKey,
  toMoveBody,
  toRoundBody,
} from './onboarding.rules';
import { helsinkiIso } from '../../shared/format/date';

const NOW = new Date('2027-03-01T10:00:00+02:00');
const move = (overrides: Partial<MoveValues>): MoveValues => ({
  move: '',
  reason: '',
  interviewDate: '',
  interviewTime: '',
  interviewPlace: '',
  note: '',
  ...overrides,
});

describe('the board', () => {
  it('keeps the open steps in path order apart from the ended ones and sums the stalled', () => {
    const columns: BoardColumnDto[] = [
      { step: 'awaiting_guardian', count: 1, stalled: 0 },
      { step: 'received', count: 3, stalled: 2 },
      { step: 'interview', count: 2, stalled: 1 },
      { step: 'active', count: 5, stalled: 0 },
      { step: 'rejected', count: 1, stalled: 0 },
    ];
    const groups = boardGroups(columns);
    expect(groups.open.map((c) => c.step)).toEqual(['awaiting_guardian', 'received', 'interview']);
    expect(groups.ended.map((c) => c.step)).toEqual(['active', 'rejected']);
    expect(groups.stalled).toBe(3);
  });
});

describe('moves', () => {
  it('offers the way forward first and ending the application last', () => {
    expect(orderedMoves(['close', 'reject', 'accept_prior_training', 'pass_interview'])).toEqual([
      'pass_interview',
      'accept_prior_training',
      'reject',
      'close',
    ]);
  });

  it('asks a reason to reject or close, and a time and place to invite to an interview', () => {
    expect(moveNeeds('reject')).toEqual({ reason: true, interview: false });
    expect(moveNeeds('close')).toEqual({ reason: true, interview: false });
    expect(moveNeeds('reschedule_interview')).toEqual({ reason: false, interview: true });
    expect(moveNeeds('invite_to_interview')).toEqual({ reason: false, interview: true });
    expect(moveNeeds('start_screening')).toEqual({ reason: false, interview: false });
    expect(moveNeeds('')).toEqual({ reason: false, interview: false });
  });

  it('finds what is missing or wrong in a move', () => {
    expect(checkMove(move({}), NOW)).toEqual({ move: 'required' });
    expect(checkMove(move({ move: 'reject', reason: '  ' }), NOW)).toEqual({ reason: 'required' });
    expect(checkMove(move({ move: 'invite_to_interview' }), NOW)).toEqual({
      interviewDate: 'required',
      interviewTime: 'required',
      interviewPlace: 'required',
    });
    expect(
      checkMove(
        move({
          move: 'invite_to_interview',
          interviewDate: '31.2.2027',
          interviewTime: '25',
          interviewPlace: 'x',
        }),
        NOW,
      ),
    ).toEqual({ interviewDate: 'date', interviewTime: 'time' });
    // The same day, an hour earlier in Helsinki: already past.
    expect(
      checkMove(
        move({
          move: 'invite_to_interview',
          interviewDate: '1.3.2027',
          interviewTime: '9.00',
          interviewPlace: 'x',
        }),
        NOW,
      ),
    ).toEqual({ interviewDate: 'past' });
    expect(
      checkMove(
        move({
          move: 'invite_to_interview',
          interviewDate: '1.3.2027',
          interviewTime: '11',
          interviewPlace: 'x',
        }),
        NOW,
      ),
    ).toEqual({});
  });

  it('sends only what the chosen move takes', () => {
    expect(toMoveBody(move({ move: 'start_screening', reason: 'left over', note: '  ' }))).toEqual({
      move: 'start_screening',
    });
    expect(toMoveBody(move({ move: 'reject', reason: ' Ei nyt. ', note: ' Soitettu. ' }))).toEqual({
      move: 'reject',
      reason: 'Ei nyt.',
      note: 'Soitettu.',
    });
    expect(
      toMoveBody(
        move({
          move: 'invite_to_interview',
          interviewDate: '2.3.2027',
          interviewTime: '13.00',
          interviewPlace: ' Teams ',
        }),
      ),
    ).toEqual({
      move: 'invite_to_interview',
      interviewAt: '2027-03-02T13:00:00+02:00',
      interviewPlace: 'Teams',
    });
  });

  it('writes Helsinki wall-clock times with the offset of the day', () => {
    expect(helsinkiIso('2027-01-15', '09:30')).toBe('2027-01-15T09:30:00+02:00');
    expect(helsinkiIso('2027-06-15', '09:30')).toBe('2027-06-15T09:30:00+03:00');
  });

  it('treats a stale version and a move no longer allowed as someone else’s change', () => {
    expect(isConflict({ status: 412, code: 'PRECONDITION_FAILED' })).toBe(true);
    expect(isConflict({ status: 409, code: 'APPLICATION_MOVE_NOT_ALLOWED' })).toBe(true);
    expect(isConflict({ status: 409, code: 'APPLICATION_ALREADY_IN_REGISTRY' })).toBe(false);
    expect(isConflict({ status: 400, code: 'APPLICATION_REASON_REQUIRED' })).toBe(false);
  });

  it('names the timeline’s known kinds and falls back for new ones', () => {
    expect(timelineKindKey('reject')).toBe('onboarding.timeline.kind.reject');
    expect(timelineKindKey('note')).toBe('onboarding.timeline.kind.note');
    expect(timelineKindKey('something_new')).toBe('onboarding.timeline.kind.other');
  });
});

describe('recruitment rounds', () => {
  const TODAY = '2027-03-01';
  const round = { name: 'Kevät 2027', opensOn: '1.4.2027', closesOn: '30.4.2027', quota: '' };

  it('accepts a round with or without a quota', () => {
    expect(checkRound(round, TODAY)).toEqual({});
    expect(checkRound({ ...round, quota: '20' }, TODAY)).toEqual({});
    expect(toRoundBody({ ...round, quota: ' 20 ' })).toEqual({
      name: 'Kevät 2027',
      opensOn: '2027-04-01',
      closesOn: '2027-04-30',
      quota: 20,
    });
    expect(toRoundBody(round).quota).toBeNull();
  });

  it('finds missing and impossible values', () => {
    expect(checkRound({ name: ' ', opensOn: '', closesOn: '', quota: '' }, TODAY)).toEqual({
      name: 'required',
      opensOn: 'required',
      closesOn: 'required',
    });
    expect(checkRound({ ...round, opensOn: '31.4.2027' }, TODAY)).toEqual({ opensOn: 'date' });
    expect(checkRound({ ...round, closesOn: '31.3.2027' }, TODAY)).toEqual({ closesOn: 'order' });
    expect(checkRound({ ...round, opensOn: '1.1.2027', closesOn: '28.2.2027' }, TODAY)).toEqual({
      closesOn: 'past',
    });
    for (const quota of ['0', '1.5', '-3', 'kaksi', '10001']) {
      expect(checkRound({ ...round, quota }, TODAY)).toEqual({ quota: 'quota' });
    }
    expect(checkRound({ ...round, name: 'x'.repeat(101) }, TODAY)).toEqual({ name: 'tooLong' });
  });

  it('tells where a round is on a day (first and last day included)', () => {
    const r = { opensOn: '2027-04-01', closesOn: '2027-04-30', quota: 2, confirmed: 1 };
    expect(roundState(r, '2027-03-31')).toBe('planned');
    expect(roundState(r, '2027-04-01')).toBe('open');
    expect(roundState(r, '2027-04-30')).toBe('open');
    expect(roundState({ ...r, confirmed: 2 }, '2027-04-10')).toBe('full');
    expect(roundState({ ...r, quota: null, confirmed: 50 }, '2027-04-10')).toBe('open');
    expect(roundState(r, '2027-05-01')).toBe('over');
  });
});
