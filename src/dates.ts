// Dates: the grammar of the from/to parameters (one pattern for the schema and the
// parser) and what a partial date stands for; extracted dates read as UTC; the month key of statements.

export const DAY_MS = 86_400_000;

/** A year, month, day, or date-time with optional seconds, fraction and zone (no zone = UTC). */
export const DATE_PARAM_PATTERN = '^(\\d{4})(-(\\d{2})(-(\\d{2})(T(\\d{2}):(\\d{2})(:(\\d{2})(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$';

const DATE_PARAM = new RegExp(DATE_PARAM_PATTERN);

/** A from/to value that is not a date; its message says why ("is not a valid calendar date"). */
export class InvalidDateParam extends Error {}

/**
 * The instant a date parameter stands for. Partial values cover a period: `start` takes its first instant and
 * `end` its last, so a `to` of 2024-06-17 includes that whole day. A date-time without a zone is UTC.
 */
export function parseDateParam(value: string, edge: 'start' | 'end'): Date {
  const match = DATE_PARAM.exec(value);
  if (!match) throw new InvalidDateParam('is not an ISO date or date-time');
  const [, y, , mo, , d, , h, mi, , s, , zone] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  const startOfDay = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const check = new Date(startOfDay);
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && check.getUTCDate() !== day) || year < 1000) {
    throw new InvalidDateParam('is not a valid calendar date');
  }
  if (h !== undefined) {
    if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) throw new InvalidDateParam('is not a valid time');
    const instant = new Date(zone ? value : `${value}Z`);
    if (Number.isNaN(instant.getTime())) throw new InvalidDateParam('is not a valid date-time');
    return instant;
  }
  if (edge === 'start') return check;
  const next = day !== undefined ? Date.UTC(year, month! - 1, day + 1) : month !== undefined ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  return new Date(next - 1);
}

/** Dates from the extractor carry no zone (pages never print one): read them as UTC. */
export function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const withZone = /T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(iso) ? `${iso}Z` : iso;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 'YYYY-MM' (UTC) of a date, the key of statements per month. */
export function publishedMonth(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 7) : null;
}

/** The earlier of two dates, either of which may be unknown. */
export function minDate(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

/** The later of two dates, either of which may be unknown. */
export function maxDate(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
