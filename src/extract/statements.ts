/**
 * Statements: the attribution stage (attribution/) finds candidate direct
 * quotes and reported speech with their attribution as written; the
 * resolution stage decides each candidate's speaker.
 */
import { collectCandidates } from './attribution/collect.js';
import type { PeopleResult } from './people.js';
import { resolveSpeakers } from './resolution.js';
import type { RawStatement } from './attribution/types.js';

export type { RawStatement } from './attribution/types.js';

export function extractStatements(paragraphs: string[], people: PeopleResult, datelineLength: number): RawStatement[] {
  return resolveSpeakers(collectCandidates(paragraphs, people, datelineLength), paragraphs, people);
}
