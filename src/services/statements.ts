import { Types } from 'mongoose';
import type { Models } from '../models/index.js';
import { HttpProblem } from '../errors.js';
import type { StatementOut, StatementsQueryIn } from '../schemas/statement.js';
import { and, dateRange, resolvePeople, storedValuesLike, wordsFilter, type Filter } from './filters.js';
import { mongoSort, sortSpec, type SortSpec, type TieKeys } from './keyset.js';
import type { ListParams, ListSource } from './lists.js';
import { hex, iso, statementCsv, statementOut } from './serialise.js';

export type StatementFilters = Partial<Pick<StatementsQueryIn, 'q' | 'speaker' | 'article' | 'outlet' | 'kind' | 'from' | 'to' | 'mentions'>>;

/** The one statement query builder, shared by /v1/statements, /v1/people/{id}/statements and /v1/stats/statements. */
export async function statementFilter(models: Models, filters: StatementFilters, speakerId?: Types.ObjectId): Promise<Filter> {
  const published = dateRange(filters.from, filters.to); // validated first: a bad date is a 400 before any lookup
  const conditions: Filter[] = [];
  if (filters.q !== undefined) conditions.push(wordsFilter(filters.q));
  if (speakerId) conditions.push({ speakerId });
  if (filters.speaker) conditions.push({ speakerId: { $in: await resolvePeople(models, filters.speaker) } });
  if (filters.article) conditions.push({ articleId: new Types.ObjectId(filters.article) });
  if (filters.outlet) conditions.push({ outlet: { $in: await storedValuesLike(models.Statement, 'outlet', filters.outlet) } });
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (published) conditions.push({ publishedAt: published });
  if (filters.mentions !== undefined) conditions.push({ mentionIds: { $in: await resolvePeople(models, [filters.mentions]) } });
  return and(conditions);
}

// Statements published at the same time (one article's, above all) in reading order. The article follows the
// sort's direction, so articles of one publication time come in the order /v1/articles gives them for the same
// sort; inside an article, paragraph then offset ascending whichever the direction: newest first must not read
// an article backwards.
const readingOrder: TieKeys = (direction) => [
  { field: 'articleId', direction, type: 'id', nullable: false },
  { field: 'paragraph', direction: 1, type: 'number', nullable: false },
  { field: 'start', direction: 1, type: 'number', nullable: false },
  { field: '_id', direction: 1, type: 'id', nullable: false },
];

/** The order of every statement list (pages, exports, feeds, other reports): `-publishedAt` or `publishedAt`, ties in reading order. */
export function statementSort(name: string): SortSpec {
  return sortSpec(name, 'date', readingOrder);
}

export type StatementListQuery = StatementFilters & ListParams & { sort: string };

/** The statements matching the filters (of one speaker, when given), to read as a page or export. */
export async function listStatements(models: Models, query: StatementListQuery, speakerId?: Types.ObjectId): Promise<ListSource<StatementOut>> {
  return {
    model: models.Statement,
    filter: await statementFilter(models, query, speakerId),
    sort: statementSort(query.sort),
    serialise: statementOut,
    csv: statementCsv,
    filename: 'statements',
  };
}

const MAX_OTHER_REPORTS = 100;

export async function getStatement(models: Models, id: string) {
  const statement = await models.Statement.findById(id).lean();
  if (!statement) throw new HttpProblem(404, 'STATEMENT_NOT_FOUND', `No statement with id ${id}`);
  const [speaker, article, others] = await Promise.all([
    statement.speakerId ? models.Person.findById(statement.speakerId, { name: 1, roles: 1 }).lean() : null,
    models.Article.findById(statement.articleId, { title: 1, outlet: 1, publishedAt: 1, paragraphs: 1 }).lean(),
    models.Statement.find({ groupId: statement.groupId, _id: { $ne: statement._id } }, { text: 1, outlet: 1, publishedAt: 1, articleId: 1 })
      .sort(mongoSort(statementSort('-publishedAt')))
      .limit(MAX_OTHER_REPORTS)
      .lean(),
  ]);
  return {
    ...statementOut(statement),
    speaker: speaker ? { id: hex(speaker._id)!, name: speaker.name, roles: (speaker.roles ?? []).map((r) => r.role) } : null,
    article: {
      id: hex(statement.articleId)!,
      title: article?.title ?? null,
      outlet: article?.outlet ?? statement.outlet ?? null,
      publishedAt: iso(article?.publishedAt ?? statement.publishedAt),
    },
    paragraph: { index: statement.paragraph, text: article?.paragraphs?.[statement.paragraph] ?? '', start: statement.start, end: statement.end },
    otherReports: others.map((o) => ({
      id: hex(o._id)!,
      text: o.text,
      outlet: o.outlet ?? null,
      publishedAt: iso(o.publishedAt),
      articleId: hex(o.articleId)!,
    })),
  };
}
