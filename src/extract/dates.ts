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

/** Words that may stand around a date in a date line: labels, weekdays, zones ("Last Updated: Wednesday, …, 17:03 GMT"). */
const DATE_LINE_WORDS_RE =
  /\b(?:published|updated|last|first|posted|date[ds]?|created|modified|on|at|by|all|news|edited|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|jst|kst|msk|am|pm|a\.m|p\.m|et|pt|local|time|hrs|h|ago|hours?|minutes?|mins?|days?|weeks?|read|just|now)\b\.?/gi;
/** Labels that say a date is the page's own (publication or update), not an event's. */
export const PUBLICATION_LABEL_RE = /\b(?:published|updated|posted|date|created|modified|issued|released)\b/i;

/**
 * A line (or one "|"-separated part of it) that is a date with at most a
 * label, a weekday, a time, a zone and one or two other words (a place, a
 * byline's initials): "Published : Dec. 18, 2017 - 11:16", "All News 04:07
 * January 12, 2019", "By JT - Jan 17,2023", "CBC News | Posted: November 19, 2010 9:25 PM".
 */
export function looksLikeDateLine(line: string): boolean {
  // Cheap gate first: a date line has a year.
  if (line.length > 160 || !/(?:19|20)\d\d/.test(line)) return false;
  for (const seg of line.split('|')) {
    const t = seg.trim();
    if (t.length < 6 || t.length > 90) continue;
    const found = findDates(t);
    const first = found[0];
    if (!first || first.date.year === null) continue;
    let rest = t.slice(0, first.index) + ' ' + t.slice(first.index + first.length);
    for (const f of found.slice(1)) if (f.date.year !== null) rest = rest.replace(t.slice(f.index, f.index + f.length), ' ');
    rest = rest
      .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ')
      .replace(DATE_LINE_WORDS_RE, ' ')
      .replace(/[^\p{L}\s]+/gu, ' ')
      .trim();
    // What is left may be a place or initials ("Montevideo", "JT"), never prose.
    const words = rest === '' ? [] : rest.split(/\s+/);
    if (words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  }
  return false;
}

/** Where a line stands on the page: above the title, between title and story, or in or after the story. */
export type PageZone = 'above' | 'header' | 'body';

export interface DateEvidence {
  /** Date lines ("Published: ...", "17.06.2024, 22:29"), with the zone of each. */
  metaLines: string[];
  metaZones?: PageZone[] | undefined;
  /** Caption lines, some carrying an upload date ("1920, 14.09.2023") or the date of the pictured event. */
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

/**
 * How much a date line says about publication: a labelled date in the page
 * header is the page's own; an unlabelled one under the title nearly so; one
 * above the title is often the site's clock ("Montevideo, September 27th
 * 2023"), and dates inside or after the story belong to teasers.
 */
function dateLineRank(line: string, zone: PageZone): number {
  const labelled = PUBLICATION_LABEL_RE.test(line);
  if (zone === 'body') return labelled ? 2 : 0;
  if (labelled) return 4;
  return zone === 'header' ? 3 : 1;
}

/** Month/day pairs written out with a month name in the story ("on October 6"). */
function namedMonthDays(paragraphs: string[]): Set<number> {
  const out = new Set<number>();
  for (const p of paragraphs.slice(0, 8)) {
    for (const f of findDates(p))
      if (f.date.month !== null && f.date.day !== null && /\p{L}/u.test(p.slice(f.index, f.index + f.length))) out.add(f.date.month * 100 + f.date.day);
  }
  return out;
}

/** 06/10/2022 is read month-first unless the story names 6 October and not June 10. */
function orderedByStory(f: FoundDate, paragraphs: string[]): ParsedDate {
  const p = f.date;
  if (!f.ambiguousOrder || p.month === null || p.day === null) return p;
  const named = namedMonthDays(paragraphs);
  if (named.has(p.day * 100 + p.month) && !named.has(p.month * 100 + p.day)) return { ...p, month: p.day, day: p.month };
  return p;
}

function headerDate(ev: DateEvidence): { date: ParsedDate; line: string } | null {
  let best: { date: ParsedDate; line: string; rank: number } | null = null;
  ev.metaLines.forEach((line, i) => {
    const rank = dateLineRank(line, ev.metaZones?.[i] ?? 'header');
    if (best && rank <= best.rank) return;
    const f = findDates(line).find((d) => d.date.year !== null);
    if (f) best = { date: orderedByStory(f, ev.paragraphs), line, rank };
  });
  return best;
}

/**
 * The day of the event the lead reports, when the lead names its weekday
 * ("met Thursday") and a caption or the story prints a full date falling on
 * that weekday ("diplomats met, Feb. 27, 2025, in Istanbul"): news is
 * published the day it happens.
 */
function eventDate(ev: DateEvidence): { date: DateParts; line: string } | null {
  const lead = ev.paragraphs[0] ?? '';
  const wd = WEEKDAY_RE.exec(lead);
  const want = wd ? WEEKDAYS[(wd[1] ?? '').toLowerCase()] : undefined;
  if (want === undefined) return null;
  let best: { date: DateParts; line: string; key: number } | null = null;
  for (const line of [...ev.captionLines, ...ev.paragraphs.slice(0, 6)]) {
    for (const f of findDates(line)) {
      const { year, month, day } = f.date;
      if (year === null || month === null || day === null || weekdayOf(year, month, day) !== want) continue;
      const key = year * 10000 + month * 100 + day;
      if (!best || key > best.key) best = { date: { year, month, day }, line, key };
    }
  }
  return best;
}

export function resolvePublishedAt(ev: DateEvidence): ResolvedDate {
  const none: ResolvedDate = { publishedAt: null, datePrecision: null, yearInferred: false, dateParts: null, dateSource: null, dateEvidence: null };
  // 1. Header date line.
  const head = headerDate(ev);
  if (head) {
    const p = head.date;
    return {
      publishedAt: toIso(p, p.precision),
      datePrecision: p.precision,
      yearInferred: false,
      dateParts: stripPrecision(p),
      dateSource: 'published-line',
      dateEvidence: head.line,
    };
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
    const event = captionBest ? null : eventDate(ev);
    if (event) {
      return {
        publishedAt: toIso(event.date, 'day'),
        datePrecision: 'day',
        yearInferred: false,
        dateParts: event.date,
        dateSource: 'caption',
        dateEvidence: event.line,
      };
    }
    if (captionBest) {
      const parts: DateParts = { year: captionBest.y, month: captionBest.m, day: captionBest.d };
      return {
        publishedAt: toIso(parts, 'day'),
        datePrecision: 'day',
        yearInferred: false,
        dateParts: parts,
        dateSource: 'caption',
        dateEvidence: captionBest.line,
      };
    }
    const hint = parseHint(ev.hint);
    if (hint) {
      const parts: DateParts = { year: hint.y, month: hint.m, day: hint.d };
      return {
        publishedAt: toIso(parts, 'day'),
        datePrecision: 'day',
        yearInferred: true,
        dateParts: parts,
        dateSource: 'hint',
        dateEvidence: `no date in the page; taken from hint ${ev.hint ?? ''}`,
      };
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
