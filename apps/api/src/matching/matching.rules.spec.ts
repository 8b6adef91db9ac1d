import fc from 'fast-check';
import { BatchExpert, BatchSlot, objectiveOf, suggestBatch } from './batch.rules';
import {
  CandidateExpert,
  Constraint,
  DEFAULT_WEIGHTS,
  failedConstraints,
  gini,
  mayBeOffered,
  rankCandidates,
  ScoreTerm,
  scoreTerms,
  TaskSlot,
  totalScore,
  weekMinutes,
} from './matching.rules';

const JKL = { lat: 62.2426, lon: 25.7473 };
const JAMSA = { lat: 61.8642, lon: 25.19 };
const UTSJOKI = { lat: 69.9079, lon: 27.0269 };

const expert = (over: Partial<CandidateExpert> = {}): CandidateExpert => ({
  id: 'e1',
  status: 'active',
  agreementInForce: true,
  agreementsDue: false,
  recordCheckDate: null,
  languages: ['fi'],
  kinds: ['trained_expert'],
  tierRank: 2,
  mentorshipPartnerIds: [],
  tierCode: 'trained',
  areas: ['mental_health', 'substance_use'],
  taskTypes: ['talk'],
  worksRemote: true,
  worksInPerson: true,
  travelRadiusKm: null,
  home: JKL,
  maxTasksPerMonth: 4,
  birthDate: '1980-05-05',
  weekly: [],
  absences: [],
  excludedUnitIds: [],
  booked: [],
  tasksByMonth: {},
  recentHours: 0,
  recentTasks: 0,
  ...over,
});

// Tuesday 2 March 2027, 13:00–15:00 Helsinki (UTC+2)
const slot = (over: Partial<TaskSlot> = {}): TaskSlot => ({
  startsAt: new Date('2027-03-02T11:00:00Z'),
  endsAt: new Date('2027-03-02T13:00:00Z'),
  mode: 'in_person',
  place: JKL,
  languageCode: 'fi',
  requiredAreas: ['mental_health'],
  preferredAreas: [],
  wishedTierRank: null,
  requiredKinds: [],
  unitIds: ['ward', 'psychiatry'],
  excludedExpertIds: [],
  wishedExpertId: null,
  suitableForMinors: false,
  worksWithMinors: false,
  taskTypeCode: 'talk',
  pairRequired: false,
  continuityExpertIds: [],
  partnerTierCodes: [],
  partnerExpertIds: [],
  ...over,
});

describe('hard constraints', () => {
  it('passes an active, available, fitting expert', () => {
    expect(failedConstraints(expert(), slot())).toEqual([]);
  });

  it('takes a criminal-record extract seen within six months of the task day for a task with minors', () => {
    const minors = slot({ worksWithMinors: true }); // 2 March 2027
    expect(failedConstraints(expert({ recordCheckDate: '2026-09-02' }), minors)).toEqual([]);
    expect(failedConstraints(expert({ recordCheckDate: '2026-09-01' }), minors)).toEqual([
      Constraint.RecordCheck,
    ]);
    expect(failedConstraints(expert({ recordCheckDate: null }), slot())).toEqual([]);
  });

  it.each<[string, Partial<CandidateExpert>, Partial<TaskSlot>, Constraint]>([
    ['paused', { status: 'paused' }, {}, Constraint.NotActive],
    ['no agreement', { agreementInForce: false }, {}, Constraint.NoAgreement],
    ['agreements to accept', { agreementsDue: true }, {}, Constraint.AgreementsDue],
    [
      'no criminal-record extract for a task with minors',
      {},
      { worksWithMinors: true },
      Constraint.RecordCheck,
    ],
    [
      'an extract older than six months on the day',
      { recordCheckDate: '2020-01-15' },
      { worksWithMinors: true },
      Constraint.RecordCheck,
    ],
    [
      'absent that day',
      { absences: [{ startsOn: '2027-03-01', endsOn: '2027-03-05' }] },
      {},
      Constraint.Absent,
    ],
    [
      'not on Tuesdays',
      { weekly: [{ weekday: 3, startsAt: '09:00', endsAt: '16:00' }] },
      {},
      Constraint.NotAvailable,
    ],
    [
      'Tuesday mornings only',
      { weekly: [{ weekday: 2, startsAt: '08:00', endsAt: '14:00' }] },
      {},
      Constraint.NotAvailable,
    ],
    [
      'booked within the travel buffer',
      { booked: [{ startsAt: new Date('2027-03-02T13:30:00Z'), endsAt: new Date('2027-03-02T14:30:00Z') }] },
      {},
      Constraint.Overlap,
    ],
    [
      'monthly limit reached',
      { maxTasksPerMonth: 2, tasksByMonth: { '2027-03': 2 } },
      {},
      Constraint.MonthlyLimit,
    ],
    ['language', { languages: ['sv'] }, {}, Constraint.Language],
    ['required area', { areas: ['cancer'] }, {}, Constraint.RequiredArea],
    ['tier', { tierRank: 1 }, { wishedTierRank: 3 }, Constraint.Tier],
    ['kind', { kinds: ['peer_supporter'] }, { requiredKinds: ['trained_expert'] }, Constraint.Kind],
    ['excluded by the order', {}, { excludedExpertIds: ['e1'] }, Constraint.ExcludedByOrder],
    [
      'will not work with a parent unit',
      { excludedUnitIds: ['psychiatry'] },
      {},
      Constraint.ExcludedByExpert,
    ],
    ['a minor on a task not for minors', { birthDate: '2010-06-01' }, {}, Constraint.Minor],
    ['remote only, task in person', { worksInPerson: false }, {}, Constraint.Mode],
    ['in person only, task remote', { worksRemote: false }, { mode: 'remote', place: null }, Constraint.Mode],
    ['beyond the travel radius', { travelRadiusKm: 20 }, { place: JAMSA }, Constraint.TravelRadius],
  ])('%s', (_name, e, s, constraint) => {
    expect(failedConstraints(expert(e), slot(s))).toEqual([constraint]);
  });

  it('lets a minor take a task marked suitable, and a remote task ignore distance and the buffer', () => {
    expect(failedConstraints(expert({ birthDate: '2010-06-01' }), slot({ suitableForMinors: true }))).toEqual(
      [],
    );
    const booked = [{ startsAt: new Date('2027-03-02T13:30:00Z'), endsAt: new Date('2027-03-02T14:30:00Z') }];
    expect(
      failedConstraints(
        expert({ booked, travelRadiusKm: 5, home: UTSJOKI }),
        slot({ mode: 'remote', place: null }),
      ),
    ).toEqual([]);
    // a booking that touches the buffer only for in-person tasks
    expect(failedConstraints(expert({ booked }), slot({ mode: 'remote' }))).toEqual([]);
  });

  it('lists every failure at once (for "why is X not on the list?")', () => {
    expect(failedConstraints(expert({ status: 'left', languages: ['en'], areas: [] }), slot())).toEqual([
      Constraint.NotActive,
      Constraint.Language,
      Constraint.RequiredArea,
    ]);
  });
});

describe('score', () => {
  const pool = { maxRecentHours: 40, maxRecentTasks: 10 };
  const term = (t: ReturnType<typeof scoreTerms>, name: ScoreTerm) => t.find((x) => x.term === name)!;

  it('explains each term with its value, weight and points', () => {
    const terms = scoreTerms(expert(), slot({ preferredAreas: ['cancer'] }), pool);
    expect(term(terms, ScoreTerm.AreaFit)).toEqual({
      term: ScoreTerm.AreaFit,
      value: 0.5,
      weight: 40,
      points: 20,
    });
    expect(term(terms, ScoreTerm.TaskType).value).toBe(1);
    expect(term(terms, ScoreTerm.Distance).value).toBe(1);
    expect(term(terms, ScoreTerm.Fairness).value).toBe(1);
    expect(terms.map((t) => t.term).sort()).toEqual(Object.values(ScoreTerm).sort());
  });

  it('prefers the one who has worked less lately, and never counts declines (they are not load)', () => {
    const busy = term(
      scoreTerms(expert({ recentHours: 40, recentTasks: 10 }), slot(), pool),
      ScoreTerm.Fairness,
    ).value;
    const idle = term(scoreTerms(expert(), slot(), pool), ScoreTerm.Fairness).value;
    expect(busy).toBe(0);
    expect(idle).toBe(1);
  });

  it('scores distance to the place, and ignores it for remote tasks', () => {
    const far = term(scoreTerms(expert({ home: JAMSA }), slot(), pool), ScoreTerm.Distance).value;
    expect(far).toBeGreaterThan(0.6);
    expect(far).toBeLessThan(0.75);
    expect(term(scoreTerms(expert({ home: UTSJOKI }), slot(), pool), ScoreTerm.Distance).value).toBe(0);
    expect(
      term(scoreTerms(expert({ home: UTSJOKI }), slot({ mode: 'remote' }), pool), ScoreTerm.Distance).value,
    ).toBe(1);
  });

  it('rewards continuity, a named wish and a mentor + trainee pair', () => {
    const s = slot({
      continuityExpertIds: ['e1'],
      wishedExpertId: 'e1',
      pairRequired: true,
      partnerTierCodes: ['basic'],
    });
    const terms = scoreTerms(expert({ tierCode: 'mentor' }), s, pool);
    expect(term(terms, ScoreTerm.Continuity).value).toBe(1);
    expect(term(terms, ScoreTerm.Wished).value).toBe(1);
    expect(term(terms, ScoreTerm.MentorPair).value).toBe(0.5);
    expect(term(scoreTerms(expert({ tierCode: 'trained' }), s, pool), ScoreTerm.MentorPair).value).toBe(0);
  });

  it('offers a mentorship pair the same time, on any task, and no one else for it', () => {
    const trainee = expert({ id: 'trainee', tierCode: 'basic', mentorshipPartnerIds: ['mentor'] });
    const withMentor = slot({ partnerExpertIds: ['mentor'], partnerTierCodes: ['mentor'] });
    expect(term(scoreTerms(trainee, withMentor, pool), ScoreTerm.MentorPair).value).toBe(1);
    expect(term(scoreTerms(trainee, slot({ partnerExpertIds: ['someone'] }), pool), ScoreTerm.MentorPair).value).toBe(0);
    // Another basic-tier expert gets no pair bonus from someone else's mentor unless the task asks for a pair.
    const other = expert({ id: 'other', tierCode: 'basic' });
    expect(term(scoreTerms(other, withMentor, pool), ScoreTerm.MentorPair).value).toBe(0);
    const ranked = rankCandidates([other, trainee], withMentor);
    expect(ranked[0].expertId).toBe('trainee');
  });

  it('ranks only those who pass, best first, with weights the coordinator sets', () => {
    const a = expert({ id: 'a', recentHours: 30, recentTasks: 8 });
    const b = expert({ id: 'b', areas: ['mental_health'], home: JAMSA });
    const c = expert({ id: 'c', status: 'paused' });
    const ranked = rankCandidates([a, b, c], slot({ preferredAreas: ['substance_use'] }));
    expect(ranked.map((r) => r.expertId).sort()).toEqual(['a', 'b']);
    const fairnessOnly = {
      ...DEFAULT_WEIGHTS,
      [ScoreTerm.AreaFit]: 0,
      [ScoreTerm.Distance]: 0,
      [ScoreTerm.TaskType]: 0,
    };
    expect(rankCandidates([a, b], slot(), fairnessOnly)[0].expertId).toBe('b');
    for (const r of ranked)
      expect(r.score).toBeCloseTo(
        r.terms.reduce((s, t) => s + t.points, 0),
        1,
      );
  });
});

describe('fast paths agree with the explained rules', () => {
  const arbExpert: fc.Arbitrary<Partial<CandidateExpert>> = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    status: fc.constantFrom('active', 'active', 'paused', 'left') as fc.Arbitrary<CandidateExpert['status']>,
    agreementInForce: fc.boolean(),
    agreementsDue: fc.boolean(),
    recordCheckDate: fc.constantFrom(null, '2026-01-10', '2026-06-30'),
    languages: fc.subarray(['fi', 'sv', 'en'], { minLength: 1 }),
    areas: fc.subarray(['mental_health', 'substance_use', 'cancer']),
    taskTypes: fc.subarray(['talk', 'workshop']),
    tierCode: fc.constantFrom('basic', 'trained', 'mentor'),
    tierRank: fc.integer({ min: 1, max: 3 }),
    worksRemote: fc.boolean(),
    worksInPerson: fc.boolean(),
    travelRadiusKm: fc.option(fc.integer({ min: 0, max: 200 })),
    home: fc.constantFrom(JKL, JAMSA, UTSJOKI),
    birthDate: fc.constantFrom('1980-05-05', '2010-06-01', '2009-03-02'),
    weekly: fc.array(
      fc.record({
        weekday: fc.integer({ min: 1, max: 7 }),
        startsAt: fc.constantFrom('08:00', '12:30', '13:00'),
        endsAt: fc.constantFrom('15:00', '16:00', '24:00'),
      }),
      { maxLength: 3 },
    ),
    absences: fc.constantFrom([], [{ startsOn: '2027-03-01', endsOn: '2027-03-05' }]),
    excludedUnitIds: fc.subarray(['ward', 'psychiatry', 'other']),
    booked: fc.constantFrom(
      [],
      [{ startsAt: new Date('2027-03-02T13:30:00Z'), endsAt: new Date('2027-03-02T14:00:00Z') }],
    ),
    tasksByMonth: fc.constantFrom<Record<string, number>>({}, { '2027-03': 4 }),
    recentHours: fc.integer({ min: 0, max: 40 }),
    recentTasks: fc.integer({ min: 0, max: 10 }),
  });
  const arbSlot = fc.record({
    mode: fc.constantFrom('in_person', 'remote', 'hybrid') as fc.Arbitrary<TaskSlot['mode']>,
    languageCode: fc.constantFrom('fi', 'sv', null),
    preferredAreas: fc.subarray(['substance_use', 'cancer']),
    wishedTierRank: fc.option(fc.integer({ min: 1, max: 3 })),
    excludedExpertIds: fc.subarray(['a', 'b']),
    suitableForMinors: fc.boolean(),
    worksWithMinors: fc.boolean(),
    wishedExpertId: fc.constantFrom(null, 'c'),
  });

  it('an expert may be offered exactly when no constraint fails', () => {
    fc.assert(
      fc.property(arbExpert, arbSlot, (e, s) => {
        const x = expert(e);
        const t = slot(s);
        expect(mayBeOffered(x, t)).toBe(failedConstraints(x, t).length === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('ranks by the same score the terms add up to, and spells out terms only for the first ones asked', () => {
    fc.assert(
      fc.property(fc.array(arbExpert, { minLength: 1, maxLength: 8 }), arbSlot, (list, s) => {
        const people = list.map((e, i) => expert({ ...e, id: `${e.id}${i}` }));
        const t = slot(s);
        const full = rankCandidates(people, t);
        const short = rankCandidates(people, t, DEFAULT_WEIGHTS, 1);
        expect(short.map((r) => [r.expertId, r.score])).toEqual(full.map((r) => [r.expertId, r.score]));
        for (const r of full) expect(r.score).toBe(totalScore(r.terms));
        short.forEach((r, i) => expect(r.terms.length).toBe(i < 1 ? 7 : 0));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a time’s place in the week as weekly availability is kept', () => {
    // Tuesday 13:00–15:00 Helsinki
    expect(weekMinutes(slot())).toEqual([2 * 1440 + 13 * 60, 2 * 1440 + 15 * 60]);
    // Sunday 22:00 until Monday 01:00 counts to the end of Sunday
    const late = slot({
      startsAt: new Date('2027-03-07T20:00:00Z'),
      endsAt: new Date('2027-03-07T23:00:00Z'),
    });
    expect(weekMinutes(late)).toEqual([7 * 1440 + 22 * 60, 8 * 1440]);
  });
});

describe('Gini coefficient', () => {
  it('is 0 for an even spread and grows as work concentrates', () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0, 10])).toBe(0.75);
    expect(gini([1, 2, 3, 4])).toBe(0.25);
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });
});

describe('batch suggestions', () => {
  /** Every feasible assignment, exhaustively: the best objective under the same model. */
  function bruteForce(slots: BatchSlot[], experts: BatchExpert[]): number {
    let best = 0;
    const chosen: Array<{ slotId: string; expertId: string; score: number }> = [];
    const used = new Map<string, number>();
    const days = new Set<string>();
    const walk = (si: number, ci: number, taken: number) => {
      if (si === slots.length) {
        best = Math.max(best, objectiveOf(chosen, experts));
        return;
      }
      const s = slots[si];
      if (ci === s.candidates.length || taken === s.need) {
        walk(si + 1, 0, 0);
        return;
      }
      walk(si, ci + 1, taken); // skip this candidate
      const c = s.candidates[ci];
      const e = experts.find((x) => x.id === c.expertId)!;
      const key = `${c.expertId}|${s.day}`;
      if ((used.get(c.expertId) ?? 0) < e.capacity && !days.has(key)) {
        used.set(c.expertId, (used.get(c.expertId) ?? 0) + 1);
        days.add(key);
        chosen.push({ slotId: s.id, expertId: c.expertId, score: c.score });
        walk(si, ci + 1, taken + 1);
        chosen.pop();
        days.delete(key);
        used.set(c.expertId, used.get(c.expertId)! - 1);
      }
    };
    walk(0, 0, 0);
    return best;
  }

  const caseArb = fc
    .record({
      experts: fc.array(
        fc.record({ capacity: fc.integer({ min: 0, max: 3 }), load: fc.integer({ min: 0, max: 6 }) }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      slots: fc.array(
        fc.record({
          need: fc.integer({ min: 1, max: 2 }),
          day: fc.constantFrom('2027-03-02', '2027-03-03'),
          scores: fc.array(fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }), {
            minLength: 4,
            maxLength: 4,
          }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ experts, slots }) => ({
      experts: experts.map((e, i) => ({ id: `x${i}`, ...e })),
      slots: slots.map((s, i) => ({
        id: `s${i}`,
        need: s.need,
        day: s.day,
        candidates: s.scores
          .slice(0, experts.length)
          .map((score, ei) => (score === undefined ? null : { expertId: `x${ei}`, score }))
          .filter((c): c is { expertId: string; score: number } => c !== null),
      })),
    }));

  it('matches brute force on small cases', () => {
    fc.assert(
      fc.property(caseArb, ({ slots, experts }) => {
        const r = suggestBatch(slots, experts);
        // feasible: capacities, one time a day, no more than needed, only candidates
        const per = new Map<string, number>();
        const days = new Set<string>();
        for (const a of r.assignments) {
          per.set(a.expertId, (per.get(a.expertId) ?? 0) + 1);
          const s = slots.find((x) => x.id === a.slotId)!;
          expect(s.candidates.some((c) => c.expertId === a.expertId)).toBe(true);
          const key = `${a.expertId}|${s.day}`;
          expect(days.has(key)).toBe(false);
          days.add(key);
        }
        for (const e of experts) expect(per.get(e.id) ?? 0).toBeLessThanOrEqual(e.capacity);
        for (const s of slots)
          expect(r.assignments.filter((a) => a.slotId === s.id).length).toBeLessThanOrEqual(s.need);
        expect(objectiveOf(r.assignments, experts)).toBeCloseTo(bruteForce(slots, experts), 6);
      }),
      { numRuns: 300 },
    );
  });

  it('spreads work: with equal fit, two times go to two people, not one', () => {
    const experts = [
      { id: 'a', capacity: 4, load: 0 },
      { id: 'b', capacity: 4, load: 0 },
    ];
    const slots = [
      {
        id: 's1',
        need: 1,
        day: '2027-03-02',
        candidates: [
          { expertId: 'a', score: 80 },
          { expertId: 'b', score: 79 },
        ],
      },
      {
        id: 's2',
        need: 1,
        day: '2027-03-03',
        candidates: [
          { expertId: 'a', score: 80 },
          { expertId: 'b', score: 79 },
        ],
      },
    ];
    const r = suggestBatch(slots, experts);
    expect(new Set(r.assignments.map((a) => a.expertId))).toEqual(new Set(['a', 'b']));
    expect(r.unfilled).toEqual([]);
  });

  it('reports what it could not fill', () => {
    const r = suggestBatch(
      [{ id: 's1', need: 2, day: '2027-03-02', candidates: [{ expertId: 'a', score: 50 }] }],
      [{ id: 'a', capacity: 1, load: 0 }],
    );
    expect(r.unfilled).toEqual([{ slotId: 's1', missing: 1 }]);
  });
});
