import fc from 'fast-check';
import {
  debriefDueAt,
  debriefMoves,
  debriefNext,
  DebriefMove,
  debriefOverdue,
  DebriefStatus,
  ComplaintMove,
  complaintMoves,
  complaintNext,
  ComplaintStatus,
  feedbackRemindAt,
  participantSummary,
  SMALL_CELL,
  participantLinkState,
  participantToken,
  participantWindow,
  PARTICIPANT_TOKEN_PATTERN,
  FourT,
  indicatorAnswerProblems,
  indicatorRemindAt,
  indicatorScore,
  indicatorYearlyDue,
  indicatorYearlyDueOn,
  ItemKind,
  itemProblems,
  answerProblems,
  QuestionnaireAudience,
  type QuestionnaireItem,
  splitAnswers,
  SupervisionAction,
  supervisionActions,
  SupervisionKind,
  supervisionMinutes,
  supervisionProblems,
  SupervisionPurpose,
  supervisionRefusal,
  SupervisionStatus,
  supervisionStatus,
  SUPERVISION_GROUP_MAX,
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

describe('questionnaires and answers', () => {
  const text = { fi: 'Kysymys', sv: 'Fråga', en: 'Question' };
  const items: QuestionnaireItem[] = [
    { id: 'went-well', kind: ItemKind.Rating, theme: null, required: true, text },
    { id: 'felt-safe', kind: ItemKind.Scale, theme: FourT.Turvallisuus, required: false, text },
    { id: 'again', kind: ItemKind.YesNo, theme: null, required: false, text },
    { id: 'comments', kind: ItemKind.Text, theme: null, required: false, text },
  ];

  it('takes whole numbers 1–5 on scales, yes/no on yes/no items, text only on text items', () => {
    expect(answerProblems(items, [{ itemId: 'went-well', value: 5 }])).toEqual([]);
    expect(
      answerProblems(items, [
        { itemId: 'went-well', value: 0 },
        { itemId: 'felt-safe', value: 2.5 },
        { itemId: 'again', value: 1 },
        { itemId: 'comments', value: 3 },
        { itemId: 'felt-safe', value: 2 },
      ]),
    ).toEqual([
      ['answers.0.value', 'a whole number 1–5'],
      ['answers.1.value', 'a whole number 1–5'],
      ['answers.2.value', 'yes or no'],
      ['answers.3.value', 'a text item takes text'],
      ['answers.4.itemId', 'answered twice'],
    ]);
  });

  it('asks for the required items, and an empty answer is no answer', () => {
    expect(answerProblems(items, [])).toEqual([['answers.went-well', 'required']]);
    expect(answerProblems(items, [{ itemId: 'went-well', value: null }])).toEqual([
      ['answers.went-well', 'required'],
    ]);
    expect(answerProblems(items, [{ itemId: 'nope', value: 3 }])[0]).toEqual([
      'answers.0.itemId',
      'no such item',
    ]);
  });

  it('keeps the numbers apart from the free text (which is sealed)', () => {
    expect(
      splitAnswers(items, [
        { itemId: 'went-well', value: 4 },
        { itemId: 'again', value: false },
        { itemId: 'comments', text: '  Hyvä  ' },
        { itemId: 'felt-safe', value: null },
      ]),
    ).toEqual({ values: { 'went-well': 4, again: false }, texts: { comments: 'Hyvä' } });
  });

  it('keeps a participant form to five questions, each with a plain-Finnish wording', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      id: `q${i}`,
      kind: ItemKind.Emoji,
      theme: null,
      required: false,
      text: { ...text, selko: 'Selko' },
    }));
    expect(itemProblems(QuestionnaireAudience.Participant, five)).toEqual([]);
    expect(itemProblems(QuestionnaireAudience.Participant, [...five, { ...five[0], id: 'q5' }])).toEqual([
      ['items', 'at most 5 items'],
    ]);
    expect(itemProblems(QuestionnaireAudience.Participant, [{ ...five[0], text }])).toEqual([
      ['items.0.text.selko', 'missing'],
    ]);
    expect(itemProblems(QuestionnaireAudience.Expert, [five[0], five[0]])).toEqual([
      ['items.1.id', 'used twice'],
    ]);
    expect(itemProblems(QuestionnaireAudience.Indicator, [five[0]])).toEqual([
      ['items.0.kind', 'an indicator has scale items only'],
    ]);
  });

  it("scores THL's participation indicator 0–100 from the mean, and only when every statement was answered", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      kind: ItemKind.Scale,
      theme: null,
      required: true,
      text,
    }));
    const all = (v: number) => Object.fromEntries(ten.map((s) => [s.id, v]));
    expect(indicatorScore(ten, all(1))).toBe(0);
    expect(indicatorScore(ten, all(5))).toBe(100);
    expect(indicatorScore(ten, { ...all(4), s0: 3 })).toBe(73); // mean 3.9 → 72.5 → 73
    const { s9: _left, ...nine } = all(4);
    expect(indicatorScore(ten, nine)).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 10, maxLength: 10 }), (vs) => {
        const score = indicatorScore(ten, Object.fromEntries(ten.map((s, i) => [s.id, vs[i]])))!;
        return score >= 0 && score <= 100;
      }),
    );
  });
});

describe('feedbackRemindAt', () => {
  it('is three business days later at nine in Helsinki (a Friday request on Wednesday; holidays skipped)', () => {
    // Friday 4 December 2026, 15:00 Helsinki (13:00Z) → Wednesday 9 December, 9:00 (07:00Z)
    expect(feedbackRemindAt(new Date('2026-12-04T13:00:00Z')).toISOString()).toBe('2026-12-09T07:00:00.000Z');
    // Tuesday 22 December 2026 → over Christmas Eve, Christmas Day and Boxing Day: Tuesday 29 December
    expect(feedbackRemindAt(new Date('2026-12-22T10:00:00Z')).toISOString()).toBe('2026-12-29T07:00:00.000Z');
  });
});

describe('the participants’ link', () => {
  const startsAt = new Date('2026-05-04T09:00:00Z');
  const window = participantWindow(startsAt, new Date('2026-05-04T10:00:00Z'));

  it('takes answers from the start of the time to 14 days after its end, and never for a cancelled time', () => {
    expect(window.closesAt.toISOString()).toBe('2026-05-18T10:00:00.000Z');
    expect(participantLinkState(window, new Date('2026-05-04T08:59:59Z'))).toBe('early');
    expect(participantLinkState(window, startsAt)).toBe('open');
    expect(participantLinkState(window, new Date('2026-05-18T10:00:00Z'))).toBe('open');
    expect(participantLinkState(window, new Date('2026-05-18T10:00:01Z'))).toBe('closed');
    expect(participantLinkState(window, new Date('2026-05-05T09:00:00Z'), true)).toBe('closed');
  });

  it('makes ten-character tokens with no look-alike letters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const token = participantToken(bytes);
        return PARTICIPANT_TOKEN_PATTERN.test(token) && !/[01ilo]/.test(token);
      }),
    );
  });
});

describe('complaints', () => {
  const at = (status: ComplaintStatus, viewAsked = false, viewGiven = false) => ({
    status,
    viewAsked,
    viewGiven,
  });

  it('is answered once, closed from received or answered, and nothing moves it after closing', () => {
    expect(complaintNext(at(ComplaintStatus.Received), ComplaintMove.Answer)).toBe(ComplaintStatus.Answered);
    expect(complaintNext(at(ComplaintStatus.Answered), ComplaintMove.Answer)).toBeNull();
    expect(complaintNext(at(ComplaintStatus.Received), ComplaintMove.Close)).toBe(ComplaintStatus.Closed);
    expect(complaintNext(at(ComplaintStatus.Answered), ComplaintMove.Close)).toBe(ComplaintStatus.Closed);
    for (const move of Object.values(ComplaintMove))
      expect(complaintNext(at(ComplaintStatus.Closed, true, false), move)).toBeNull();
  });

  it('takes the expert’s view only once asked, and asks again only after an answer', () => {
    expect(complaintNext(at(ComplaintStatus.Received), ComplaintMove.GiveView)).toBeNull();
    expect(complaintNext(at(ComplaintStatus.Received, true), ComplaintMove.GiveView)).toBe(
      ComplaintStatus.Received,
    );
    expect(complaintNext(at(ComplaintStatus.Received, true, true), ComplaintMove.GiveView)).toBeNull();
    expect(complaintNext(at(ComplaintStatus.Received, true), ComplaintMove.AskExpert)).toBeNull();
    expect(complaintNext(at(ComplaintStatus.Answered, true, true), ComplaintMove.AskExpert)).toBe(
      ComplaintStatus.Answered,
    );
  });

  it('gives the coordinators their moves and the expert only the view', () => {
    expect(complaintMoves(at(ComplaintStatus.Received), false)).toEqual([
      ComplaintMove.Answer,
      ComplaintMove.AskExpert,
      ComplaintMove.Close,
    ]);
    expect(complaintMoves(at(ComplaintStatus.Received), true)).toEqual([]);
    expect(complaintMoves(at(ComplaintStatus.Answered, true), true)).toEqual([ComplaintMove.GiveView]);
  });
});

describe('the report-back’s small-cell rule', () => {
  const text = { fi: 'K', sv: 'F', en: 'Q' };
  const items: QuestionnaireItem[] = [
    { id: 'overall', kind: ItemKind.Emoji, theme: null, required: false, text },
    { id: 'learnt', kind: ItemKind.Emoji, theme: null, required: false, text },
    { id: 'comments', kind: ItemKind.Text, theme: null, required: false, text },
  ];
  const answer = fc.record(
    { overall: fc.integer({ min: 1, max: 5 }), learnt: fc.integer({ min: 1, max: 5 }) },
    { requiredKeys: [] },
  );

  it('never shows a scale fewer than five answered, nor anything but the number under five answers', () => {
    fc.assert(
      fc.property(
        fc.array(answer, { maxLength: 12 }),
        fc.array(fc.string(), { maxLength: 3 }),
        (answers, texts) => {
          const s = participantSummary(items, answers, texts);
          if (answers.length < SMALL_CELL)
            return s.suppressed && s.items.length === 0 && s.comments.length === 0;
          return s.items.every(
            (i) =>
              i.answered >= SMALL_CELL === (i.counts !== null) &&
              (i.counts === null || i.counts.reduce((a, b) => a + b, 0) === i.answered),
          );
        },
      ),
    );
  });

  it('counts each face and gives the mean to one decimal', () => {
    const s = participantSummary(
      items,
      [{ overall: 5 }, { overall: 4 }, { overall: 5 }, { overall: 3 }, { overall: 5 }],
      ['Kiitos'],
    );
    expect(s.items).toEqual([
      { itemId: 'overall', answered: 5, counts: [0, 0, 1, 1, 3], mean: 4.4 },
      { itemId: 'learnt', answered: 0, counts: null, mean: null },
    ]);
    expect(s.comments).toEqual(['Kiitos']);
  });
});

describe('supervision sessions', () => {
  const at = new Date('2026-09-23T10:00:00Z');
  const minutesLater = (m: number) => new Date(at.getTime() + m * 60_000);
  const session = (over: Partial<Parameters<typeof supervisionProblems>[0]> = {}) => ({
    kind: SupervisionKind.Group,
    purpose: SupervisionPurpose.Regular,
    startsAt: at,
    endsAt: minutesLater(90),
    expertCount: 3,
    hasTask: false,
    ...over,
  });

  it('keeps a group of 2–12 and an individual session of one, 15 minutes to 8 hours long', () => {
    expect(supervisionProblems(session())).toEqual([]);
    expect(supervisionProblems(session({ expertCount: 2 }))).toEqual([]);
    expect(supervisionProblems(session({ expertCount: SUPERVISION_GROUP_MAX }))).toEqual([]);
    expect(supervisionProblems(session({ expertCount: 1 }))).toEqual([
      ['expertIds', 'a group has 2–12 experts'],
    ]);
    expect(supervisionProblems(session({ expertCount: 13 }))).toEqual([
      ['expertIds', 'a group has 2–12 experts'],
    ]);
    expect(supervisionProblems(session({ kind: SupervisionKind.Individual, expertCount: 1 }))).toEqual([]);
    expect(supervisionProblems(session({ kind: SupervisionKind.Individual, expertCount: 2 }))).toEqual([
      ['expertIds', 'an individual session has one expert'],
    ]);
    expect(supervisionProblems(session({ endsAt: minutesLater(15) }))).toEqual([]);
    expect(supervisionProblems(session({ endsAt: minutesLater(14) }))).toEqual([
      ['endsAt', 'at least 15 minutes after the start'],
    ]);
    expect(supervisionProblems(session({ endsAt: minutesLater(-60) }))[0][0]).toBe('endsAt');
    expect(supervisionProblems(session({ endsAt: minutesLater(8 * 60) }))).toEqual([]);
    expect(supervisionProblems(session({ endsAt: minutesLater(8 * 60 + 1) }))).toEqual([
      ['endsAt', 'at most 8 hours'],
    ]);
  });

  it('needs the task before or after which it is, and not for the regular rhythm', () => {
    for (const purpose of [SupervisionPurpose.BeforeTask, SupervisionPurpose.AfterTask]) {
      expect(supervisionProblems(session({ purpose }))).toEqual([
        ['assignmentId', 'before or after which task'],
      ]);
      expect(supervisionProblems(session({ purpose, hasTask: true }))).toEqual([]);
    }
    expect(supervisionProblems(session({ purpose: SupervisionPurpose.Regular, hasTask: false }))).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = supervisionProblems(
      session({
        kind: SupervisionKind.Individual,
        expertCount: 0,
        endsAt: at,
        purpose: SupervisionPurpose.AfterTask,
      }),
    );
    expect(problems.map(([field]) => field)).toEqual(['endsAt', 'expertIds', 'assignmentId']);
  });

  it('is upcoming until it starts, then started; cancelled whatever the time', () => {
    const s = { startsAt: at, cancelledAt: null };
    expect(supervisionStatus(s, minutesLater(-1))).toBe(SupervisionStatus.Upcoming);
    expect(supervisionStatus(s, at)).toBe(SupervisionStatus.Started);
    expect(supervisionStatus(s, minutesLater(600))).toBe(SupervisionStatus.Started);
    const off = { startsAt: at, cancelledAt: minutesLater(-600) };
    expect(supervisionStatus(off, minutesLater(-1))).toBe(SupervisionStatus.Cancelled);
    expect(supervisionStatus(off, minutesLater(60))).toBe(SupervisionStatus.Cancelled);
  });

  it('takes attendance only once started, and a cancellation only before', () => {
    expect(supervisionRefusal(SupervisionStatus.Upcoming, SupervisionAction.Attendance)).toBe('not_started');
    expect(supervisionRefusal(SupervisionStatus.Started, SupervisionAction.Attendance)).toBeNull();
    expect(supervisionRefusal(SupervisionStatus.Upcoming, SupervisionAction.Cancel)).toBeNull();
    expect(supervisionRefusal(SupervisionStatus.Started, SupervisionAction.Cancel)).toBe('already_started');
    for (const action of Object.values(SupervisionAction))
      expect(supervisionRefusal(SupervisionStatus.Cancelled, action)).toBe('cancelled');
    expect(supervisionActions(SupervisionStatus.Upcoming)).toEqual([SupervisionAction.Cancel]);
    expect(supervisionActions(SupervisionStatus.Started)).toEqual([SupervisionAction.Attendance]);
    expect(supervisionActions(SupervisionStatus.Cancelled)).toEqual([]);
  });

  it('offers exactly the actions it does not refuse, in every status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(SupervisionStatus)), (status) => {
        for (const action of Object.values(SupervisionAction))
          expect(supervisionActions(status).includes(action)).toBe(
            supervisionRefusal(status, action) === null,
          );
      }),
    );
  });

  it('counts the session’s minutes for each expert who came', () => {
    expect(supervisionMinutes(at, minutesLater(90), 1)).toBe(90);
    expect(supervisionMinutes(at, minutesLater(90), 3)).toBe(270);
    expect(supervisionMinutes(at, minutesLater(90), 0)).toBe(0);
    // seconds do not make a minute
    expect(supervisionMinutes(at, new Date(at.getTime() + 45 * 60_000 + 20_000), 1)).toBe(45);
  });
});

describe('the participation indicator at joining and yearly', () => {
  const at = (iso: string) => new Date(iso);
  const ten: QuestionnaireItem[] = Array.from({ length: 10 }, (_, i) => ({
    id: `v${i + 1}`,
    kind: ItemKind.Scale,
    theme: null,
    required: false,
    text: { fi: 'x', sv: 'x', en: 'x' },
  }));

  it('asks someone never asked once (the baseline), and nobody while one is open', () => {
    expect(indicatorYearlyDue(null, at('2026-09-16T08:00:00Z'))).toBe(true);
    expect(
      indicatorYearlyDue({ askedAt: at('2024-01-01T08:00:00Z'), open: true }, at('2026-09-16T08:00:00Z')),
    ).toBe(false);
  });

  it('is due from the Helsinki day a year after the last was asked, not a day before', () => {
    const last = { askedAt: at('2025-09-16T21:30:00Z'), open: false }; // 17.9.2025 in Helsinki
    expect(indicatorYearlyDueOn(last.askedAt)).toBe('2026-09-17');
    expect(indicatorYearlyDue(last, at('2026-09-16T20:59:00Z'))).toBe(false);
    expect(indicatorYearlyDue(last, at('2026-09-16T21:00:00Z'))).toBe(true);
  });

  it('takes 29 February to 28 February the next year', () => {
    expect(indicatorYearlyDueOn(at('2028-02-29T10:00:00Z'))).toBe('2029-02-28');
  });

  it('reminds once, five business days later at nine in the morning', () => {
    // Wednesday 16.9.2026 → Wednesday 23.9.2026 at 9.00 Helsinki (UTC+3)
    expect(indicatorRemindAt(at('2026-09-16T08:00:00Z')).toISOString()).toBe('2026-09-23T06:00:00.000Z');
  });

  it('wants every statement a whole number 1–5, and scores 0–100', () => {
    const all = (v: number) => ten.map((i) => ({ itemId: i.id, value: v }));
    expect(indicatorAnswerProblems(ten, all(3))).toEqual([]);
    expect(indicatorAnswerProblems(ten, all(3).slice(1))).toEqual([['answers.v1', 'required']]);
    expect(indicatorAnswerProblems(ten, [...all(3).slice(1), { itemId: 'v1', value: 2.5 }])).toContainEqual([
      'answers.9.value',
      'a whole number 1–5',
    ]);
    expect(indicatorAnswerProblems(ten, [...all(3).slice(1), { itemId: 'v1', value: 6 }])).toHaveLength(1);
    const values = (v: number) => Object.fromEntries(ten.map((i) => [i.id, v]));
    expect(indicatorScore(ten, values(1))).toBe(0);
    expect(indicatorScore(ten, values(5))).toBe(100);
    expect(indicatorScore(ten, values(3))).toBe(50);
  });
});
