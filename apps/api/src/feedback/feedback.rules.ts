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
