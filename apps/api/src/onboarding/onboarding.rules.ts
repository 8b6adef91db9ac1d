// Onboarding: pure rules (no database, no framework). From a public application to an active expert:
// the pipeline's steps, recruitment rounds, the criminal-record check's validity and agreement re-acceptance.
import { addDays, type IsoDate } from '../common/business-days';

// ------------------------------------------------------------------ the application's path

/** Where an application is. Every step but the last three has one owner and a due date. */
export enum ApplicationStep {
  /** An applicant under 18: the guardian is asked for consent by e-mail before anything else. */
  AwaitingGuardian = 'awaiting_guardian',
  /** Confirmed by e-mail; waits for a coordinator to pick it up. */
  Received = 'received',
  /** A coordinator reads it (and may reject it with a reason and a kind letter). */
  Screening = 'screening',
  /** A time is offered and confirmed; the notes stay with the coordinators. */
  Interview = 'interview',
  /** Enrolled on a course, or earlier training accepted. */
  Training = 'training',
  /** Perehdytys: the county's checklist (confidentiality, ethics, safety, fees and tax card, declining and pausing). */
  Orientation = 'orientation',
  /** The assignment agreement, the confidentiality pledge and the rest are read and accepted. */
  Agreements = 'agreements',
  /** In the registry, with an account. */
  Active = 'active',
  Rejected = 'rejected',
  /** Withdrawn by the applicant, or closed after no answer. */
  Closed = 'closed',
}

export enum ApplicationMove {
  GuardianConsented = 'guardian_consented',
  StartScreening = 'start_screening',
  InviteToInterview = 'invite_to_interview',
  /** Another interview time (the applicant asked, or the coordinator had to move it). */
  RescheduleInterview = 'reschedule_interview',
  /** Interviewed and suitable: on to training. */
  PassInterview = 'pass_interview',
  /** Earlier training counts: training is skipped to orientation. */
  AcceptPriorTraining = 'accept_prior_training',
  CompleteTraining = 'complete_training',
  CompleteOrientation = 'complete_orientation',
  /** Every required agreement accepted in its current version: the person becomes an active expert. */
  Activate = 'activate',
  Reject = 'reject',
  /** The applicant withdraws, or did not answer in time. */
  Close = 'close',
}

/** Who has the application at each step. */
export enum StepOwner {
  Guardian = 'guardian',
  Coordinator = 'coordinator',
  Applicant = 'applicant',
  Nobody = 'nobody',
}

const OPEN_STEPS = [
  ApplicationStep.AwaitingGuardian,
  ApplicationStep.Received,
  ApplicationStep.Screening,
  ApplicationStep.Interview,
  ApplicationStep.Training,
  ApplicationStep.Orientation,
  ApplicationStep.Agreements,
];

const TRANSITIONS: Record<ApplicationMove, Partial<Record<ApplicationStep, ApplicationStep>>> = {
  [ApplicationMove.GuardianConsented]: { [ApplicationStep.AwaitingGuardian]: ApplicationStep.Received },
  [ApplicationMove.StartScreening]: { [ApplicationStep.Received]: ApplicationStep.Screening },
  [ApplicationMove.InviteToInterview]: { [ApplicationStep.Screening]: ApplicationStep.Interview },
  [ApplicationMove.RescheduleInterview]: { [ApplicationStep.Interview]: ApplicationStep.Interview },
  [ApplicationMove.PassInterview]: { [ApplicationStep.Interview]: ApplicationStep.Training },
  [ApplicationMove.AcceptPriorTraining]: {
    [ApplicationStep.Interview]: ApplicationStep.Orientation,
    [ApplicationStep.Training]: ApplicationStep.Orientation,
  },
  [ApplicationMove.CompleteTraining]: { [ApplicationStep.Training]: ApplicationStep.Orientation },
  [ApplicationMove.CompleteOrientation]: { [ApplicationStep.Orientation]: ApplicationStep.Agreements },
  [ApplicationMove.Activate]: { [ApplicationStep.Agreements]: ApplicationStep.Active },
  [ApplicationMove.Reject]: Object.fromEntries(
    OPEN_STEPS.filter((s) => s !== ApplicationStep.AwaitingGuardian).map((s) => [
      s,
      ApplicationStep.Rejected,
    ]),
  ),
  [ApplicationMove.Close]: Object.fromEntries(OPEN_STEPS.map((s) => [s, ApplicationStep.Closed])),
};

/** The step after a move, or null when the move is not allowed from this step. */
export function nextStep(step: ApplicationStep, move: ApplicationMove): ApplicationStep | null {
  return TRANSITIONS[move][step] ?? null;
}

export function allowedMoves(step: ApplicationStep): ApplicationMove[] {
  return (Object.keys(TRANSITIONS) as ApplicationMove[]).filter((m) => TRANSITIONS[m][step] !== undefined);
}

export function isOpen(step: ApplicationStep): boolean {
  return OPEN_STEPS.includes(step);
}

export function ownerOfStep(step: ApplicationStep): StepOwner {
  switch (step) {
    case ApplicationStep.AwaitingGuardian:
      return StepOwner.Guardian;
    case ApplicationStep.Agreements:
      return StepOwner.Applicant;
    case ApplicationStep.Active:
    case ApplicationStep.Rejected:
    case ApplicationStep.Closed:
      return StepOwner.Nobody;
    default:
      return StepOwner.Coordinator;
  }
}

/** Business days each step may take before its owner is reminded (configurable; defaults in docs/onboarding.md). */
export type StepDays = Partial<Record<ApplicationStep, number>>;

export const DEFAULT_STEP_DAYS: StepDays = {
  [ApplicationStep.AwaitingGuardian]: 10,
  [ApplicationStep.Received]: 3,
  [ApplicationStep.Screening]: 5,
  [ApplicationStep.Interview]: 10,
  [ApplicationStep.Training]: 60,
  [ApplicationStep.Orientation]: 15,
  [ApplicationStep.Agreements]: 10,
};

/** Business days the owner of this step has, or null when nobody has the application. */
export function stepBusinessDays(step: ApplicationStep, days: StepDays = DEFAULT_STEP_DAYS): number | null {
  return isOpen(step) ? (days[step] ?? DEFAULT_STEP_DAYS[step] ?? null) : null;
}

/** A move that sets the interview time and place (the applicant gets a letter with a link to answer). */
export function moveSetsInterview(move: ApplicationMove): boolean {
  return move === ApplicationMove.InviteToInterview || move === ApplicationMove.RescheduleInterview;
}

export enum InterviewAnswer {
  Confirmed = 'confirmed',
  OtherTime = 'other_time',
}

/** A move needs a reason the applicant is told (rejecting) or the timeline keeps (closing). */
export function moveNeedsReason(move: ApplicationMove): boolean {
  return move === ApplicationMove.Reject || move === ApplicationMove.Close;
}

/** Only one step of the path is the applicant's own doing (the agreements); the rest are the coordinators'. */
export function movedByCoordinator(move: ApplicationMove): boolean {
  return move !== ApplicationMove.GuardianConsented && move !== ApplicationMove.Activate;
}

// ------------------------------------------------------------------ who may apply

/** Whole years between a birth date and a day (both ISO dates). */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The first step of a confirmed application: a minor's waits for the guardian's consent. */
export function firstStep(birthDate: IsoDate, today: IsoDate): ApplicationStep {
  return ageOn(birthDate, today) < 18 ? ApplicationStep.AwaitingGuardian : ApplicationStep.Received;
}

// ------------------------------------------------------------------ recruitment rounds

export interface RecruitmentRound {
  id: string;
  /** First and last day the form is open (Helsinki dates, inclusive). */
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** At most this many confirmed applications; null = no quota. */
  quota: number | null;
}

export type Recruitment =
  | { open: true; round: RecruitmentRound | null }
  | { open: false; reason: 'between_rounds' | 'quota_full'; nextOpensOn: IsoDate | null };

/**
 * Whether the form takes applications today. Recruitment is always open when the county has no rounds;
 * with rounds, only inside one whose quota is not yet full, and otherwise the form says when the next opens.
 */
export function recruitmentOn(
  rounds: RecruitmentRound[],
  today: IsoDate,
  confirmedIn: (roundId: string) => number,
): Recruitment {
  if (rounds.length === 0) return { open: true, round: null };
  const sorted = [...rounds].sort((a, b) => (a.opensOn < b.opensOn ? -1 : a.opensOn > b.opensOn ? 1 : 0));
  const current = sorted.filter((r) => r.opensOn <= today && today <= r.closesOn);
  const withRoom = current.find((r) => r.quota === null || confirmedIn(r.id) < r.quota);
  if (withRoom) return { open: true, round: withRoom };
  const next = sorted.find((r) => r.opensOn > today);
  return {
    open: false,
    reason: current.length ? 'quota_full' : 'between_rounds',
    nextOpensOn: next?.opensOn ?? null,
  };
}

/** Two rounds overlap when one opens before the other closes (the admin may not save such a pair). */
export function roundsOverlap(a: RecruitmentRound, b: RecruitmentRound): boolean {
  return a.opensOn <= b.closesOn && b.opensOn <= a.closesOn;
}

// ------------------------------------------------------------------ criminal-record extract (Act 504/2002)

/** How long a seen extract counts for matching, in months (the practice under the act). */
export const RECORD_CHECK_VALID_MONTHS = 6;

/** The last day an extract dated `extractDate` counts: the same day of the month six months later (or the month's end). */
export function recordCheckValidUntil(extractDate: IsoDate): IsoDate {
  const [y, m, d] = extractDate.split('-').map(Number);
  const month0 = m - 1 + RECORD_CHECK_VALID_MONTHS;
  const year = y + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a person with this latest extract may be matched to a task with minors on `taskDay`. */
export function recordCheckValidOn(extractDate: IsoDate | null, taskDay: IsoDate): boolean {
  if (!extractDate || extractDate > taskDay) return false;
  return taskDay <= recordCheckValidUntil(extractDate);
}

/** The extract's date cannot be in the future, nor older than its validity when it is recorded. */
export function recordCheckProblem(extractDate: IsoDate, today: IsoDate): string | null {
  if (extractDate > today) return 'The extract cannot be dated in the future.';
  if (recordCheckValidUntil(extractDate) < today) return 'The extract is older than six months.';
  return null;
}

// ------------------------------------------------------------------ agreements

export interface AgreementVersion {
  documentId: string;
  version: number;
  /** A new version with this set must be accepted again before new offers; otherwise the old acceptance holds. */
  requiresReacceptance: boolean;
  /** Required of every active expert (the assignment agreement, the confidentiality pledge…). */
  required: boolean;
}

export interface Acceptance {
  documentId: string;
  version: number;
}

/**
 * The documents a person must still accept, given every version published so far and their acceptances:
 * a required document never accepted, or accepted only in a version older than the latest version that
 * asks for re-acceptance.
 */
export function agreementsDue(versions: AgreementVersion[], acceptances: Acceptance[]): string[] {
  const byDocument = new Map<string, AgreementVersion[]>();
  for (const v of versions) byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), v]);
  const due: string[] = [];
  for (const [documentId, list] of byDocument) {
    const latest = list.reduce((a, b) => (b.version > a.version ? b : a));
    if (!latest.required) continue;
    const accepted = acceptances.filter((a) => a.documentId === documentId).map((a) => a.version);
    if (!accepted.length) {
      due.push(documentId);
      continue;
    }
    const newestAccepted = Math.max(...accepted);
    const mustHave = Math.max(0, ...list.filter((v) => v.requiresReacceptance).map((v) => v.version));
    if (newestAccepted < mustHave) due.push(documentId);
  }
  return due.sort();
}

/** New offers wait until nothing is due. */
export function mayReceiveOffers(versions: AgreementVersion[], acceptances: Acceptance[]): boolean {
  return agreementsDue(versions, acceptances).length === 0;
}

// ------------------------------------------------------------------ an applicant who does not answer

/**
 * What to do about an application waiting on the applicant (or the guardian) since `waitingSince`:
 * remind after `remindAfterDays`, close after `closeAfterDays` (calendar days; the notice says so).
 */
export function silenceAction(
  waitingSince: IsoDate,
  today: IsoDate,
  remindAfterDays: number,
  closeAfterDays: number,
): 'none' | 'remind' | 'close' {
  if (today >= addDays(waitingSince, closeAfterDays)) return 'close';
  if (today >= addDays(waitingSince, remindAfterDays)) return 'remind';
  return 'none';
}

// ------------------------------------------------------------------ courses

export enum CourseKind {
  /** The basic course for experts by experience. */
  Basic = 'basic',
  Further = 'further',
  /** Trains mentors: completing it counts as mentor training for the tier. */
  Mentor = 'mentor',
  /** Trained together with professionals (yhteiskoulutus). */
  CoTraining = 'co_training',
}

/** The share of a course's sessions a person must attend to complete it. */
export const COMPLETION_ATTENDANCE = 0.8;

/** Whether `attended` of `sessions` is enough to complete a course (a course without sessions asks none). */
export function attendanceEnough(attended: number, sessions: number): boolean {
  return sessions === 0 || attended >= Math.ceil(sessions * COMPLETION_ATTENDANCE - 1e-9);
}

/** The mentoring path (seed 003): a trainee goes to tasks with a mentor, who assesses each one. */
export enum MentorshipStatus {
  Active = 'active',
  Completed = 'completed',
  Ended = 'ended',
}

/** Tasks done together and approved by the mentor before the coordinator may move the trainee on. */
export const MENTORED_TASKS_DEFAULT = 3;
export const MENTORED_TASKS_MAX = 20;

export interface MentorshipPerson {
  status: string;
  tierCode: string | null;
}

export enum MentorshipPairProblem {
  SamePerson = 'same_person',
  MentorNotQualified = 'mentor_not_qualified',
  TraineeNotEligible = 'trainee_not_eligible',
}

/**
 * Whether these two may be paired: the mentor is active with the mentor tier (never typed: derived from
 * their training); the trainee is active or in orientation and not a mentor themself.
 */
export function mentorshipPairProblem(
  mentorId: string,
  traineeId: string,
  mentor: MentorshipPerson,
  trainee: MentorshipPerson,
): MentorshipPairProblem | null {
  if (mentorId === traineeId) return MentorshipPairProblem.SamePerson;
  if (mentor.status !== 'active' || mentor.tierCode !== 'mentor') return MentorshipPairProblem.MentorNotQualified;
  if (!['active', 'orientation'].includes(trainee.status) || trainee.tierCode === 'mentor')
    return MentorshipPairProblem.TraineeNotEligible;
  return null;
}

/** How far the trainee is: approved tasks against the number asked; ready when enough are approved. */
export function mentorshipProgress(
  assessments: ReadonlyArray<{ approved: boolean }>,
  required: number,
): { approved: number; assessed: number; required: number; ready: boolean } {
  const approved = assessments.filter((a) => a.approved).length;
  return { approved, assessed: assessments.length, required, ready: approved >= required };
}

/** The orientation checklist items (in force) not yet done: orientation is complete when none is left. */
export function orientationMissing(itemIds: readonly string[], doneIds: readonly string[]): string[] {
  const done = new Set(doneIds);
  return itemIds.filter((id) => !done.has(id));
}

// ------------------------------------------------------------------------------- certificates

/** The files an applicant may add as a certificate of earlier training: a PDF or a photo of the paper. */
export const CERTIFICATE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];
export const MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;
export const MAX_CERTIFICATES = 5;

const SIGNATURES: Record<CertificateType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/**
 * The certificate's type when the declared type is one we take and the file's first bytes are that type
 * (a renamed program or web page is refused); null otherwise.
 */
export function certificateType(declared: string | undefined, head: Uint8Array): CertificateType | null {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (!(CERTIFICATE_TYPES as readonly string[]).includes(type)) return null;
  const signature = SIGNATURES[type as CertificateType];
  return signature.every((byte, i) => head[i] === byte) ? (type as CertificateType) : null;
}

/** Why one more certificate cannot be added, or null: the application is closed, or it has enough. */
export function certificateProblem(step: ApplicationStep, count: number): 'closed' | 'limit' | null {
  if (!isOpen(step)) return 'closed';
  return count >= MAX_CERTIFICATES ? 'limit' : null;
}
