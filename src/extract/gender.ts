/**
 * Grammatical gender of the people in an article, for "he" and "she": from an honorific or a gendered role
 * noun before a mention ("Ms Keogh", "spokeswoman Jane Doe"), a gendered role, a given name that is always
 * one gender, and "NAME did X. She ..." (a sentence opening on a pronoun right after one opening on the
 * name). Conflicting evidence tells nothing.
 */
import { FEMININE_GIVEN_NAMES, FEMININE_WORDS, MASCULINE_GIVEN_NAMES, MASCULINE_WORDS } from './data/gender.js';
import type { PeopleResult } from './people.js';

export type Gender = 'f' | 'm';

export function pronounGender(pronoun: string): Gender | null {
  const w = pronoun.toLowerCase();
  return w === 'she' || w === 'her' ? 'f' : w === 'he' || w === 'his' || w === 'him' ? 'm' : null;
}

function wordGender(w: string): Gender | null {
  const lower = w.toLowerCase().replace(/\.$/, '');
  return FEMININE_WORDS.has(lower) ? 'f' : MASCULINE_WORDS.has(lower) ? 'm' : null;
}

/** Person id → gender, for the persons with evidence of exactly one. */
export function personGenders(paragraphs: string[], people: PeopleResult): Map<number, Gender> {
  const votes = new Map<number, Set<Gender>>();
  const vote = (id: number, g: Gender | null): void => {
    if (!g) return;
    const s = votes.get(id) ?? new Set<Gender>();
    s.add(g);
    votes.set(id, s);
  };
  for (const p of people.persons) {
    const given = p.keyTokens.length >= 2 ? (p.keyTokens[0] ?? '') : '';
    vote(p.id, FEMININE_GIVEN_NAMES.has(given) ? 'f' : MASCULINE_GIVEN_NAMES.has(given) ? 'm' : null);
    for (const r of p.rolesAsWritten) for (const w of r.split(/\s+/)) vote(p.id, wordGender(w));
  }
  for (const m of people.mentions) {
    const text = paragraphs[m.para] ?? '';
    const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
    if (before) vote(m.personId, wordGender(before));
    // "Mbugua visited a clinic on Monday. She was accompanied by ...": the name opens its sentence, the pronoun the next.
    const opensSentence = m.start === 0 || /[.!?]["”’]?\s+$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    if (!opensSentence) continue;
    // (The next sentence only: a bounded look, whatever the paragraph's length.)
    const rest = text.slice(m.end, m.end + 600);
    const next = /^[^.!?]*[.!?]["”’]?\s+(He|She)\s/.exec(rest);
    if (next && !(people.byPara[m.para] ?? []).some((o) => o.start > m.end && o.start < m.end + next.index + next[0].length))
      vote(m.personId, pronounGender(next[1] ?? ''));
  }
  const out = new Map<number, Gender>();
  for (const [id, s] of votes) if (s.size === 1) out.set(id, [...s][0] as Gender);
  return out;
}
