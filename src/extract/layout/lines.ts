/**
 * What one line of scraped page text is, judged on the line alone: chrome
 * (navigation, widgets, players, tag lists), a caption or photo credit, a
 * metadata line (date, byline, credit), a teaser for another story, a
 * site-name header. The phrase tables are in data/chrome.ts.
 */
import { CHROME_LINES, GENRE_LABELS, GLUED_CHROME_ENDINGS, SECTION_WORDS, TEASER_OPENINGS } from '../data/chrome.js';
import { looksLikeDateLine } from '../date-evidence.js';
import { outletAtStart } from '../outlet-names.js';
import type { OutletEntry } from '../data/outlets.js';
import { endsLikeProse, wordCount } from '../text.js';

/** Photo/credit lines. */
const CAPTION_START_RE =
  /^(?:©|\(c\)|copyright\b|photo\s*:|photo by\b|photos?\s*[-–—]|image\s*:|credit\s*:|picture\s*:|pictured\s*:|file photo\b|file\s*[-–—:]\s|reuters\/|ap photo\b|afp photo\b)/i;
/** Sputnik-style image credit: "... - Sputnik Africa, 1920, 14.09.2023". */
export const SITE_CREDIT_RE = /\s[-–—]\s*([\p{L}][\p{L} .'-]{1,40}?),\s*\d{3,4},\s*(\d{1,2}\.\d{1,2}\.\d{4})\s*$/u;
/** "Sergey Bobylev/TASS", "REUTERS/Evelyn Hockstein", "(AP Photo/John Doe)". */
const PHOTOGRAPHER_CREDIT_RE =
  /(?:\b\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\/(?:TASS|AP|AFP|Reuters|REUTERS|EPA|Getty Images|Sputnik|RIA Novosti|Xinhua|Yonhap|Anadolu|Bloomberg|Pool|POOL|TT|NTB|Ritzau|dpa|ANP|Belga)|\b(?:REUTERS|AFP|EPA|AP)\/\p{Lu}[\p{L}'’. -]+)\)?\s*$/u;
/** A credit closing a caption: "Photo: Claudio Bresciani/TT", "Photo by REUTERS/Denis Balibouse.", "(… Pool Photo via AP)", "(Yonhap)". */
// (The last form is a credit as "(ABC South East NSW: Liam O'Sullivan)": the source, a colon, the photographer.)
const CLOSING_CREDIT_RE =
  /(?:\b(?:Photo|PHOTO|Photograph|Photos)\s*(?::|by)\s*[^.]{2,60}\.?|\((?:[^()]{0,80}\b(?:[Pp]hoto|[Pp]hotograph|via AP|via Reuters|via AFP|Getty Images|FILE|[Ff]ile)\b[^()]{0,40}|Yonhap|AP|AFP|Reuters|Xinhua|TASS|EPA|AA|[A-Z][\w .&/-]{1,40}: [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2})\))\s*$/;
/** The caption formula of agency pictures: "… is seen in this arranged photograph taken in London". */
const CAPTION_FORMULA_RE =
  /\b(?:is|are|was|were) (?:seen|pictured|shown|displayed)\b.{0,80}\bin this (?:\w+ ){0,3}(?:photo|photograph|picture|illustration|image|handout)\b/i;
const MEDIABANK_RE = /go to the mediabank|mediabank|getty images|shutterstock|\bpool photo\b/i;
const CREDIT_TRAILER_RE =
  /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated) by\b|contributed (?:to )?(?:this )?report|^our standards:|all rights reserved|^copyright \d{4}|^© \d{4}/i;
const DUAL_CREDIT_RE = /^\s*([^|]{2,60}?)\s*\|\|\s*([^|]{2,60}?)\s*$/;
const SOURCE_LINE_RE = /^(?:source|источник|via|by|from)\s*:\s*\S.{0,80}$/i;
const BYLINE_RE = /^by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and)\s*.{0,60})?$/u;
const COUNTER_RE = /^[\d\s.,:|·•+-]{1,12}$/;
/** Media players: "VIDEO2:4502:45", "0 seconds of 2 minutes, 4 secondsVolume 90%". */
const PLAYER_RE = /^(?:(?:video|audio|watch|listen)\s*\d{1,2}:\d{2}|\d+ seconds? of \d+ minutes?)/i;
/** "Full article 84 comments", "12 comments". */
const COMMENTS_RE = /^(?:full article\s*)?\d+\s+comments?$|^full article\b/i;
const TEASER_RE = new RegExp(
  String.raw`^(?:${TEASER_OPENINGS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\s*[:|»>–—-]|(?=\p{Lu}))`,
  'iu',
);
const GLUED_ENDING_RE = new RegExp(String.raw`(?<=\p{L})\s?(?:${GLUED_CHROME_ENDINGS.join('|')})\s*$`, 'iu');
const GENRE_LINE_RE = /^(?:(?:19|20)\d\d\s+)?([\p{L} ]{2,30})$/u;

/** Cheap test before the unanchored glued-ending regex: does the line end with one of the endings? */
function hasGluedEnding(line: string): boolean {
  const tail = line.slice(-40).toLowerCase().trimEnd();
  return GLUED_CHROME_ENDINGS.some((e) => tail.endsWith(e));
}

function chromeKey(line: string): string {
  const key = line.toLowerCase().replace(/[:»>|]+$/, '');
  return (key.includes('  ') || key.includes('\t') ? key.replace(/\s+/g, ' ') : key).trim();
}

function isTagTrail(line: string): boolean {
  const items = line.split(', ');
  return items.length >= 3 && !/[.!?:;"“”]/.test(line) && items.every((x) => /^\p{Lu}\S*(?: \S+){0,2}$/u.test(x));
}

export function isChrome(line: string): boolean {
  // "syrian conflict, sergey lavrov, saudi arabia": a tag list, all lower case.
  if (line.length <= 400 && !/\p{Lu}/u.test(line) && (line.match(/,/g)?.length ?? 0) >= 3 && !/[.!?]$/.test(line)) return true;
  if (line.length > 160) return false;
  // "News Feed, Ukraine, Kharkiv Oblast, Russian attacks": a tag trail, each item a capitalised word or three.
  if (isTagTrail(line)) return true;
  // Chrome phrases and genre labels are short: longer lines skip the lower-casing.
  const key = line.length <= 100 ? chromeKey(line) : '';
  if (CHROME_LINES.has(key)) return true;
  if (COUNTER_RE.test(line) && !/\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(line)) return true;
  if (CREDIT_TRAILER_RE.test(line)) return true;
  if (/^[-_=*•·—–]{2,}$/.test(line) || /^[•·]\s*\S{0,3}\s*link copied$/i.test(line)) return true;
  if (PLAYER_RE.test(line) || COMMENTS_RE.test(line) || (line.endsWith('%') && /volume \d+%$/i.test(line))) return true;
  if (isMenu(line)) return true;
  // "[ Other headline Opens in new window ]": a bracketed link to another page.
  if (/^\[.*\]$/.test(line) || (hasGluedEnding(line) && wordCount(line.replace(GLUED_ENDING_RE, '')) <= 1)) return true;
  if (line.endsWith('window') && /opens in new window$/i.test(line)) return true;
  // "1997 News Story", "Press Release": a genre label.
  const genre = GENRE_LINE_RE.exec(key);
  if (genre && GENRE_LABELS.has((genre[1] ?? '').trim())) return true;
  return false;
}

const MENU_SEPARATOR_RE = /\s*(?:\||>|»|›|·|•|\s\/\s)\s*/;

/**
 * A navigation menu or breadcrumb: "News | Sport | Weather | Opinion",
 * "Home > Sport > Football", "You are here: Home / Environment". Three or
 * more short capitalised items, or a trail that starts at "Home".
 */
function isMenu(line: string): boolean {
  if (/^you are here\b/i.test(line)) return true;
  // Section names side by side, with spaces or pipes: "South Africa Business World Opinionista", "Login | Subscribe | ePaper".
  const words = line.length <= 200 && !/[.,;:!?"“”]/.test(line) ? line.split(/[\s|]+/).filter(Boolean) : [];
  if (words.length >= 3) {
    const sections = words.filter((w) => SECTION_WORDS.has(w.toLowerCase())).length;
    const capitalised = words.every((w) => /^[\p{Lu}\d]|^e[A-Z]/u.test(w) || SECTION_WORDS.has(w.toLowerCase()));
    if (sections >= 3 && capitalised) return true;
  }
  if (!/[|>»›·•/]/.test(line) || !MENU_SEPARATOR_RE.test(line)) return false;
  const items = line.split(MENU_SEPARATOR_RE).filter(Boolean);
  if (items.length < 2 || !items.every((it) => /^\p{Lu}/u.test(it) && it.split(/\s+/).length <= 3)) return false;
  // Two short items are a menu too when a pipe or an arrow joins them ("News|Middle East"):
  // a headline with a site suffix has a long first part.
  return items.length >= 3 || /^home$/i.test(items[0] ?? '') || /[|>»›]/.test(line);
}

/** Cheap pre-checks keep the unanchored credit regexes off ordinary prose lines. */
function endsWithDigit(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return c >= 48 && c <= 57;
}

export function isCaptionLine(line: string): boolean {
  return (
    CAPTION_START_RE.test(line) ||
    (endsWithDigit(line) && SITE_CREDIT_RE.test(line)) ||
    ((line.includes('ediabank') || line.includes('etty') || line.includes('hutterstock') || /ool photo/i.test(line)) && MEDIABANK_RE.test(line)) ||
    (line.includes('/') && wordCount(line) <= 40 && PHOTOGRAPHER_CREDIT_RE.test(line)) ||
    (wordCount(line) <= 60 && (line.endsWith(')') || /photo/i.test(line)) && CLOSING_CREDIT_RE.test(line)) ||
    (line.includes(' in this ') && wordCount(line) <= 60 && CAPTION_FORMULA_RE.test(line))
  );
}

export function isMetaLine(line: string): boolean {
  if (line.length > 160) return false;
  if (looksLikeDateLine(line)) return true;
  if (line.includes('||') && DUAL_CREDIT_RE.test(line)) return true;
  if (SOURCE_LINE_RE.test(line) && wordCount(line) <= 10) return true;
  if (BYLINE_RE.test(line) && wordCount(line) <= 12 && !endsLikeProse(line.replace(/\.$/, ''))) return true;
  return false;
}

/** "More From Ministry of Foreign Affairs": an opening and a capitalised name, on a short line. */
const TEASER_NAMED_RE = new RegExp(String.raw`^(?:${TEASER_OPENINGS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\s+\p{Lu}`, 'iu');

export function isTeaser(line: string): boolean {
  return TEASER_RE.test(line) || (wordCount(line) <= 12 && !/[.!?]$/.test(line) && TEASER_NAMED_RE.test(line));
}

/** A headline of another story: short, mostly capitalised words, no full stop. */
export function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 22) return false;
  if (/[.;]$/.test(line)) return false;
  let caps = 0;
  for (const w of words) if (/^[\p{Lu}\d'‘“"]/u.test(w)) caps++;
  return caps / words.length >= 0.5;
}

const NAME_TAIL_WORDS = new Set(['of', 'and', 'the', 'for', 'en', 'de', 'la', 'le', 'el', '&', 'in', 'on']);

/**
 * The outlet a site-name line names: the name alone ("The Korea Herald"),
 * with a separator and a tag ("MercoPress, en Español", "X | Home"), run
 * into its slogan ("The Washington PostDemocracy Dies in Darkness"), or
 * followed by a section name ("KCNA Ministry of Foreign Affairs (EN)").
 */
export function siteHeaderOutlet(line: string): OutletEntry | null {
  if (line.length > 90 || wordCount(line) > 9) return null;
  const hit = outletAtStart(line, true);
  if (!hit) return null;
  const rest = line.slice(hit.length).trim();
  if (rest === '' || /^[,|:–—-]/.test(rest) || /^\p{Lu}/u.test(line.slice(hit.length))) return hit.entry;
  const words = rest.replace(/[()]/g, '').split(/\s+/);
  if (words.every((w) => /^\p{Lu}/u.test(w) || NAME_TAIL_WORDS.has(w.toLowerCase()))) return hit.entry;
  return null;
}

/** The line without chrome the scraper glued to its end ("…in Kyivget the free app" → "…in Kyiv"). */
export function withoutGluedChrome(line: string): string {
  return hasGluedEnding(line) ? line.replace(GLUED_ENDING_RE, '').trimEnd() : line;
}

/** A sentence, not a heading: ends with a full stop and reads as prose ("The Times of Israel liveblogged Tuesday’s events."). */
export function isSentenceLine(line: string): boolean {
  if (!/[^.]\.["”’]?$/.test(line) || wordCount(line) < 6) return false;
  let lower = 0;
  for (const w of line.split(/\s+/)) if (/^\p{Ll}/u.test(w)) lower++;
  return lower >= 3;
}

export function dominantScript(text: string): 'latin' | 'cyrillic' | 'other' {
  let latin = 0;
  let cyr = 0;
  let other = 0;
  const n = Math.min(text.length, 3000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c > 0x2000 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013) other++;
    else if (c > 0x24f && c < 0x2000) other++;
  }
  if (latin >= cyr && latin >= other) return 'latin';
  if (cyr >= other) return 'cyrillic';
  return 'other';
}
