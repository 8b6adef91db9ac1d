// Small parsers for the routes' search parameters. The router is in the entry chunk, so these are plain
// functions rather than zod schemas: zod (and the generated contract schemas) load with the forms that
// need them, not with the sign-in page (see scripts/budget.mjs). A value that does not fit is dropped.

export type Search = Record<string, unknown>;

/** Text up to `max` characters; the router reads `?municipality=179` as a number, so numbers become text. */
export function text(value: unknown, max: number): string | undefined {
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  return typeof s === 'string' && s.length <= max ? s : undefined;
}

export function oneOf<const T extends string>(value: unknown, values: readonly T[]): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** A list of up to `maxItems` entries, each checked by `item`; anything else is dropped as a whole. */
export function list<T>(
  value: unknown,
  maxItems: number,
  item: (v: unknown) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const out: T[] = [];
  for (const v of value) {
    const parsed = item(v);
    if (parsed === undefined) return undefined;
    out.push(parsed);
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function uuid(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;
}

export function int(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** Drops the keys whose value is undefined, so the address stays clean. */
export function compact<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as T;
}
