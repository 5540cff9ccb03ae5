// CSV exports are opened in spreadsheets: a cell that starts like a formula must arrive as text.
// Articles go in through POST /v1/articles, as anyone with a key (or a scraped page) would send them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { csvRecords, parseCsv, parseNdjson } from './helpers/api.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

const KEY = 'csv-injection-key';
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
const QUOTES = [
  '@SUM(1+1) is what we said about the plan',
  '=HYPERLINK(1) was never part of the deal',
  '+1 for the ministry this year, and more to come',
  '-2 percent is the deficit we expect next year',
];

const article = (n: number) =>
  [
    `Sofia officials defend budget number ${n}`,
    `SOFIA, March ${n + 1}, 2025 (Example Wire) - Bulgarian Finance Minister Petar Antonov defended the budget on Monday.`,
    ...QUOTES.map((quote, i) => `"${quote}," Antonov ${i % 2 ? 'said' : 'added'}.`),
  ].join('\n\n');

describe('CSV exports neutralise formula-like cells', () => {
  let t: TestApp;
  const get = (url: string) => request(t.app.server).get(url);

  before(async () => {
    t = await buildTestApp('csv_injection', { API_KEYS: KEY });
    // One article per leading character: the outlet is only that character, the file name starts with it.
    for (const [n, start] of FORMULA_STARTS.entries()) {
      await request(t.app.server)
        .post('/v1/articles')
        .set('authorization', `Bearer ${KEY}`)
        .send({ text: article(n), outlet: start, filename: `${start}cmd|' /C calc'!A0.txt` })
        .expect(201);
    }
  });
  after(async () => {
    await t.close();
  });

  test('statement text starting with = + - @ is exported with a leading quote, inside RFC 4180 quoting', async () => {
    const res = await get('/v1/statements?format=csv').expect(200);
    const records = csvRecords(res.text);
    assert.equal(records.length, FORMULA_STARTS.length * QUOTES.length);
    for (const quote of QUOTES) {
      assert.ok(
        records.some((r) => r.text === `'${quote}`),
        `${quote} exported as '${quote}`,
      );
      assert.ok(res.text.includes(`"'${quote.replace(/"/g, '""')}"`), 'the neutralised cell is quoted');
    }
  });

  test('a value that is only one of = + - @ TAB CR, and one starting with it, in every CSV route', async () => {
    const statements = csvRecords((await get('/v1/statements?format=csv').expect(200)).text);
    const articles = csvRecords((await get('/v1/articles?format=csv').expect(200)).text);
    for (const start of FORMULA_STARTS) {
      assert.ok(
        statements.some((r) => r.outlet === `'${start}`),
        `statement outlet ${JSON.stringify(start)}`,
      );
      assert.ok(
        articles.some((r) => r.outlet === `'${start}`),
        `article outlet ${JSON.stringify(start)}`,
      );
      assert.ok(
        articles.some((r) => r.sourceFile === `'${start}cmd|' /C calc'!A0.txt`),
        `article file ${JSON.stringify(start)}`,
      );
    }
  });

  test('no cell of any CSV export starts like a formula', async () => {
    for (const route of ['/v1/statements', '/v1/articles', '/v1/people']) {
      const rows = parseCsv((await get(`${route}?format=csv`).expect(200)).text);
      assert.ok(rows.length > 1, `${route} exports rows`);
      for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${route}: ${JSON.stringify(cell)}`);
    }
  });

  test('NDJSON and JSON carry the values verbatim', async () => {
    const ndjson = parseNdjson((await get('/v1/statements?format=ndjson').expect(200)).text);
    const json = (await get('/v1/statements?limit=100').expect(200)).body.data as Record<string, unknown>[];
    for (const list of [ndjson, json]) {
      for (const quote of QUOTES)
        assert.ok(
          list.some((s) => s.text === quote),
          `${quote} verbatim`,
        );
      for (const start of FORMULA_STARTS)
        assert.ok(
          list.some((s) => s.outlet === start),
          `outlet ${JSON.stringify(start)} verbatim`,
        );
    }
    const articles = parseNdjson((await get('/v1/articles?format=ndjson').expect(200)).text);
    for (const start of FORMULA_STARTS) assert.ok(articles.some((a) => a.sourceFile === `${start}cmd|' /C calc'!A0.txt`));
  });
});
