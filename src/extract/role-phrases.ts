/** Role phrases around a name: a title before it ("Russian Ambassador to the USA"), an apposition after it or before it. */
import { CUE_VERBS } from './data/cues.js';
import { HONORIFIC_WORDS, NON_NAME_WORDS } from './data/names.js';
import { COUNTRIES } from './data/places.js';
import { ROLE_CONNECTORS, ROLE_HEADS, ROLE_MODIFIERS } from './data/roles.js';
import { hasRoleHead } from './roles.js';
import { isAllCaps, isCapitalised, stripPossessive, type Token } from './text.js';

const ROLE_OF = new Set(['for', 'of']);

/** Walk back from a name over a title-like phrase ("Russian Ambassador to the USA"). */
export function roleBefore(text: string, toks: Token[], idx: number): string | null {
  let j = idx - 1;
  let first = idx;
  let count = 0;
  let portfolio = false;
  while (j >= 0 && count < 14) {
    const t = toks[j];
    const next = toks[j + 1];
    if (!t || !next) break;
    const gap = text.slice(t.end, next.start);
    // "Republican Sen. James Lankford": an abbreviated title keeps the phrase going.
    if (gap !== ' ' && !(gap === '. ' && (HONORIFIC_WORDS.has(t.text.toLowerCase()) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t.text)))) break;
    const lower = stripPossessive(t.text).toLowerCase();
    const ok =
      HONORIFIC_WORDS.has(lower) ||
      ROLE_HEADS.has(lower) ||
      ROLE_MODIFIERS.has(lower) ||
      ROLE_CONNECTORS.has(lower) ||
      (isCapitalised(t.text) && (!NON_NAME_WORDS.has(lower) || COUNTRIES[lower] !== undefined)) ||
      isAllCaps(t.text) ||
      (lower.endsWith('s') && ROLE_HEADS.has(lower.slice(0, -1)));
    if (!ok) {
      // "minister for foreign affairs Charlie Flanagan": a lower-case portfolio after "for"/"of" and a role head.
      const k = [j - 1, j - 2].find((x) => ROLE_OF.has((toks[x]?.text ?? '').toLowerCase()) && ROLE_HEADS.has((toks[x - 1]?.text ?? '').toLowerCase()));
      if (k === undefined || !/^\p{Ll}+$/u.test(t.text)) break;
      portfolio = true;
      first = k - 1;
      count += j - first + 1;
      j = k - 2;
      continue;
    }
    // A person's name ends the phrase ("Putin's spokesman" keeps "Putin's").
    first = j;
    j--;
    count++;
  }
  if (first === idx) return null;
  // Trim leading connectors and determiners.
  while (first < idx) {
    const lower = (toks[first]?.text ?? '').toLowerCase();
    if (ROLE_CONNECTORS.has(lower)) first++;
    else break;
  }
  if (first >= idx) return null;
  const startTok = toks[first];
  const endTok = toks[idx - 1];
  if (!startTok || !endTok) return null;
  const phrase = text.slice(startTok.start, endTok.end);
  // The phrase must name a role, and the word just before the name must be
  // the role head or a capitalised place/organisation closing "to X"/"of X".
  if (
    !hasRoleHead(phrase) &&
    !HONORIFIC_WORDS.has(
      (
        phrase
          .split(/[\s.]+/)
          .filter(Boolean)
          .pop() ?? ''
      ).toLowerCase(),
    )
  )
    return null;
  const lastLower = stripPossessive(endTok.text).toLowerCase();
  if (!(portfolio || ROLE_HEADS.has(lastLower) || HONORIFIC_WORDS.has(lastLower) || isCapitalised(endTok.text) || isAllCaps(endTok.text))) return null;
  return phrase;
}

const APPOSITION_STOP = /[,.;:"“”«»()]/;

/** ", director of the Center for ..." after a name. */
export function roleAfter(text: string, end: number): string | null {
  // "the appointment of Firoz Cachalia as acting minister": a role given to the name with "as".
  const as = /^ as (?:the |a |an |its |his |her |their )?((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/u.exec(text.slice(end, end + 60));
  const asHead = as?.[1]?.split(' ').findIndex((w) => ROLE_HEADS.has(w.toLowerCase()) && w.toLowerCase() !== 'former');
  if (as?.[1] && asHead !== undefined && asHead >= 0)
    return as[1]
      .split(' ')
      .slice(0, asHead + 1)
      .join(' ');
  // "James Lankford of Oklahoma, the lead GOP negotiator".
  const of = /^ (?:of|from) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?(?=,)/u.exec(text.slice(end, end + 40));
  if (of) end += of[0].length;
  if (text.charAt(end) !== ',') return null;
  let i = end + 1;
  while (text.charAt(i) === ' ') i++;
  // Age apposition: "Olena Kovalenko, 42, a teacher".
  const age = /^\d{1,3},\s*/.exec(text.slice(i, i + 6));
  if (age) i += age[0].length;
  let j = i;
  const limit = Math.min(text.length, i + 220);
  while (j < limit && !APPOSITION_STOP.test(text.charAt(j))) j++;
  // Allow "U.S." and "St." inside the phrase.
  while (j < limit && text.charAt(j) === '.' && /[A-Z]\.?$/.test(text.slice(Math.max(i, j - 2), j)) && text.charAt(j + 1) !== ' ') {
    j++;
    while (j < limit && !APPOSITION_STOP.test(text.charAt(j))) j++;
  }
  let phrase = text.slice(i, j).trim();
  phrase = phrase.replace(/^\d{1,3},?\s*/, '');
  if (!phrase) return null;
  const words = phrase.split(/\s+/);
  if (words.length > 30) return null;
  // Role head within the first five words (after a determiner).
  const head = words.slice(0, 6).map((w) => stripPossessive(w).toLowerCase());
  const headIdx = head.findIndex((w) => ROLE_HEADS.has(w) && w !== 'former');
  if (headIdx < 0) return null;
  // Reject clauses: "..., he said" / ", who ...".
  if (head.some((w) => w === 'who' || w === 'which' || CUE_VERBS.has(w) || w === 'is' || w === 'was')) return null;
  return phrase.replace(/^(?:the|a|an)\s+/i, '');
}

/** "the director of ..., Pyotr Ilyichev," before a name (apposition first). */
export function roleAppositionBefore(text: string, start: number): string | null {
  if (text.slice(Math.max(0, start - 2), start) !== ', ') return null;
  const segEnd = start - 2;
  let k = segEnd - 1;
  const limit = Math.max(0, segEnd - 200);
  while (k >= limit && !/[,.;:"“”«»()]/.test(text.charAt(k))) k--;
  // Allow abbreviations "U.S." inside.
  while (k >= limit && text.charAt(k) === '.' && /\b[A-Z]$/.test(text.slice(Math.max(0, k - 2), k))) {
    k--;
    while (k >= limit && !/[,.;:"“”«»()]/.test(text.charAt(k))) k--;
  }
  const seg = text.slice(k + 1, segEnd).trim();
  // "Deutsche Bahn's board member for human resources, Anja Reuther": a possessive name is a determiner too.
  const m =
    /^(?:the|a|an|its|his|her|their|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?)\s+(.{3,})$/iu.exec(seg) ?? bareRoleAtEnd(seg) ?? roleHeadFirst(seg);
  if (!m || !m[1]) return null;
  if (!hasRoleHead(m[1].split(/\s+/).slice(0, 5).join(' '))) return null;
  return m[1];
}

/** "When senior Chinese diplomat, Yang Jiechi, met ...": a role with no determiner, ending the segment in its head noun. */
function bareRoleAtEnd(seg: string): [string, string] | null {
  const words = seg.split(/\s+/);
  const head = stripPossessive(words[words.length - 1] ?? '').toLowerCase();
  if (!ROLE_HEADS.has(head) || head === 'former') return null;
  let k = words.length - 1;
  while (k > 0 && words.length - k < 5) {
    const w = words[k - 1] ?? '';
    const lower = w.toLowerCase();
    if (!(ROLE_MODIFIERS.has(lower) || ROLE_HEADS.has(lower) || (isCapitalised(w) && !NON_NAME_WORDS.has(lower)))) break;
    k--;
  }
  // A bare head alone ("Senator, ...") is too weak: at least one modifier.
  if (k === words.length - 1) return null;
  const phrase = words.slice(k).join(' ');
  return [phrase, phrase];
}

/** "Counsel to the association, Olumide Adeyemi-Bassey,", "Spokeswoman for the ministry, Jane Doe,": a role head opening a short segment. */
function roleHeadFirst(seg: string): [string, string] | null {
  const words = seg.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length > 8 || !ROLE_HEADS.has(first) || first === 'former' || !ROLE_CONNECTORS.has((words[1] ?? '').toLowerCase())) return null;
  return [seg, seg];
}
