import { helsinkiDate, IsoDate, weekday } from '../common/business-days';
import { TZDate } from '@date-fns/tz';
import { HELSINKI } from '../common/business-days';

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
  languages: string[];
  kinds: string[];
  tierRank: number | null;
  /** Training tier code, e.g. `mentor` (for mentor + trainee pairs). */
  tierCode: string | null;
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
  taskTypeCode: string | null;
  pairRequired: boolean;
  /** Experts who have worked on earlier times of this order or for this unit (continuity asked for). */
  continuityExpertIds: string[];
  /** The tier code of a partner already staffed on this time, for mentor + trainee pairs. */
  partnerTierCodes: string[];
}

export enum Constraint {
  NotActive = 'not_active',
  NoAgreement = 'no_agreement',
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

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
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

/** Every hard constraint the expert fails for this time; empty = may be offered. */
export function failedConstraints(e: CandidateExpert, s: TaskSlot): Constraint[] {
  const failed: Constraint[] = [];
  const facts = factsOf(s);
  const day = facts.day;
  if (e.status !== 'active') failed.push(Constraint.NotActive);
  if (!e.agreementInForce) failed.push(Constraint.NoAgreement);
  if (e.absences.some((a) => a.startsOn <= day && day <= a.endsOn)) failed.push(Constraint.Absent);
  if (e.weekly.length) {
    const { isoWeekday: iso, from, to } = facts;
    const fits = e.weekly.some(
      (w) => w.weekday === iso && minutesOf(w.startsAt) <= from && to <= minutesOf(w.endsAt),
    );
    if (!fits) failed.push(Constraint.NotAvailable);
  }
  const buffer = s.mode === 'remote' ? 0 : TRAVEL_BUFFER_MINUTES * 60_000;
  if (
    e.booked.some(
      (b) =>
        b.startsAt.getTime() < s.endsAt.getTime() + buffer &&
        s.startsAt.getTime() - buffer < b.endsAt.getTime(),
    )
  ) {
    failed.push(Constraint.Overlap);
  }
  if ((e.tasksByMonth[facts.month] ?? 0) >= e.maxTasksPerMonth) failed.push(Constraint.MonthlyLimit);
  if (s.languageCode && !e.languages.includes(s.languageCode)) failed.push(Constraint.Language);
  if (s.requiredAreas.some((a) => !e.areas.includes(a))) failed.push(Constraint.RequiredArea);
  if (s.wishedTierRank !== null && (e.tierRank ?? 0) < s.wishedTierRank) failed.push(Constraint.Tier);
  if (s.requiredKinds.length && !s.requiredKinds.some((k) => e.kinds.includes(k)))
    failed.push(Constraint.Kind);
  if (s.excludedExpertIds.includes(e.id)) failed.push(Constraint.ExcludedByOrder);
  if (e.excludedUnitIds.some((u) => s.unitIds.includes(u))) failed.push(Constraint.ExcludedByExpert);
  if (!s.suitableForMinors && e.birthDate && ageOn(e.birthDate, day) < 18) failed.push(Constraint.Minor);
  if (
    s.mode === 'remote'
      ? !e.worksRemote
      : s.mode === 'in_person'
        ? !e.worksInPerson
        : !e.worksInPerson && !e.worksRemote
  ) {
    failed.push(Constraint.Mode);
  }
  if (
    s.mode === 'in_person' &&
    s.place &&
    e.home &&
    e.travelRadiusKm !== null &&
    distanceKm(e.home, s.place) > e.travelRadiusKm
  ) {
    failed.push(Constraint.TravelRadius);
  }
  return failed;
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

/** The soft score, term by term (each explained in the response). */
export function scoreTerms(
  e: CandidateExpert,
  s: TaskSlot,
  pool: PoolFigures,
  weights: Weights = DEFAULT_WEIGHTS,
): ScoredTerm[] {
  const wanted = s.requiredAreas.length + s.preferredAreas.length;
  const matched = [...s.requiredAreas, ...s.preferredAreas].filter((a) => e.areas.includes(a)).length;
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
  const mentorPair =
    s.pairRequired &&
    ((e.tierCode === 'mentor' && s.partnerTierCodes.includes('basic')) ||
      (e.tierCode === 'basic' && s.partnerTierCodes.includes('mentor')))
      ? 1
      : 0;
  const values: Record<ScoreTerm, number> = {
    [ScoreTerm.AreaFit]: areaFit,
    [ScoreTerm.TaskType]: taskType,
    [ScoreTerm.Distance]: distance,
    [ScoreTerm.Fairness]: fairness,
    [ScoreTerm.Continuity]: continuity,
    [ScoreTerm.Wished]: wished,
    [ScoreTerm.MentorPair]: mentorPair,
  };
  return (Object.keys(values) as ScoreTerm[]).map((term) => {
    const value = Math.round(values[term] * 1000) / 1000;
    return { term, value, weight: weights[term], points: Math.round(value * weights[term] * 100) / 100 };
  });
}

export function totalScore(terms: ScoredTerm[]): number {
  return Math.round(terms.reduce((sum, t) => sum + t.points, 0) * 100) / 100;
}

export interface RankedCandidate {
  expertId: string;
  score: number;
  terms: ScoredTerm[];
}

/** Candidates that pass every hard constraint, best first (ties: less recent work first, then id). */
export function rankCandidates(
  experts: CandidateExpert[],
  s: TaskSlot,
  weights: Weights = DEFAULT_WEIGHTS,
): RankedCandidate[] {
  const eligible = experts.filter((e) => failedConstraints(e, s).length === 0);
  const pool: PoolFigures = {
    maxRecentHours: Math.max(0, ...eligible.map((e) => e.recentHours)),
    maxRecentTasks: Math.max(0, ...eligible.map((e) => e.recentTasks)),
  };
  const byId = new Map(eligible.map((e) => [e.id, e]));
  return eligible
    .map((e) => {
      const terms = scoreTerms(e, s, pool, weights);
      return { expertId: e.id, score: totalScore(terms), terms };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        byId.get(a.expertId)!.recentHours - byId.get(b.expertId)!.recentHours ||
        (a.expertId < b.expertId ? -1 : 1),
    );
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
