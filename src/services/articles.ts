import type { Models } from '../models/index.js';
import { HttpProblem } from '../errors.js';
import type { ArticleOut, ArticlesQueryIn, ArticleSummaryOut } from '../schemas/article.js';
import { and, dateRange, resolvePeople, storedValuesLike, wordsFilter, type Filter } from './filters.js';
import { sortSpec } from './keyset.js';
import type { ListSource } from './lists.js';
import { articleCsv, articleFieldsOut, articleSummaryOut, statementOut, type ArticlePersonDoc } from './serialise.js';

// An article is written 'pending' and only becomes 'complete' once its statements and people are stored.
const COMPLETE = { importState: 'complete' as const };

export async function articleFilter(models: Models, query: Omit<ArticlesQueryIn, 'sort' | 'limit'>): Promise<Filter> {
  const published = dateRange(query.from, query.to);
  const conditions: Filter[] = [COMPLETE];
  if (query.q !== undefined) conditions.push(wordsFilter(query.q));
  if (query.outlet) conditions.push({ outlet: { $in: await storedValuesLike(models.Article, 'outlet', query.outlet) } });
  if (published) conditions.push({ publishedAt: published });
  if (query.person !== undefined) conditions.push({ peopleIds: { $in: await resolvePeople(models, [query.person]) } });
  if (query.dateline !== undefined) conditions.push({ dateline: { $in: await storedValuesLike(models.Article, 'dateline', [query.dateline]) } });
  return and(conditions);
}

/** The articles matching the filters, as summaries, to read as a page or export. */
export async function listArticles(models: Models, query: ArticlesQueryIn): Promise<ListSource<ArticleSummaryOut>> {
  return {
    model: models.Article,
    filter: await articleFilter(models, query),
    sort: sortSpec(query.sort, 'date'),
    projection: { paragraphs: 0 }, // a list is a summary; GET /v1/articles/{id} has the text
    serialise: articleSummaryOut,
    csv: articleCsv,
    filename: 'articles',
  };
}

export async function getArticle(models: Models, id: string): Promise<ArticleOut> {
  const article = await models.Article.findOne({ _id: id, ...COMPLETE }).lean();
  if (!article) throw new HttpProblem(404, 'ARTICLE_NOT_FOUND', `No article with id ${id}`);
  const [statements, people] = await Promise.all([
    models.Statement.find({ articleId: article._id }).sort({ paragraph: 1, start: 1, _id: 1 }).lean(),
    models.Person.find({ _id: { $in: article.peopleIds ?? [] } }, { name: 1 }).lean(),
  ]);
  const canonical = new Map(people.map((p) => [p._id.toHexString(), p.name]));
  return {
    ...articleFieldsOut(article),
    paragraphs: article.paragraphs ?? [],
    people: ((article.people ?? []) as ArticlePersonDoc[]).map((p) => ({
      id: p.personId.toHexString(),
      name: canonical.get(p.personId.toHexString()) ?? p.name,
      nameInArticle: p.name,
      aliases: p.aliases ?? [],
      roles: p.roles ?? [],
      affiliation: p.affiliation ?? null,
    })),
    statements: statements.map((s) => statementOut(s)),
  };
}
