/** Date forms: parse and find the dates written on news pages (14.09.2023, 6/23/2024 5:34 AM, ISO, June 17, 2024, 17 June 2024). */
import { MONTHS } from './data/calendar.js';
import type { DateParts, DatePrecision } from './types.js';

export interface ParsedDate extends DateParts {
  precision: DatePrecision;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function toIso(p: DateParts, precision: DatePrecision): string | null {
  if (p.year === null) return null;
  if (precision === 'year' || p.month === null) return String(p.year);
  if (precision === 'month' || p.day === null) return `${p.year}-${pad(p.month)}`;
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (precision === 'day' || p.hour === undefined || p.hour === null) return day;
  const hm = `${day}T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
  return precision === 'second' ? `${hm}:${pad(p.second ?? 0)}` : hm;
}

const NUMERIC_DMY_RE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const NUMERIC_SLASH_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/;
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** Between a date and its time: "Dec. 18, 2017 - 11:16", "December 7, 2017 / 6:16 PM", "June 17, 2024, at 10:30". */
const TIME_GAP = String.raw`(?:,?\s+(?:at\s+)?|\s*[-–—/|]\s*)`;
const MDY_RE = new RegExp(
  String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(\d{4}))?(?:${TIME_GAP}(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?)?`,
);
const DMY_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})(?:${TIME_GAP}(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?)?`);

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  if (pm && h < 12) return h + 12;
  if (!pm && h === 12) return 0;
  return h;
}

/** A date with the time of groups 4–6 (hour, minute, optional second) when the match has one. */
function withTime(year: number, month: number, day: number, m: RegExpExecArray): ParsedDate {
  if (m[4] === undefined) return { year, month, day, precision: 'day' };
  return { year, month, day, hour: Number(m[4]), minute: Number(m[5]), second: m[6] ? Number(m[6]) : null, precision: m[6] ? 'second' : 'minute' };
}

/** Parse the first date in `s` (forms: 14.09.2023[, 22:29], 6/23/2024 5:34:23 AM, ISO, June 17, 2024, 17 June 2024). */
export function parseDate(s: string): ParsedDate | null {
  let m = ISO_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d)) return withTime(y, mo, d, m);
  }
  m = NUMERIC_DMY_RE.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d)) return withTime(y, mo, d, m);
  }
  m = NUMERIC_SLASH_RE.exec(s);
  if (m) {
    let [mo, d] = [Number(m[1]), Number(m[2])];
    const y = Number(m[3]);
    // US order by default; day-first when the first number cannot be a month.
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    if (validYmd(y, mo, d)) {
      if (m[4] !== undefined) {
        return {
          year: y,
          month: mo,
          day: d,
          hour: hour12(Number(m[4]), m[7]),
          minute: Number(m[5]),
          second: m[6] ? Number(m[6]) : null,
          precision: m[6] ? 'second' : 'minute',
        };
      }
      return { year: y, month: mo, day: d, precision: 'day' };
    }
  }
  m = MDY_RE.exec(s);
  if (m) {
    const mo = MONTHS[(m[1] ?? '').toLowerCase()] ?? 0;
    const d = Number(m[2]);
    const y = m[3] ? Number(m[3]) : null;
    if (mo && d >= 1 && d <= 31 && (y === null || validYmd(y, mo, d))) {
      if (m[4] !== undefined && y !== null) {
        return { year: y, month: mo, day: d, hour: hour12(Number(m[4]), m[6]), minute: Number(m[5]), second: null, precision: 'minute' };
      }
      return { year: y, month: mo, day: d, precision: 'day' };
    }
  }
  m = DMY_RE.exec(s);
  if (m) {
    const mo = MONTHS[(m[2] ?? '').toLowerCase()] ?? 0;
    const [d, y] = [Number(m[1]), Number(m[3])];
    if (mo && validYmd(y, mo, d)) {
      if (m[4] !== undefined) return { year: y, month: mo, day: d, hour: hour12(Number(m[4]), m[6]), minute: Number(m[5]), second: null, precision: 'minute' };
      return { year: y, month: mo, day: d, precision: 'day' };
    }
  }
  return null;
}

/** A date found in a text, with where it was written. */
export interface FoundDate {
  date: ParsedDate;
  index: number;
  length: number;
  /** A numeric date like 06/10/2022 that reads as a valid date both month-first and day-first. */
  ambiguousOrder: boolean;
}

const ANY_DATE_RES = [ISO_RE, NUMERIC_DMY_RE, NUMERIC_SLASH_RE, MDY_RE, DMY_RE].map((r) => new RegExp(r.source, 'g'));

/** Every date written in `s` (those with a year and those without), in text order. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const re of ANY_DATE_RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      const date = parseDate(m[0]);
      if (!date) continue;
      if (out.some((f) => m !== null && m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      const ambiguousOrder = re.source === NUMERIC_SLASH_RE.source && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
      out.push({ date, index: m.index, length: m[0].length, ambiguousOrder });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A YYYY-MM-DD (or YYYYMMDD) date inside a file name, used as a hint. */
export function dateFromFilename(name: string | undefined): string | null {
  if (!name) return null;
  const m = /(?:^|[^\d])((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?:[^\d]|$)/.exec(name);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYmd(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
