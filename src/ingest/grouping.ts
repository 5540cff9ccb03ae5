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
  return bestGroup(statement, candidates)?.groupId ?? null;
}

/** As findGroup, among candidates[from..], with the winning ratio (the first of equal ratios wins). */
function bestGroup(statement: GroupCandidate, candidates: readonly GroupCandidate[], from = 0): { groupId: string; ratio: number } | null {
  let best: { groupId: string; ratio: number } | null = null;
  for (let i = from; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    if (candidate.speakerId !== statement.speakerId || candidate.articleId === statement.articleId) continue;
    if (statement.publishedAt && candidate.publishedAt && Math.abs(statement.publishedAt.getTime() - candidate.publishedAt.getTime()) > GROUP_WINDOW_MS)
      continue;
    const { shared, ratio } = containment(statement.signature, candidate.signature);
    if (shared >= MIN_SHARED_WORDS && ratio >= MIN_CONTAINMENT && (!best || ratio > best.ratio)) best = { groupId: candidate.groupId, ratio };
  }
  return best;
}

/**
 * One speaker's earlier reports, for findGroup: those stored, then those of the batch as they are built. The batch's
 * come in date order (the importer sorts its articles by date, undated last), so a statement skips, by binary search,
 * those more than GROUP_WINDOW_MS before it, which findGroup would skip one by one: the same group is found, without
 * comparing a statement with every earlier one of a prolific speaker. Added out of order, it compares with all.
 */
export class SpeakerReports {
  private readonly stored: GroupCandidate[] = [];
  private readonly built: GroupCandidate[] = [];
  /** Built reports with a date, all before any without one, in date order (while inOrder). */
  private dated = 0;
  private inOrder = true;

  addStored(candidate: GroupCandidate): void {
    this.stored.push(candidate);
  }

  addBuilt(candidate: GroupCandidate): void {
    const time = candidate.publishedAt?.getTime();
    if (time === undefined) {
      this.built.push(candidate);
      return;
    }
    const last = this.built[this.built.length - 1];
    if (this.dated !== this.built.length || (last && last.publishedAt!.getTime() > time)) this.inOrder = false;
    this.built.push(candidate);
    this.dated++;
  }

  /** findGroup(statement, [...stored, ...built]). */
  findGroup(statement: GroupCandidate): string | null {
    const fromStored = bestGroup(statement, this.stored);
    let from = 0;
    if (this.inOrder && statement.publishedAt) {
      const earliest = statement.publishedAt.getTime() - GROUP_WINDOW_MS;
      let hi = this.dated;
      while (from < hi) {
        const mid = (from + hi) >>> 1;
        if (this.built[mid]!.publishedAt!.getTime() < earliest) from = mid + 1;
        else hi = mid;
      }
    }
    const fromBuilt = bestGroup(statement, this.built, from);
    if (fromStored && (!fromBuilt || fromStored.ratio >= fromBuilt.ratio)) return fromStored.groupId;
    return fromBuilt?.groupId ?? null;
  }
}
