/**
 * Statements: the attribution stage (attribution/) finds candidate direct
 * quotes and reported speech with their attribution as written; the
 * resolution stage decides each candidate's speaker; a statement repeated
 * word for word by the same speaker (a summary bullet above the story, a
 * paragraph the page printed twice) is reported once.
 */
import { collectCandidates } from './attribution/collect.js';
import type { PeopleResult } from './people.js';
import { resolveSpeakers } from './resolution.js';
import type { RawStatement } from './attribution/types.js';

export type { RawStatement } from './attribution/types.js';

export function extractStatements(paragraphs: string[], people: PeopleResult, datelineLength: number): RawStatement[] {
  const all = resolveSpeakers(collectCandidates(paragraphs, people, datelineLength), paragraphs, people);
  const seen = new Set<string>();
  return all.filter((s) => {
    const text = (paragraphs[s.para] ?? '').slice(s.start, s.end).toLowerCase().replace(/\W+/g, ' ').trim();
    const key = `${s.kind}|${s.speakerId ?? ''}|${s.speakerId === null ? (s.source ?? '') : ''}|${text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
