/**
 * People: find capitalised name runs, keep those with evidence of being a
 * person (a role before or after, a given name, a reporting verb next to
 * it, a patronymic, an honorific), merge variants into one person and
 * attach roles and affiliation.
 */
import { ORG_APPOSITION_HEADS, ORG_POSSESSIONS } from './data/organisations.js';
import { COUNTRIES, GIVEN_NAMES, NON_NAME_WORDS, ORG_WORDS, OUTLETS, PLACES, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { CUE_VERBS } from './data/cues.js';
import { outletByName } from './outlet-names.js';
import { affiliationOf, hasRoleHead, normaliseRole } from './roles.js';
import { isAllCaps, isCapitalised, isPossessive, memoised, stripPossessive, tokenize, type Token } from './text.js';
import type { Person } from './types.js';

export interface Mention {
  para: number;
  start: number;
  end: number;
  text: string;
  personId: number;
}

interface Candidate {
  para: number;
  start: number;
  end: number;
  /** Name tokens (possessive stripped). */
  words: string[];
  evidence: boolean;
  roles: string[];
}

export interface PersonRecord {
  id: number;
  forms: Map<string, number>;
  firstSeen: number;
  rolesAsWritten: string[];
  roles: string[];
  keyTokens: string[];
}

const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'ter',
  'ben',
  'bin',
  'ibn',
  'abu',
  'el',
  'al',
  'bint',
]);
const ROLE_OF = new Set(['for', 'of']);
const ROLE_CONNECTORS = new Set(['to', 'of', 'for', 'at', 'the', 'in', 'on']);
/** East Asian family names come first ("Kim Jong Un" → "Kim"). */
const FAMILY_FIRST = new Set([
  'kim',
  'park',
  'pak',
  'lee',
  'ri',
  'choi',
  'choe',
  'moon',
  'yoon',
  'kwon',
  'jung',
  'kang',
  'cho',
  'han',
  'xi',
  'li',
  'wang',
  'zhang',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'wu',
  'hu',
  'nguyen',
  'tran',
  'le',
  'pham',
  'hun',
  'lim',
  'shin',
  'song',
  'yoo',
  'ahn',
  'jang',
  'hong',
]);
/** Country keys that are acronyms: "Un" in "Kim Jong Un" is not the UN. */
const ACRONYM_KEYS = new Set(['un', 'us', 'uk', 'eu', 'uae', 'dprk', 'ussr', 'prc', 'usa', 'nato', 'u.s.', 'u.n.', 'u.k.', 'u.s.a.']);
const PATRONYMIC_RE = /(?:ovich|evich|ich|ovna|evna|ichna|yevich|yevna|ogly|kyzy)$/i;
/** Capitalised at a sentence start, never names. */
const COMMON_PLURALS = new Set([
  'sources',
  'authorities',
  'critics',
  'protesters',
  'protestors',
  'rescuers',
  'investigators',
  'people',
  'media',
  'reports',
  'data',
  'figures',
  'statistics',
  'residents',
  'witnesses',
  'police',
  'troops',
  'forces',
  'lawmakers',
  'militants',
  'rebels',
  'insiders',
  'voters',
  'locals',
  'parents',
  'americans',
  'europeans',
  'russians',
  'ukrainians',
  'chinese',
  'republicans',
  'democrats',
  'conservatives',
  'liberals',
]);
const HONORIFIC_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'capt',
  'adm',
  'sgt',
  'rev',
  'sir',
  'dame',
  'lord',
  'lady',
]);
const HONORIFIC_BEFORE_RE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Adm|Sgt|Rev)\.?\s$/;

function keyOf(word: string): string {
  return word.toLowerCase().replace(/['’]/g, '');
}

/** Lower-case tokens of a name, hyphen parts split: "Kim Jong-un" → [kim, jong, un]. */
export function nameKeyTokens(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) for (const part of w.split('-')) if (part) out.push(keyOf(part));
  return out;
}

function isNameWord(raw: string): boolean {
  const c0 = raw.charCodeAt(0);
  // Fast reject: lower-case ASCII start or digit.
  if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) return false;
  return cachedIsNameWord(raw);
}

const cachedIsNameWord = memoised(isNameWordUncached, 20000);

function isNameWordUncached(raw: string): boolean {
  const w = stripPossessive(raw);
  if (w.length < 2 || !isCapitalised(w) || isAllCaps(w)) return false;
  if (/\d/.test(w)) return false;
  const lower = w.toLowerCase();
  if (NON_NAME_WORDS.has(lower) || ORG_WORDS.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower)) return false;
  if ((COUNTRIES[lower] !== undefined && !ACRONYM_KEYS.has(lower)) || PLACES.has(lower) || OUTLETS[lower] !== undefined) return false;
  // Plural organisation words and plural role nouns: "Organizations", "Officials", "Analysts".
  if (lower.endsWith('s') && (ORG_WORDS.has(lower.slice(0, -1)) || ROLE_HEADS.has(lower.slice(0, -1)))) return false;
  if (COMMON_PLURALS.has(lower)) return false;
  if (w.includes('-')) {
    for (const part of lower.split('-')) {
      if (
        (COUNTRIES[part] !== undefined && !ACRONYM_KEYS.has(part)) ||
        PLACES.has(part) ||
        ORG_WORDS.has(part) ||
        part === 'era' ||
        part === 'based' ||
        part === 'led' ||
        part === 'style'
      )
        return false;
    }
  }
  return true;
}

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ') return true;
  // Initial: "George W. Bush".
  return gap === '. ' && a.text.length === 1;
}

/** Walk back from a name over a title-like phrase ("Russian Ambassador to the USA"). */
function roleBefore(text: string, toks: Token[], idx: number): string | null {
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
function roleAfter(text: string, end: number): string | null {
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
function roleAppositionBefore(text: string, start: number): string | null {
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
  const m = /^(?:the|a|an|its|his|her|their|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?)\s+(.{3,})$/iu.exec(seg);
  if (!m || !m[1]) return null;
  if (!hasRoleHead(m[1].split(/\s+/).slice(0, 5).join(' '))) return null;
  return m[1];
}

export interface PeopleResult {
  persons: PersonRecord[];
  mentions: Mention[];
  /** Mentions grouped by paragraph, sorted by start. */
  byPara: Mention[][];
}

/**
 * Extract people from `texts` (story paragraphs; extra texts after
 * `bodyCount` such as the standfirst contribute names and roles only).
 */
export function extractPeople(texts: string[], bodyCount: number): PeopleResult {
  const orgKeys = new Set<string>();
  const candidates: Candidate[] = [];
  const singles: Candidate[] = [];
  texts.forEach((text, para) => {
    const toks = tokenize(text);
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!t || !isNameWord(t.text)) {
        // "the [Biden] administration" / "the Trump administration".
        if (t && t.text.length === 14 && t.text.toLowerCase() === 'administration' && i > 0) {
          const prev = toks[i - 1];
          if (
            prev &&
            isNameWord(prev.text) &&
            /^(?:\s|\]\s)$/.test(text.slice(prev.end, t.start)) &&
            /(?:the\s+\[?|\[)$/i.test(text.slice(Math.max(0, prev.start - 5), prev.start))
          ) {
            singles.push({
              para,
              start: prev.start,
              end: prev.start + stripPossessive(prev.text).length,
              words: [stripPossessive(prev.text)],
              evidence: true,
              roles: [],
            });
          }
        }
        i++;
        continue;
      }
      // Extend the run.
      let j = i;
      const words = [stripPossessive(t.text)];
      while (!isPossessive(toks[j]?.text ?? '')) {
        const a = toks[j];
        const b = toks[j + 1];
        if (!a || !b || !gapIsSpace(text, a, b)) break;
        if (isNameWord(b.text)) {
          words.push(stripPossessive(b.text));
          j++;
          continue;
        }
        const c = toks[j + 2];
        // Middle initial: "Lindsey O. Graham".
        if (/^\p{Lu}$/u.test(b.text) && c && text.slice(b.end, c.start) === '. ' && isNameWord(c.text)) {
          words.push(`${b.text}.`);
          j++;
          continue;
        }
        // Particle inside a name: "Ursula von der Leyen".
        if (PARTICLES.has(b.text.toLowerCase()) && c && gapIsSpace(text, b, c) && isNameWord(c.text)) {
          words.push(b.text);
          j++;
          continue;
        }
        break;
      }
      // "Minister of State for Transport Lim Shu Hui", "the head of Gazprom Alexei Miller": the word after
      // "for"/"of" in a title names the portfolio or the organisation, not the person.
      if (
        words.length >= 3 &&
        ROLE_OF.has((toks[i - 1]?.text ?? '').toLowerCase()) &&
        hasRoleHeadWithin(toks, i - 2, 4) &&
        !GIVEN_NAMES.has(keyOf(words[0] ?? ''))
      ) {
        words.shift();
        i++;
      }
      const first = toks[i];
      const last = toks[j];
      if (!first || !last) break;
      const start = first.start;
      const end = first.start + text.slice(first.start, last.end).length - (last.text.length - stripPossessive(last.text).length);
      const next = toks[j + 1];
      const runLower = words.join(' ').toLowerCase();
      // Part of an organisation or place name ("Vostochny Cosmodrome", "Hong Kong").
      const followedByOrg =
        !!next &&
        gapIsSpace(text, last, next) &&
        !isPossessive(last.text) &&
        (ORG_WORDS.has(next.text.toLowerCase().replace(/['’]s?$/, '')) || isCapitalised(next.text)) &&
        !CUE_VERBS.has(next.text);
      // An outlet from the outlet table ("Politico reported", "Al-Monitor") is never a person.
      if (
        PLACES.has(runLower) ||
        COUNTRIES[runLower] !== undefined ||
        OUTLETS[runLower] !== undefined ||
        outletByName(runLower) !== null ||
        (followedByOrg && ORG_WORDS.has(next.text.toLowerCase().replace(/['’]s?$/, '')))
      ) {
        i = j + 1;
        continue;
      }
      if (ownedByOrganisation(text, last, next) || calledOrganisation(text.slice(end, end + 60))) orgKeys.add(nameKeyTokens(words).join(' '));
      const roles: string[] = [];
      const before = roleBefore(text, toks, i);
      if (before) roles.push(before);
      const after = roleAfter(text, end);
      if (after) roles.push(after);
      const appBefore = roleAppositionBefore(text, start);
      if (appBefore) roles.push(appBefore);
      const nextLower = next && gapIsSpace(text, last, next) ? next.text.toLowerCase() : '';
      const prevTok = toks[i - 1];
      const prevLower = prevTok ? prevTok.text.toLowerCase() : '';
      const cueNext = CUE_VERBS.has(nextLower) && next !== undefined && !isCapitalised(next.text);
      const cuePrev =
        (prevLower === 'said' || prevLower === 'says' || prevLower === 'added' || prevLower === 'noted' || prevLower === 'told' || prevLower === 'to') &&
        !!prevTok &&
        text.slice(prevTok.end, start) === ' ';
      const given = GIVEN_NAMES.has(keyOf(words[0] ?? ''));
      const patronymic = words.length >= 3 && PATRONYMIC_RE.test(words[1] ?? '');
      const honorific = HONORIFIC_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start));
      // "the Guardian": a determiner before a capitalised word marks a title or an organisation, not a name.
      const determined = prevLower === 'the' && !!prevTok && text.slice(prevTok.end, start) === ' ';
      const evidence =
        !determined && (roles.length > 0 || given || patronymic || honorific || (words.length >= 2 && (cueNext || (cuePrev && prevLower !== 'to'))));
      const cand: Candidate = { para, start, end, words, evidence, roles };
      if (words.length >= 2) candidates.push(cand);
      else if (/^administration$/i.test(nextLower)) {
        // Handled by the "the X administration" rule above.
      } else {
        // A single word needs a title right before it ("President Biden"), not any role phrase.
        const titled = !!prevTok && text.slice(prevTok.end, start) === ' ' && (ROLE_HEADS.has(prevLower) || HONORIFIC_WORDS.has(prevLower.replace(/\.$/, '')));
        singles.push({ ...cand, roles: titled ? roles : [], evidence: !determined && (titled || honorific || cueNext || cuePrev) });
      }
      i = j + 1;
    }
  });

  const persons: PersonRecord[] = [];
  const mentions: Mention[] = [];
  const order = (c: Candidate): number => c.para * 1e7 + c.start;

  const findByFullKey = (kt: string[]): PersonRecord | undefined => {
    const k = kt.join(' ');
    for (const p of persons) {
      if (p.keyTokens.join(' ') === k) return p;
      // Same first and last token: middle names and patronymics.
      const pf = p.keyTokens[0];
      const pl = p.keyTokens[p.keyTokens.length - 1];
      if (kt.length >= 2 && p.keyTokens.length >= 2 && pf === kt[0] && pl === kt[kt.length - 1]) return p;
    }
    return undefined;
  };

  const addMention = (p: PersonRecord, c: Candidate, form: string): void => {
    p.forms.set(form, (p.forms.get(form) ?? 0) + 1);
    p.firstSeen = Math.min(p.firstSeen, order(c));
    for (const r of c.roles) addRole(p, r);
    if (c.para < bodyCount) mentions.push({ para: c.para, start: c.start, end: c.end, text: form, personId: p.id });
  };

  // Persons from multi-word names with evidence, in text order.
  const multi = [...candidates].sort((a, b) => order(a) - order(b));
  const isOrganisation = (c: Candidate): boolean => orgKeys.has(nameKeyTokens(c.words).join(' '));
  for (const c of multi) {
    if (!c.evidence || isOrganisation(c)) continue;
    const kt = nameKeyTokens(c.words);
    let p = findByFullKey(kt);
    if (!p) {
      p = { id: persons.length, forms: new Map(), firstSeen: order(c), rolesAsWritten: [], roles: [], keyTokens: kt };
      persons.push(p);
    } else if (kt.length > p.keyTokens.length && !isPatronymicForm(c.words)) {
      p.keyTokens = kt;
    }
    addMention(p, c, c.words.join(' '));
  }
  // Multi-word runs without evidence: only as variants of a known person.
  for (const c of multi) {
    if (c.evidence) continue;
    const p = findByFullKey(nameKeyTokens(c.words));
    if (p) addMention(p, c, c.words.join(' '));
  }
  // Single words: surname (or East Asian family name) of a known person.
  const sortedSingles = [...singles].sort((a, b) => order(a) - order(b));
  for (const c of sortedSingles) {
    const w = keyOf(c.words[0] ?? '');
    const matches = persons.filter((p) => {
      const last = p.keyTokens[p.keyTokens.length - 1];
      const first = p.keyTokens[0];
      return last === w || (first === w && (FAMILY_FIRST.has(w) || p.keyTokens.length >= 3));
    });
    let p: PersonRecord | undefined;
    if (matches.length === 1) p = matches[0];
    else if (matches.length > 1) {
      // Most recently mentioned before this point.
      let bestPos = -1;
      for (const m of matches) {
        for (const men of mentions) {
          const pos = men.para * 1e7 + men.start;
          if (men.personId === m.id && pos < order(c) && pos > bestPos) {
            bestPos = pos;
            p = m;
          }
        }
      }
      p = p ?? matches[0];
    } else if (c.evidence && !GIVEN_NAMES.has(w) && !isOrganisation(c)) {
      p = { id: persons.length, forms: new Map(), firstSeen: order(c), rolesAsWritten: [], roles: [], keyTokens: [w] };
      persons.push(p);
    }
    if (p) addMention(p, c, c.words[0] ?? '');
  }
  mentions.sort((a, b) => a.para - b.para || a.start - b.start);
  const byPara: Mention[][] = texts.map(() => []);
  for (const m of mentions) byPara[m.para]?.push(m);
  return { persons, mentions, byPara };
}

function hasRoleHeadWithin(toks: Token[], from: number, n: number): boolean {
  for (let k = from; k >= 0 && k > from - n; k--) if (ROLE_HEADS.has((toks[k]?.text ?? '').toLowerCase())) return true;
  return false;
}

/** "Deutsche Bahn's board member": a name owning what only organisations own. */
function ownedByOrganisation(text: string, last: Token, next: Token | undefined): boolean {
  return isPossessive(last.text) && !!next && ORG_POSSESSIONS.has(next.text.toLowerCase()) && gapIsSpace(text, last, next);
}

/** ", the state railway operator," right after a name. */
function calledOrganisation(after: string): boolean {
  const m = /^,\s+(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)[,.]/u.exec(after);
  return !!m && ORG_APPOSITION_HEADS.has((m[2] ?? '').toLowerCase());
}

function isPatronymicForm(words: string[]): boolean {
  return words.length >= 3 && PATRONYMIC_RE.test(words[1] ?? '');
}

export function addRole(p: PersonRecord, raw: string): void {
  const asWritten = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:]+$/, '');
  if (!asWritten) return;
  if (!p.rolesAsWritten.includes(asWritten)) p.rolesAsWritten.push(asWritten);
  const norm = normaliseRole(asWritten);
  const lower = ` ${norm.toLowerCase()} `;
  // "President" adds nothing to "Russian President"; the fuller role replaces the shorter.
  if (p.roles.some((r) => ` ${r.toLowerCase()} `.includes(lower))) return;
  p.roles = p.roles.filter((r) => !lower.includes(` ${r.toLowerCase()} `));
  p.roles.push(norm);
}

/** Canonical name: the most used multi-word form (patronymic forms only as a last resort), ties → longest, then first seen. */
export function canonicalName(p: PersonRecord): string {
  const forms = [...p.forms.entries()];
  const multi = forms.filter(([f]) => f.includes(' '));
  const plain = multi.filter(([f]) => !isPatronymicForm(f.split(' ')));
  const pool = plain.length ? plain : multi.length ? multi : forms;
  let best = pool[0]?.[0] ?? '';
  let bestCount = -1;
  for (const [f, n] of pool) {
    if (n > bestCount || (n === bestCount && f.length > best.length)) {
      best = f;
      bestCount = n;
    }
  }
  return best;
}

export function toPublicPeople(res: PeopleResult): { people: Person[]; names: string[] } {
  const names = res.persons.map(canonicalName);
  const people: Person[] = res.persons
    .map((p, i) => {
      const name = names[i] ?? '';
      const aliases = [...p.forms.keys()].filter((f) => f !== name);
      let affiliation: string | null = null;
      for (const r of p.rolesAsWritten) {
        affiliation = affiliationOf(r);
        if (affiliation) break;
      }
      let mentionCount = 0;
      for (const n of p.forms.values()) mentionCount += n;
      return { name, aliases, roles: [...p.roles], rolesAsWritten: [...p.rolesAsWritten], affiliation, mentionCount, order: p.firstSeen };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
  return { people, names };
}
