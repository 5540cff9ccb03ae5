/**
 * Publication date: parse the date forms seen on news pages and infer a
 * missing year from evidence in the text. The current year is never used as
 * an answer; at most it bounds the search ("not in the future").
 */
import { MONTHS, WEEKDAYS } from './lexicon.js';
import type { Article, DateParts, DatePrecision, DateSource } from './types.js';

export interface ParsedDate extends DateParts {
  precision: DatePrecision;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): boolean {
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
const MDY_RE = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?)?`);
const DMY_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})`);

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
        return { year: y, month: mo, day: d, hour: hour12(Number(m[4]), m[7]), minute: Number(m[5]), second: m[6] ? Number(m[6]) : null, precision: m[6] ? 'second' : 'minute' };
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
    if (mo && validYmd(y, mo, d)) return { year: y, month: mo, day: d, precision: 'day' };
  }
  return null;
}

const DATE_LINE_RE = new RegExp(
  String.raw`^(?:(?:published|updated|posted|last updated|date|created|modified)\s*(?:on|at)?\s*:?\s*)?` +
    String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?` +
    String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:${MONTH_NAMES})\.?,?\s+\d{4})` +
    String.raw`(?:[,T ]+\s*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\(?GMT[+-]?\d*\)?|UTC[+-]?\d*)?)?\s*(?:(?:updated|last updated)\b.{0,40})?$`,
  'i',
);

/** A line that is only a date (optionally "Published: ..."). */
export function looksLikeDateLine(line: string): boolean {
  return DATE_LINE_RE.test(line.trim());
}

export interface DateEvidence {
  /** Date line in the page header ("Published: ...", "17.06.2024, 22:29"). */
  metaLines: string[];
  /** Caption credits carrying an upload date ("1920, 14.09.2023"). */
  captionLines: string[];
  dateline: { month: number | null; day: number | null; year: number | null } | null;
  /** The story paragraphs (for weekdays and mentioned years). */
  paragraphs: string[];
  hint?: string | undefined;
  maxYear?: number | undefined;
}

export type ResolvedDate = Pick<Article, 'publishedAt' | 'datePrecision' | 'yearInferred' | 'dateParts' | 'dateSource' | 'dateEvidence'>;

const CAPTION_DATE_RE = /\b\d{3,4},\s*(\d{1,2}\.\d{1,2}\.\d{4})\b/;
const WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const YEAR_RE = /\b(19[5-9]\d|20\d\d)\b/g;
/** Words right before a year that make it a future/target year, not a lower bound. */
const FUTURE_BEFORE_YEAR = new Set(['till', 'until', 'by', 'before', 'through', 'next']);
const PAST_SENTENCE_RE = /\b(?:was|were|had|did|since|ago|last|previous|former|earlier|held|took place)\b/i;
const FUTURE_SENTENCE_RE = /\b(?:will|plans?|planned|intends?|aims?|expects?|target|goal|scheduled|upcoming)\b/i;

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * Years named in the text that the article cannot predate: full dates and
 * years in sentences about the past. "till 2019" or "in 2030 will" are not.
 */
function pastYearLowerBound(paragraphs: string[]): { lower: number | null; mentioned: number[] } {
  let lower: number | null = null;
  const mentioned: number[] = [];
  for (const p of paragraphs) {
    YEAR_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_RE.exec(p)) !== null) {
      const y = Number(m[1]);
      mentioned.push(y);
      const before = p.slice(Math.max(0, m.index - 30), m.index);
      const prevWord = (/([A-Za-z]+)\W*$/.exec(before)?.[1] ?? '').toLowerCase();
      const sentStart = Math.max(p.lastIndexOf('. ', m.index), 0);
      const sentEndIdx = p.indexOf('. ', m.index);
      const sentence = p.slice(sentStart, sentEndIdx < 0 ? p.length : sentEndIdx);
      if (FUTURE_SENTENCE_RE.test(sentence)) continue;
      // A full date ("April 24 through 26, 2019") or a year in a past-tense sentence.
      const fullDate = /\d{1,2},?\s*$/.test(before);
      if (!fullDate && FUTURE_BEFORE_YEAR.has(prevWord)) continue;
      if (fullDate || PAST_SENTENCE_RE.test(sentence)) lower = Math.max(lower ?? 0, y);
    }
  }
  return { lower, mentioned };
}

function parseHint(hint: string | undefined): { y: number; m: number; d: number } | null {
  if (!hint) return null;
  const p = parseDate(hint);
  if (!p || p.year === null || p.month === null || p.day === null) return null;
  return { y: p.year, m: p.month, d: p.day };
}

export function resolvePublishedAt(ev: DateEvidence): ResolvedDate {
  const none: ResolvedDate = { publishedAt: null, datePrecision: null, yearInferred: false, dateParts: null, dateSource: null, dateEvidence: null };
  // 1. Header date line.
  for (const line of ev.metaLines) {
    const p = parseDate(line);
    if (p && p.year !== null) {
      return { publishedAt: toIso(p, p.precision), datePrecision: p.precision, yearInferred: false, dateParts: stripPrecision(p), dateSource: 'published-line', dateEvidence: line };
    }
  }
  const dl = ev.dateline;
  // 2. Dateline with a year.
  if (dl && dl.year !== null && dl.month !== null && dl.day !== null) {
    const parts: DateParts = { year: dl.year, month: dl.month, day: dl.day };
    return { publishedAt: toIso(parts, 'day'), datePrecision: 'day', yearInferred: false, dateParts: parts, dateSource: 'dateline', dateEvidence: null };
  }
  // Caption upload dates: the story is not older than its newest picture.
  let captionBest: { y: number; m: number; d: number; line: string } | null = null;
  for (const line of ev.captionLines) {
    const cm = CAPTION_DATE_RE.exec(line);
    const p = cm ? parseDate(cm[1] ?? '') : null;
    if (p && p.year !== null && p.month !== null && p.day !== null) {
      const key = p.year * 10000 + p.month * 100 + p.day;
      if (!captionBest || key > captionBest.y * 10000 + captionBest.m * 100 + captionBest.d) captionBest = { y: p.year, m: p.month, d: p.day, line };
    }
  }
  if (!dl || dl.month === null || dl.day === null) {
    if (captionBest) {
      const parts: DateParts = { year: captionBest.y, month: captionBest.m, day: captionBest.d };
      return { publishedAt: toIso(parts, 'day'), datePrecision: 'day', yearInferred: false, dateParts: parts, dateSource: 'caption', dateEvidence: captionBest.line };
    }
    const hint = parseHint(ev.hint);
    if (hint) {
      const parts: DateParts = { year: hint.y, month: hint.m, day: hint.d };
      return { publishedAt: toIso(parts, 'day'), datePrecision: 'day', yearInferred: true, dateParts: parts, dateSource: 'hint', dateEvidence: `no date in the page; taken from hint ${ev.hint ?? ''}` };
    }
    return none;
  }
  // 3. Dateline month/day without a year: infer the year.
  const month = dl.month;
  const day = dl.day;
  const make = (y: number, source: DateSource, why: string): ResolvedDate => {
    const parts: DateParts = { year: y, month, day };
    return { publishedAt: toIso(parts, 'day'), datePrecision: 'day', yearInferred: true, dateParts: parts, dateSource: source, dateEvidence: why };
  };
  if (captionBest) {
    // The caption year, or the one before when the dateline is later in the calendar than the caption (Dec story, Jan photo is impossible; the reverse happens).
    const y = month * 100 + day >= captionBest.m * 100 + captionBest.d ? captionBest.y : captionBest.y + 1;
    return make(y, 'caption', `year from caption date in "${captionBest.line}"`);
  }
  const { lower, mentioned } = pastYearLowerBound(ev.paragraphs);
  const hint = parseHint(ev.hint);
  const maxYear = Math.min(ev.maxYear ?? new Date().getUTCFullYear() + 1, hint ? hint.y + 1 : 9999);
  const minYear = Math.max(lower ?? 1990, 1990);
  if (hint) {
    // Nearest occurrence of month/day to the hint date, not before the lower bound.
    let best: number | null = null;
    let bestDist = Infinity;
    for (let y = Math.max(minYear, hint.y - 1); y <= hint.y + 1; y++) {
      if (!validYmd(y, month, day)) continue;
      const dist = Math.abs(Date.UTC(y, month - 1, day) - Date.UTC(hint.y, hint.m - 1, hint.d));
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    if (best !== null) return make(best, 'hint', `year chosen nearest to the context date ${ev.hint ?? ''}`);
  }
  // Weekday named in the lead ("told TASS on Friday") pins the year among candidates.
  const lead = ev.paragraphs[0] ?? '';
  const wd = WEEKDAY_RE.exec(lead);
  if (wd) {
    const want = WEEKDAYS[(wd[1] ?? '').toLowerCase()];
    const anchor = lower ?? (mentioned.length ? Math.max(...mentioned) : null);
    if (want !== undefined && anchor !== null) {
      let best: number | null = null;
      for (let y = minYear; y <= maxYear; y++) {
        if (!validYmd(y, month, day) || weekdayOf(y, month, day) !== want) continue;
        if (best === null || Math.abs(y - anchor) < Math.abs(best - anchor) || (Math.abs(y - anchor) === Math.abs(best - anchor) && y > best)) best = y;
      }
      if (best !== null) {
        return make(best, 'text', `${wd[1] ?? ''} ${month}/${day} matches ${best}, nearest to the years named in the text (${anchor})`);
      }
    }
  }
  if (lower !== null && lower === maxYear) return make(lower, 'text', 'only year consistent with the years named in the text');
  // Nothing pins the year: report what is known, honestly.
  return {
    publishedAt: null,
    datePrecision: 'day',
    yearInferred: false,
    dateParts: { year: null, month, day },
    dateSource: 'dateline',
    dateEvidence: lower !== null ? `year unknown; not before ${lower} (years named in the text)` : 'year unknown',
  };
}

function stripPrecision(p: ParsedDate): DateParts {
  const out: DateParts = { year: p.year, month: p.month, day: p.day };
  if (p.hour !== undefined) {
    out.hour = p.hour;
    out.minute = p.minute ?? null;
    out.second = p.second ?? null;
  }
  return out;
}

/** A YYYY-MM-DD (or YYYYMMDD) date inside a file name, used as a hint. */
export function dateFromFilename(name: string | undefined): string | null {
  if (!name) return null;
  const m = /(?:^|[^\d])((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?:[^\d]|$)/.exec(name);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYmd(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
