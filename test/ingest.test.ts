// Ingest over HTTP with API keys, and the protections around it: limits, media types, rate limits, headers.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import request from 'supertest';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

const KEY = 'test-key-1';
const auth = { authorization: `Bearer ${KEY}` };
const seed = (file: string) => readFile(join(SEED_ARTICLES_DIR, file), 'utf8');
const TASS = '000_5737fbf914914f1a.txt';
const SHINING = '002_9a85540538046ec8.txt';
const EXPERT = '003_8d983231c71b7538.txt';

async function counts(t: TestApp) {
  const { Article, Person, Statement } = t.app.models;
  return { articles: await Article.countDocuments(), people: await Person.countDocuments(), statements: await Statement.countDocuments() };
}

describe('POST /v1/articles and DELETE /v1/articles/{id}', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('ingest', { API_KEYS: `other-key, ${KEY}`, MAX_ARTICLE_BYTES: 20000 });
  });
  after(async () => {
    await t.close();
  });

  test('without a key: 401 problem naming the Authorization header; a wrong key: 401', async () => {
    const res = await request(t.app.server).post('/v1/articles').type('text/plain').send('WASHINGTON - "Hello," she said.').expect(401);
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(res.body.code, 'UNAUTHENTICATED');
    assert.equal(res.body.invalidParams[0].name, 'authorization');
    assert.match(res.headers['www-authenticate'] ?? '', /^Bearer/);
    const wrong = await request(t.app.server).post('/v1/articles').set('authorization', 'Bearer nope').type('text/plain').send('x').expect(401);
    assert.equal(wrong.body.code, 'INVALID_API_KEY');
    assert.deepEqual(await counts(t), { articles: 0, people: 0, statements: 0 });
  });

  test('a raw text/plain article: 201 with Location, the stored article and its statements; again: 200, same article', async () => {
    const raw = await seed(TASS);
    const res = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send(raw).expect(201);
    assert.equal(res.headers.location, `/v1/articles/${res.body.id}`);
    assert.equal(res.body.outlet, 'TASS');
    assert.ok(res.body.paragraphs.length > 3);
    assert.ok(res.body.statements.length >= 5);
    assert.ok(res.body.statements.every((s: { speakerName: string | null }) => s.speakerName === 'Anatoly Antonov'));
    const again = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send(raw).expect(200);
    assert.equal(again.body.id, res.body.id);
    assert.equal((await counts(t)).articles, 1);
    await request(t.app.server).get(`/v1/articles/${res.body.id}`).expect(200);
  });

  test('JSON with overrides: outlet, date and url given win over extraction', async () => {
    const raw = await seed(EXPERT);
    const res = await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .send({ text: raw, filename: 'expert.txt', outlet: 'Example Wire', publishedAt: '2018-08-10T09:00:00Z', url: 'https://example.org/a' })
      .expect(201);
    assert.equal(res.body.outlet, 'Example Wire');
    assert.equal(res.body.publishedAt, '2018-08-10T09:00:00.000Z');
    assert.equal(res.body.url, 'https://example.org/a');
    assert.equal(res.body.sourceFile, 'expert.txt');
    assert.ok(res.body.statements.every((s: { outlet: string }) => s.outlet === 'Example Wire'));
  });

  test('rejected requests store nothing: bad JSON field 400, empty text 422, 413, 415', async () => {
    const before = await counts(t);
    const unknown = await request(t.app.server).post('/v1/articles').set(auth).send({ text: 'x', author: 'me' }).expect(400);
    assert.equal(unknown.body.invalidParams[0].name, 'author');
    const missing = await request(t.app.server).post('/v1/articles').set(auth).send({ filename: 'a.txt' }).expect(400);
    assert.equal(missing.body.invalidParams[0].name, 'text');
    const blank = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send('   \n\n  ').expect(422);
    assert.equal(blank.body.code, 'NOT_AN_ARTICLE');
    assert.match(blank.body.detail, /EMPTY/);
    const binary = await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .send({ text: '\u0000\u0001\u0002\u0003 binary \u0000\u0000\u0000\u0007\u0008' })
      .expect(422);
    assert.equal(binary.body.code, 'NOT_AN_ARTICLE');
    const big = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send('"Words," he said. '.repeat(2000)).expect(413);
    assert.match(big.headers['content-type'] ?? '', /^application\/problem\+json/);
    const xml = await request(t.app.server).post('/v1/articles').set(auth).set('content-type', 'application/xml').send('<a/>').expect(415);
    assert.equal(xml.body.status, 415);
    assert.deepEqual(await counts(t), before);
  });

  test('concurrent posts of the same article store it once; posts sharing a person merge into one person', async () => {
    const [tass, shining] = await Promise.all([seed(TASS), seed(SHINING)]);
    const responses = await Promise.all([
      ...Array.from({ length: 4 }, () => request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send(shining)),
    ]);
    const ids = new Set(responses.map((r) => r.body.id));
    assert.equal(ids.size, 1, 'one article');
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 201]);
    assert.equal(await t.app.models.Article.countDocuments({ sha256: { $exists: true }, sourceFile: null, title: /Putin/ }), 1);
    // TASS (already stored) and Shining BD both name Antonov: one person, two articles.
    await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send(tass).expect(200);
    const antonov = await t.app.models.Person.find({ aliasKeys: 'anatoly antonov' }).lean();
    assert.equal(antonov.length, 1);
    assert.equal(antonov[0]!.articleCount, 2);
    assert.equal(antonov[0]!.statementCount, await t.app.models.Statement.countDocuments({ speakerId: antonov[0]!._id }));
  });

  test('DELETE removes the article and its statements, updates people, drops a person left with no article', async () => {
    const expert = await t.app.models.Article.findOne({ sourceFile: 'expert.txt' }).lean();
    assert.ok(expert);
    await request(t.app.server).delete(`/v1/articles/${expert._id.toHexString()}`).expect(401);
    await request(t.app.server).delete(`/v1/articles/${expert._id.toHexString()}`).set(auth).expect(204);
    assert.equal(await t.app.models.Article.countDocuments({ _id: expert._id }), 0);
    assert.equal(await t.app.models.Statement.countDocuments({ articleId: expert._id }), 0);
    assert.equal(await t.app.models.Person.countDocuments({ aliasKeys: 'georgy toloraya' }), 0, 'Toloraya was only in that article');
    const kim = await t.app.models.Person.findOne({ aliasKeys: 'kim jong un' }).lean();
    assert.equal(kim?.articleCount, 1, 'Kim keeps his other article');
    await request(t.app.server).delete(`/v1/articles/${expert._id.toHexString()}`).set(auth).expect(404);
    const bad = await request(t.app.server).delete('/v1/articles/not-an-id').set(auth).expect(400);
    assert.equal(bad.body.invalidParams[0].name, 'id');
  });

  test('security headers are set, with a CSP Swagger UI can live with', async () => {
    const res = await request(t.app.server).get('/healthz').expect(200);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(res.headers['content-security-policy'] ?? '', /default-src 'self'/);
    assert.ok(res.headers['strict-transport-security']);
  });
});

describe('an article posted alone with no year in its text', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('ingest_year', { API_KEYS: KEY });
  });
  after(async () => {
    await t.close();
  });

  test('keeps publishedAt null when nothing stored fits, and borrows the year of a stored report of the same story', async () => {
    const tass = await seed(TASS); // "WASHINGTON, September 14. /TASS/": day and month only
    const alone = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send(tass).expect(201);
    assert.equal(alone.body.publishedAt, null, 'never a guessed year');
    await request(t.app.server).delete(`/v1/articles/${alone.body.id}`).set(auth).expect(204);

    // Sputnik's report of the same remarks, dated 14.09.2023, naming the same people.
    await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .type('text/plain')
      .send(await seed('001_88038d95cafbbf4e.txt'))
      .expect(201);
    const dated = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send(tass).expect(201);
    assert.equal(dated.body.publishedAt?.slice(0, 10), '2023-09-14');
    assert.equal(dated.body.yearInferred, true);
  });
});

describe('writes turned off', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('ingest_off', { API_KEYS: '' });
  });
  after(async () => {
    await t.close();
  });

  test('no API key configured: 403 with a clear detail, and reads stay open', async () => {
    const res = await request(t.app.server).post('/v1/articles').set(auth).type('text/plain').send('text').expect(403);
    assert.equal(res.body.code, 'WRITES_DISABLED');
    assert.match(res.body.detail, /API_KEYS/);
    await request(t.app.server).get('/v1/statements').expect(200);
  });
});

describe('rate limiting', () => {
  test('per client, with RateLimit headers, 429 problem+json with Retry-After', async () => {
    const t = await buildTestApp('ratelimit', { RATE_LIMIT_MAX: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const ok = await request(t.app.server).get('/v1/people').expect(200);
        assert.equal(ok.headers['ratelimit-limit'], '3');
        assert.equal(ok.headers['ratelimit-remaining'], String(2 - i));
      }
      const limited = await request(t.app.server).get('/v1/people').expect(429);
      assert.match(limited.headers['content-type'] ?? '', /^application\/problem\+json/);
      assert.equal(limited.body.code, 'RATE_LIMITED');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      await request(t.app.server).get('/healthz').expect(200); // probes are never limited
    } finally {
      await t.close();
    }
  });

  test('with TRUST_PROXY, clients behind a load balancer are told apart by X-Forwarded-For', async () => {
    const t = await buildTestApp('trustproxy', { RATE_LIMIT_MAX: 1, TRUST_PROXY: true });
    try {
      await request(t.app.server).get('/v1/people').set('x-forwarded-for', '203.0.113.1').expect(200);
      await request(t.app.server).get('/v1/people').set('x-forwarded-for', '203.0.113.1').expect(429);
      await request(t.app.server).get('/v1/people').set('x-forwarded-for', '203.0.113.2').expect(200);
    } finally {
      await t.close();
    }
  });

  test('with REDIS_URL, API processes share the counters', async (context) => {
    const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const probe = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 });
    const reachable = await probe.connect().then(
      () => true,
      () => false,
    );
    probe.disconnect();
    if (!reachable) {
      context.skip(`no Redis at ${url} (set TEST_REDIS_URL)`);
      return;
    }
    const overrides = { RATE_LIMIT_MAX: 4, RATE_LIMIT_WINDOW_MS: 60000, REDIS_URL: url };
    const a = await buildTestApp('redis_a', overrides);
    const b = await buildTestApp('redis_b', overrides);
    try {
      // A per-run client address keeps this run's counters apart from other runs'.
      const client = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
      const get = (t: TestApp) => t.app.inject({ method: 'GET', url: '/v1/people', remoteAddress: client });
      assert.equal((await get(a)).statusCode, 200);
      assert.equal((await get(b)).statusCode, 200);
      assert.equal((await get(a)).statusCode, 200);
      assert.equal((await get(b)).statusCode, 200);
      const limited = await get(a);
      assert.equal(limited.statusCode, 429, 'the fifth request across both processes is limited');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
