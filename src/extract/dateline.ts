/**
 * Datelines that open a wire story:
 *   "WASHINGTON, September 14. /TASS/. ..."           (TASS)
 *   "WASHINGTON (Sputnik) - ..."                       (Sputnik, Reuters, AP)
 *   "LONDON, June 17 (Reuters) - ..."
 *   "AL AIN, United Arab Emirates, Jan. 11 (Yonhap) -- ..."  (place with its region)
 *   "Prague, August 9 (RFE/RL) -- ..."                 (title-case place before a known agency)
 *   "KYIV, Ukraine (AP) — ..."
 *   "RIYADH: ...", "ABU DHABI // ...", "PARIS — ..."   (place only)
 *   "Kyiv — ..."                                       (a known city in title case before a dash)
 *   "OREANDA-NEWS The United States ..."               (outlet tag only)
 */
import { MONTHS } from './data/calendar.js';
import { PLACES } from './data/places.js';
import { CAPITAL_CITIES } from './data/world-countries.js';
import { canonicalOutletName, outletByName } from './outlet-names.js';
import { titleCaseWord } from './text.js';

export interface Dateline {
  /** Normalised place ("Washington", "Al Ain, United Arab Emirates"), or null for an outlet-only tag. */
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

const REGION = String.raw`(?:,\s+((?!(?:${Object.keys(MONTHS).join('|')})\b)[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?`;
const UPPER_PLACE = String.raw`([A-Z][A-Z.'’\- ]{1,40}?[A-Z.])${REGION}`;
const ANY_PLACE = String.raw`([A-Z][A-Za-z.'’\- ]{1,40}?[A-Za-z.])${REGION}`;
const DATE = String.raw`,\s+([A-Z][a-z]{2,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?`;
const AGENCY = String.raw`([A-Za-z][A-Za-z .\/&\-]{1,30})`;
const TASS_RE = new RegExp(String.raw`^${UPPER_PLACE}${DATE}\s*\.?\s*\/${AGENCY}\/\s*\.?\s*(?:[-–—]+\s*)?`);
const PAREN_RE = new RegExp(String.raw`^${ANY_PLACE}(?:${DATE})?\s*\(${AGENCY}\)\s*(?:[-–—:]+|\/\/)\s*`);
const DASH_RE = new RegExp(String.raw`^${UPPER_PLACE}(?:${DATE})?(?:\s+(?:[-–—]+|\/\/)\s+|:\s+(?=\p{Lu}))`, 'u');
const TITLE_DASH_RE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:\s+(?:[–—]|--)\s+|:\s+)(?=\p{Lu})/u;
const TAG_RE = /^([A-Z][A-Z]+(?:[-. ][A-Z]+)*)(\s*[-–—:]\s*|\s+)(?=\p{Lu})/u;
/** Capitalised words that open a story or a line but are not places. */
const NOT_PLACES =
  /^(?:THE|BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|VIDEO|PHOTO|PHOTOS|ANALYSIS|OPINION|LIVE|FACTBOX|EXPLAINER|NOTE|EDITOR'S NOTE|READ MORE|CORRECTION|WARNING|NEW|URGENT|FLASH|ALERT|COMMENT|REVIEW|INTERVIEW|Q|A)$/;

function normalisePlace(p: string): string {
  return p
    .trim()
    .split(/\s+/)
    .map((w) => (/^(?:UN|US|UK|EU|DC|UAE|USA)$/.test(w) ? w : titleCaseWord(w)))
    .join(' ');
}

function isUpperPlace(p: string): boolean {
  const letters = p.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !NOT_PLACES.test(p.trim());
}

/** A dateline from a match whose groups are 1 place, 2 region, 3 month name, 4 day, 5 year (the patterns share them). */
function datelineOf(m: RegExpExecArray, agency: string | null): Dateline {
  const month = m[3] ? (MONTHS[m[3].toLowerCase()] ?? null) : null;
  const written = m[2] ? `${m[1] ?? ''}, ${m[2]}` : (m[1] ?? '');
  return {
    place: m[2] ? `${normalisePlace(m[1] ?? '')}, ${m[2]}` : normalisePlace(m[1] ?? ''),
    placeAsWritten: written,
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
  if (m && isUpperPlace(m[1] ?? '')) return datelineOf(m, canonicalOutletName(m[6] ?? ''));
  m = PAREN_RE.exec(head);
  // A title-case place ("Prague") only before a known agency or with a date.
  if (m && (isUpperPlace(m[1] ?? '') || ((outletByName(m[6] ?? '') !== null || m[3]) && !NOT_PLACES.test((m[1] ?? '').toUpperCase())))) {
    return datelineOf(m, canonicalOutletName(m[6] ?? ''));
  }
  m = DASH_RE.exec(head);
  if (m && isUpperPlace(m[1] ?? '') && !outletByName(m[1] ?? '')) return datelineOf(m, null);
  const t = TITLE_DASH_RE.exec(head);
  // "Kyiv — ...", "Dubai: UAE captain ...": a known city or capital in title case.
  if (t && (PLACES.has((t[1] ?? '').toLowerCase()) || CAPITAL_CITIES.has((t[1] ?? '').toLowerCase()))) {
    return { place: t[1] ?? null, placeAsWritten: t[1] ?? null, month: null, day: null, year: null, agency: null, length: t[0].length };
  }
  m = TAG_RE.exec(head);
  if (m) {
    const tag = m[1] ?? '';
    // "OREANDA-NEWS The …", "AFP - The …": a bare tag needs a separator or a compound name, so "KCNA Ministry of …" is not one.
    const separated = /[-–—:]/.test(m[2] ?? '') || /[-.]/.test(tag);
    if (separated && outletByName(tag)) {
      return { place: null, placeAsWritten: null, month: null, day: null, year: null, agency: canonicalOutletName(tag), length: m[0].length };
    }
  }
  return null;
}
