// Atom feeds of the statement and article lists: the newest FEED_SIZE items of the filtered list, newest
// publication first, in the order of the JSON list's default sort. Ids come from the stored ids, which are derived
// from content (src/ingest/import-articles.ts), so an entry keeps its id across requests and re-imports.
import { Types } from 'mongoose';
import { atomFeed, type AtomEntry } from '../feeds/atom.js';
import type { Models } from '../models/index.js';
import { HttpProblem } from '../errors.js';
import { articleFilter } from './articles.js';
import { mongoSort, sortSpec } from './keyset.js';
import { statementFilter, statementSort, type StatementFilters } from './statements.js';
import type { ArticlesQueryIn } from '../schemas/article.js';

export const FEED_SIZE = 50;
const NEWEST = mongoSort(sortSpec('-publishedAt', 'date'));
const NEWEST_STATEMENTS = mongoSort(statementSort('-publishedAt'));
const TITLE_CHARS = 100;
// A feed with no entries still needs an `updated`; a fixed one keeps its ETag stable.
const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00Z';

/** What the route knows about the request: where the API is, and this feed's own address. */
export interface FeedRequest {
  /** e.g. "https://api.example.org" */
  origin: string;
  /** Path and query of the request, e.g. "/v1/statements?speaker=Jane%20Doe&format=atom". */
  url: string;
}

type Doc = Record<string, unknown>;
const rfc3339 = (date: unknown): string | null => (date instanceof Date ? date.toISOString() : null);
const shorten = (text: string) => (text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1).trimEnd()}…` : text);

/**
 * The feed's id names the list, not the request: the same filters give the same id whatever the parameter
 * order, format or paging parameters.
 */
function feedId(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  const kept = [...parsed.searchParams]
    .filter(([name]) => !['format', 'cursor', 'limit'].includes(name))
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  const query = new URLSearchParams(kept).toString();
  return `urn:whosaid:feed:${parsed.pathname}${query ? `?${query}` : ''}`;
}

function feedXml(request: FeedRequest, title: string, entries: AtomEntry[]): string {
  const self = `${request.origin}${request.url}`;
  const json = new URL(self);
  json.searchParams.delete('format');
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), EMPTY_FEED_UPDATED);
  return atomFeed({ id: feedId(request.url), title, updated, self, alternate: json.href, entries });
}

async function statementEntries(models: Models, request: FeedRequest, filter: Record<string, unknown>): Promise<AtomEntry[]> {
  const statements: Doc[] = await models.Statement.find(filter).sort(NEWEST_STATEMENTS).limit(FEED_SIZE).lean();
  const articleIds = [...new Set(statements.map((s) => String(s.articleId)))].map((id) => new Types.ObjectId(id));
  const articles = await models.Article.find({ _id: { $in: articleIds } }, { url: 1, title: 1 }).lean();
  const byId = new Map(articles.map((a) => [a._id.toHexString(), a]));
  return statements.map((s) => {
    const articleId = String(s.articleId);
    const article = byId.get(articleId);
    const speaker = (s.speakerName as string | null) ?? (s.source as string | null);
    const text = s.text as string;
    return {
      id: `urn:whosaid:statement:${String(s._id)}`,
      title: shorten(speaker ? `${speaker}: ${text}` : text),
      updated: rfc3339(s.publishedAt) ?? rfc3339(s.createdAt) ?? EMPTY_FEED_UPDATED,
      published: rfc3339(s.publishedAt),
      authors: [speaker ?? 'Unnamed source'],
      content: article?.title ? `${text}\n\n(${article.title})` : text,
      link: article?.url ?? `${request.origin}/v1/articles/${articleId}`,
      related: `${request.origin}/v1/statements/${String(s._id)}`,
    };
  });
}

export async function statementsFeed(models: Models, request: FeedRequest, filters: StatementFilters): Promise<string> {
  const entries = await statementEntries(models, request, await statementFilter(models, filters));
  return feedXml(request, 'whosaid: statements', entries);
}

export async function personStatementsFeed(models: Models, request: FeedRequest, id: string, filters: StatementFilters): Promise<string> {
  const person = await models.Person.findById(id, { name: 1 }).lean();
  if (!person) throw new HttpProblem(404, 'PERSON_NOT_FOUND', `No person with id ${id}`);
  const entries = await statementEntries(models, request, await statementFilter(models, filters, person._id));
  return feedXml(request, `whosaid: statements by ${person.name}`, entries);
}

export async function articlesFeed(models: Models, request: FeedRequest, query: Omit<ArticlesQueryIn, 'sort' | 'limit'>): Promise<string> {
  const articles: Doc[] = await models.Article.find(await articleFilter(models, query), { paragraphs: 0 })
    .sort(NEWEST)
    .limit(FEED_SIZE)
    .lean();
  const entries = articles.map((a): AtomEntry => {
    const id = String(a._id);
    const people = ((a.people as { name: string }[] | undefined) ?? []).map((p) => p.name);
    const outlet = a.outlet as string | null;
    const authors = (a.authors as string[] | undefined) ?? [];
    return {
      id: `urn:whosaid:article:${id}`,
      title: (a.title as string | null) ?? 'Untitled article',
      updated: rfc3339(a.publishedAt) ?? rfc3339(a.createdAt) ?? EMPTY_FEED_UPDATED,
      published: rfc3339(a.publishedAt),
      authors: authors.length ? authors : [outlet ?? 'Unknown outlet'],
      content: [outlet, `${(a.statementCount as number | undefined) ?? 0} statements`, people.length ? `people: ${people.join(', ')}` : null]
        .filter(Boolean)
        .join(' · '),
      link: (a.url as string | null) ?? `${request.origin}/v1/articles/${id}`,
      related: `${request.origin}/v1/articles/${id}`,
    };
  });
  return feedXml(request, 'whosaid: articles', entries);
}
