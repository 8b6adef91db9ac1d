import { TZDate } from '@date-fns/tz';
import { addBusinessDays, helsinkiDate, helsinkiInstant } from '../common/business-days';

// ------------------------------------------------------------------------------- debrief requests

/** An expert's "I would like to talk to someone": open until a coordinator takes it, then done. */
export enum DebriefStatus {
  Open = 'open',
  Taken = 'taken',
  Done = 'done',
}

export enum DebriefMove {
  /** A coordinator takes it on (also from another coordinator who took it). */
  Take = 'take',
  /** The talk was had, or the expert was reached and needs nothing more. */
  Done = 'done',
}

/** How the expert would like to be reached. */
export enum DebriefContact {
  Phone = 'phone',
  Meeting = 'meeting',
  Message = 'message',
}

const DEBRIEF_MOVES: Record<DebriefMove, Partial<Record<DebriefStatus, DebriefStatus>>> = {
  [DebriefMove.Take]: {
    [DebriefStatus.Open]: DebriefStatus.Taken,
    [DebriefStatus.Taken]: DebriefStatus.Taken,
  },
  [DebriefMove.Done]: { [DebriefStatus.Open]: DebriefStatus.Done, [DebriefStatus.Taken]: DebriefStatus.Done },
};

export function debriefNext(status: DebriefStatus, move: DebriefMove): DebriefStatus | null {
  return DEBRIEF_MOVES[move][status] ?? null;
}

export function debriefMoves(status: DebriefStatus): DebriefMove[] {
  return (Object.keys(DEBRIEF_MOVES) as DebriefMove[]).filter((m) => DEBRIEF_MOVES[m][status] !== undefined);
}

/**
 * When a debrief request is due: one business day after it was made, at the same Helsinki time of day (a
 * request on Friday evening or a Saturday is due on Monday at that time; a holiday is skipped).
 */
export function debriefDueAt(requestedAt: Date): Date {
  const local = new TZDate(requestedAt.getTime(), 'Europe/Helsinki');
  const day = addBusinessDays(helsinkiDate(requestedAt), 1);
  return helsinkiInstant(day, local.getHours(), local.getMinutes());
}

/** Escalated once: still open (nobody took it) when its due moment has come. */
export function debriefOverdue(
  r: { status: DebriefStatus; dueAt: Date; escalatedAt: Date | null },
  now: Date,
): boolean {
  return r.status === DebriefStatus.Open && r.escalatedAt === null && r.dueAt.getTime() <= now.getTime();
}

// ------------------------------------------------------------------------------- questionnaires

/** Whom an instrument asks. */
export enum QuestionnaireAudience {
  /** The ordering unit, after a delivered task. */
  Orderer = 'orderer',
  /** The expert, after a delivered task. */
  Expert = 'expert',
  /** The participants (the audience), anonymously by a QR code. */
  Participant = 'participant',
  /** A standing instrument such as THL's participation indicator (asked at joining and yearly). */
  Indicator = 'indicator',
}

/** How an item is answered. Every scale runs 1–5. */
export enum ItemKind {
  /** 1 = disagree entirely … 5 = agree entirely. */
  Scale = 'scale',
  /** Five faces, usable by children: 1 = very sad … 5 = very happy. */
  Emoji = 'emoji',
  /** How heavy the task was: 1 = light … 5 = very heavy. */
  Load = 'load',
  /** An overall mark: 1 = poor … 5 = excellent. */
  Rating = 'rating',
  YesNo = 'yesno',
  /** Free text: may tell of health (special-category data), kept encrypted. */
  Text = 'text',
}

/** THL's 4T model: the conditions of good participation an item asks about. */
export enum FourT {
  Tutustuminen = 'tutustuminen',
  Turvallisuus = 'turvallisuus',
  Tieto = 'tieto',
  Tuki = 'tuki',
}

export interface ItemText {
  fi: string;
  sv: string;
  en: string;
  /** Plain Finnish (selkokieli), for the participants' form. */
  selko?: string | null;
}

export interface QuestionnaireItem {
  /** Stable within a questionnaire's versions (answers are kept by it): a-z, 0-9 and dashes. */
  id: string;
  kind: ItemKind;
  theme: FourT | null;
  required: boolean;
  text: ItemText;
}

export interface ItemAnswer {
  itemId: string;
  /** A scale's 1–5, or yes (true) / no (false). */
  value?: number | boolean | null;
  text?: string | null;
}

/** Participants answer five questions at most (the form must stay short enough for a child). */
export const PARTICIPANT_MAX_ITEMS = 5;
export const QUESTIONNAIRE_MAX_ITEMS = 30;
export const ANSWER_TEXT_MAX = 2000;
const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

const SCALES = new Set([ItemKind.Scale, ItemKind.Emoji, ItemKind.Load, ItemKind.Rating]);

/** What is wrong with a questionnaire's items, each as [field, problem]; empty when it may be published. */
export function itemProblems(
  audience: QuestionnaireAudience,
  items: QuestionnaireItem[],
): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  if (items.length === 0) problems.push(['items', 'at least one item']);
  const max =
    audience === QuestionnaireAudience.Participant ? PARTICIPANT_MAX_ITEMS : QUESTIONNAIRE_MAX_ITEMS;
  if (items.length > max) problems.push(['items', `at most ${max} items`]);
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ITEM_ID.test(item.id)) problems.push([`items.${i}.id`, 'a-z, 0-9 and dashes, at most 40']);
    else if (seen.has(item.id)) problems.push([`items.${i}.id`, 'used twice']);
    seen.add(item.id);
    for (const lang of ['fi', 'sv', 'en'] as const)
      if (!item.text[lang]?.trim()) problems.push([`items.${i}.text.${lang}`, 'missing']);
    if (audience === QuestionnaireAudience.Participant && !item.text.selko?.trim())
      problems.push([`items.${i}.text.selko`, 'missing']);
    if (audience === QuestionnaireAudience.Indicator && item.kind !== ItemKind.Scale)
      problems.push([`items.${i}.kind`, 'an indicator has scale items only']);
  });
  return problems;
}

/**
 * What is wrong with a set of answers to these items, each as [field, problem]: an unknown or repeated
 * item, a value of the wrong kind or outside 1–5, a required item left empty. Empty when it may be kept.
 */
export function answerProblems(items: QuestionnaireItem[], answers: ItemAnswer[]): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const given = new Set<string>();
  answers.forEach((a, i) => {
    const item = byId.get(a.itemId);
    if (!item) return problems.push([`answers.${i}.itemId`, 'no such item']);
    if (given.has(a.itemId)) return problems.push([`answers.${i}.itemId`, 'answered twice']);
    given.add(a.itemId);
    const value = a.value ?? null;
    const text = a.text?.trim() ?? '';
    if (item.kind === ItemKind.Text) {
      if (value !== null) problems.push([`answers.${i}.value`, 'a text item takes text']);
      if (text.length > ANSWER_TEXT_MAX) problems.push([`answers.${i}.text`, `at most ${ANSWER_TEXT_MAX}`]);
      if (!text) given.delete(a.itemId);
      return;
    }
    if (text) problems.push([`answers.${i}.text`, 'this item takes no text']);
    if (value === null) return given.delete(a.itemId);
    if (item.kind === ItemKind.YesNo) {
      if (typeof value !== 'boolean') problems.push([`answers.${i}.value`, 'yes or no']);
    } else if (SCALES.has(item.kind)) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5)
        problems.push([`answers.${i}.value`, 'a whole number 1–5']);
    }
  });
  items.forEach((item) => {
    if (item.required && !given.has(item.id)) problems.push([`answers.${item.id}`, 'required']);
  });
  return problems;
}

/** Answers kept apart: the numbers and yes/no (plain), and the free text (to be encrypted). */
export function splitAnswers(
  items: QuestionnaireItem[],
  answers: ItemAnswer[],
): { values: Record<string, number | boolean>; texts: Record<string, string> } {
  const kinds = new Map(items.map((i) => [i.id, i.kind]));
  const values: Record<string, number | boolean> = {};
  const texts: Record<string, string> = {};
  for (const a of answers) {
    if (kinds.get(a.itemId) === ItemKind.Text) {
      const t = a.text?.trim();
      if (t) texts[a.itemId] = t;
    } else if (a.value !== null && a.value !== undefined) values[a.itemId] = a.value;
  }
  return { values, texts };
}

/**
 * THL's participation indicator: ten statements on a 1–5 scale, scored 0–100 as the mean of the answers
 * rescaled (1 → 0, 5 → 100), rounded. Null when fewer than all were answered (no partial score).
 */
export function indicatorScore(
  items: QuestionnaireItem[],
  values: Record<string, number | boolean>,
): number | null {
  const scores = items.map((i) => values[i.id]);
  if (items.length === 0 || scores.some((v) => typeof v !== 'number')) return null;
  const mean = (scores as number[]).reduce((s, v) => s + v, 0) / scores.length;
  return Math.round(((mean - 1) / 4) * 100);
}

// ------------------------------------------------------------------------------- feedback after a task

/** Who answers a feedback request. */
export enum Respondent {
  Orderer = 'orderer',
  Expert = 'expert',
}

export enum FeedbackRequestStatus {
  Open = 'open',
  Answered = 'answered',
}

/** Business days after asking before the one reminder (never more than one). */
export const FEEDBACK_REMIND_AFTER_BUSINESS_DAYS = 3;

/** The one reminder: N business days after the request was made, at 9 in the morning Helsinki time. */
export function feedbackRemindAt(askedAt: Date, businessDays = FEEDBACK_REMIND_AFTER_BUSINESS_DAYS): Date {
  return helsinkiInstant(addBusinessDays(helsinkiDate(askedAt), businessDays), 9, 0);
}

// ------------------------------------------------------------------------------- participants (QR code)

/** Days after a task time ends that its participants' link still takes answers. */
export const PARTICIPANT_LINK_DAYS_AFTER = 14;

/** The language a participant answered in (selkokieli: plain Finnish). */
export enum ParticipantLocale {
  Fi = 'fi',
  Sv = 'sv',
  En = 'en',
  Selko = 'selko',
}

/** A participant's free text is shown to nobody until a coordinator has screened it for personal data. */
export enum ScreeningStatus {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
}

export enum ScreeningDecision {
  Approve = 'approve',
  Reject = 'reject',
}

/** When a task time's participants' link takes answers: from its start to 14 days after its end. */
export function participantWindow(startsAt: Date, endsAt: Date): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: startsAt,
    closesAt: new Date(endsAt.getTime() + PARTICIPANT_LINK_DAYS_AFTER * 86_400_000),
  };
}

/** Where `now` is against the window: too early, open, or closed (also when the time was cancelled). */
export function participantLinkState(
  window: { opensAt: Date; closesAt: Date },
  now: Date,
  cancelled = false,
): 'early' | 'open' | 'closed' {
  if (cancelled || now.getTime() > window.closesAt.getTime()) return 'closed';
  return now.getTime() < window.opensAt.getTime() ? 'early' : 'open';
}

/** Short enough to type from a slide, with no letters that look alike (0/o, 1/l/i). */
const TOKEN_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const PARTICIPANT_TOKEN_LENGTH = 10;

/** A link token from random bytes (one byte per character; the slight bias of `% 31` is harmless here). */
export function participantToken(random: Uint8Array): string {
  return Array.from(
    random.subarray(0, PARTICIPANT_TOKEN_LENGTH),
    (b) => TOKEN_ALPHABET[b % TOKEN_ALPHABET.length],
  ).join('');
}

export const PARTICIPANT_TOKEN_PATTERN = /^[a-hjkmnp-z2-9]{10}$/;

// ------------------------------------------------------------------------------- complaints

/** "Something went wrong": received → a coordinator answers → closed with an outcome. */
export enum ComplaintStatus {
  Received = 'received',
  Answered = 'answered',
  Closed = 'closed',
}

export enum ComplaintMove {
  /** A coordinator answers the one who complained (they are told). */
  Answer = 'answer',
  /** A coordinator asks the expert's view (kept apart from the complaint). */
  AskExpert = 'ask_expert',
  /** The expert gives their view, once asked. */
  GiveView = 'give_view',
  /** A coordinator closes it with an outcome (the fee is not touched: the coordinator decides that apart). */
  Close = 'close',
}

export enum ComplaintOutcome {
  Upheld = 'upheld',
  PartlyUpheld = 'partly_upheld',
  NotUpheld = 'not_upheld',
  Withdrawn = 'withdrawn',
}

const COMPLAINT_MOVES: Record<ComplaintMove, Partial<Record<ComplaintStatus, ComplaintStatus>>> = {
  [ComplaintMove.Answer]: { [ComplaintStatus.Received]: ComplaintStatus.Answered },
  [ComplaintMove.AskExpert]: {
    [ComplaintStatus.Received]: ComplaintStatus.Received,
    [ComplaintStatus.Answered]: ComplaintStatus.Answered,
  },
  [ComplaintMove.GiveView]: {
    [ComplaintStatus.Received]: ComplaintStatus.Received,
    [ComplaintStatus.Answered]: ComplaintStatus.Answered,
  },
  [ComplaintMove.Close]: {
    [ComplaintStatus.Received]: ComplaintStatus.Closed,
    [ComplaintStatus.Answered]: ComplaintStatus.Closed,
  },
};

/** Who may make a move: the coordinators all but the expert's own view. */
export function complaintMoveIsExperts(move: ComplaintMove): boolean {
  return move === ComplaintMove.GiveView;
}

/**
 * Where a move takes a complaint, or null when it may not be made: the expert's view only once asked and
 * not yet given, a question to the expert only while none is open, nothing after closing.
 */
export function complaintNext(
  c: { status: ComplaintStatus; viewAsked: boolean; viewGiven: boolean },
  move: ComplaintMove,
): ComplaintStatus | null {
  if (move === ComplaintMove.GiveView && (!c.viewAsked || c.viewGiven)) return null;
  if (move === ComplaintMove.AskExpert && c.viewAsked && !c.viewGiven) return null;
  return COMPLAINT_MOVES[move][c.status] ?? null;
}

/** The moves open to a coordinator (`expert`: false) or to the expert of the task (`expert`: true). */
export function complaintMoves(
  c: { status: ComplaintStatus; viewAsked: boolean; viewGiven: boolean },
  expert: boolean,
): ComplaintMove[] {
  return (Object.values(ComplaintMove) as ComplaintMove[]).filter(
    (m) => complaintMoveIsExperts(m) === expert && complaintNext(c, m) !== null,
  );
}

// ------------------------------------------------------------------------------- report-backs (Tieto)

/** Fewer answers than this are shown only as their number, so nobody can be recognised. */
export const SMALL_CELL = 5;

/** A task's feedback closes (and its report-back is made) when the participants' window closes. */
export function reportBackDueAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + PARTICIPANT_LINK_DAYS_AFTER * 86_400_000);
}

export interface ItemSummary {
  itemId: string;
  /** How many answered this item. */
  answered: number;
  /** How many chose 1…5 (index 0 = 1); null when fewer than SMALL_CELL answered the item. */
  counts: number[] | null;
  /** The mean, one decimal; null with the counts. */
  mean: number | null;
}

export interface ParticipantSummary {
  answerCount: number;
  /** Fewer than SMALL_CELL answered in all: nothing but the number is shown. */
  suppressed: boolean;
  items: ItemSummary[];
  /** Screened and approved free text; none when suppressed. */
  comments: string[];
}

/**
 * What the participants said, for a report-back, with the small-cell rule: with fewer than five answers
 * in all only their number is shown; an item fewer than five answered shows only how many did; free text
 * only when screened and approved, and only above the threshold.
 */
export function participantSummary(
  items: QuestionnaireItem[],
  answers: Array<Record<string, number | boolean>>,
  approvedTexts: string[],
): ParticipantSummary {
  const suppressed = answers.length < SMALL_CELL;
  const scales = items.filter((i) => SCALES.has(i.kind));
  return {
    answerCount: answers.length,
    suppressed,
    items: suppressed
      ? []
      : scales.map((item) => {
          const values = answers.map((a) => a[item.id]).filter((v): v is number => typeof v === 'number');
          if (values.length < SMALL_CELL)
            return { itemId: item.id, answered: values.length, counts: null, mean: null };
          const counts = [1, 2, 3, 4, 5].map((n) => values.filter((v) => v === n).length);
          const mean = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
          return { itemId: item.id, answered: values.length, counts, mean };
        }),
    comments: suppressed ? [] : approvedTexts,
  };
}

// ------------------------------------------------------------------------------- supervision (työnohjaus)

export enum SupervisionKind {
  Individual = 'individual',
  Group = 'group',
}

/** What the session goes with: a demanding task (before or after it), or the regular rhythm. */
export enum SupervisionPurpose {
  BeforeTask = 'before_task',
  AfterTask = 'after_task',
  Regular = 'regular',
}

/** A group has at least two and at most twelve; an individual session one expert. */
export const SUPERVISION_GROUP_MAX = 12;

/** What is wrong with a session's shape, as [field, problem]; empty when it may be kept. */
export function supervisionProblems(s: {
  kind: SupervisionKind;
  purpose: SupervisionPurpose;
  startsAt: Date;
  endsAt: Date;
  expertCount: number;
  hasTask: boolean;
}): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const minutes = (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000;
  if (minutes < 15) problems.push(['endsAt', 'at least 15 minutes after the start']);
  if (minutes > 8 * 60) problems.push(['endsAt', 'at most 8 hours']);
  if (s.kind === SupervisionKind.Individual && s.expertCount !== 1)
    problems.push(['expertIds', 'an individual session has one expert']);
  if (s.kind === SupervisionKind.Group && (s.expertCount < 2 || s.expertCount > SUPERVISION_GROUP_MAX))
    problems.push(['expertIds', `a group has 2–${SUPERVISION_GROUP_MAX} experts`]);
  if (s.purpose !== SupervisionPurpose.Regular && !s.hasTask)
    problems.push(['assignmentId', 'before or after which task']);
  return problems;
}

/** Supervision hours for reporting: the session's length for each expert who attended, in minutes. */
export function supervisionMinutes(startsAt: Date, endsAt: Date, attended: number): number {
  return Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000) * attended;
}

/** Where a session is: still to come (it may be cancelled), begun or over (attendance is marked), or called off. */
export enum SupervisionStatus {
  Upcoming = 'upcoming',
  Started = 'started',
  Cancelled = 'cancelled',
}

/** What a coordinator may do with a session now. */
export enum SupervisionAction {
  Attendance = 'attendance',
  Cancel = 'cancel',
}

/** Why an action is refused in a status. */
export type SupervisionRefusal = 'not_started' | 'already_started' | 'cancelled';

export function supervisionStatus(
  s: { startsAt: Date; cancelledAt: Date | null },
  now: Date,
): SupervisionStatus {
  if (s.cancelledAt) return SupervisionStatus.Cancelled;
  return now.getTime() < s.startsAt.getTime() ? SupervisionStatus.Upcoming : SupervisionStatus.Started;
}

/** Attendance once it has started (never before: nobody has come yet); cancelling only before it starts. */
export function supervisionRefusal(
  status: SupervisionStatus,
  action: SupervisionAction,
): SupervisionRefusal | null {
  if (status === SupervisionStatus.Cancelled) return 'cancelled';
  if (action === SupervisionAction.Attendance)
    return status === SupervisionStatus.Started ? null : 'not_started';
  return status === SupervisionStatus.Upcoming ? null : 'already_started';
}

export function supervisionActions(status: SupervisionStatus): SupervisionAction[] {
  return Object.values(SupervisionAction).filter((a) => supervisionRefusal(status, a) === null);
}

// ------------------------------------------------------------------------------- participation indicator

/** Why the indicator was asked: when the expert joined, or the yearly follow-up (also the first baseline). */
export enum IndicatorReason {
  Joining = 'joining',
  Yearly = 'yearly',
}

export enum IndicatorRequestStatus {
  Open = 'open',
  Answered = 'answered',
}

/** Voluntary and asked once a year: the one reminder comes a working week after asking. */
export const INDICATOR_REMIND_AFTER_BUSINESS_DAYS = 5;

/** The indicator's one reminder: N business days after asking, at 9 in the morning Helsinki time. */
export function indicatorRemindAt(askedAt: Date): Date {
  return feedbackRemindAt(askedAt, INDICATOR_REMIND_AFTER_BUSINESS_DAYS);
}

/**
 * The Helsinki day a year after `askedAt` (29 February → 28 February): the yearly one is due from it.
 */
export function indicatorYearlyDueOn(askedAt: Date): string {
  const [y, m, d] = helsinkiDate(askedAt).split('-').map(Number);
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap(y + 1) ? 28 : d;
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether the yearly job asks an active expert now: never while one is open (one at a time); someone
 * never asked (they joined before the county published an indicator) is asked once as the baseline;
 * otherwise from the Helsinki day a year after the last was asked.
 */
export function indicatorYearlyDue(last: { askedAt: Date; open: boolean } | null, now: Date): boolean {
  if (!last) return true;
  if (last.open) return false;
  return helsinkiDate(now) >= indicatorYearlyDueOn(last.askedAt);
}

/**
 * What is wrong with answers to the indicator: every statement must be answered with a whole number 1–5
 * (no partial score is kept), each as [field, problem] as `answerProblems` gives them.
 */
export function indicatorAnswerProblems(
  items: QuestionnaireItem[],
  answers: ItemAnswer[],
): Array<[string, string]> {
  return answerProblems(
    items.map((i) => ({ ...i, required: true })),
    answers,
  );
}
