// Ingest over HTTP: the seeder's extraction and storage, for one posted article.
import { Types } from 'mongoose';
import { HttpProblem } from '../errors.js';
import { extractDocuments } from '../extract/html/index.js';
import { sameStoryReport } from '../extract/story-year.js';
import type { Models } from '../models/index.js';
import type { ArticleOut } from '../schemas/article.js';
import { getArticle } from '../services/articles.js';
import { foldText } from '../text.js';
import { ArticleImporter } from './import-articles.js';
import type { ArticleInput } from './prepared.js';

export interface IngestResult {
  created: boolean;
  article: ArticleOut;
}

// Another request importing the same text at this moment is left to finish (see ImportOptions.inFlightMs).
const IN_FLIGHT_MS = 60_000;
const WAIT_FOR_OTHER_WRITER_MS = 10_000;

export async function ingestArticle(models: Models, input: ArticleInput): Promise<IngestResult> {
  const publishedAtHint = input.overrides?.publishedAt ? undefined : await storedYearContext(models, input);
  const summary = await new ArticleImporter(models).importArticles([{ ...input, ...(publishedAtHint ? { publishedAtHint } : {}) }], {
    inFlightMs: IN_FLIGHT_MS,
  });
  const item = summary.items[0]!;
  if (item.status === 'failed' || !item.articleId) {
    const error = item.error ?? { code: 'STORE_FAILED', message: 'the article could not be stored' };
    if (error.code === 'STORE_FAILED') throw new Error(error.message);
    throw new HttpProblem(422, 'NOT_AN_ARTICLE', `The text cannot be read as an article (${error.code}): ${error.message}`, {
      invalidParams: [{ name: 'text', in: 'body', reason: error.message }],
    });
  }
  const created = item.status === 'inserted';
  return { created, article: created ? await getArticle(models, item.articleId) : await whenComplete(models, item.articleId) };
}

/**
 * An article posted alone that prints a day and month but no year borrows the year of a stored report of the
 * same story (src/extract/story-year.ts), as a seed run does from its sibling files. Undefined when the text
 * has its year, or nothing stored fits.
 */
async function storedYearContext(models: Models, input: ArticleInput): Promise<string | undefined> {
  const [outcome] = extractDocuments([{ file: input.file ?? '#0', raw: input.raw, ...(input.html !== undefined ? { html: input.html } : {}) }]);
  if (!outcome || 'error' in outcome) return undefined;
  const { article, people } = outcome;
  const month = article.dateParts?.month;
  const day = article.dateParts?.day;
  if (article.publishedAt || !month || !day || people.length === 0) return undefined;
  const named = await models.Person.find({ aliasKeys: { $in: people.map((p) => foldText(p.name)) } }, { _id: 1 }).lean();
  if (named.length === 0) return undefined;
  const stored = await models.Article.find(
    { peopleIds: { $in: named.map((p) => p._id) }, importState: 'complete', yearInferred: false, publishedAt: { $ne: null } },
    { publishedAt: 1, peopleIds: 1 },
  )
    .sort({ publishedAt: -1 })
    .limit(500)
    .lean();
  const reports = stored.map((candidate) => {
    const date = candidate.publishedAt!;
    const people = new Set((candidate.peopleIds ?? []).map((id) => id.toHexString()));
    return { date: date.toISOString().slice(0, 10), month: date.getUTCMonth() + 1, day: date.getUTCDate(), people };
  });
  return sameStoryReport({ month, day, people: named.map((p) => p._id.toHexString()) }, reports)?.date;
}

/** The stored article, waiting a little while a concurrent import of the same text completes it. */
async function whenComplete(models: Models, id: string): Promise<ArticleOut> {
  const deadline = Date.now() + WAIT_FOR_OTHER_WRITER_MS;
  for (;;) {
    try {
      return await getArticle(models, id);
    } catch (error) {
      if (!(error instanceof HttpProblem && error.status === 404) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function deleteArticle(models: Models, id: string): Promise<void> {
  const deleted = await new ArticleImporter(models).deleteArticle(new Types.ObjectId(id));
  if (!deleted) throw new HttpProblem(404, 'ARTICLE_NOT_FOUND', `No article with id ${id}`);
}
