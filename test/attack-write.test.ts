// Attack suite, write side: Authorization headers, keys in query strings (and in the logs), hostile
// bodies, and concurrent writers. Then: the stored data is consistent, and no key appears in any log line.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { registerModels } from '../src/models/index.js';
import { checkConsistency } from '../src/services/consistency.js';
import { raw, spawnApi, Tally, type RawRequest, type SpawnedApi } from './helpers/attack.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

const KEY = 'attack-key-9c1f3e7a';
const OTHER_KEY = 'attack-other-key-51d2';
const MAX_BYTES = 100000;
const NO_ARTICLE = '/v1/articles/ffffffffffffffffffffffff';

/** An invented article; `n` makes each text distinct. */
const article = (n: number, speaker = 'Petar Antonov') =>
  [
    `Budget talks continue, round ${n}`,
    `SOFIA, March ${(n % 27) + 1}, 2025 (Example Wire) - Bulgarian Finance Minister ${speaker} spoke to parliament on round ${n} of the talks.`,
    `"We will not cut pensions in round ${n}," ${speaker.split(' ').pop()} said.`,
    `"The deficit stays under three percent," ${speaker.split(' ').pop()} added.`,
  ].join('\n\n');

describe('attack: write routes, ingest and concurrent writers', () => {
  let api: SpawnedApi;
  let uri: string;
  const tally = new Tally('attack (write routes)');
  const send = (req: RawRequest, what: string) => raw(api.port, req).then((res) => tally.seen(res, what));
  const refused = (req: RawRequest, what: string) => raw(api.port, req).then((res) => tally.refused(res, what));
  const post = (body: string | Buffer, headers: Record<string, string | number> = {}) =>
    raw(api.port, {
      method: 'POST',
      path: '/v1/articles',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body), ...headers },
      body,
    });
  const withModels = async <T>(fn: (models: ReturnType<typeof registerModels>) => Promise<T>) => {
    const connection = await mongoose.createConnection(uri).asPromise();
    try {
      return await fn(registerModels(connection));
    } finally {
      await connection.close();
    }
  };
  const articleCount = () => withModels((m) => m.Article.countDocuments());

  before(async () => {
    uri = await testDatabaseUri('attack_write');
    api = await spawnApi({
      MONGODB_URI: uri,
      SEED_ON_START: 'false',
      RATE_LIMIT_MAX: '0',
      API_KEYS: `${OTHER_KEY},${KEY}`,
      MAX_ARTICLE_BYTES: String(MAX_BYTES),
    });
  });

  after(async () => {
    await api.stop();
    const report = await withModels((m) => checkConsistency(m));
    await dropDatabase(uri);
    assert.deepEqual(report.violations, [], 'the database is consistent after the suite');
    assert.equal(report.counts.pendingArticles, 0, 'no article left pending');
    tally.held(
      `consistency check: ${report.counts.articles} articles, ${report.counts.statements} statements, ${report.counts.people} people, 0 violations, 0 pending`,
    );
    const leaks = api.logs.filter((line) => line.includes(KEY) || line.includes(OTHER_KEY) || line.includes(encodeURIComponent(KEY)));
    assert.deepEqual(leaks, [], 'no configured key in any log line');
    assert.ok(api.logs.length > tally.cases / 2, 'the server logged its requests');
    tally.held(`no configured key in any of ${api.logs.length} log lines (LOG_LEVEL=trace)`);
    tally.print();
  });

  test('missing, wrong, padded, malformed and oversized Authorization headers: 401, and nothing written', async () => {
    const wrong = [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Bearer ${KEY}x`,
      `Bearer x${KEY}`,
      `Bearer ${KEY.slice(0, -1)}`,
      `Bearer ${KEY} ${KEY}`,
      `Bearer ${KEY},${OTHER_KEY}`,
      `Bearer ${KEY.toUpperCase()}`,
      `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`,
      KEY,
      `Token ${KEY}`,
      `Bearer\t${KEY}x`,
      `Bearer "${KEY}"`,
      `Bearer ${'a'.repeat(10000)}`,
      `Bearer ${KEY}${'\u00a0'}`,
      'Bearer $ne',
      'Bearer {"$ne":null}',
      'Bearer __proto__',
    ];
    for (const authorization of wrong) {
      for (const method of ['POST', 'DELETE']) {
        const headers: Record<string, string> = { 'content-type': 'text/plain' };
        if (authorization !== undefined) headers.authorization = authorization;
        const res = await refused(
          { method, path: method === 'POST' ? '/v1/articles' : NO_ARTICLE, headers, body: method === 'POST' ? article(1) : undefined },
          `${method} with Authorization ${JSON.stringify(authorization?.slice(0, 40))}`,
        );
        assert.equal(res.status, 401);
      }
    }
    // Padding HTTP itself strips (RFC 9110 optional whitespace) and extra spaces after the scheme: still that key, nothing else.
    for (const authorization of [`  Bearer ${KEY}  `, `Bearer   ${KEY}`, `bearer ${KEY}`, `Bearer ${KEY}\t`]) {
      assert.equal((await send({ method: 'DELETE', path: NO_ARTICLE, headers: { authorization } }, `padded ${JSON.stringify(authorization)}`)).status, 404);
    }
    // Past Node's header limit (16 KiB) the server refuses before routing: 431, never a 5xx.
    const huge = await raw(api.port, { method: 'DELETE', path: NO_ARTICLE, headers: { authorization: `Bearer ${'a'.repeat(100000)}` } }).catch(() => null);
    if (huge) tally.seen(huge, 'a 100 kB Authorization header');
    assert.ok(huge === null || huge.status === 431);
    assert.equal(await articleCount(), 0);
    tally.held(`${wrong.length * 2} bad Authorization headers answered 401 problem+json; padded forms of a key accepted as that key only; 100 kB header 431`);
  });

  test('a key in the query string is refused, even beside a valid header, and never logged', async () => {
    let n = 0;
    for (const name of ['api_key', 'apiKey', 'key', 'access_token', 'token', 'authorization', 'x']) {
      for (const value of [KEY, `Bearer%20${KEY}`, encodeURIComponent(OTHER_KEY)]) {
        for (const [method, path] of [
          ['POST', '/v1/articles'],
          ['DELETE', NO_ARTICLE],
          ['GET', '/v1/statements'],
          ['GET', '/v1/articles'],
        ] as const) {
          const res = await refused(
            { method, path: `${path}?${name}=${value}`, headers: { 'content-type': 'text/plain' }, body: method === 'POST' ? article(2) : undefined },
            `${method} ${path}?${name}=…`,
          );
          assert.ok(res.status === 400 || res.status === 401);
          assert.ok(!res.text.includes(KEY) && !res.text.includes(OTHER_KEY), 'the answer does not echo the key');
          n++;
        }
        const both = await refused(
          {
            method: 'POST',
            path: `/v1/articles?${name}=${value}`,
            headers: { authorization: `Bearer ${KEY}`, 'content-type': 'text/plain' },
            body: article(3),
          },
          'key in header and query',
        );
        assert.equal(both.status, 400);
        n++;
      }
    }
    assert.equal(await articleCount(), 0);
    tally.held(`${n} requests with a key in the query string refused; none stored anything`);
  });

  test('hostile bodies: too large (with and without Content-Length), gzip, __proto__, deep nesting, binary, empty', async () => {
    const big = article(4) + '\n\n' + 'More words about the budget. '.repeat(MAX_BYTES / 20);
    const cases: [string, Omit<RawRequest, 'path'>, number[]][] = [
      ['over the limit with Content-Length', { headers: { 'content-length': Buffer.byteLength(big) }, body: big }, [413]],
      ['over the limit, chunked', { body: [big.slice(0, 10000), big.slice(10000, 30000), big.slice(30000)] }, [413]],
      ['Content-Length over the limit, short body', { headers: { 'content-length': MAX_BYTES + 1 }, body: 'x' }, [413]],
      ['gzip of a valid article', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(article(5)) }, [415]],
      ['gzip bomb (100 MB of zeros)', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(100 * 1024 * 1024)) }, [413, 415]],
      ['deflate', { headers: { 'content-encoding': 'deflate' }, body: 'x' }, [415]],
      [
        'JSON with __proto__',
        { headers: { 'content-type': 'application/json' }, body: `{"text":${JSON.stringify(article(6))},"__proto__":{"polluted":true}}` },
        [400],
      ],
      [
        'JSON with constructor.prototype',
        { headers: { 'content-type': 'application/json' }, body: `{"text":${JSON.stringify(article(6))},"constructor":{"prototype":{"polluted":true}}}` },
        [400],
      ],
      ['JSON 10,000 deep', { headers: { 'content-type': 'application/json' }, body: `{"text":${'['.repeat(10000)}${']'.repeat(10000)}}` }, [400]],
      ['JSON array 10,000 deep', { headers: { 'content-type': 'application/json' }, body: `${'['.repeat(10000)}${']'.repeat(10000)}` }, [400]],
      ['JSON objects 10,000 deep', { headers: { 'content-type': 'application/json' }, body: `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}` }, [400]],
      ['JSON with an operator text', { headers: { 'content-type': 'application/json' }, body: '{"text":{"$ne":null}}' }, [400]],
      ['malformed JSON', { headers: { 'content-type': 'application/json' }, body: '{"text":' }, [400]],
      ['empty JSON', { headers: { 'content-type': 'application/json' }, body: '' }, [400]],
      ['empty text', { body: '' }, [400, 422]],
      ['binary as text/plain', { body: randomBytes(4000) }, [400, 422]],
      ['binary as octet-stream', { headers: { 'content-type': 'application/octet-stream' }, body: randomBytes(4000) }, [415]],
      ['NULs as text', { body: '\u0000'.repeat(1000) }, [400, 422]],
      ['multipart', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\nhi\r\n--x--' }, [415]],
      ['form-encoded', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=hi&__proto__[x]=1' }, [415]],
    ];
    for (const [what, req, expected] of cases) {
      const res = await raw(api.port, {
        method: 'POST',
        path: '/v1/articles',
        ...req,
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'text/plain', ...req.headers },
      }).catch((error: Error) => error);
      if (res instanceof Error) {
        // Node may reset the socket after answering 413 to a body it will not read: that is a refusal, not a failure.
        assert.ok(expected.includes(413), `${what}: ${res.message}`);
        tally.cases++;
        continue;
      }
      tally.refused(res, what);
      assert.ok(expected.includes(res.status), `${what}: expected ${expected.join('/')}, got ${res.status} ${res.text.slice(0, 200)}`);
    }
    assert.equal(await articleCount(), 0, 'nothing stored');
    tally.held(`${cases.length} hostile bodies refused with 4xx problem+json; no decompression; nothing stored`);
  });

  test('50 concurrent posts of one article store it once', async () => {
    const text = article(10);
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(text)));
    for (const res of answers) tally.seen(res, 'concurrent post');
    assert.deepEqual([...new Set(answers.map((r) => r.status))].sort(), [200, 201]);
    assert.equal(answers.filter((r) => r.status === 201).length, 1, `one 201: ${answers.map((r) => `${r.status}:${String(r.json().id).slice(-6)}`).join(' ')}`);
    assert.equal(new Set(answers.map((r) => r.json().id)).size, 1, 'one id');
    assert.equal(await articleCount(), 1);
    tally.held('50 concurrent posts of one article: one 201, 49 × 200 with the same id, one article stored');
  });

  test('20 concurrent posts naming one person leave one person with the right counts', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(article(100 + i, 'Ivana Kostova'))));
    for (const res of answers) assert.equal(tally.seen(res, 'concurrent person post').status, 201);
    const statements = answers.reduce((n, res) => n + (res.json().statements as unknown[]).length, 0);
    const found = (
      JSON.parse((await raw(api.port, { path: '/v1/people?q=Kostova' })).text) as { data: { name: string; articleCount: number; statementCount: number }[] }
    ).data;
    assert.deepEqual(
      found.map((p) => [p.name, p.articleCount, p.statementCount]),
      [['Ivana Kostova', 20, statements]],
    );
    tally.held(`20 concurrent posts naming one person: one person, articleCount 20, statementCount ${statements}`);
  });

  test('DELETE twice: 204 then 404; DELETE racing a POST of the same text leaves all or nothing', async () => {
    const created = await post(article(200));
    const id = tally.seen(created, 'post to delete').json().id as string;
    const del = (articleId: string) => send({ method: 'DELETE', path: `/v1/articles/${articleId}`, headers: { authorization: `Bearer ${KEY}` } }, 'delete');
    assert.equal((await del(id)).status, 204);
    assert.equal((await del(id)).status, 404);
    let rounds = 0;
    for (const delayMs of [0, 0, 5, 10, 20, 40, 80, 160]) {
      const text = article(300 + rounds++);
      const known = await post(text); // the id is derived from the text: learn it, then race its re-import against its removal
      const raceId = tally.seen(known, 'post').json().id as string;
      assert.equal((await del(raceId)).status, 204);
      const [posted, deleted] = await Promise.all([post(text), new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => del(raceId))]);
      tally.seen(posted, 'racing post');
      assert.ok([200, 201].includes(posted.status) || posted.status === 404, `racing post: ${posted.status}`);
      assert.ok([204, 404].includes(deleted.status), `racing delete: ${deleted.status}`);
      const after = await send({ path: `/v1/articles/${raceId}` }, 'get after race');
      assert.ok([200, 404].includes(after.status));
    }
    const report = await withModels((m) => checkConsistency(m));
    assert.deepEqual(report.violations, []);
    tally.held(`DELETE twice: 204 then 404; ${rounds} DELETE/POST races left the database consistent`);
  });
});
