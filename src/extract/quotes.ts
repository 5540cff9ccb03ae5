/**
 * Quote-mark state machine and sentence splitter. Both are single linear
 * passes over a paragraph, so pathological input (100k quote marks, 5 MB
 * lines) stays cheap.
 */
import { CUE_VERBS } from './data/cues.js';
import { ABBREVIATIONS } from './data/abbreviations.js';

export interface QuoteSpan {
  /** Index of the opening mark, or -1 when the quote starts before the paragraph (continuation). */
  open: number;
  /** Index of the closing mark, or paragraph length when unclosed. */
  close: number;
  /** Inner text bounds (without marks). */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '‹': '›' };

/**
 * Find top-level double-quote spans. Single quotes are only nested content
 * (apostrophes make top-level single quotes unreliable). A straight quote
 * inside a curly quote closes it (scrapes mix them: "...us,” ).
 */
export function findQuotes(p: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let expected = '';
  let nested = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] ?? '';
    if (openAt < 0) {
      if (c === '“' || c === '«' || c === '„' || c === '"' || c === '‹') {
        openAt = i;
        expected = OPENERS[c] ?? '"';
        nested = 0;
      } else if ((c === '”' || c === '»') && spans.length === 0 && i > 0) {
        // Closing mark with no opener: the scrape lost the opening mark at paragraph start.
        const after = p.slice(i + 1, i + 3);
        if (/^\s?[\p{Ll},]/u.test(after) || i === p.length - 1) {
          spans.push({ open: -1, close: i, innerStart: 0, innerEnd: i, closed: true });
        }
      }
      continue;
    }
    // Inside a quote.
    if (expected === '»' && c === '«') {
      nested++;
      continue;
    }
    if (expected === '”' && c === '“' && p[i - 1] !== ' ' && nested === 0) {
      // “ used as a closer by some typesetters ("like this“); treat as close.
      spans.push({ open: openAt, close: i, innerStart: openAt + 1, innerEnd: i, closed: true });
      openAt = -1;
      continue;
    }
    if (expected === '”' && c === '“') {
      nested++;
      continue;
    }
    if (c === '"' && expected === '"' && /\s/.test(p[i - 1] ?? '') && /\p{L}/u.test(p[i + 1] ?? '')) {
      // '"did not express interest. Rozen added, "think ...': a mark between a space and a letter opens a
      // quote, so the scrape lost the previous closing mark; that quote ends at its last sentence end.
      const inner = p.slice(openAt, i);
      const end = Math.max(inner.lastIndexOf('. '), inner.lastIndexOf('? '), inner.lastIndexOf('! '));
      if (end > 0) {
        spans.push({ open: openAt, close: openAt + end + 1, innerStart: openAt + 1, innerEnd: openAt + end + 1, closed: true });
        openAt = i;
        continue;
      }
    }
    const isClose = c === expected || (expected !== '»' && (c === '"' || c === '”')) || (expected === '»' && c === '"' && nested === 0);
    if (isClose) {
      if (nested > 0 && c !== '"') {
        nested--;
        continue;
      }
      spans.push({ open: openAt, close: i, innerStart: openAt + 1, innerEnd: i, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    spans.push({ open: openAt, close: p.length, innerStart: openAt + 1, innerEnd: p.length, closed: false });
  }
  return spans;
}

export interface Sentence {
  start: number;
  end: number;
}

/** Index → quote span lookup for a paragraph. */
export function quoteMask(p: string, spans: QuoteSpan[]): Int32Array {
  const mask = new Int32Array(p.length).fill(-1);
  spans.forEach((s, k) => {
    const from = Math.max(0, s.open);
    const to = Math.min(p.length - 1, s.close);
    for (let i = from; i <= to; i++) mask[i] = k;
  });
  return mask;
}

/**
 * '"...?" Antonov said.' — a name (or "the ambassador") and a reporting verb
 * closing the sentence right after a quote that ends in ? or !.
 */
function attributionAhead(p: string, j: number): boolean {
  const ahead = p.slice(j, j + 90);
  const m = /^((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(\p{Ll}+)\b([^.!?]{0,50})[.!?]?/u.exec(ahead);
  if (!m || !CUE_VERBS.has(m[2] ?? '')) return false;
  return !/\bthat\b/.test(m[3] ?? '');
}

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return ch !== ch.toLowerCase() || /[0-9“"«„‘'([]/.test(ch);
}

/**
 * Split a paragraph into sentences, never inside a quote span. A quote that
 * ends a sentence ("... Nothing.") followed by a capital also ends it.
 */
export function splitSentences(p: string, spans: QuoteSpan[], mask: Int32Array): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const c = p[i] ?? '';
    const q = mask[i] ?? -1;
    if (q >= 0) {
      const span = spans[q];
      // Jump to the end of the quote; maybe a sentence ends with it.
      if (span && i === Math.max(0, span.open)) {
        const endMark = span.close;
        const lastInner = p.slice(span.innerStart, span.innerEnd).trimEnd().slice(-1);
        i = endMark;
        if (span.closed && /[.!?…]/.test(lastInner)) {
          let j = endMark + 1;
          while (j < n && p[j] === ' ') j++;
          if (j >= n || (j > endMark + 1 && isUpperStart(p[j]) && !(/[?!]/.test(lastInner) && attributionAhead(p, j)))) {
            out.push({ start, end: Math.min(n, endMark + 1) });
            start = j;
            i = j - 1;
          }
        }
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && (p[j] === '.' || p[j] === ')' || p[j] === ']')) j++;
    if (j < n && p[j] !== ' ') continue;
    while (j < n && p[j] === ' ') j++;
    if (j < n && !isUpperStart(p[j])) continue;
    if (c === '.') {
      // Abbreviation or initial before the period?
      let k = i - 1;
      while (k >= 0 && /[\p{L}.]/u.test(p[k] ?? '')) k--;
      const word = p.slice(k + 1, i).toLowerCase();
      if (word.length === 1 && /\p{L}/u.test(word)) continue;
      if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    out.push({ start, end: i + 1 });
    start = j;
    i = j - 1;
  }
  if (start < n && p.slice(start).trim().length > 0) out.push({ start, end: n });
  return out;
}
