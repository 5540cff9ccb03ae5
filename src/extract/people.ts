/**
 * People: merge the name candidates that have evidence of being a person
 * into persons (variants, surnames and family names of a known person join
 * it) and attach their roles.
 */
import { sameGivenName } from './data/hypocorisms.js';
import { FAMILY_FIRST, GIVEN_NAMES } from './data/names.js';
import { findNameCandidates, isPatronymicForm, keyOf, nameKeyTokens, type Candidate } from './name-candidates.js';
import { normaliseRole } from './roles.js';

export interface Mention {
  para: number;
  start: number;
  end: number;
  text: string;
  personId: number;
}

export interface PersonRecord {
  id: number;
  forms: Map<string, number>;
  firstSeen: number;
  rolesAsWritten: string[];
  roles: string[];
  keyTokens: string[];
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
  const { candidates, singles } = findNameCandidates(texts);
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
      // "Bob Menendez" and "Robert Menendez": a short form of the same given name.
      if (kt.length >= 2 && p.keyTokens.length >= 2 && pl === kt[kt.length - 1] && sameGivenName(pf ?? '', kt[0] ?? '')) return p;
      // "Al Marzouqi" after "Noor Al Marzouqi", "van Wyk" after "Pieter van Wyk": a surname of two words.
      if (kt.length >= 2 && p.keyTokens.length > kt.length && p.keyTokens.slice(-kt.length).join(' ') === k) return p;
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
  for (const c of multi) {
    if (!c.evidence) continue;
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
  // "Fiona Galloway and Kwame Asante": a name coordinated with a person's name is a person's name.
  const evidenced = multi.filter((c) => c.evidence);
  for (const c of multi) {
    if (c.evidence) continue;
    const text = texts[c.para] ?? '';
    const joined = evidenced.some(
      (o) => o.para === c.para && (/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(o.end, c.start)) || /^\s+and\s+$/.test(text.slice(c.end, o.start))),
    );
    if (!joined) continue;
    c.evidence = true;
    const kt = nameKeyTokens(c.words);
    const p = findByFullKey(kt) ?? { id: persons.length, forms: new Map(), firstSeen: order(c), rolesAsWritten: [], roles: [], keyTokens: kt };
    if (p.id === persons.length) persons.push(p);
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
  // "Yang, a member of the Politburo, told ... Yang said": a surname with evidence anywhere names a person at every mention.
  const evidencedSingles = new Set(sortedSingles.filter((c) => c.evidence).map((c) => keyOf(c.words[0] ?? '')));
  for (const c of sortedSingles) {
    const w = keyOf(c.words[0] ?? '');
    // "Adjei-Mensah" after "Samuel Adjei-Mensah": a hyphenated surname is the last key tokens of the full name.
    const parts = nameKeyTokens(c.words);
    const matches = persons.filter((p) => {
      const last = p.keyTokens[p.keyTokens.length - 1];
      const first = p.keyTokens[0];
      if (parts.length > 1) return p.keyTokens.length > parts.length && p.keyTokens.slice(-parts.length).join(' ') === parts.join(' ');
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
    } else if ((c.evidence || evidencedSingles.has(w)) && !GIVEN_NAMES.has(w)) {
      p = { id: persons.length, forms: new Map(), firstSeen: order(c), rolesAsWritten: [], roles: [], keyTokens: [w] };
      persons.push(p);
    }
    if (p) addMention(p, c, c.words[0] ?? '');
  }
  // "Ontario's Leah Townsend ... Townsend, who also lost": a person known by the surname alone takes the
  // full name printed once without evidence, when only one such name ends in it.
  for (const p of persons) {
    if (p.keyTokens.length !== 1) continue;
    const full = multi.filter((c) => !c.evidence && nameKeyTokens(c.words).at(-1) === p.keyTokens[0]);
    const distinct = new Set(full.map((c) => nameKeyTokens(c.words).join(' ')));
    if (distinct.size !== 1 || !full[0]) continue;
    p.keyTokens = nameKeyTokens(full[0].words);
    for (const c of full) addMention(p, c, c.words.join(' '));
  }
  mentions.sort((a, b) => a.para - b.para || a.start - b.start);
  const byPara: Mention[][] = texts.map(() => []);
  for (const m of mentions) byPara[m.para]?.push(m);
  return { persons, mentions, byPara };
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
