import { addBusinessDays, helsinkiDate, helsinkiInstant } from '../common/business-days';

/**
 * The briefing before a task (4T: *Tutustuminen*, *Turvallisuus*): when a time is staffed the ordering
 * unit is asked who meets the expert on site, who the audience is, what the expert may and may not be
 * asked and how safety is seen to; the expert confirms having read it. Pure rules; docs/feedback.md.
 */

/** The longest answer to one briefing question. */
export const BRIEFING_TEXT_MAX = 2000;

export interface BriefingContent {
  /** The contact person on site and how to reach them on the day. */
  contactOnSite: string | null;
  /** Who the audience is and what they already know. */
  audience: string | null;
  /** What the expert may be asked. */
  mayAsk: string | null;
  /** What the expert is not to be asked (or need not answer). */
  mayNotAsk: string | null;
  /** Risks, and how they are seen to. */
  safety: string | null;
  /** Is there a quiet room to go to before or after. */
  quietRoom: boolean | null;
  /** Who the expert can turn to afterwards. */
  afterContact: string | null;
}

export const BRIEFING_REQUIRED = ['contactOnSite', 'audience', 'safety', 'afterContact'] as const;
const BRIEFING_TEXTS = [
  'contactOnSite',
  'audience',
  'mayAsk',
  'mayNotAsk',
  'safety',
  'afterContact',
] as const;

/** What is missing or too long in a briefing, per field (empty: it can be saved). */
export function briefingProblems(c: BriefingContent): Array<[field: string, message: string]> {
  const problems: Array<[string, string]> = [];
  for (const field of BRIEFING_TEXTS) {
    const value = c[field];
    if ((BRIEFING_REQUIRED as readonly string[]).includes(field) && !value?.trim())
      problems.push([field, 'required']);
    else if (value && value.length > BRIEFING_TEXT_MAX)
      problems.push([field, `at most ${BRIEFING_TEXT_MAX} characters`]);
  }
  if (c.quietRoom === null) problems.push(['quietRoom', 'say whether there is a quiet room']);
  return problems;
}

/** The expert's one reminder to read the briefing: 9:00 Helsinki time on the business day before the task. */
export function briefingReadRemindAt(startsAt: Date): Date {
  return helsinkiInstant(addBusinessDays(helsinkiDate(startsAt), -1), 9, 0);
}

/** The unit's one reminder to write it: 9:00 two business days before the task. */
export function briefingWriteRemindAt(startsAt: Date): Date {
  return helsinkiInstant(addBusinessDays(helsinkiDate(startsAt), -2), 9, 0);
}

export enum BriefingStatus {
  /** The time is not staffed yet (the unit may still write it ahead). */
  NotRequested = 'not_requested',
  /** Staffed: the unit has been asked and has not written it yet. */
  Requested = 'requested',
  Written = 'written',
}

/** Where an expert stands with the briefing: not read, read, or read before it was changed. */
export enum BriefingReadState {
  Unread = 'unread',
  Read = 'read',
  Changed = 'changed',
}

export function briefingReadState(revisionRead: number | null, revision: number): BriefingReadState {
  if (revisionRead === null) return BriefingReadState.Unread;
  return revisionRead >= revision ? BriefingReadState.Read : BriefingReadState.Changed;
}

/** A demanding task: does the expert want supervision (työnohjaus) before it, after it, both, or not. */
export enum SupervisionWish {
  None = 'none',
  Before = 'before',
  After = 'after',
  Both = 'both',
}

export enum BriefingAction {
  Write = 'write',
  Confirm = 'confirm',
}

export type BriefingViewer = 'coordinator' | 'unit' | 'expert';

/** What the viewer may do now: the unit (and coordinators) write until the time is over; the expert confirms what is written. */
export function briefingActions(s: {
  viewer: BriefingViewer;
  written: boolean;
  over: boolean;
  readState: BriefingReadState | null;
}): BriefingAction[] {
  if (s.over) return [];
  if (s.viewer === 'expert')
    return s.written && s.readState !== BriefingReadState.Read ? [BriefingAction.Confirm] : [];
  return [BriefingAction.Write];
}
