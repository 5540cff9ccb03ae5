// The same remark reported by several outlets (often in different translations) shares a group id.
// Two statements group when they have the same speaker, were published within a few days of each
// other in different articles, and share most of the content words of the shorter one.
import { DAY_MS } from '../dates.js';

export const GROUP_WINDOW_MS = 3 * DAY_MS;
const MIN_SHARED_WORDS = 5;
const MIN_CONTAINMENT = 0.4;

/** Crude stemming so "decide"/"deciding", "restriction"/"restrictions" meet across translations. */
function stem(word: string): string {
  return word.length > 5 ? word.replace(/(ing|ed|es|s|ly)$/, '') : word;
}

export function groupSignature(terms: readonly string[]): Set<string> {
  return new Set(terms.filter((term) => term.length > 2 && !/^\d+$/.test(term)).map(stem));
}

/** Share of the smaller statement's content words found in the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; ratio: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return { shared, ratio: small.size === 0 ? 0 : shared / small.size };
}

export interface GroupCandidate {
  speakerId: string;
  articleId: string;
  publishedAt: Date | null;
  signature: Set<string>;
  groupId: string;
}

/** The group of the most similar earlier report, or null when none is close enough. */
export function findGroup(statement: GroupCandidate, candidates: readonly GroupCandidate[]): string | null {
  let best: { groupId: string; ratio: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.speakerId !== statement.speakerId || candidate.articleId === statement.articleId) continue;
    if (statement.publishedAt && candidate.publishedAt && Math.abs(statement.publishedAt.getTime() - candidate.publishedAt.getTime()) > GROUP_WINDOW_MS)
      continue;
    const { shared, ratio } = containment(statement.signature, candidate.signature);
    if (shared >= MIN_SHARED_WORDS && ratio >= MIN_CONTAINMENT && (!best || ratio > best.ratio)) best = { groupId: candidate.groupId, ratio };
  }
  return best?.groupId ?? null;
}
