/** Token and span helpers shared by the attribution rules. */
import { tokenize, type Token } from '../text.js';

// Tokens of the paragraph being processed, computed once and sliced per
// sentence/segment (tokenising is the hottest path; this avoids re-scanning).
let cachedPara: string | null = null;
let cachedTokens: Token[] = [];

/** Tokens lying entirely inside p[s, e). */
export function tokensIn(p: string, s: number, e: number): Token[] {
  if (p !== cachedPara) {
    cachedPara = p;
    cachedTokens = tokenize(p);
  }
  const toks = cachedTokens;
  const lo = firstStartingAt(toks, s);
  let end = lo;
  while (end < toks.length && (toks[end]?.end ?? 0) <= e) end++;
  return toks.slice(lo, end);
}

/** Index of the first item starting at or after `pos` (items sorted by start): a binary search. */
export function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let dashPara: string | null = null;
let dashParaHas = false;
function paragraphHasDash(p: string): boolean {
  if (p !== dashPara) {
    dashPara = p;
    dashParaHas = p.includes('—') || p.includes(' -- ') || p.includes(' – ');
  }
  return dashParaHas;
}

const PAIRED_DASH_RE = / (?:--|—|–) |—/g;

/** Top-level comma positions in p[s, e) (outside quotes, brackets and a pair of dashes: "its neighbours -- the US, China and Japan -- and"). */
export function topLevelCommas(p: string, s: number, e: number, mask: Int32Array): number[] {
  const out: number[] = [];
  const dashes: number[] = [];
  // (The paragraph is checked once for dashes; then only the span's own text is searched: a paragraph can be long
  // and hold thousands of spans.)
  if (paragraphHasDash(p)) {
    const seg = p.slice(s, e);
    for (const m of seg.matchAll(PAIRED_DASH_RE)) if ((mask[s + m.index] ?? -1) < 0) dashes.push(s + m.index);
  }
  let depth = 0;
  let pair = 0;
  for (let i = s; i < e; i++) {
    // Inside the n-th pair of dashes (an unpaired last dash opens nothing).
    while (pair + 1 < dashes.length && (dashes[pair + 1] ?? 0) < i) pair += 2;
    const inDashes = pair + 1 < dashes.length && (dashes[pair] ?? e) < i;
    const c = p.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0 && !inDashes && (mask[i] ?? -1) < 0) out.push(i);
  }
  return out;
}

export function trimSpan(p: string, s: number, e: number, kind: 'direct' | 'indirect'): [number, number] {
  while (s < e && /\s/.test(p.charAt(s))) s++;
  while (e > s && /[\s,;:—–-]/.test(p.charAt(e - 1))) e--;
  if (kind === 'indirect' && e > s && p.charAt(e - 1) === '.' && p.charAt(e - 2) !== '.') e--;
  return [s, e];
}
