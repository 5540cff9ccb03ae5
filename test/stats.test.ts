import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import request from 'supertest';
import { withFixtureApp, type TestApp } from './helpers/app.js';
import type { Fixture } from './helpers/fixtures.js';

describe('GET /v1/stats/statements', () => {
  let t: TestApp;
  let f: Fixture;
  const stats = async (query: string) => (await request(t.app.server).get(`/v1/stats/statements?${query}`).expect(200)).body;

  withFixtureApp('stats', (app, fixture) => {
    t = app;
    f = fixture;
  });

  test('groupBy=speaker: most quoted people first with names; statements without a named speaker apart, as ungrouped', async () => {
    const body = await stats('groupBy=speaker');
    assert.equal(body.groupBy, 'speaker');
    const people = [
      { key: f.people.antonov.toHexString(), label: 'Anatoly Antonov', count: 11 },
      { key: f.people.muller.toHexString(), label: 'José Müller', count: 9 },
      { key: f.people.kim.toHexString(), label: 'Kim Jong-un', count: 6 },
    ];
    assert.deepEqual(body.data, people);
    assert.equal(body.ungrouped, 4);
    assert.equal(body.ungrouped + people.reduce((n, g) => n + g.count, 0), f.statements.length);
    // "The four most quoted people": the unattributed statements take no place among them.
    assert.deepEqual(await stats('groupBy=speaker&limit=4'), { groupBy: 'speaker', data: people, ungrouped: 4 });
    assert.deepEqual(
      (await stats('groupBy=speaker&limit=1')).data.map((g: { label: string }) => g.label),
      ['Anatoly Antonov'],
    );
  });

  test('groupBy=outlet and kind, with the statement filters', async () => {
    assert.deepEqual((await stats('groupBy=outlet')).data, [
      { key: 'Shining BD', count: 8 },
      { key: 'Sputnik', count: 8 },
      { key: 'TASS', count: 8 },
      { key: 'OREANDA-NEWS', count: 6 },
    ]);
    assert.deepEqual(
      (await stats('groupBy=outlet&speaker=antonov&from=2024')).data,
      [
        { key: 'OREANDA-NEWS', count: 3 },
        { key: 'Sputnik', count: 3 },
      ],
      'ties in key order',
    );
    const kinds = (await stats('groupBy=kind')).data;
    assert.deepEqual(kinds.map((g: { key: string }) => g.key).sort(), ['direct', 'indirect']);
    assert.equal(
      kinds.reduce((n: number, g: { count: number }) => n + g.count, 0),
      f.statements.length,
    );
    assert.deepEqual((await stats('groupBy=kind&q=cafe')).data, [
      { key: 'direct', count: 2 },
      { key: 'indirect', count: 1 },
    ]);
  });

  test('groupBy=month: chronological; undated statements apart, as ungrouped', async () => {
    assert.deepEqual(await stats('groupBy=month'), {
      groupBy: 'month',
      data: [
        { key: '2023-09', count: 8 },
        { key: '2024-06', count: 14 },
      ],
      ungrouped: 8,
    });
    assert.deepEqual((await stats('groupBy=month&speaker=kim&kind=direct')).data, [
      { key: '2023-09', count: 1 },
      { key: '2024-06', count: 3 },
    ]);
    assert.deepEqual((await stats('groupBy=month&speaker=nobody')).data, []);
  });

  test('groupBy is required and checked', async () => {
    const missing = await request(t.app.server).get('/v1/stats/statements').expect(400);
    assert.equal(missing.body.invalidParams[0].name, 'groupBy');
    const wrong = await request(t.app.server).get('/v1/stats/statements?groupBy=year').expect(400);
    assert.equal(wrong.body.invalidParams[0].name, 'groupBy');
    assert.match(wrong.body.invalidParams[0].reason, /speaker, outlet, kind, month/);
  });
});
