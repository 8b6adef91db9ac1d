import { addBusinessDays, helsinkiDate, helsinkiInstant } from '../common/business-days';

/** Reminders go out at 08:00 Helsinki time, N business days before the due date's day. */
export const REMINDER_HOUR = 8;

export function remindAt(dueAt: Date, businessDaysBefore: number): Date {
  const day = addBusinessDays(helsinkiDate(dueAt), -Math.max(0, businessDaysBefore));
  const at = helsinkiInstant(day, REMINDER_HOUR);
  return at.getTime() > dueAt.getTime() ? dueAt : at;
}

export type ReminderStep = 'remind' | 'escalate' | 'none';

/** What a scan at `now` should do with an open reminder. */
export function nextStep(
  r: { remindAt: Date; dueAt: Date; remindedAt: Date | null; escalatedAt: Date | null },
  now: Date,
): ReminderStep {
  if (!r.escalatedAt && now.getTime() >= r.dueAt.getTime()) return 'escalate';
  if (!r.remindedAt && !r.escalatedAt && now.getTime() >= r.remindAt.getTime()) return 'remind';
  return 'none';
}
