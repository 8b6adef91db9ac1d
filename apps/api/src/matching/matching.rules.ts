import { helsinkiDate, IsoDate, weekday } from '../common/business-days';
import { TZDate } from '@date-fns/tz';
import { HELSINKI } from '../common/business-days';
import { recordCheckValidOn } from '../onboarding/onboarding.rules';

/** A point for distances (a municipality's centre). */
export interface Point {
  lat: number;
  lon: number;
}

/** What matching knows of one expert (read by the service; nothing here touches the database). */
export interface CandidateExpert {
  id: string;
  status: 'applicant' | 'orientation' | 'active' | 'paused' | 'left';
  /** The registry consent (the signed agreement covers the processing of their data) is in force. */
  agreementInForce: boolean;
  /** A required agreement document (or a new version asking for re-acceptance) waits to be accepted. */
  agreementsDue: boolean;
  /** The date of the newest criminal-record extract seen, or null. */
  recordCheckDate: IsoDate | null;
  languages: string[];
  kinds: string[];
  tierRank: number | null;
  /** Training tier code, e.g. `mentor` (for mentor + trainee pairs). */
  tierCode: string | null;
  /** The other side of their active mentorships (a trainee's mentor, a mentor's trainees). */
  mentorshipPartnerIds: string[];
  areas: string[];
  taskTypes: string[];
  worksRemote: boolean;
  worksInPerson: boolean;
  travelRadiusKm: number | null;
  home: Point | null;
  maxTasksPerMonth: number;
  birthDate: IsoDate | null;
  /** Weekly availability in Helsinki wall-clock time; empty = no weekly limits given. */
  weekly: Array<{ weekday: number; startsAt: string; endsAt: string }>;
  absences: Array<{ startsOn: IsoDate; endsOn: IsoDate }>;
  /** Units the expert will not work with (their own "will not work with" list). */
  excludedUnitIds: string[];
  /** Tasks already accepted or confirmed. */
  booked: Array<{ startsAt: Date; endsAt: Date }>;
  /** Accepted or confirmed tasks per Helsinki month (`2027-03`). */
  tasksByMonth: Record<string, number>;
  /** Hours and tasks done or booked in the last 90 days (declines never count). */
  recentHours: number;
  recentTasks: number;
}

/** One time of an order to staff. */
export interface TaskSlot {
  startsAt: Date;
  endsAt: Date;
  mode: 'in_person' | 'remote' | 'hybrid';
  place: Point | null;
  languageCode: string | null;
  requiredAreas: string[];
  preferredAreas: string[];
  wishedTierRank: number | null;
  /** Kinds the order requires (any of them), e.g. only trained experts. */
  requiredKinds: string[];
  /** The ordering unit and the units above it (an expert's exclusion of a parent covers its children). */
  unitIds: string[];
  excludedExpertIds: string[];
  wishedExpertId: string | null;
  suitableForMinors: boolean;
  /** A task with children or young people: a valid criminal-record extract is needed. */
  worksWithMinors: boolean;
  taskTypeCode: string | null;
  pairRequired: boolean;
  /** Experts who have worked on earlier times of this order or for this unit (continuity asked for). */
  continuityExpertIds: string[];
  /** The tier code of a partner already staffed on this time, for mentor + trainee pairs. */
  partnerTierCodes: string[];
  /** The experts already staffed on this time (a mentorship pair is offered the same time). */
  partnerExpertIds: string[];
}

export enum Constraint {
  NotActive = 'not_active',
  NoAgreement = 'no_agreement',
  AgreementsDue = 'agreements_due',
  RecordCheck = 'record_check',
  Absent = 'absent',
  NotAvailable = 'not_available',
  Overlap = 'overlap',
  MonthlyLimit = 'monthly_limit',
  Language = 'language',
  RequiredArea = 'required_area',
  Tier = 'tier',
  Kind = 'kind',
  ExcludedByOrder = 'excluded_by_order',
  ExcludedByExpert = 'excluded_by_expert',
  Minor = 'minor',
  Mode = 'mode',
  TravelRadius = 'travel_radius',
}

/** Time between two in-person tasks for travel (minutes); remote tasks need none. */
export const TRAVEL_BUFFER_MINUTES = 60;

export function distanceKm(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function hhmm(instant: Date): number {
  const t = new TZDate(instant.getTime(), HELSINKI);
  return t.getHours() * 60 + t.getMinutes();
}

/** `HH:MM` → minutes after midnight. */
function minutesOf(time: string): number {
  if (time.length === 5 && time.charCodeAt(2) === 58) {
    return (
      (time.charCodeAt(0) - 48) * 600 +
      (time.charCodeAt(1) - 48) * 60 +
      (time.charCodeAt(3) - 48) * 10 +
      time.charCodeAt(4) -
      48
    );
  }
  const [hh, mm] = time.split(':').map(Number);
  return hh * 60 + mm;
}

export function monthKey(instant: Date): string {
  return helsinkiDate(instant).slice(0, 7);
}

function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** What a time's checks need, worked out once per time (Helsinki dates are not free to compute). */
interface SlotFacts {
  day: IsoDate;
  isoWeekday: number;
  from: number;
  to: number;
  month: string;
}

const slotFacts = new WeakMap<TaskSlot, SlotFacts>();

function factsOf(s: TaskSlot): SlotFacts {
  let f = slotFacts.get(s);
  if (!f) {
    const day = helsinkiDate(s.startsAt);
    f = {
      day,
      isoWeekday: weekday(day) === 0 ? 7 : weekday(day),
      from: hhmm(s.startsAt),
      to: helsinkiDate(s.endsAt) === day ? hhmm(s.endsAt) : 24 * 60,
      month: day.slice(0, 7),
    };
    slotFacts.set(s, f);
  }
  return f;
}

type Check = (e: CandidateExpert, s: TaskSlot, f: SlotFacts) => boolean;

/** Each hard constraint with the test an expert must pass, in the order failures are reported. */
const CHECKS: Array<[Constraint, Check]> = [
  [Constraint.NotActive, (e) => e.status === 'active'],
  [Constraint.NoAgreement, (e) => e.agreementInForce],
  [Constraint.AgreementsDue, (e) => !e.agreementsDue],
  [Constraint.Absent, (e, _s, f) => !e.absences.some((a) => a.startsOn <= f.day && f.day <= a.endsOn)],
  [
    Constraint.NotAvailable,
    (e, _s, f) =>
      !e.weekly.length ||
      e.weekly.some(
        (w) => w.weekday === f.isoWeekday && minutesOf(w.startsAt) <= f.from && f.to <= minutesOf(w.endsAt),
      ),
  ],
  [
    Constraint.Overlap,
    (e, s) => {
      if (!e.booked.length) return true;
      const buffer = s.mode === 'remote' ? 0 : TRAVEL_BUFFER_MINUTES * 60_000;
      const from = s.startsAt.getTime() - buffer;
      const to = s.endsAt.getTime() + buffer;
      return !e.booked.some((b) => b.startsAt.getTime() < to && from < b.endsAt.getTime());
    },
  ],
  [Constraint.MonthlyLimit, (e, _s, f) => (e.tasksByMonth[f.month] ?? 0) < e.maxTasksPerMonth],
  [Constraint.Language, (e, s) => !s.languageCode || e.languages.includes(s.languageCode)],
  [Constraint.RequiredArea, (e, s) => s.requiredAreas.every((a) => e.areas.includes(a))],
  [Constraint.Tier, (e, s) => s.wishedTierRank === null || (e.tierRank ?? 0) >= s.wishedTierRank],
  [Constraint.Kind, (e, s) => !s.requiredKinds.length || s.requiredKinds.some((k) => e.kinds.includes(k))],
  [Constraint.ExcludedByOrder, (e, s) => !s.excludedExpertIds.includes(e.id)],
  [Constraint.ExcludedByExpert, (e, s) => !e.excludedUnitIds.some((u) => s.unitIds.includes(u))],
  [Constraint.RecordCheck, (e, s, f) => !s.worksWithMinors || recordCheckValidOn(e.recordCheckDate, f.day)],
  [Constraint.Minor, (e, s, f) => s.suitableForMinors || !e.birthDate || ageOn(e.birthDate, f.day) >= 18],
  [
    Constraint.Mode,
    (e, s) =>
      s.mode === 'remote'
        ? e.worksRemote
        : s.mode === 'in_person'
          ? e.worksInPerson
          : e.worksInPerson || e.worksRemote,
  ],
  [
    Constraint.TravelRadius,
    (e, s) =>
      s.mode !== 'in_person' ||
      !s.place ||
      !e.home ||
      e.travelRadiusKm === null ||
      distanceKm(e.home, s.place) <= e.travelRadiusKm,
  ],
];

/** The time as [from, to) minutes of the ISO week in Helsinki time (Monday 00:00 = 1440), as weekly availability is kept. */
export function weekMinutes(s: TaskSlot): [number, number] {
  const f = factsOf(s);
  return [f.isoWeekday * 1440 + f.from, f.isoWeekday * 1440 + f.to];
}

/** Every hard constraint the expert fails for this time; empty = may be offered. */
export function failedConstraints(e: CandidateExpert, s: TaskSlot): Constraint[] {
  const facts = factsOf(s);
  return CHECKS.filter(([, passes]) => !passes(e, s, facts)).map(([c]) => c);
}

/** The expert passes every hard constraint for this time (stops at the first failure). */
export function mayBeOffered(e: CandidateExpert, s: TaskSlot): boolean {
  const facts = factsOf(s);
  for (const [, passes] of CHECKS) if (!passes(e, s, facts)) return false;
  return true;
}

export enum ScoreTerm {
  AreaFit = 'area_fit',
  TaskType = 'task_type',
  Distance = 'distance',
  Fairness = 'fairness',
  Continuity = 'continuity',
  Wished = 'wished',
  MentorPair = 'mentor_pair',
}

export type Weights = Record<ScoreTerm, number>;

/** Default weights: fit first, then fairness; a named wish weighs as much as a perfect area fit. */
export const DEFAULT_WEIGHTS: Weights = {
  [ScoreTerm.AreaFit]: 40,
  [ScoreTerm.TaskType]: 10,
  [ScoreTerm.Distance]: 15,
  [ScoreTerm.Fairness]: 25,
  [ScoreTerm.Continuity]: 10,
  [ScoreTerm.Wished]: 40,
  [ScoreTerm.MentorPair]: 10,
};

/** Figures of the candidate pool, to put one expert's load in proportion. */
export interface PoolFigures {
  maxRecentHours: number;
  maxRecentTasks: number;
}

export interface ScoredTerm {
  term: ScoreTerm;
  /** 0…1: how well the expert does on this term. */
  value: number;
  weight: number;
  /** value × weight: the points it adds. */
  points: number;
}

/** Distance beyond which the distance term is 0 (km). */
export const DISTANCE_HORIZON_KM = 150;

const TERMS: ScoreTerm[] = [
  ScoreTerm.AreaFit,
  ScoreTerm.TaskType,
  ScoreTerm.Distance,
  ScoreTerm.Fairness,
  ScoreTerm.Continuity,
  ScoreTerm.Wished,
  ScoreTerm.MentorPair,
];

/** Each term's value 0…1 (rounded to 3 decimals), in the order of `TERMS`. */
function termValues(e: CandidateExpert, s: TaskSlot, pool: PoolFigures): number[] {
  const wanted = s.requiredAreas.length + s.preferredAreas.length;
  let matched = 0;
  for (const a of s.requiredAreas) if (e.areas.includes(a)) matched++;
  for (const a of s.preferredAreas) if (e.areas.includes(a)) matched++;
  const areaFit = wanted === 0 ? 1 : matched / wanted;
  const taskType = s.taskTypeCode && e.taskTypes.includes(s.taskTypeCode) ? 1 : 0;
  const distance =
    s.mode === 'remote' || !s.place || !e.home
      ? 1
      : Math.max(0, 1 - distanceKm(e.home, s.place) / DISTANCE_HORIZON_KM);
  const load = (x: number, max: number) => (max <= 0 ? 0 : x / max);
  const fairness =
    1 - (load(e.recentHours, pool.maxRecentHours) + load(e.recentTasks, pool.maxRecentTasks)) / 2;
  const continuity = s.continuityExpertIds.includes(e.id) ? 1 : 0;
  const wished = s.wishedExpertId === e.id ? 1 : 0;
  // A trainee's own mentor (or a mentor's own trainee) on the time counts in full, on any task; on a task
  // that asks for a pair, any mentor + basic-tier pair counts half.
  const mentorPair = e.mentorshipPartnerIds.some((id) => s.partnerExpertIds.includes(id))
    ? 1
    : s.pairRequired &&
        ((e.tierCode === 'mentor' && s.partnerTierCodes.includes('basic')) ||
          (e.tierCode === 'basic' && s.partnerTierCodes.includes('mentor')))
      ? 0.5
      : 0;
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return [r(areaFit), taskType, r(distance), r(fairness), continuity, wished, mentorPair];
}

const pointsOf = (value: number, weight: number) => Math.round(value * weight * 100) / 100;

/** The soft score, term by term (each explained in the response). */
export function scoreTerms(
  e: CandidateExpert,
  s: TaskSlot,
  pool: PoolFigures,
  weights: Weights = DEFAULT_WEIGHTS,
): ScoredTerm[] {
  const values = termValues(e, s, pool);
  return TERMS.map((term, i) => ({
    term,
    value: values[i],
    weight: weights[term],
    points: pointsOf(values[i], weights[term]),
  }));
}

export function totalScore(terms: ScoredTerm[]): number {
  return Math.round(terms.reduce((sum, t) => sum + t.points, 0) * 100) / 100;
}

/** The same number as `totalScore(scoreTerms(…))`, without building the terms. */
function scoreOf(e: CandidateExpert, s: TaskSlot, pool: PoolFigures, weights: Weights): number {
  const values = termValues(e, s, pool);
  let sum = 0;
  for (let i = 0; i < TERMS.length; i++) sum += pointsOf(values[i], weights[TERMS[i]]);
  return Math.round(sum * 100) / 100;
}

export interface RankedCandidate {
  expertId: string;
  score: number;
  /** The score term by term; only for the first `explained` of the list (see `rankCandidates`). */
  terms: ScoredTerm[];
}

/**
 * Candidates that pass every hard constraint, best first (ties: less recent work first, then id).
 * Scores are worked out for everyone; the terms are spelled out for the first `explained` only
 * (a list shows a page, and a batch needs none), the rest carry an empty list.
 */
export function rankCandidates(
  experts: CandidateExpert[],
  s: TaskSlot,
  weights: Weights = DEFAULT_WEIGHTS,
  explained = Infinity,
): RankedCandidate[] {
  const eligible = experts.filter((e) => mayBeOffered(e, s));
  let maxRecentHours = 0;
  let maxRecentTasks = 0;
  for (const e of eligible) {
    if (e.recentHours > maxRecentHours) maxRecentHours = e.recentHours;
    if (e.recentTasks > maxRecentTasks) maxRecentTasks = e.recentTasks;
  }
  const pool: PoolFigures = { maxRecentHours, maxRecentTasks };
  const scored = eligible.map((e) => ({ e, score: scoreOf(e, s, pool, weights) }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.e.recentHours - b.e.recentHours ||
      (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0),
  );
  return scored.map(({ e, score }, i) => ({
    expertId: e.id,
    score,
    terms: i < explained ? scoreTerms(e, s, pool, weights) : [],
  }));
}

/** The Gini coefficient of a distribution (0 = everyone the same, → 1 = one person has everything). */
export function gini(values: number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  if (total === 0) return 0;
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return Math.round(((2 * weighted) / (n * total) - (n + 1) / n) * 10_000) / 10_000;
}
