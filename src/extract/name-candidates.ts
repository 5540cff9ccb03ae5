/** Name candidates: capitalised runs that may be a person's name, each with its evidence of being a person and the role phrases around it. */
import { CUE_VERBS } from './data/cues.js';
import { ACRONYM_KEYS, COMMON_PLURALS, GIVEN_NAMES, HONORIFIC_WORDS, NON_NAME_WORDS, PARTICLES } from './data/names.js';
import { OUTLETS } from './data/outlet-words.js';
import { COUNTRIES, ORG_WORDS, PLACES } from './data/places.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './data/roles.js';
import { outletByName } from './outlet-names.js';
import { ORG_APPOSITION_HEADS, ORG_POSSESSIONS } from './data/organisations.js';
import { roleAfter, roleAppositionBefore, roleBefore } from './role-phrases.js';
import { isAllCaps, isCapitalised, isPossessive, memoised, stripPossessive, tokenize, type Token } from './text.js';

export interface Candidate {
  para: number;
  start: number;
  end: number;
  /** Name tokens (possessive stripped). */
  words: string[];
  evidence: boolean;
  roles: string[];
}

const PATRONYMIC_RE = /(?:ovich|evich|ich|ovna|evna|ichna|yevich|yevna|ogly|kyzy)$/i;
const HONORIFIC_BEFORE_RE = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Adm|Sgt|Rev|Coun|Cllr|Maj|Brig|Cmdr|Det|Supt|Insp|Amb|Hon)\.?\s$/;

export function keyOf(word: string): string {
  return word.toLowerCase().replace(/['’]/g, '');
}

/** Lower-case tokens of a name, hyphen parts split: "Kim Jong-un" → [kim, jong, un]. */
export function nameKeyTokens(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) for (const part of w.split('-')) if (part) out.push(keyOf(part));
  return out;
}

export function isPatronymicForm(words: string[]): boolean {
  return words.length >= 3 && PATRONYMIC_RE.test(words[1] ?? '');
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

/** Name candidates in `texts`: runs of two or more name words, and single words (surnames; "the Trump administration"). */
export function findNameCandidates(texts: string[]): { candidates: Candidate[]; singles: Candidate[] } {
  const candidates: Candidate[] = [];
  const singles: Candidate[] = [];
  const orgKeys = new Set<string>();
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
      // "Restorer Yurii Dovhaniuk, who ...": at a sentence's start, a capitalised agent noun (-er, -or, -ist, -ian)
      // before a two-word name is an occupation, not a first name.
      if (
        words.length >= 3 &&
        /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(words[0] ?? '') &&
        !GIVEN_NAMES.has(keyOf(words[0] ?? '')) &&
        /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, (toks[i]?.start ?? 0) - 3), toks[i]?.start ?? 0))
      ) {
        words.shift();
        i++;
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
      // "the startup Finwise Foods", "developer Nordwind Energie": a name after what it is, an organisation.
      const before1 = toks[i - 1];
      const orgBefore = !!before1 && ORG_APPOSITION_HEADS.has(before1.text.toLowerCase()) && text.slice(before1.end, start) === ' ';
      if (
        orgBefore ||
        ownedByOrganisation(text, last, next) ||
        calledOrganisation(text.slice(end, end + 60)) ||
        expandedAsOrganisation(text.slice(end, end + 80)) ||
        words.some(isBrandCase)
      )
        orgKeys.add(nameKeyTokens(words).join(' '));
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
      // "in Kim Chuan", "residents of Hadapsar complained": a name after a locative preposition is a place
      // unless a title or honorific says otherwise.
      const locative = LOCATIVE_PREPOSITIONS.has(prevLower) && !!prevTok && text.slice(prevTok.end, start) === ' ';
      const given = GIVEN_NAMES.has(keyOf(words[0] ?? '')) && !locative;
      const patronymic = words.length >= 3 && PATRONYMIC_RE.test(words[1] ?? '');
      const honorific = HONORIFIC_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start));
      // "the Guardian": a determiner before a capitalised word marks a title or an organisation, not a name.
      const determined = prevLower === 'the' && !!prevTok && text.slice(prevTok.end, start) === ' ';
      // "Masaaki Watanabe, who runs a mountain hut,": only people are "who".
      // (Without the comma too: "replacing Ylva Johansson who is set to ...".)
      // ("a hospital in Khon Kaen who asked not to be named": after a locative preposition the "who" is someone else.)
      const who = /^,?\s+(?:who|whose)\s/.test(text.slice(end, end + 9)) && (words.length >= 2 || text.charAt(end) === ',') && !locative;
      const evidence =
        !determined &&
        (roles.length > 0 || given || patronymic || honorific || who || (words.length >= 2 && !locative && (cueNext || (cuePrev && prevLower !== 'to'))));
      const cand: Candidate = { para, start, end, words, evidence, roles };
      if (words.length >= 2) candidates.push(cand);
      else if (/^administration$/i.test(nextLower)) {
        // Handled by the "the X administration" rule above.
      } else {
        // A single word needs a title right before it ("President Biden"), not any role phrase.
        const titled = !!prevTok && text.slice(prevTok.end, start) === ' ' && (ROLE_HEADS.has(prevLower) || HONORIFIC_WORDS.has(prevLower.replace(/\.$/, '')));
        // "SBS Transit said": a word after an acronym is the end of an organisation's name.
        const afterAcronym = !!prevTok && isAllCaps(prevTok.text) && prevTok.text.length >= 2 && text.slice(prevTok.end, start) === ' ';
        // ("according to Putin" is evidence; "drove to Bega" is not.)
        const cuePrevSingle = cuePrev && (prevLower !== 'to' || (toks[i - 2]?.text ?? '').toLowerCase() === 'according');
        singles.push({
          ...cand,
          roles: titled ? roles : [],
          // ("Townsend, who also lost the final," is a person: only people are "who".)
          evidence: !determined && !afterAcronym && (titled || honorific || (cueNext && !locative) || cuePrevSingle || who),
        });
      }
      i = j + 1;
    }
  });
  // A name found to be an organisation anywhere in the article is no person anywhere in it.
  const person = (c: Candidate): boolean => !orgKeys.has(nameKeyTokens(c.words).join(' '));
  return { candidates: candidates.filter(person), singles: singles.filter(person) };
}

const ROLE_OF = new Set(['for', 'of']);
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'inside', 'outside', 'across', 'around', 'of', 'from', 'to']);

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

/** "Te Whatu Ora (Health New Zealand)": a name glossed in brackets by a proper name with a country or an organisation word. */
function expandedAsOrganisation(after: string): boolean {
  if (after.charCodeAt(1) !== 40) return false;
  const m = /^\s\(((?:\p{Lu}[\p{L}'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)\)/u.exec(after);
  if (!m?.[1]) return false;
  const lower = m[1].toLowerCase();
  const parts = lower.split(/\s+/);
  if (parts.some((w) => ORG_WORDS.has(w))) return true;
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) if (COUNTRIES[parts.slice(i, j).join(' ')] !== undefined) return true;
  return false;
}

/**
 * "BlackBerry", "PayPal", "SoftBank": a capital inside a word after three or more lower-case letters is a
 * brand's spelling; surnames put such a capital after a short prefix ("McDonald", "MacArthur", "DeSantis").
 */
export function isBrandCase(word: string): boolean {
  if (word.length < 6 || word.slice(1) === word.slice(1).toLowerCase()) return false;
  const m = /^\p{Lu}(\p{Ll}{3,})\p{Lu}\p{Ll}/u.exec(word);
  return !!m && !/^(?:itz|ac|an|er|on)$/.test(m[1] ?? '');
}
