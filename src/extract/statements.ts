/**
 * Statements: the attribution stage (attribution/) finds candidate direct
 * quotes and reported speech with their attribution as written; the
 * resolution stage decides each candidate's speaker; a statement repeated
 * word for word by the same speaker (a summary bullet above the story, a
 * paragraph the page printed twice) is reported once; one that the scrape cut
 * off before its attribution or its sense is not reported.
 */
import { collectCandidates } from './attribution/collect.js';
import type { PeopleResult } from './people.js';
import { resolveSpeakers } from './resolution.js';
import type { RawStatement } from './attribution/types.js';

export type { RawStatement } from './attribution/types.js';

export function extractStatements(paragraphs: string[], people: PeopleResult, datelineLength: number): RawStatement[] {
  const all = resolveSpeakers(collectCandidates(paragraphs, people, datelineLength), paragraphs, people);
  const seen = new Set<string>();
  const cut = cutOffAt(paragraphs);
  return all.filter((s) => {
    // The scrape ended inside this statement: a bare quote whose attribution was still to come, or a
    // fragment too short to say anything ("adding that Russian diplomats and sec"), is not reported.
    if (cut !== null && s.para === cut.para && s.end >= cut.end - 1) {
      const words = (paragraphs[s.para] ?? '').slice(s.start, s.end).split(/\s+/).length;
      if ((s.kind === 'direct' && s.cue === null) || words < 5) return false;
    }
    const key = `${s.kind}|${s.speakerId ?? ''}|${s.speakerId === null ? (s.source ?? '') : ''}|${(paragraphs[s.para] ?? '').slice(s.start, s.end)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where the text was cut off mid-sentence, if it was: the last paragraph and its end, when it has no closing punctuation. */
function cutOffAt(paragraphs: string[]): { para: number; end: number } | null {
  const para = paragraphs.length - 1;
  const last = (paragraphs[para] ?? '').trimEnd();
  if (!last || /[.!?:;"”’»)\]…]$/.test(last)) return null;
  return { para, end: last.length };
}
