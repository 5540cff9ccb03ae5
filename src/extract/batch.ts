/**
 * Several articles at once. Pure: the caller does the I/O.
 *
 * Besides extracting each article, a batch supplies "file context" for
 * year-less datelines ("WASHINGTON, September 14. /TASS/"): another article
 * of the batch that is a report of the same story (see story-year.ts) gives
 * its year (dateSource "hint", yearInferred true, dateEvidence names the file).
 */
import { tryExtractArticle } from './article.js';
import { sameStoryReport, type DatedReport } from './story-year.js';
import type { ExtractionErrorCode, ExtractionResult, ExtractOptions } from './types.js';

export interface BatchInput {
  file: string;
  raw: string;
  opts?: ExtractOptions;
}

export type BatchOutput =
  ({ file: string } & ExtractionResult) | { file: string; error: { code: ExtractionErrorCode | 'INTERNAL' | 'NOT_FOUND' | 'IO_ERROR'; message: string } };

export function extractBatch(inputs: BatchInput[]): BatchOutput[] {
  const first = inputs.map((inp) => ({ inp, res: tryExtractArticle(inp.raw, { filename: inp.file, ...inp.opts }) }));
  const dated: (DatedReport & { file: string })[] = [];
  for (const { inp, res } of first) {
    if (!res.ok) continue;
    const a = res.result.article;
    if (a.publishedAt && a.dateParts?.month && a.dateParts.day && !a.yearInferred) {
      dated.push({
        file: inp.file,
        date: a.publishedAt.slice(0, 10),
        month: a.dateParts.month,
        day: a.dateParts.day,
        people: new Set(res.result.people.map((p) => p.name)),
      });
    }
  }
  return first.map(({ inp, res }) => {
    if (!res.ok) return { file: inp.file, error: res.error };
    let result = res.result;
    const a = result.article;
    if (a.publishedAt === null && a.dateParts?.month && a.dateParts.day && !inp.opts?.publishedAtHint) {
      const others = dated.filter((report) => report.file !== inp.file);
      const best = sameStoryReport({ month: a.dateParts.month, day: a.dateParts.day, people: result.people.map((p) => p.name) }, others);
      if (best) {
        const again = tryExtractArticle(inp.raw, { filename: inp.file, ...inp.opts, publishedAtHint: best.date });
        if (again.ok && again.result.article.publishedAt) {
          result = again.result;
          result.article.dateEvidence = `year from ${best.file} (same story context: ${best.date}, shared people)`;
        }
      }
    }
    return { file: inp.file, ...result };
  });
}
