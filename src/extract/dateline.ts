/**
 * Datelines that open a wire story:
 *   "WASHINGTON, September 14. /TASS/. ..."       (TASS)
 *   "WASHINGTON (Sputnik) - ..."                   (Sputnik, Reuters, AP)
 *   "LONDON, June 17 (Reuters) - ..."
 *   "KYIV, Ukraine (AP) — ..."
 *   "OREANDA-NEWS The United States ..."           (outlet tag only)
 *   "PARIS — ..."                                  (place only)
 */
import { MONTHS, OUTLETS } from './lexicon.js';
import { titleCaseWord } from './text.js';

export interface Dateline {
  /** Normalised place ("Washington"), or null for an outlet-only tag. */
  place: string | null;
  placeAsWritten: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
  /** Agency named in the dateline ("TASS", "Sputnik"). */
  agency: string | null;
  /** Length of the dateline prefix in the paragraph (story text starts here). */
  length: number;
}

const PLACE = String.raw`([A-Z][A-Z.'’\- ]{1,40}?[A-Z.])(?:,\s+([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?`;
const TASS_RE = new RegExp(
  String.raw`^${PLACE},\s+([A-Z][a-z]{2,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*\.?\s*\/([A-Za-z][A-Za-z .\-]{1,30})\/\s*\.?\s*`,
);
const PAREN_RE = new RegExp(
  String.raw`^${PLACE}(?:,\s+([A-Z][a-z]{2,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)?\s*\(([A-Za-z][A-Za-z .\-]{1,30})\)\s*[-–—:]+\s*`,
);
const DASH_RE = new RegExp(String.raw`^${PLACE}(?:,\s+([A-Z][a-z]{2,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)?\s+[-–—]+\s+`);
const TAG_RE = /^([A-Z][A-Z]+(?:[-. ][A-Z]+)*)(?:\s*[-–—:]\s*|\s+)(?=\p{Lu})/u;

function normalisePlace(p: string): string {
  return p
    .trim()
    .split(/\s+/)
    .map((w) => (/^(?:UN|US|UK|EU|DC)$/.test(w) ? w : titleCaseWord(w)))
    .join(' ');
}

function canonicalOutlet(name: string): string {
  const key = name.trim().toLowerCase();
  return OUTLETS[key] ?? name.trim();
}

function isUpperPlace(p: string): boolean {
  const letters = p.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !/^(?:THE|BREAKING|UPDATE|EXCLUSIVE|WATCH|VIDEO|PHOTO)$/.test(p.trim());
}

/** A dateline from a match whose groups are 1 place, 3 month name, 4 day, 5 year (the three patterns share them). */
function datelineOf(m: RegExpExecArray, agency: string | null): Dateline {
  const month = m[3] ? (MONTHS[m[3].toLowerCase()] ?? null) : null;
  return {
    place: normalisePlace(m[1] ?? ''),
    placeAsWritten: m[1] ?? null,
    month,
    day: month && m[4] ? Number(m[4]) : null,
    year: m[5] ? Number(m[5]) : null,
    agency,
    length: m[0].length,
  };
}

export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  let m = TASS_RE.exec(head);
  if (m && isUpperPlace(m[1] ?? '')) return datelineOf(m, canonicalOutlet(m[6] ?? ''));
  m = PAREN_RE.exec(head);
  if (m && isUpperPlace(m[1] ?? '')) return datelineOf(m, canonicalOutlet(m[6] ?? ''));
  m = DASH_RE.exec(head);
  if (m && isUpperPlace(m[1] ?? '') && !OUTLETS[(m[1] ?? '').toLowerCase()]) return datelineOf(m, null);
  m = TAG_RE.exec(head);
  if (m) {
    const tag = (m[1] ?? '').toLowerCase();
    if (OUTLETS[tag]) {
      return { place: null, placeAsWritten: null, month: null, day: null, year: null, agency: canonicalOutlet(m[1] ?? ''), length: m[0].length };
    }
  }
  return null;
}
