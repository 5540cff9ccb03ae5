/** Subject stage: is an NP a speaker, and of which kind (person, pronoun, role noun, organisation)? */
import { OUTLETS } from '../data/outlet-words.js';
import { COUNTRIES, ORG_WORDS, PLACES } from '../data/places.js';
import { ROLE_HEADS } from '../data/roles.js';
import { NON_NAME_WORDS } from '../data/names.js';
import { COLLECTIVE_HEADS, NP_POSTMODIFIERS, PREPOSITIONS, SUBJECT_FORBIDDEN, WEEKDAY_NAMES } from '../data/subjects.js';
import { CLAUSE_AUXILIARIES } from '../data/cues.js';
import { ORG_APPOSITION_HEADS } from '../data/organisations.js';
import { outletByName } from '../outlet-names.js';
import type { Mention } from '../people.js';
import { isAllCaps, isCapitalised } from '../text.js';
import { firstStartingAt, tokensIn } from './tokens.js';
import type { Subject } from './types.js';

export const clean = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/[.,;:]+$/, '');

const stripThe = (t: string): string => t.replace(/^the\s+/i, '');

export function singular(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('men')) return w.slice(0, -3) + 'man';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const SUBJECT_TIME_ADJUNCT_RE = new RegExp(
  String.raw`,?\s+(?:on\s+)?(?:(?:last|this|early|late)\s+)?(?:${WEEKDAY_NAMES}|yesterday|today|tonight|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?,?$`,
  'u',
);
const SUBJECT_ASIDE_RE = /^\s*(?:who|which|whose|for (?:its|his|her|their) part|in turn|however|too|meanwhile|though|in response)\b/;

/** Person mention inside [s, e) that heads the NP (not "for X", not "X's aide"). */
export function headPersonMention(p: string, s: number, e: number, mentions: Mention[]): Mention | null {
  let best: Mention | null = null;
  for (let i = firstStartingAt(mentions, s); i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= e) break;
    if (m.end > e) continue;
    if (/^['’]s?\b/.test(p.slice(m.end, m.end + 2)) || /^['’]\s/.test(p.slice(m.end, m.end + 2))) continue;
    const before = p.slice(Math.max(s, m.start - 6), m.start).toLowerCase();
    if (/\b(?:for|of|to|by|with|from|about|and|on|in|at|near)\s$/.test(before)) continue;
    best = m;
  }
  return best;
}

/** Classify the NP in p[s, e) as a speaker subject, or null when it is not speaker-like. */
export function classifySubject(p: string, s: number, e: number, mentions: Mention[]): Subject | null {
  while (s < e && /[\s,]/.test(p.charAt(s))) s++;
  while (e > s && /[\s,]/.test(p.charAt(e - 1))) e--;
  if (e <= s) return null;
  // "A city councilor on Tuesday, March 5, alleged ...": a time adjunct after the subject is not part of it.
  const time = SUBJECT_TIME_ADJUNCT_RE.exec(p.slice(s, e));
  if (time && time.index > 0) e = s + time.index;
  // Token spans stop before a closing bracket: keep it with its opening one.
  if (p.charAt(e) === ')' && p.lastIndexOf('(', e) >= s && p.lastIndexOf(')', e - 1) < p.lastIndexOf('(', e)) e++;
  const text = p.slice(s, e);
  const toks = tokensIn(p, s, e);
  if (toks.length === 0 || toks.length > 24) return null;
  // "Yang, a member of the Politburo," / "Dali Mpofu, representing Zuma,": the NP before an apposition.
  const comma = text.indexOf(',');
  // "X and his Trade, Industry and Tourism counterpart Y": a coordination before the first comma is tried whole first.
  if (comma > 0 && /\sand\s/.test(text.slice(0, comma))) {
    const joint = coordinatedSubject(p, s, e, text, mentions);
    if (joint) return joint;
  }
  if (comma > 0) {
    const head = classifySubject(p, s, s + comma, mentions);
    if (head?.type === 'person') return head;
    // "the minister, who ...," / "Russia, for its part,": a relative clause or aside after the subject.
    // ("The decision angered the ministry, which ...": a clause before the comma, not a subject.)
    // "Kestrel Werke, the engine maker,": an apposition after an organisation.
    if (head?.type === 'collective' && /^\s*(?:the|a|an)\s+\S+(?:\s+\S+){0,4}\s*,?$/.test(text.slice(comma + 1))) return head;
    if (head && SUBJECT_ASIDE_RE.test(text.slice(comma + 1)) && !/\s\p{Ll}+ed\s/u.test(text.slice(0, comma))) return head;
  }
  // "Te Whatu Ora (Health New Zealand)", "Jim Risch (R-Idaho)": a bracketed gloss after the NP is not its head.
  const gloss = /\s\([^()]{1,60}\)$/.exec(text);
  if (gloss && gloss.index > 0) {
    const bare = classifySubject(p, s, s + gloss.index, mentions);
    if (bare) return { ...bare, text: bare.type === 'person' ? bare.text : text };
  }
  const joint = coordinatedSubject(p, s, e, text, mentions);
  if (joint) return joint;
  // "Two sources who attended the lunch": a restrictive relative clause after the head noun.
  const relative = /\s(?:who|whose)\s/.exec(text);
  if (relative && relative.index > 0) {
    const head = classifySubject(p, s, s + relative.index, mentions);
    if (head && !head.type.startsWith('pronoun')) return { ...head, text: head.type === 'person' ? head.text : text };
  }
  const words = toks.map((t) => clean(t.text));
  if (words.length === 1) {
    const w = words[0] ?? '';
    // "CMS said", "the GDL said": an acronym is an organisation.
    if (/^\p{Lu}{2,8}$/u.test(stripThe(text)) && !COUNTRIES[w]) return { type: 'collective', text, start: s, head: w };
    if (w === 'he' || w === 'she') return { type: 'pronoun', text, start: s };
    if (w === 'they' || w === 'we') return { type: 'pronoun-plural', text, start: s };
  }
  const person = headPersonMention(p, s, e, mentions);
  if (person) {
    // Only a name, possibly with title/apposition: no verbs around it.
    if (words.some((w) => w === 'is' || w === 'are' || w === 'was' || w === 'were' || w === 'will' || w === 'which')) return null;
    return { type: 'person', text: person.text, start: person.start, personId: person.personId };
  }
  // A noun phrase has no auxiliary of its own: "said the team had considered ..." puts a clause, not a subject, after the cue.
  if (toks.some((t, i) => i > 0 && CLAUSE_AUXILIARIES.has(t.text))) return null;
  if (toks.length > 14) return null;
  if (toks.some((t, i) => SUBJECT_FORBIDDEN.has(t.text) || (i === 0 && !isAllCaps(t.text) && SUBJECT_FORBIDDEN.has(t.text.toLowerCase())))) return null;
  if (text.includes('"') || text.includes('“') || text.includes('”')) return null;
  // Head noun: last word before the first preposition.
  let headIdx = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i] ?? '') || NP_POSTMODIFIERS.has(words[i] ?? '')) {
      headIdx = i - 1;
      break;
    }
  }
  const head = words[headIdx] ?? '';
  const hasPP = headIdx < words.length - 1;
  const det = words[0] ?? '';
  const headSing = singular(head);
  if (ROLE_HEADS.has(head) || ROLE_HEADS.has(headSing)) {
    const plural = !ROLE_HEADS.has(head) && ROLE_HEADS.has(headSing);
    if (plural) return { type: 'collective', text, start: s, head: headSing };
    if (det === 'the' && !hasPP && words.length <= 5) return { type: 'role', text, start: s, head };
    // "A city councilor alleged ..." before "Councilor Renato Villaflor said ...": an indefinite role may be named next
    // (resolution links any role to a later speaker holding it, and the expert kind to the next speaker at all).
    const cataphoric = (det === 'a' || det === 'an' || det === 'one') && !hasPP;
    const firstTok = toks[0]?.text ?? '';
    const definite = det === 'the' || (isCapitalised(firstTok) && /['’]s$/.test(firstTok));
    return { type: 'role-new', text, start: s, head, cataphoric, definite };
  }
  if (COLLECTIVE_HEADS.has(head) || ORG_WORDS.has(head)) return { type: 'collective', text, start: s, head };
  // "The farmers' association AgriUnion", "motorway operator Vinci": an organisation's description before its name.
  const lastTok = toks[toks.length - 1]?.text ?? '';
  if (!hasPP && (isCapitalised(lastTok) || isAllCaps(lastTok)) && words.slice(0, -1).some((w) => ORG_APPOSITION_HEADS.has(w)))
    return { type: 'collective', text, start: s, head };
  // Proper NPs: "North Korea", "Washington", "Russia's Foreign Ministry", "Reuters".
  const allCaps = toks.every((t, i) => isCapitalised(t.text) || isAllCaps(t.text) || (i > 0 && PREPOSITIONS.has(clean(t.text))) || clean(t.text) === 'the');
  if (allCaps) {
    const joined = words.filter((w) => w !== 'the').join(' ');
    if (COUNTRIES[joined] !== undefined || PLACES.has(joined) || OUTLETS[joined] !== undefined || outletByName(joined) !== null)
      return { type: 'collective', text, start: s, head };
    if (words.some((w) => ORG_WORDS.has(w) || COUNTRIES[w] !== undefined)) return { type: 'collective', text, start: s, head };
    // "the Guardian", "the Americans": a proper noun phrase with a determiner is an organisation or group
    // ("The" alone is not: "The confirmed case" is an adjective, not a cue).
    if (det === 'the' && words.length >= 2 && words.length <= 5) return { type: 'collective', text, start: s, head };
    // "Deutsche Bahn said": a proper name of two or more words that the people stage did not take for a
    // person (it found it owning a board, or called "the company") is an organisation.
    if (words.length <= 5 && det !== 'the' && !NON_NAME_WORDS.has(words[0] ?? '')) return { type: 'collective', text, start: s, head };
  }
  return null;
}

/**
 * "Both the White House and the Iranian Foreign Ministry", "Joe Mucheru and Peter Munya": two speakers
 * saying one thing are one joint source (no single person said it). "Fine Gael TD and former minister
 * Charlie Flanagan" is one person with two descriptions: roles before a name describe that name.
 */
function coordinatedSubject(p: string, s: number, e: number, text: string, mentions: Mention[]): Subject | null {
  const and = /\sand\s/.exec(text);
  // A comma before "and" is an apposition of the first NP ("Doe, a professor and writer"), not a coordination.
  if (!and || text.includes('(') || text.slice(0, and.index).includes(',')) return null;
  const leftStart = s + (/^both\s/i.exec(text)?.[0].length ?? 0);
  // "Replying to queries about Fico and his talks with Putin, Lajcak": a fronted phrase, not a coordination.
  const firstWord = (/^\S+/.exec(p.slice(leftStart, e))?.[0] ?? '').toLowerCase();
  if (firstWord.endsWith('ing') || PREPOSITIONS.has(firstWord)) return null;
  const left = classifySubject(p, leftStart, s + and.index, mentions);
  const right = left ? classifySubject(p, s + and.index + and[0].length, e, mentions) : null;
  if (!left || !right || left.type.startsWith('pronoun') || right.type.startsWith('pronoun')) return null;
  if (right.type === 'person' && left.type !== 'person' && left.type !== 'collective') return right;
  // "Doe and his Trade, Industry and Tourism counterpart Ash": commas inside the second NP only between two people.
  if (text.slice(and.index).includes(',') && (left.type !== 'person' || right.type !== 'person')) return null;
  return { type: 'collective', text: p.slice(leftStart, e), start: leftStart, head: 'joint' };
}
