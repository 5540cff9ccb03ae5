import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import request from 'supertest';
import { csvRecords, pageThrough, parseNdjson } from './helpers/api.js';
import { withFixtureApp, type TestApp } from './helpers/app.js';
import type { Fixture } from './helpers/fixtures.js';

describe('GET /v1/people, /v1/people/{id}, /v1/people/{id}/statements', () => {
  let t: TestApp;
  let f: Fixture;
  const get = (url: string) => request(t.app.server).get(url);
  const names = async (query: string) => ((await get(`/v1/people?${query}`).expect(200)).body.data as { name: string }[]).map((p) => p.name);

  withFixtureApp('people', (app, fixture) => {
    t = app;
    f = fixture;
  });

  test('default sort: most quoted first; the person shape', async () => {
    const res = await get('/v1/people').expect(200);
    assert.deepEqual(
      res.body.data.map((p: { name: string; statementCount: number }) => [p.name, p.statementCount]),
      [
        ['Anatoly Antonov', 11],
        ['José Müller', 9],
        ['Kim Jong-un', 6],
        ['Vladimir Putin', 0],
      ],
    );
    const antonov = res.body.data[0];
    assert.deepEqual(antonov.aliases, ['Antonov', 'Anatoly Ivanovich Antonov']);
    assert.deepEqual(antonov.roles, [
      { role: 'Russian Ambassador to the United States', articleCount: 3, firstSeenAt: '2023-09-14T10:00:00.000Z', lastSeenAt: '2024-06-19T08:30:00.000Z' },
    ]);
    assert.equal(antonov.affiliation, 'Russia');
    assert.ok(!('aliasKeys' in antonov) && !('nameTerms' in antonov) && !('articleIds' in antonov) && !('roleTerms' in antonov));
  });

  test('sort=name and sort=-lastSeenAt (never seen last)', async () => {
    assert.deepEqual(await names('sort=name'), ['Anatoly Antonov', 'José Müller', 'Kim Jong-un', 'Vladimir Putin']);
    const recent = await names('sort=-lastSeenAt');
    assert.equal(recent.at(-1), 'Vladimir Putin', 'lastSeenAt null sorts last');
    assert.deepEqual(recent.slice(0, 3).sort(), ['Anatoly Antonov', 'José Müller', 'Kim Jong-un']);
  });

  test('every sort pages with limit=1 without duplicates or gaps, including past a null key', async () => {
    for (const sort of ['-statementCount', 'name', '-lastSeenAt']) {
      const paged = await pageThrough(t.app.server, `/v1/people?limit=1&sort=${sort}`);
      const all = parseNdjson((await get(`/v1/people?format=ndjson&sort=${sort}`).expect(200)).text).map((p) => p.id);
      assert.deepEqual(paged, all, sort);
      assert.equal(paged.length, 4);
    }
  });

  test('q: word prefixes of name and aliases, folded, all words must match', async () => {
    assert.deepEqual(await names('q=antonov'), ['Anatoly Antonov']);
    assert.deepEqual(await names('q=anto'), ['Anatoly Antonov'], 'prefix');
    assert.deepEqual(await names('q=jose%20mul'), ['José Müller'], 'diacritics folded, several prefixes');
    assert.deepEqual(await names('q=M%C3%9CLLER'), ['José Müller']);
    assert.deepEqual(await names('q=jong'), ['Kim Jong-un'], 'a hyphenated part is a word');
    assert.deepEqual(await names('q=kim%20jong-un'), ['Kim Jong-un']);
    assert.deepEqual(await names('q=ivanovich'), ['Anatoly Antonov'], 'aliases count');
    assert.deepEqual(await names('q=tonov'), [], 'prefix, not substring');
    assert.deepEqual(await names('q=antonov%20putin'), [], 'every word must match');
    assert.deepEqual(await names('q=.*'), []);
    assert.deepEqual(await names('q=%5E(a%7C'), []);
  });

  test('role, affiliation, speaks', async () => {
    assert.deepEqual(await names('role=ambassador'), ['Anatoly Antonov']);
    assert.deepEqual(await names('role=European%20Commission'), ['José Müller']);
    assert.deepEqual(await names('role=ambassador%20leader'), []);
    assert.deepEqual(await names('affiliation=russia'), ['Anatoly Antonov'], 'whole words: Russia, not Russian Federation');
    assert.deepEqual(await names('affiliation=Russian%20Federation'), ['Vladimir Putin']);
    assert.deepEqual(await names('affiliation=korea'), ['Kim Jong-un']);
    assert.deepEqual(await names('affiliation=kor'), []);
    assert.deepEqual(await names('speaks=false'), ['Vladimir Putin']);
    assert.deepEqual(await names('speaks=true&sort=name'), ['Anatoly Antonov', 'José Müller', 'Kim Jong-un']);
    assert.deepEqual(await names('speaks=true&affiliation=europe'), []);
  });

  test('exports: CSV with a header row and the people file name', async () => {
    const res = await get('/v1/people?format=csv&sort=name').expect(200);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="people.csv"');
    const records = csvRecords(res.text);
    assert.deepEqual(
      records.map((r) => r.name),
      ['Anatoly Antonov', 'José Müller', 'Kim Jong-un', 'Vladimir Putin'],
    );
    assert.equal(records[0]!.aliases, 'Antonov; Anatoly Ivanovich Antonov');
    assert.equal(records[3]!.lastSeenAt, '');
  });

  test('GET /v1/people/{id}', async () => {
    const res = await get(`/v1/people/${f.people.kim}`).expect(200);
    assert.equal(res.body.name, 'Kim Jong-un');
    assert.deepEqual(res.body.aliases, ['Kim Jong Un', 'Kim']);
    assert.equal(res.body.articleCount, 3);
    await get(`/v1/people/${f.articles.tass}`).expect(404);
  });

  test('GET /v1/people/{id}/statements: the statement filters apply, speaker is fixed', async () => {
    const antonov = f.statements.filter((s) => s.speakerId?.equals(f.people.antonov));
    const paged = await pageThrough(t.app.server, `/v1/people/${f.people.antonov}/statements?limit=3`);
    assert.deepEqual(paged.sort(), antonov.map((s) => s._id.toHexString()).sort());
    const direct2024 = await get(`/v1/people/${f.people.antonov}/statements?kind=direct&from=2024&outlet=sputnik`).expect(200);
    assert.deepEqual(
      direct2024.body.data.map((s: { id: string }) => s.id).sort(),
      antonov
        .filter((s) => s.kind === 'direct' && s.outlet === 'Sputnik')
        .map((s) => s._id.toHexString())
        .sort(),
    );
    const csv = await get(`/v1/people/${f.people.muller}/statements?format=csv&q=cafe`).expect(200);
    assert.equal(csvRecords(csv.text).length, 3);
    const speakerParam = await get(`/v1/people/${f.people.antonov}/statements?speaker=kim`).expect(400);
    assert.equal(speakerParam.body.invalidParams[0].name, 'speaker');
    const unknown = await get('/v1/people/0123456789abcdef01234567/statements').expect(404);
    assert.equal(unknown.body.code, 'PERSON_NOT_FOUND');
  });
});
