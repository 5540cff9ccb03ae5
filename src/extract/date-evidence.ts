/** Date evidence: which lines are date lines, and the dates in a page's header, captions and story that may tell when it was published. */
import { WEEKDAYS } from './data/calendar.js';
import { findDates, parseDate, type FoundDate, type ParsedDate } from './date-forms.js';
import type { DateParts } from './types.js';

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
  for (const seg of metaLineParts(line)) {
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

/** Parts of a byline row: "Neha Joshi / TNN / Updated: Sep 14, 2023", "Jane Doe · CBC Sports · Posted: …", "… GMT+1•Updated 16:58". */
export function metaLineParts(line: string): string[] {
  return line.split(/\s*[|·•]\s*|\s+\/\s+/);
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

const CAPTION_DATE_RE = /\b\d{3,4},\s*(\d{1,2}\.\d{1,2}\.\d{4})\b/;
export const WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const YEAR_RE = /\b(19[5-9]\d|20\d\d)\b/g;
/** Words right before a year that make it a future/target year, not a lower bound. */
const FUTURE_BEFORE_YEAR = new Set(['till', 'until', 'by', 'before', 'through', 'next']);
const PAST_SENTENCE_RE = /\b(?:was|were|had|did|since|ago|last|previous|former|earlier|held|took place)\b/i;
const FUTURE_SENTENCE_RE = /\b(?:will|plans?|planned|intends?|aims?|expects?|target|goal|scheduled|upcoming)\b/i;

export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * Years named in the text that the article cannot predate: full dates and
 * years in sentences about the past. "till 2019" or "in 2030 will" are not.
 */
export function pastYearLowerBound(paragraphs: string[]): { lower: number | null; mentioned: number[] } {
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

export function parseHint(hint: string | undefined): { y: number; m: number; d: number } | null {
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

/** Time zones of the Americas, where a numeric date is written month first; most of the world writes the day first. */
const MONTH_FIRST_ZONE_RE = /\b(?:[ECMP][SD]T|ET|CT|PT|AKST|HST)\b/;
const DAY_FIRST_ZONE_RE =
  /\b(?:GMT|UTC)\s*[+-]|\b(?:BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|PKT|SGT|HKT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|EAT|WAT|CAT|GST)\b/;

/**
 * 06/10/2022 is read month-first unless the story names 6 October and not June 10, or the line's time zone
 * is outside the Americas ("Published on 05/03/2024 - 16:22 GMT+1" is 5 March).
 */
function orderedByStory(f: FoundDate, paragraphs: string[], line = ''): ParsedDate {
  const p = f.date;
  if (!f.ambiguousOrder || p.month === null || p.day === null) return p;
  const swapped = { ...p, month: p.day, day: p.month };
  const named = namedMonthDays(paragraphs);
  if (named.has(p.day * 100 + p.month) && !named.has(p.month * 100 + p.day)) return swapped;
  if (!named.has(p.month * 100 + p.day) && DAY_FIRST_ZONE_RE.test(line) && !MONTH_FIRST_ZONE_RE.test(line)) return swapped;
  return p;
}

export function headerDate(ev: DateEvidence): { date: ParsedDate; line: string } | null {
  let best: { date: ParsedDate; line: string; rank: number } | null = null;
  ev.metaLines.forEach((line, i) => {
    const rank = dateLineRank(line, ev.metaZones?.[i] ?? 'header');
    if (best && rank <= best.rank) return;
    const f = findDates(line).find((d) => d.date.year !== null);
    if (f) best = { date: orderedByStory(f, ev.paragraphs, line), line, rank };
  });
  return best;
}

/**
 * The day of the event the lead reports, when the lead names its weekday
 * ("met Thursday") and a caption or the story prints a full date falling on
 * that weekday ("diplomats met, Feb. 27, 2025, in Istanbul"): news is
 * published the day it happens.
 */
export function eventDate(ev: DateEvidence): { date: DateParts; line: string } | null {
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

/** The newest caption upload date ("1920, 14.09.2023"), with its line. */
export function newestCaptionDate(captionLines: string[]): { y: number; m: number; d: number; line: string } | null {
  let captionBest: { y: number; m: number; d: number; line: string } | null = null;
  for (const line of captionLines) {
    const cm = CAPTION_DATE_RE.exec(line);
    const p = cm ? parseDate(cm[1] ?? '') : null;
    if (p && p.year !== null && p.month !== null && p.day !== null) {
      const key = p.year * 10000 + p.month * 100 + p.day;
      if (!captionBest || key > captionBest.y * 10000 + captionBest.m * 100 + captionBest.d) captionBest = { y: p.year, m: p.month, d: p.day, line };
    }
  }
  return captionBest;
}
