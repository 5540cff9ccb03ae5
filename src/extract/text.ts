/** Small text helpers shared by the extractor modules. */

/** Characters that end a sentence or a line of prose (used to tell prose from headings/captions). */
const TERMINAL_CHARS = new Set(['.', '!', '?', '…', '"', '”', '»', '’', "'", ')', ']', ':', ';']);

export function endsLikeProse(line: string): boolean {
  const last = line.trimEnd().slice(-1);
  return TERMINAL_CHARS.has(last);
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Normalise raw scraped text: line endings, NBSP and zero-width characters, runs of spaces. */
export function normaliseRaw(raw: string): string {
  let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  s = s.replace(/\r\n?/g, '\n');
  s = s.replace(/[\u00a0\u2007\u202f\t]/g, ' ');
  s = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  s = s.replace(/ {2,}/g, ' ');
  return s;
}

/** Lower-case key for duplicate detection: collapse spaces and unify quote marks. */
export function dedupeKey(s: string): string {
  // Lines are already trimmed with single spaces (normaliseRaw).
  return s
    .toLowerCase()
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’`]/g, "'");
}

export interface Token {
  /** Token text as written (may carry a trailing possessive). */
  text: string;
  start: number;
  end: number;
}

const NON_ASCII_WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark (ASCII fast path; this runs on every character). */
function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0x2019) return false;
  return NON_ASCII_WORD_RE.test(ch);
}

/**
 * Word tokens with offsets. Apostrophes, hyphens and dotted acronyms (U.S)
 * stay inside a token. A hand-written scanner: tokenising is the hottest
 * path of the extractor.
 */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!isWordChar(c, s.charAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      c = s.charCodeAt(i);
      if (isWordChar(c, s.charAt(i)) || c === 39 || c === 0x2019 || c === 45) {
        i++;
        continue;
      }
      // A period inside an acronym ("U.S") when a letter follows.
      if (c === 46 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 128 && isWordChar(d, s.charAt(i + 1)))) {
          i++;
          continue;
        }
      }
      break;
    }
    // Trailing apostrophes/hyphens belong to the token only as possessives ("States’").
    let end = i;
    while (end > start + 1 && s.charCodeAt(end - 1) === 45) end--;
    out.push({ text: s.slice(start, end), start: base + start, end: base + end });
  }
  return out;
}

/** Strip a trailing possessive ('s, ’s, or bare ’/' after s). */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Length of a trailing possessive ('s, ’s, or ' after s), 0 if none. Char tests: this is a hot path. */
function possessiveLength(w: string): number {
  const n = w.length;
  if (n < 2) return 0;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  if (last === 115 && isApostrophe(prev)) return 2;
  if (isApostrophe(last) && prev === 115) return 1;
  return 0;
}

export function stripPossessive(w: string): string {
  const k = possessiveLength(w);
  return k === 0 ? w : w.slice(0, -k);
}

export function isPossessive(w: string): boolean {
  return possessiveLength(w) > 0;
}

export function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for words like "USA", "DPRK", "U.S" (all upper-case letters). */
export function isAllCaps(w: string): boolean {
  let ascii = true;
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) ascii = false;
  }
  if (ascii) return letters > 0;
  letters = 0;
  for (const ch of w) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters > 0;
}

export function titleCaseWord(w: string): string {
  return w.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m: string, p: string, c: string) => p + c.toUpperCase());
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Memoises a pure string function, emptying the cache when it reaches `max` entries (bounded memory). */
export function memoised<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const out = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, out);
    return out;
  };
}
