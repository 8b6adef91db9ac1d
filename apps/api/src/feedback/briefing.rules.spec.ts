import {
  BriefingAction,
  type BriefingContent,
  briefingActions,
  briefingProblems,
  briefingReadRemindAt,
  BriefingReadState,
  briefingReadState,
  briefingWriteRemindAt,
  BRIEFING_TEXT_MAX,
} from './briefing.rules';

const full: BriefingContent = {
  contactOnSite: 'Olga Osastonhoitaja, 040 123 4567, ovella klo 9.45',
  audience: 'Osaston hoitajat, noin 12; perusteet tuttuja',
  mayAsk: 'Toipumisesta ja arjesta',
  mayNotAsk: 'Lääkityksestä',
  safety: 'Ei erityisiä riskejä',
  quietRoom: true,
  afterContact: 'Olga, tai koordinaattori',
};

describe('briefingProblems', () => {
  it('takes a full briefing, and one without the optional questions', () => {
    expect(briefingProblems(full)).toEqual([]);
    expect(briefingProblems({ ...full, mayAsk: null, mayNotAsk: null })).toEqual([]);
  });

  it('names every required answer missing (blank counts as missing) and the quiet room question', () => {
    expect(
      briefingProblems({
        ...full,
        contactOnSite: '  ',
        audience: null,
        safety: '',
        afterContact: null,
        quietRoom: null,
      }),
    ).toEqual([
      ['contactOnSite', 'required'],
      ['audience', 'required'],
      ['safety', 'required'],
      ['afterContact', 'required'],
      ['quietRoom', 'say whether there is a quiet room'],
    ]);
  });

  it('refuses an answer that is too long, optional ones too', () => {
    const long = 'x'.repeat(BRIEFING_TEXT_MAX + 1);
    expect(briefingProblems({ ...full, mayNotAsk: long })).toEqual([
      ['mayNotAsk', 'at most 2000 characters'],
    ]);
    expect(briefingProblems({ ...full, mayNotAsk: 'x'.repeat(BRIEFING_TEXT_MAX) })).toEqual([]);
  });
});

describe('the reminders', () => {
  it('reminds the expert at 9:00 Helsinki time on the business day before', () => {
    // Thursday 17 September 2026 at 10:00 → Wednesday 16th at 9:00 (06:00 UTC in summer time)
    expect(briefingReadRemindAt(new Date('2026-09-17T07:00:00Z')).toISOString()).toBe(
      '2026-09-16T06:00:00.000Z',
    );
    // Monday 21 September → Friday 18th
    expect(briefingReadRemindAt(new Date('2026-09-21T07:00:00Z')).toISOString()).toBe(
      '2026-09-18T06:00:00.000Z',
    );
    // Monday 7 December 2026 (Independence Day, Sunday the 6th, does not matter) → Friday 4th, winter time
    expect(briefingReadRemindAt(new Date('2026-12-07T08:00:00Z')).toISOString()).toBe(
      '2026-12-04T07:00:00.000Z',
    );
    // the day after Christmas holidays: Monday 28 December → Wednesday 23rd (24th–26th are not business days)
    expect(briefingReadRemindAt(new Date('2026-12-28T08:00:00Z')).toISOString()).toBe(
      '2026-12-23T07:00:00.000Z',
    );
  });

  it('reminds the unit to write it two business days before', () => {
    expect(briefingWriteRemindAt(new Date('2026-09-17T07:00:00Z')).toISOString()).toBe(
      '2026-09-15T06:00:00.000Z',
    );
    expect(briefingWriteRemindAt(new Date('2026-09-21T07:00:00Z')).toISOString()).toBe(
      '2026-09-17T06:00:00.000Z',
    );
  });
});

describe('reading', () => {
  it('tells unread, read and read-before-it-changed apart', () => {
    expect(briefingReadState(null, 1)).toBe(BriefingReadState.Unread);
    expect(briefingReadState(2, 2)).toBe(BriefingReadState.Read);
    expect(briefingReadState(1, 2)).toBe(BriefingReadState.Changed);
  });

  it('lets the unit write until the time is over, and the expert confirm what is written and not yet read', () => {
    const base = { written: true, over: false, readState: null };
    expect(briefingActions({ ...base, viewer: 'unit' })).toEqual([BriefingAction.Write]);
    expect(briefingActions({ ...base, viewer: 'coordinator', over: true })).toEqual([]);
    expect(briefingActions({ ...base, viewer: 'expert', readState: BriefingReadState.Unread })).toEqual([
      BriefingAction.Confirm,
    ]);
    expect(briefingActions({ ...base, viewer: 'expert', readState: BriefingReadState.Changed })).toEqual([
      BriefingAction.Confirm,
    ]);
    expect(briefingActions({ ...base, viewer: 'expert', readState: BriefingReadState.Read })).toEqual([]);
    expect(
      briefingActions({ ...base, viewer: 'expert', written: false, readState: BriefingReadState.Unread }),
    ).toEqual([]);
  });
});
