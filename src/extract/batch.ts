/**
 * Several articles at once. Pure: the caller does the I/O.
 *
 * Besides extracting each article, a batch supplies "file context" for
 * year-less datelines ("WASHINGTON, September 14. /TASS/"): when another
 * article of the batch has a full date within a few days of the same
 * month/day and names at least one of the same people, its year is used
 * (dateSource "hint", yearInferred true, dateEvidence names the file).
 */
import { tryExtractArticle } from './article.js';
import type { ExtractionErrorCode, ExtractionResult, ExtractOptions } from './types.js';

export interface BatchInput {
  file: string;
  raw: string;
  opts?: ExtractOptions;
}

export type BatchOutput =
  | ({ file: string } & ExtractionResult)
  | { file: string; error: { code: ExtractionErrorCode | 'INTERNAL' | 'NOT_FOUND' | 'IO_ERROR'; message: string } };

const DAY_MS = 86_400_000;

/** Distance in days between two month/day pairs, ignoring the year (wraps around New Year). */
function calendarDistance(m1: number, d1: number, m2: number, d2: number): number {
  const a = Date.UTC(2001, m1 - 1, d1);
  const b = Date.UTC(2001, m2 - 1, d2);
  const diff = Math.abs(a - b) / DAY_MS;
  return Math.min(diff, 365 - diff);
}

export function extractBatch(inputs: BatchInput[]): BatchOutput[] {
  const first = inputs.map((inp) => ({ inp, res: tryExtractArticle(inp.raw, { filename: inp.file, ...inp.opts }) }));
  const dated: { file: string; iso: string; m: number; d: number; people: Set<string> }[] = [];
  for (const { inp, res } of first) {
    if (!res.ok) continue;
    const a = res.result.article;
    if (a.publishedAt && a.dateParts?.month && a.dateParts.day && !a.yearInferred) {
      dated.push({ file: inp.file, iso: a.publishedAt.slice(0, 10), m: a.dateParts.month, d: a.dateParts.day, people: new Set(res.result.people.map((p) => p.name)) });
    }
  }
  return first.map(({ inp, res }) => {
    if (!res.ok) return { file: inp.file, error: res.error };
    let result = res.result;
    const a = result.article;
    if (a.publishedAt === null && a.dateParts?.month && a.dateParts.day && !inp.opts?.publishedAtHint) {
      const names = new Set(result.people.map((p) => p.name));
      let best: (typeof dated)[number] | null = null;
      let bestScore = -1;
      for (const cand of dated) {
        if (cand.file === inp.file) continue;
        const dist = calendarDistance(a.dateParts.month, a.dateParts.day, cand.m, cand.d);
        if (dist > 3) continue;
        let shared = 0;
        for (const n of cand.people) if (names.has(n)) shared++;
        if (shared === 0) continue;
        const score = shared * 10 - dist;
        if (score > bestScore) {
          bestScore = score;
          best = cand;
        }
      }
      if (best) {
        const again = tryExtractArticle(inp.raw, { filename: inp.file, ...inp.opts, publishedAtHint: best.iso });
        if (again.ok && again.result.article.publishedAt) {
          result = again.result;
          result.article.dateEvidence = `year from ${best.file} (same story context: ${best.iso}, shared people)`;
        }
      }
    }
    return { file: inp.file, ...result };
  });
}
