// Attack suite, read side: hostile values in every parameter of every GET route (read from the server's
// own OpenAPI document, so a new parameter is attacked too) and forged cursors. Each answer is a 4xx
// problem+json, or a 200 with nothing in it; never a 5xx, and the data the API serves is unchanged after.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mongoose from 'mongoose';
import { registerModels } from '../src/models/index.js';
import { checkConsistency } from '../src/services/consistency.js';
import { raw, spawnApi, Tally, type RawResponse, type SpawnedApi } from './helpers/attack.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const LONG = 'a'.repeat(10000);
const parseIds = (ndjson: string) =>
  ndjson
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);

// Whole query strings: operators and prototype keys in brackets, as qs-style parsers would expand them.
const structural = (p: string) => [
  `${p}[$ne]=x`,
  `${p}[$gt]=`,
  `${p}[$regex]=.*`,
  `${p}[$where]=1`,
  `${p}[]=x`,
  `${p}[0]=x`,
  `${p}.$ne=x`,
  `__proto__[${p}]=1`,
  `${p}[__proto__][x]=1`,
  `constructor[prototype][${p}]=1`,
];
// Values: each either refused or matches nothing.
const values = [
  '%7B%22%24ne%22%3Anull%7D',
  '%24ne',
  '%ff',
  '%C3%28',
  '%ED%A0%80',
  '%zz',
  '%',
  '%00',
  'a%00b',
  LONG,
  '.*',
  '%5E%24',
  '(a%2B)%2B%24',
  '__proto__',
  'constructor',
];
const ROUTE_WIDE = ['__proto__[x]=1', 'constructor[prototype][x]=1', '__proto__=1', 'constructor=1', 'prototype=1', '$where=1', `${LONG}=1`, 'a=1&a[$ne]=2'];

interface Operation {
  path: string;
  params: string[];
}

describe('attack: every parameter of every read route', () => {
  let api: SpawnedApi;
  let uri: string;
  let operations: Operation[];
  let ids: Record<string, string>;
  const tally = new Tally('attack (read routes)');
  const snapshot = async () => {
    const out: Record<string, string> = {};
    for (const route of ['/v1/statements', '/v1/people', '/v1/articles']) out[route] = (await raw(api.port, { path: `${route}?format=ndjson` })).text;
    return out;
  };
  let before_: Record<string, string>;

  before(async () => {
    uri = await testDatabaseUri('attack_read');
    api = await spawnApi({ MONGODB_URI: uri, SEED_ON_START: 'true', RATE_LIMIT_MAX: '0', API_KEYS: 'attack-read-key' });
    const doc = JSON.parse((await raw(api.port, { path: '/openapi.json' })).text) as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    operations = Object.entries(doc.paths)
      .filter(([path, ops]) => path.startsWith('/v1/') && ops.get)
      .map(([path, ops]) => ({ path, params: (ops.get!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) }));
    const first = async (route: string) => (JSON.parse((await raw(api.port, { path: `${route}?limit=1` })).text) as { data: { id: string }[] }).data[0]!.id;
    ids = { statements: await first('/v1/statements'), people: await first('/v1/people'), articles: await first('/v1/articles') };
    before_ = await snapshot();
  });

  after(async () => {
    await api.stop();
    const connection = await mongoose.createConnection(uri).asPromise();
    const report = await checkConsistency(registerModels(connection));
    await connection.close();
    await dropDatabase(uri);
    assert.deepEqual(report.violations, [], 'the database is consistent after the suite');
    tally.held(`consistency check: ${report.counts.articles} articles, ${report.counts.statements} statements, ${report.counts.people} people, 0 violations`);
    tally.print();
  });

  const withId = (path: string) => path.replace('{id}', ids[path.split('/')[2]!]!);
  /** A 4xx problem, or a 200 with nothing in it. */
  const refusedOrEmpty = (res: RawResponse, what: string) => {
    if (res.status !== 200) return tally.refused(res, what);
    tally.seen(res, what);
    const body = res.json() as { data?: unknown[] };
    assert.ok(Array.isArray(body.data), `${what}: a 200 is a list`);
    assert.equal(body.data.length, 0, `${what}: a hostile value matches nothing`);
    return res;
  };

  test('operator objects, prototype keys and array forms in every query parameter: 4xx', async () => {
    let n = 0;
    for (const op of operations) {
      const queries = [...op.params.flatMap(structural), ...ROUTE_WIDE];
      for (const query of queries) tally.refused(await raw(api.port, { path: `${withId(op.path)}?${query}` }), `${op.path}?${query.slice(0, 60)}`);
      n += queries.length;
    }
    tally.held(`${n} operator/prototype/array queries refused with 4xx problem+json`);
  });

  test('invalid UTF-8, null bytes, regex syntax, operator JSON and 10,000-character values in every query parameter: 4xx or nothing', async () => {
    let n = 0;
    for (const op of operations) {
      for (const p of op.params) {
        for (const value of values) refusedOrEmpty(await raw(api.port, { path: `${withId(op.path)}?${p}=${value}` }), `${op.path}?${p}=${value.slice(0, 40)}`);
        n += values.length;
      }
    }
    tally.held(`${n} hostile values refused or matching nothing`);
  });

  test('hostile ids in every path parameter: 4xx', async () => {
    let n = 0;
    for (const op of operations.filter((o) => o.path.includes('{id}'))) {
      for (const id of [
        '%24ne',
        '%7B%22%24ne%22%3Anull%7D',
        '%ff',
        '%00',
        'a%00b',
        LONG,
        '__proto__',
        'constructor',
        'ffffffffffffffffffffffff',
        '00000000000000000000000g',
        `${ids[op.path.split('/')[2]!]}%00`,
      ]) {
        tally.refused(await raw(api.port, { path: op.path.replace('{id}', id) }), `${op.path} id=${id.slice(0, 30)}`);
        n++;
      }
    }
    tally.held(`${n} hostile path ids refused (400, or 404 for well-formed unknown ids)`);
  });

  test('huge, negative, fractional and non-numeric limits: 4xx', async () => {
    let n = 0;
    for (const op of operations.filter((o) => o.params.includes('limit'))) {
      for (const limit of ['-1', '0', '-0.5', '1.5', '101', '1000000000', '99999999999999999999', '1e309', 'Infinity', 'NaN', '', '%20', 'ten', '%00', '%ff']) {
        tally.refused(await raw(api.port, { path: `${withId(op.path)}?limit=${limit}` }), `${op.path}?limit=${limit}`);
        n++;
      }
    }
    tally.held(`${n} bad limits refused`);
  });

  test('forged, tampered, truncated and other-sort cursors: 4xx', async () => {
    let n = 0;
    for (const op of operations.filter((o) => o.params.includes('cursor'))) {
      const path = withId(op.path);
      const page = JSON.parse((await raw(api.port, { path: `${path}?limit=1` })).text) as { page: { nextCursor: string | null } };
      const real = page.page.nextCursor;
      // A cursor is [sort name, sort value, tie-breakers..., id]: forgeries keep the real one's arity.
      const [name = 'publishedAt', value = null, ...ties] = real ? (JSON.parse(Buffer.from(real, 'base64url').toString()) as unknown[]) : [];
      const rest = ties.length ? ties : ['ffffffffffffffffffffffff'];
      const forged = [
        b64([name, { $gt: '' }, ...rest]),
        b64([name, value, ...rest.slice(0, -1), { $ne: null }]),
        b64([name, { $where: 'sleep(1000)' }, ...rest]),
        b64({ $ne: null }),
        b64({ __proto__: { polluted: 1 } }),
        b64('{"__proto__":{"polluted":1}}'),
        b64([name, value]),
        b64([name, value, ...rest, 'extra']),
        b64(['__proto__', value, ...rest]),
        b64([name, value, ...rest.slice(0, -1), 'zzzzzzzzzzzzzzzzzzzzzzzz']),
        b64([name, [1, 2], ...rest]),
        b64([name, true, ...rest]),
        b64('null'),
        b64('[]'),
        b64('not json'),
        '!!!',
        '%00',
        '%ff',
        b64(LONG),
        LONG,
      ];
      if (real)
        forged.push(
          real.slice(0, -3),
          real.slice(0, real.length / 2),
          `${real}x`,
          real.replace(/^./, (c) => (c === 'W' ? 'X' : 'W')),
        );
      for (const cursor of forged) {
        tally.refused(await raw(api.port, { path: `${path}?limit=1&cursor=${cursor}` }), `${op.path} cursor ${cursor.slice(0, 40)}`);
        n++;
      }
      // Cursors are positions, not secrets: a well-typed crafted one is a position like any other, and
      // its page stays inside the filter's results.
      const all = new Set(parseIds((await raw(api.port, { path: `${path}?format=ndjson` })).text));
      const numeric = typeof value === 'number';
      const crafted = [
        b64([name, numeric ? 1e308 : '9999-12-31T00:00:00.000Z', ...rest]),
        b64([name, numeric ? -1e308 : '0001-01-01T00:00:00.000Z', ...rest]),
        b64([name, null, ...rest.slice(0, -1), '000000000000000000000000']),
      ];
      for (const cursor of crafted) {
        const res = tally.seen(await raw(api.port, { path: `${path}?limit=5&cursor=${cursor}` }), `${op.path} crafted cursor`);
        if (res.status !== 200) continue;
        const page = (res.json() as { data: { id: string }[] }).data.map((item) => item.id);
        assert.ok(page.length <= 5 && page.every((pageId) => all.has(pageId)), `${op.path}: a crafted cursor's page is inside the result set`);
        n++;
      }
      // A cursor issued for one sort order is refused by every other.
      const sorts = ['publishedAt', '-publishedAt', 'name', '-name', 'statementCount', '-statementCount', 'articleCount', '-articleCount'];
      for (const sort of sorts) {
        const res = await raw(api.port, { path: `${path}?limit=1&sort=${sort}` });
        if (res.status !== 200) continue;
        const cursor = (res.json() as { page: { nextCursor: string | null } }).page.nextCursor;
        if (!cursor) continue;
        for (const other of sorts.filter((s) => s !== sort)) {
          const reused = await raw(api.port, { path: `${path}?limit=1&sort=${other}&cursor=${cursor}` });
          if (reused.status === 400 && (reused.json() as { invalidParams?: { name: string }[] }).invalidParams?.[0]?.name === 'sort') continue; // not a sort of this route
          tally.refused(reused, `${op.path} ${sort} cursor with sort=${other}`);
          n++;
        }
      }
    }
    tally.held(`${n} forged or misused cursors refused, crafted well-typed positions kept inside the result set`);
  });

  test('what the API serves is unchanged by the attacks', async () => {
    assert.deepEqual(await snapshot(), before_);
    tally.held('statements, people and articles exports identical before and after');
  });
});
