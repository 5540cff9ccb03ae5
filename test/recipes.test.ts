// The README "Query recipes", run against the five real seed articles imported the way `npm run seed` does.
// Checks are about meaning (who, when, which words), not exact counts, so extractor improvements don't break them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { csvRecords, parseNdjson } from './helpers/api.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

type Json = Record<string, unknown>;

interface Recipe {
  title: string;
  /** Path and query as in the README's curl command. */
  path: string;
  check(res: request.Response, t: TestApp): Promise<void> | void;
}

const names = (res: request.Response) => (res.body.data as { name: string }[]).map((p) => p.name);

const RECIPES: Recipe[] = [
  {
    title: 'Everything Anatoly Antonov said in 2024, as CSV',
    path: '/v1/statements?speaker=Antonov&from=2024-01-01&to=2024-12-31&format=csv',
    check(res) {
      assert.match(res.headers['content-disposition'] ?? '', /filename="statements\.csv"/);
      const rows = csvRecords(res.text);
      assert.ok(rows.length >= 5, `${rows.length} rows`);
      for (const row of rows) {
        assert.equal(row.speakerName, 'Anatoly Antonov');
        assert.match(row.publishedAt!, /^2024-/);
      }
    },
  },
  {
    title: 'The ten most quoted people',
    path: '/v1/stats/statements?groupBy=speaker&limit=10',
    check(res) {
      const groups = res.body.data as { key: string; label: string; count: number }[];
      assert.ok(groups.length <= 10);
      assert.ok(
        groups.every((g) => /^[0-9a-f]{24}$/.test(g.key)),
        'people only: statements without a named speaker are counted in ungrouped',
      );
      assert.equal(typeof res.body.ungrouped, 'number');
      assert.equal(groups[0]!.label, 'Anatoly Antonov');
      assert.ok(
        groups.every((g, i) => i === 0 || groups[i - 1]!.count >= g.count),
        'largest first',
      );
    },
  },
  {
    title: 'Statements that mention Kim Jong Un',
    path: '/v1/statements?mentions=Kim%20Jong%20Un',
    async check(res, t) {
      const kim = await t.app.models.Person.findOne({ aliasKeys: 'kim jong un' }).lean();
      assert.ok(kim);
      const data = res.body.data as { mentionIds: string[] }[];
      assert.ok(data.length >= 1);
      for (const s of data) assert.ok(s.mentionIds.includes(kim._id.toHexString()));
    },
  },
  {
    title: 'Direct quotes about sanctions',
    path: '/v1/statements?q=sanctions&kind=direct',
    check(res) {
      const data = res.body.data as { text: string; kind: string }[];
      assert.ok(data.length >= 1);
      for (const s of data) {
        assert.equal(s.kind, 'direct');
        assert.match(s.text, /\bsanctions\b/i);
      }
    },
  },
  {
    title: 'Statements per month, for a chart',
    path: '/v1/stats/statements?groupBy=month',
    check(res) {
      const keys = (res.body.data as { key: string | null }[]).map((g) => g.key);
      const dated = keys.filter((k): k is string => k !== null);
      assert.ok(dated.includes('2024-06') && dated.includes('2023-09'));
      assert.deepEqual(dated, [...dated].sort(), 'chronological');
    },
  },
  {
    title: 'Russian ambassadors',
    path: '/v1/people?role=ambassador&affiliation=russia',
    check(res) {
      assert.ok(names(res).includes('Anatoly Antonov'));
      for (const p of res.body.data as { roles: { role: string }[] }[]) assert.ok(p.roles.some((r) => /ambassador/i.test(r.role)));
    },
  },
  {
    title: 'Find a person from the start of a name',
    path: '/v1/people?q=kir',
    check(res) {
      assert.deepEqual(names(res), ['John Kirby']);
    },
  },
  {
    title: 'Everyone quoted at least once, as a spreadsheet',
    path: '/v1/people?speaks=true&format=csv',
    check(res) {
      const rows = csvRecords(res.text);
      assert.ok(rows.some((r) => r.name === 'Anatoly Antonov'));
      for (const row of rows) assert.ok(Number(row.statementCount) > 0);
    },
  },
  {
    title: 'Articles naming Vladimir Putin since June 2024',
    path: '/v1/articles?person=Putin&from=2024-06',
    check(res) {
      const data = res.body.data as { publishedAt: string; people: { name: string }[] }[];
      assert.ok(data.length >= 2);
      for (const a of data) {
        assert.ok(a.publishedAt >= '2024-06-01');
        assert.ok(a.people.some((p) => p.name === 'Vladimir Putin'));
      }
    },
  },
  {
    title: 'Everything TASS reported, as NDJSON for jq or pandas',
    path: '/v1/statements?outlet=TASS&format=ndjson',
    check(res) {
      const lines = parseNdjson(res.text) as Json[];
      assert.ok(lines.length >= 10);
      for (const s of lines) assert.equal(s.outlet, 'TASS');
    },
  },
];

describe('query recipes on the seed articles', () => {
  let t: TestApp;

  before(async () => {
    t = await buildTestApp('recipes');
    const { files } = await collectArticleFiles([SEED_ARTICLES_DIR]);
    const { inputs } = await readArticleFiles(files);
    const summary = await new ArticleImporter(t.app.models).importArticles(inputs);
    assert.equal(summary.articles.inserted, 5, JSON.stringify(summary.failures));
  });
  after(async () => {
    await t.close();
  });

  test('there are ten recipes', () => {
    assert.equal(RECIPES.length, 10);
  });

  for (const recipe of RECIPES) {
    test(recipe.title, async () => {
      const res = await request(t.app.server).get(recipe.path).expect(200);
      await recipe.check(res, t);
    });
  }
});
