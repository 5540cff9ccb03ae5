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
  return s
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Token {
  /** Token text as written (may carry a trailing possessive). */
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|\.(?=\p{L}))*/gu;

/** Word tokens with offsets. Apostrophes, hyphens and dotted acronyms (U.S) stay inside a token. */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(s)) !== null) {
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Strip a trailing possessive ('s, ’s, or bare ’/' after s). */
export function stripPossessive(w: string): string {
  if (/['’]s$/.test(w)) return w.slice(0, -2);
  if (/s['’]$/.test(w)) return w.slice(0, -1);
  return w;
}

export function isPossessive(w: string): boolean {
  return /['’]s$/.test(w) || /s['’]$/.test(w);
}

export function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for words like "USA", "DPRK", "U.S" (all upper-case letters). */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (const ch of w) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters > 0;
}

export function titleCaseWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_m: string, p: string, c: string) => p + c.toUpperCase());
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
