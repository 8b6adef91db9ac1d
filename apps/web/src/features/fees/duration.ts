/** Time as the fee screens read it: whole minutes typed as hours and minutes, never floats. */

/** Reads a whole number ("0", "12"); empty counts as 0 when `emptyIsZero`. Null when it is not one. */
export function parseWhole(text: string, emptyIsZero = true): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '');
  if (cleaned === '') return emptyIsZero ? 0 : null;
  return /^\d{1,6}$/.test(cleaned) ? Number(cleaned) : null;
}

/** Hours and minutes typed in two boxes, as minutes. Null when either is not a whole number or minutes > 59. */
export function parseHoursMinutes(hours: string, minutes: string): number | null {
  const h = parseWhole(hours);
  const m = parseWhole(minutes);
  if (h === null || m === null || m > 59) return null;
  return h * 60 + m;
}

/** Minutes as the two boxes show them. */
export function splitMinutes(total: number): { hours: string; minutes: string } {
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}
