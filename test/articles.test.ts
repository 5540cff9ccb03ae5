import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import request from 'supertest';
import { csvRecords, pageThrough, parseNdjson } from './helpers/api.js';
import { withFixtureApp, type TestApp } from './helpers/app.js';
import type { Fixture } from './helpers/fixtures.js';

describe('GET /v1/articles and /v1/articles/{id}', () => {
  let t: TestApp;
  let f: Fixture;
  const get = (url: string) => request(t.app.server).get(url);
  const outlets = async (query: string) => ((await get(`/v1/articles?${query}`).expect(200)).body.data as { outlet: string }[]).map((a) => a.outlet);

  withFixtureApp('articles', (app, fixture) => {
    t = app;
    f = fixture;
  });

  test('newest first, undated last, pending imports hidden, summaries without text', async () => {
    const res = await get('/v1/articles').expect(200);
    assert.deepEqual(
      res.body.data.map((a: { outlet: string }) => a.outlet),
      ['Sputnik', 'OREANDA-NEWS', 'TASS', 'Shining BD'],
    );
    const sputnik = res.body.data[0];
    assert.equal(sputnik.id, f.articles.sputnik!.toHexString());
    assert.equal(sputnik.statementCount, 8);
    assert.deepEqual(
      sputnik.people.map((p: { name: string }) => p.name),
      ['Anatoly Antonov', 'José Müller', 'Kim Jong-un'],
    );
    assert.ok(!('paragraphs' in sputnik) && !('terms' in sputnik) && !('importState' in sputnik));
    assert.deepEqual(await outlets('sort=publishedAt'), ['Shining BD', 'TASS', 'OREANDA-NEWS', 'Sputnik']);
  });

  test('paging with limit=1 in both sorts, past the undated article', async () => {
    for (const sort of ['-publishedAt', 'publishedAt']) {
      const paged = await pageThrough(t.app.server, `/v1/articles?limit=1&sort=${sort}`);
      const all = parseNdjson((await get(`/v1/articles?format=ndjson&sort=${sort}`).expect(200)).text).map((a) => a.id);
      assert.deepEqual(paged, all);
      assert.equal(paged.length, 4);
    }
  });

  test('q, outlet, from/to, person, dateline', async () => {
    assert.deepEqual(await outlets('q=duplicity'), ['Sputnik'], 'title words');
    assert.deepEqual(await outlets('q=cafe%20paperwork'), ['Shining BD'], 'body words, folded');
    assert.deepEqual(await outlets('q=.*'), []);
    assert.deepEqual(await outlets('outlet=tass&outlet=SPUTNIK'), ['Sputnik', 'TASS']);
    assert.deepEqual(await outlets('from=2024-06-17&to=2024-06-18'), ['OREANDA-NEWS']);
    assert.deepEqual(await outlets('to=2024-06-17'), ['OREANDA-NEWS', 'TASS']);
    assert.deepEqual(await outlets('person=Jos%C3%A9%20M%C3%BCller'), ['Sputnik', 'Shining BD']);
    assert.deepEqual(await outlets(`person=${f.people.putin}`), ['Shining BD']);
    assert.deepEqual(await outlets('person=kim%20jong%20un'), ['Sputnik', 'OREANDA-NEWS', 'TASS']);
    assert.deepEqual(await outlets('person=Nobody'), []);
    assert.deepEqual(await outlets('dateline=washington'), ['TASS']);
    assert.deepEqual(await outlets('dateline=Paris'), []);
  });

  test('CSV export of articles', async () => {
    const res = await get('/v1/articles?format=csv').expect(200);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="articles.csv"');
    const records = csvRecords(res.text);
    assert.equal(records.length, 4);
    assert.equal(records[0]!.title, "US shows 'duplicity' when assessing Kim Jong Un's visit");
    assert.equal(records[0]!.people, 'Anatoly Antonov; José Müller; Kim Jong-un');
    assert.equal(records[3]!.publishedAt, '');
  });

  test('GET /v1/articles/{id}: paragraphs, people with roles, statements in reading order', async () => {
    const res = await get(`/v1/articles/${f.articles.tass}`).expect(200);
    const a = res.body;
    assert.equal(a.title, 'Russian diplomat slams US over Russia-DPRK dialogue');
    assert.equal(a.paragraphs.length, 8);
    assert.deepEqual(
      a.people.map((p: { name: string; roles: string[] }) => [p.name, p.roles]),
      [
        ['Anatoly Antonov', ['Russian Ambassador to the United States']],
        ['Kim Jong-un', ['North Korean leader']],
      ],
    );
    assert.equal(a.statements.length, 8);
    assert.deepEqual(
      a.statements.map((s: { paragraph: number }) => s.paragraph),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    for (const s of a.statements) assert.equal(a.paragraphs[s.paragraph].slice(s.start, s.end), s.text);
  });

  test('a pending or unknown article is 404', async () => {
    const pending = await get(`/v1/articles/${f.articles.pending}`).expect(404);
    assert.equal(pending.body.code, 'ARTICLE_NOT_FOUND');
    await get('/v1/articles/ffffffffffffffffffffffff').expect(404);
  });
});
