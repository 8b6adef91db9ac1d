import fc from 'fast-check';
import {
  attendanceEnough,
  ageOn,
  agreementsDue,
  allowedMoves,
  ApplicationMove,
  ApplicationStep,
  firstStep,
  isOpen,
  mayReceiveOffers,
  nextStep,
  ownerOfStep,
  recordCheckProblem,
  recordCheckValidOn,
  recordCheckValidUntil,
  recruitmentOn,
  roundsOverlap,
  silenceAction,
  stepBusinessDays,
  StepOwner,
  MentorshipPairProblem,
  mentorshipPairProblem,
  mentorshipProgress,
  orientationMissing,
  moveSetsInterview,
  certificateType,
  certificateProblem,
  MAX_CERTIFICATES,
} from './onboarding.rules';

const STEPS = Object.values(ApplicationStep);
const MOVES = Object.values(ApplicationMove);

describe('the application pipeline', () => {
  it('takes the usual path from a confirmed application to an active expert', () => {
    let step = ApplicationStep.Received;
    for (const move of [
      ApplicationMove.StartScreening,
      ApplicationMove.InviteToInterview,
      ApplicationMove.PassInterview,
      ApplicationMove.CompleteTraining,
      ApplicationMove.CompleteOrientation,
      ApplicationMove.Activate,
    ]) {
      const next = nextStep(step, move);
      expect(next).not.toBeNull();
      step = next!;
    }
    expect(step).toBe(ApplicationStep.Active);
  });

  it('lets earlier training count, from the interview or from training', () => {
    expect(nextStep(ApplicationStep.Interview, ApplicationMove.AcceptPriorTraining)).toBe(
      ApplicationStep.Orientation,
    );
    expect(nextStep(ApplicationStep.Training, ApplicationMove.AcceptPriorTraining)).toBe(
      ApplicationStep.Orientation,
    );
    expect(nextStep(ApplicationStep.Screening, ApplicationMove.AcceptPriorTraining)).toBeNull();
  });

  it('never reaches active without passing orientation and the agreements (any sequence of moves)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STEPS),
        fc.array(fc.constantFrom(...MOVES), { maxLength: 30 }),
        (start, moves) => {
          let step = start;
          const seen = [step];
          for (const move of moves) {
            const next = nextStep(step, move);
            if (next) {
              step = next;
              seen.push(step);
            }
          }
          if (step === ApplicationStep.Active && start !== ApplicationStep.Active) {
            const i = seen.indexOf(ApplicationStep.Active);
            expect(seen[i - 1]).toBe(ApplicationStep.Agreements);
            if (start !== ApplicationStep.Agreements) expect(seen).toContain(ApplicationStep.Orientation);
          }
        },
      ),
    );
  });

  it('ends in active, rejected or closed with no way on, and a minor is never rejected before the guardian answers', () => {
    for (const end of [ApplicationStep.Active, ApplicationStep.Rejected, ApplicationStep.Closed])
      expect(allowedMoves(end)).toEqual([]);
    expect(nextStep(ApplicationStep.AwaitingGuardian, ApplicationMove.Reject)).toBeNull();
    expect(nextStep(ApplicationStep.AwaitingGuardian, ApplicationMove.Close)).toBe(ApplicationStep.Closed);
  });

  it('gives every open step an owner and a due date, and none to a closed one', () => {
    for (const step of STEPS) {
      expect(stepBusinessDays(step) !== null).toBe(isOpen(step));
      expect(ownerOfStep(step) !== StepOwner.Nobody).toBe(isOpen(step));
    }
    expect(ownerOfStep(ApplicationStep.Agreements)).toBe(StepOwner.Applicant);
    expect(stepBusinessDays(ApplicationStep.Screening, { [ApplicationStep.Screening]: 2 })).toBe(2);
  });

  it('sends a minor to the guardian first, counting whole years', () => {
    expect(ageOn('2008-12-07', '2026-12-06')).toBe(17);
    expect(ageOn('2008-12-06', '2026-12-06')).toBe(18);
    expect(firstStep('2008-12-07', '2026-12-06')).toBe(ApplicationStep.AwaitingGuardian);
    expect(firstStep('1980-02-29', '2026-12-06')).toBe(ApplicationStep.Received);
  });
});

describe('recruitment rounds', () => {
  const spring = { id: 'spring', opensOn: '2027-02-01', closesOn: '2027-02-28', quota: 2 };
  const autumn = { id: 'autumn', opensOn: '2027-09-01', closesOn: '2027-09-30', quota: null };

  it('is always open without rounds', () => {
    expect(recruitmentOn([], '2027-01-01', () => 0)).toEqual({ open: true, round: null });
  });

  it('is open inside a round, on its first and last day', () => {
    expect(recruitmentOn([autumn, spring], '2027-02-01', () => 0)).toEqual({ open: true, round: spring });
    expect(recruitmentOn([autumn, spring], '2027-02-28', () => 1)).toEqual({ open: true, round: spring });
  });

  it('between rounds tells when the next opens; a full quota closes the round early', () => {
    expect(recruitmentOn([autumn, spring], '2027-03-01', () => 0)).toEqual({
      open: false,
      reason: 'between_rounds',
      nextOpensOn: '2027-09-01',
    });
    expect(recruitmentOn([autumn, spring], '2027-02-10', (id) => (id === 'spring' ? 2 : 0))).toEqual({
      open: false,
      reason: 'quota_full',
      nextOpensOn: '2027-09-01',
    });
    expect(recruitmentOn([spring], '2027-10-01', () => 0)).toEqual({
      open: false,
      reason: 'between_rounds',
      nextOpensOn: null,
    });
  });

  it('finds overlapping rounds', () => {
    expect(roundsOverlap(spring, autumn)).toBe(false);
    expect(roundsOverlap(spring, { ...autumn, opensOn: '2027-02-28' })).toBe(true);
  });
});

describe('the criminal-record extract', () => {
  it('counts for six months, to the same day or the month’s end', () => {
    expect(recordCheckValidUntil('2026-06-15')).toBe('2026-12-15');
    expect(recordCheckValidUntil('2026-08-31')).toBe('2027-02-28');
    expect(recordCheckValidUntil('2027-08-31')).toBe('2028-02-29');
    expect(recordCheckValidOn('2026-06-15', '2026-12-15')).toBe(true);
    expect(recordCheckValidOn('2026-06-15', '2026-12-16')).toBe(false);
    expect(recordCheckValidOn(null, '2026-12-16')).toBe(false);
    expect(recordCheckValidOn('2026-12-17', '2026-12-16')).toBe(false);
  });

  it('always counts for six calendar months: 181 to 184 days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const until = recordCheckValidUntil(day);
          const days = (Date.parse(until) - Date.parse(day)) / 86_400_000;
          expect(days).toBeGreaterThanOrEqual(181);
          expect(days).toBeLessThanOrEqual(184);
        },
      ),
    );
  });

  it('refuses an extract from the future or already expired', () => {
    expect(recordCheckProblem('2026-12-07', '2026-12-06')).toMatch(/future/);
    expect(recordCheckProblem('2026-05-01', '2026-12-06')).toMatch(/six months/);
    expect(recordCheckProblem('2026-11-20', '2026-12-06')).toBeNull();
  });
});

describe('agreements and re-acceptance', () => {
  const contract = (version: number, requiresReacceptance = false) => ({
    documentId: 'contract',
    version,
    requiresReacceptance,
    required: true,
  });
  const optional = { documentId: 'newsletter', version: 1, requiresReacceptance: false, required: false };

  it('asks for every required document never accepted', () => {
    expect(agreementsDue([contract(1), optional], [])).toEqual(['contract']);
    expect(mayReceiveOffers([contract(1), optional], [{ documentId: 'contract', version: 1 }])).toBe(true);
  });

  it('keeps an old acceptance when the new version does not ask again', () => {
    expect(agreementsDue([contract(1), contract(2)], [{ documentId: 'contract', version: 1 }])).toEqual([]);
  });

  it('asks again when a newer version requires it, even if a later version does not', () => {
    const versions = [contract(1), contract(2, true), contract(3)];
    expect(agreementsDue(versions, [{ documentId: 'contract', version: 1 }])).toEqual(['contract']);
    expect(agreementsDue(versions, [{ documentId: 'contract', version: 2 }])).toEqual([]);
    expect(mayReceiveOffers(versions, [{ documentId: 'contract', version: 1 }])).toBe(false);
  });
});

describe('an applicant who does not answer', () => {
  it('is reminded, then the application closes', () => {
    expect(silenceAction('2026-11-01', '2026-11-10', 14, 28)).toBe('none');
    expect(silenceAction('2026-11-01', '2026-11-15', 14, 28)).toBe('remind');
    expect(silenceAction('2026-11-01', '2026-11-29', 14, 28)).toBe('close');
  });
});

describe('course completion', () => {
  it('needs 80 % of the sessions, rounded up', () => {
    expect(attendanceEnough(4, 5)).toBe(true);
    expect(attendanceEnough(3, 5)).toBe(false);
    expect(attendanceEnough(8, 10)).toBe(true);
    expect(attendanceEnough(7, 10)).toBe(false);
    expect(attendanceEnough(1, 1)).toBe(true);
    expect(attendanceEnough(0, 1)).toBe(false);
    expect(attendanceEnough(2, 3)).toBe(false); // 2.4 → 3
    expect(attendanceEnough(0, 0)).toBe(true);
  });
});

describe('the mentoring path', () => {
  const mentor = { status: 'active', tierCode: 'mentor' };
  const trainee = { status: 'orientation', tierCode: 'basic' };

  it('pairs an active mentor-tier expert with a trainee who is not a mentor', () => {
    expect(mentorshipPairProblem('m', 't', mentor, trainee)).toBeNull();
    expect(mentorshipPairProblem('m', 't', mentor, { status: 'active', tierCode: 'trained' })).toBeNull();
    expect(mentorshipPairProblem('m', 'm', mentor, mentor)).toBe(MentorshipPairProblem.SamePerson);
    expect(mentorshipPairProblem('m', 't', { status: 'active', tierCode: 'advanced' }, trainee)).toBe(
      MentorshipPairProblem.MentorNotQualified,
    );
    expect(mentorshipPairProblem('m', 't', { status: 'paused', tierCode: 'mentor' }, trainee)).toBe(
      MentorshipPairProblem.MentorNotQualified,
    );
    expect(mentorshipPairProblem('m', 't', mentor, { status: 'left', tierCode: 'basic' })).toBe(
      MentorshipPairProblem.TraineeNotEligible,
    );
    expect(mentorshipPairProblem('m', 't', mentor, { status: 'active', tierCode: 'mentor' })).toBe(
      MentorshipPairProblem.TraineeNotEligible,
    );
  });

  it('is ready only when enough tasks are approved, whatever else was assessed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (marks, required) => {
          const p = mentorshipProgress(
            marks.map((approved) => ({ approved })),
            required,
          );
          expect(p.assessed).toBe(marks.length);
          expect(p.ready).toBe(marks.filter(Boolean).length >= required);
        },
      ),
    );
  });
});

describe('the orientation checklist', () => {
  it('is complete when every item in force is done, whatever else was ticked', () => {
    expect(orientationMissing(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
    expect(orientationMissing(['a', 'b'], ['a', 'b', 'retired'])).toEqual([]);
    expect(orientationMissing([], [])).toEqual([]);
  });
});

describe('the interview time', () => {
  it('is set by inviting and by rescheduling, which keeps the application at the interview', () => {
    expect(nextStep(ApplicationStep.Interview, ApplicationMove.RescheduleInterview)).toBe(
      ApplicationStep.Interview,
    );
    expect(nextStep(ApplicationStep.Screening, ApplicationMove.RescheduleInterview)).toBeNull();
    expect(allowedMoves(ApplicationStep.Interview)).toContain(ApplicationMove.RescheduleInterview);
    expect(Object.values(ApplicationMove).filter(moveSetsInterview)).toEqual([
      ApplicationMove.InviteToInterview,
      ApplicationMove.RescheduleInterview,
    ]);
  });
});

describe('certificates of earlier training', () => {
  const pdf = Buffer.from('%PDF-1.7\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

  it('takes a PDF or a photo whose first bytes are what the type says', () => {
    expect(certificateType('application/pdf', pdf)).toBe('application/pdf');
    expect(certificateType('image/PNG; charset=binary', png)).toBe('image/png');
    expect(certificateType('image/jpeg', jpeg)).toBe('image/jpeg');
  });

  it('refuses other types and files that are not what they say', () => {
    expect(certificateType('text/html', Buffer.from('<html>'))).toBeNull();
    expect(certificateType(undefined, pdf)).toBeNull();
    expect(certificateType('application/pdf', Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(certificateType('image/png', jpeg)).toBeNull();
    expect(certificateType('application/pdf', Buffer.alloc(0))).toBeNull();
  });

  it('adds to an open application up to the limit, never to a closed one', () => {
    expect(certificateProblem(ApplicationStep.Received, 0)).toBeNull();
    expect(certificateProblem(ApplicationStep.Received, MAX_CERTIFICATES - 1)).toBeNull();
    expect(certificateProblem(ApplicationStep.Received, MAX_CERTIFICATES)).toBe('limit');
    for (const step of STEPS.filter((s) => !isOpen(s))) expect(certificateProblem(step, 0)).toBe('closed');
  });
});
