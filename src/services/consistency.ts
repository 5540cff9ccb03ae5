// The invariants the importer keeps, checked over the whole database: what `npm run db:check` reports,
// and what the attack suite and the chaos run assert after hammering the API.
// Reads only, in one pass per collection, so it is safe to run against a live database.
import type { Types } from 'mongoose';
import type { Models } from '../models/index.js';

type Id = Types.ObjectId;

export type ConsistencyRule =
  'statement-without-article' | 'article-statement-count' | 'person-article-count' | 'person-statement-count' | 'orphan-person' | 'duplicate-content-hash';

export interface Violation {
  rule: ConsistencyRule;
  /** The document at fault (a statement, article or person id; the hash for duplicates). */
  id: string;
  detail: string;
}

export interface ConsistencyReport {
  ok: boolean;
  counts: { articles: number; pendingArticles: number; statements: number; people: number };
  /** Violations per rule, all of them counted. */
  violationCounts: Partial<Record<ConsistencyRule, number>>;
  /** The first `maxListed` violations of each rule. */
  violations: Violation[];
}

/**
 * Checks: every statement's article exists; every complete article's statementCount, and every person's
 * articleCount and statementCount, equal the real counts; no person without a complete article naming them;
 * no two articles with the same content hash. Articles still pending (an import in flight, or interrupted
 * and left for the next run to redo) are counted apart, and neither they nor their statements count.
 */
export async function checkConsistency(models: Models, maxListed = 20): Promise<ConsistencyReport> {
  const { Article, Person, Statement } = models;
  const violations: Violation[] = [];
  const violationCounts: ConsistencyReport['violationCounts'] = {};
  const report = (rule: ConsistencyRule, id: string, detail: string) => {
    const n = (violationCounts[rule] ?? 0) + 1;
    violationCounts[rule] = n;
    if (n <= maxListed) violations.push({ rule, id, detail });
  };

  const articles = new Map<string, { statementCount: number; complete: boolean }>();
  const articlesOfPerson = new Map<string, number>();
  const byHash = new Map<string, string[]>();
  let pendingArticles = 0;
  for await (const a of Article.find({}, { statementCount: 1, importState: 1, peopleIds: 1, sha256: 1 }).lean().cursor({ batchSize: 1000 })) {
    const id = a._id.toHexString();
    const complete = a.importState === 'complete';
    articles.set(id, { statementCount: a.statementCount ?? 0, complete });
    byHash.set(a.sha256, [...(byHash.get(a.sha256) ?? []), id]);
    if (!complete) {
      pendingArticles++;
      continue;
    }
    for (const personId of new Set((a.peopleIds ?? []).map((p: Id) => p.toHexString())))
      articlesOfPerson.set(personId, (articlesOfPerson.get(personId) ?? 0) + 1);
  }
  for (const [hash, ids] of byHash) if (ids.length > 1) report('duplicate-content-hash', hash, `${ids.length} articles share it: ${ids.join(', ')}`);

  const statementsOfArticle = new Map<string, number>();
  const statementsOfPerson = new Map<string, number>();
  let statements = 0;
  for await (const s of Statement.find({}, { articleId: 1, speakerId: 1 }).lean().cursor({ batchSize: 1000 })) {
    statements++;
    const articleId = s.articleId.toHexString();
    const article = articles.get(articleId);
    if (!article) {
      report('statement-without-article', s._id.toHexString(), `article ${articleId} does not exist`);
      continue;
    }
    if (!article.complete) continue;
    statementsOfArticle.set(articleId, (statementsOfArticle.get(articleId) ?? 0) + 1);
    if (s.speakerId) statementsOfPerson.set(s.speakerId.toHexString(), (statementsOfPerson.get(s.speakerId.toHexString()) ?? 0) + 1);
  }
  for (const [id, article] of articles) {
    const real = statementsOfArticle.get(id) ?? 0;
    if (article.complete && article.statementCount !== real) report('article-statement-count', id, `statementCount ${article.statementCount}, real ${real}`);
  }

  let people = 0;
  for await (const p of Person.find({}, { name: 1, articleCount: 1, statementCount: 1 }).lean().cursor({ batchSize: 1000 })) {
    people++;
    const id = p._id.toHexString();
    const realArticles = articlesOfPerson.get(id) ?? 0;
    const realStatements = statementsOfPerson.get(id) ?? 0;
    if (realArticles === 0) report('orphan-person', id, `${p.name}: no complete article names them`);
    if ((p.articleCount ?? 0) !== realArticles) report('person-article-count', id, `${p.name}: articleCount ${p.articleCount}, real ${realArticles}`);
    if ((p.statementCount ?? 0) !== realStatements)
      report('person-statement-count', id, `${p.name}: statementCount ${p.statementCount}, real ${realStatements}`);
  }

  return {
    ok: violations.length === 0,
    counts: { articles: articles.size, pendingArticles, statements, people },
    violationCounts,
    violations,
  };
}

/** The report as lines for a terminal. */
export function formatConsistencyReport(report: ConsistencyReport): string {
  const { counts } = report;
  const lines = [
    `checked ${counts.articles} articles (${counts.pendingArticles} pending), ${counts.statements} statements, ${counts.people} people`,
    ...Object.entries(report.violationCounts).map(([rule, n]) => `${rule}: ${n} violation(s)`),
    ...report.violations.map((v) => `  ${v.rule} ${v.id}: ${v.detail}`),
    report.ok ? 'consistent' : 'INCONSISTENT',
  ];
  return lines.join('\n');
}
