/**
 * Turn raw scraped page text into title, standfirst and clean story
 * paragraphs, and keep the non-story lines that carry metadata (date lines,
 * credits, captions) for the date and outlet detectors.
 */
import { CHROME_LINES, SECTION_LABELS } from './lexicon.js';
import { parseDateline } from './dateline.js';
import { looksLikeDateLine } from './dates.js';
import { dedupeKey, endsLikeProse, normaliseRaw, wordCount } from './text.js';

export type LineKind =
  | 'title'
  | 'standfirst'
  | 'body'
  | 'subheading'
  | 'chrome'
  | 'meta'
  | 'caption'
  | 'section'
  | 'teaser'
  | 'signature'
  | 'duplicate';

export interface ClassifiedLine {
  text: string;
  kind: LineKind;
}

export interface CleanResult {
  title: string | null;
  standfirst: string | null;
  paragraphs: string[];
  subheadings: string[];
  /** Date lines, "Source: X", "A || B", bylines. */
  metaLines: string[];
  captionLines: string[];
  signatureLines: string[];
  lines: ClassifiedLine[];
}

/** Photo/credit lines. */
const CAPTION_START_RE = /^(?:©|\(c\)|copyright\b|photo\s*:|photo by\b|photos?\s*[-–—]|image\s*:|credit\s*:|picture\s*:|pictured\s*:|file photo\b|reuters\/|ap photo\b|afp photo\b)/i;
/** Sputnik-style image credit: "... - Sputnik Africa, 1920, 14.09.2023". */
export const SITE_CREDIT_RE = /\s[-–—]\s*([\p{L}][\p{L} .'-]{1,40}?),\s*\d{3,4},\s*(\d{1,2}\.\d{1,2}\.\d{4})\s*$/u;
/** "Sergey Bobylev/TASS", "REUTERS/Evelyn Hockstein", "(AP Photo/John Doe)". */
const PHOTOGRAPHER_CREDIT_RE = /(?:\b\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\/(?:TASS|AP|AFP|Reuters|REUTERS|EPA|Getty Images|Sputnik|RIA Novosti|Xinhua|Yonhap|Anadolu|Bloomberg|Pool|POOL)|\b(?:REUTERS|AFP|EPA|AP)\/\p{Lu}[\p{L}'’. -]+)\)?\s*$/u;
const MEDIABANK_RE = /go to the mediabank|mediabank|getty images|shutterstock|\bpool photo\b/i;
const TEASER_START_RE = /^(?:read (?:also|more)|see also|also read|related|more on this|recommended|watch|listen)\s*[:|»>-]/i;
const CREDIT_TRAILER_RE = /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated) by\b|contributed (?:to )?(?:this )?report|^our standards:|all rights reserved|^copyright \d{4}|^© \d{4}/i;
const DUAL_CREDIT_RE = /^\s*([^|]{2,60}?)\s*\|\|\s*([^|]{2,60}?)\s*$/;
const SOURCE_LINE_RE = /^(?:source|источник|via|by|from)\s*:\s*\S.{0,80}$/i;
const BYLINE_RE = /^by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and)\s*.{0,60})?$/u;
const COUNTER_RE = /^[\d\s.,:|·•+-]{1,12}$/;

function dominantScript(text: string): 'latin' | 'cyrillic' | 'other' {
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

function isChrome(line: string): boolean {
  if (line.length > 160) return false;
  const key = line.toLowerCase().replace(/[:»>|]+$/, '').trim();
  if (CHROME_LINES.has(key)) return true;
  if (COUNTER_RE.test(line) && !/\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(line)) return true;
  if (CREDIT_TRAILER_RE.test(line)) return true;
  if (/^[-_=*•·—–]{2,}$/.test(line)) return true;
  return false;
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
    ((line.includes('ediabank') || line.includes('etty') || line.includes('hutterstock') || line.includes('ool photo')) && MEDIABANK_RE.test(line)) ||
    (line.includes('/') && wordCount(line) <= 40 && PHOTOGRAPHER_CREDIT_RE.test(line))
  );
}

function isMetaLine(line: string): boolean {
  if (line.length > 160) return false;
  if (line.length <= 80 && looksLikeDateLine(line)) return true;
  if (line.includes('||') && DUAL_CREDIT_RE.test(line)) return true;
  if (SOURCE_LINE_RE.test(line) && wordCount(line) <= 10) return true;
  if (BYLINE_RE.test(line) && wordCount(line) <= 12 && !endsLikeProse(line.replace(/\.$/, ''))) return true;
  return false;
}

/** A headline of another story: short, mostly capitalised words, no full stop. */
function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 22) return false;
  if (/[.;]$/.test(line)) return false;
  let caps = 0;
  for (const w of words) if (/^[\p{Lu}\d'‘“"]/u.test(w)) caps++;
  return caps / words.length >= 0.5;
}

/**
 * Split text into candidate lines. Blank-line separated blocks whose lines
 * look hard-wrapped (long, not ending a sentence) are joined back.
 */
function splitLines(text: string): string[] {
  const out: string[] = [];
  const blocks = text.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (lines.length >= 3) {
      const body = lines.slice(0, -1);
      const wrapped = body.filter((l) => l.length >= 35 && l.length <= 100 && !endsLikeProse(l)).length;
      if (wrapped / body.length >= 0.7 && body.every((l) => l.length >= 35)) {
        out.push(lines.join(' '));
        continue;
      }
    }
    for (const l of lines) out.push(l);
  }
  return out;
}

export function cleanArticle(raw: string): CleanResult {
  const text = normaliseRaw(raw);
  const lines = splitLines(text);
  const script = dominantScript(text);
  const classified: ClassifiedLine[] = [];
  const result: CleanResult = {
    title: null,
    standfirst: null,
    paragraphs: [],
    subheadings: [],
    metaLines: [],
    captionLines: [],
    signatureLines: [],
    lines: classified,
  };

  // Classify each line once.
  const chrome = lines.map(isChrome);
  const meta = lines.map((l) => isMetaLine(l));
  const caption = lines.map((l) => isCaptionLine(l));
  const foreign = lines.map((l) => script === 'latin' && wordCount(l) <= 4 && dominantScript(l) !== 'latin');
  let lastContent = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!chrome[i] && !caption[i] && !foreign[i]) {
      lastContent = i;
      break;
    }
  }
  // Find where the story body starts: the first dateline line, else the
  // first prose line (long, ends like a sentence).
  let bodyStart = -1;
  let firstContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (chrome[i] || meta[i] || caption[i]) continue;
    if (firstContent < 0) {
      firstContent = i;
      // A dateline-led first line is body, not a title.
      if (parseDateline(l)) {
        bodyStart = i;
        break;
      }
      continue;
    }
    if (parseDateline(l)) {
      bodyStart = i;
      break;
    }
  }
  if (bodyStart < 0) {
    for (let i = firstContent + 1; i < lines.length && firstContent >= 0; i++) {
      const l = lines[i] ?? '';
      if (chrome[i] || meta[i] || caption[i]) continue;
      if (endsLikeProse(l) && wordCount(l) >= 8) {
        bodyStart = i;
        break;
      }
    }
  }
  // No title: the first line is already prose (a long sentence, or the only line).
  if (firstContent >= 0) {
    const l = lines[firstContent] ?? '';
    const prose = endsLikeProse(l) && /[.!?…"”»]$/.test(l);
    if (prose && (wordCount(l) >= 25 || (bodyStart < 0 && wordCount(l) >= 8))) bodyStart = firstContent;
  }

  const seen = new Set<string>();
  let expectTeaser = 0;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const push = pushLine.bind(null, classified, l);
    if (meta[i] && wordCount(l) <= 14) {
      result.metaLines.push(l);
      push('meta');
      continue;
    }
    if (caption[i]) {
      result.captionLines.push(l);
      push('caption');
      continue;
    }
    if (chrome[i]) {
      if (SECTION_LABELS.has(l.toLowerCase().replace(/[:»>]+$/, '').trim()) && i > bodyStart && bodyStart >= 0) expectTeaser = 3;
      push(SECTION_LABELS.has(l.toLowerCase()) ? 'section' : 'chrome');
      continue;
    }
    if (TEASER_START_RE.test(l)) {
      push('teaser');
      continue;
    }
    // Short trailing words in another script ("Комментарии" under an English story).
    if (foreign[i]) {
      push('chrome');
      continue;
    }
    if (i < bodyStart || bodyStart < 0) {
      if (result.title === null) {
        result.title = l;
        seen.add(dedupeKey(l));
        push('title');
        continue;
      }
      if (result.standfirst === null && bodyStart >= 0 && wordCount(l) >= 6 && hasSentenceShape(l)) {
        result.standfirst = l;
        seen.add(dedupeKey(l));
        push('standfirst');
        continue;
      }
      if (bodyStart < 0) {
        // No prose at all: keep lines as paragraphs so nothing of the story is lost.
        const key = dedupeKey(l);
        if (seen.has(key)) {
          push('duplicate');
          continue;
        }
        seen.add(key);
        result.paragraphs.push(l);
        push('body');
        continue;
      }
      // Between title/standfirst and the body: photo captions.
      result.captionLines.push(l);
      push('caption');
      continue;
    }
    if (expectTeaser > 0) {
      if (isHeadlineLike(l) && !endsLikeProse(l.replace(/[?!]$/, '.').slice(0, -1))) {
        expectTeaser--;
        push('teaser');
        continue;
      }
      expectTeaser = 0;
    }
    const key = dedupeKey(l);
    if (seen.has(key)) {
      push('duplicate');
      continue;
    }
    const words = wordCount(l);
    if (!endsLikeProse(l) && words <= 20 && !/["“”«»]/.test(l.slice(0, 1))) {
      // Last line equal to an outlet / credit name: signature.
      if (i >= lastContent) {
        if (words <= 5) {
          result.signatureLines.push(l);
          push('signature');
          continue;
        }
      }
      result.subheadings.push(l);
      seen.add(key);
      push('subheading');
      continue;
    }
    seen.add(key);
    result.paragraphs.push(l);
    push('body');
  }
  return result;
}

function pushLine(out: ClassifiedLine[], text: string, kind: LineKind): void {
  out.push({ text, kind });
}

/**
 * The standfirst is the first line after the title; a line that is only a
 * name-and-role (a caption without credit) is not. Standfirsts are sentences:
 * they contain several lower-case words.
 */
function hasSentenceShape(l: string): boolean {
  const words = l.split(/\s+/);
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w)) lower++;
  return lower >= 3;
}
