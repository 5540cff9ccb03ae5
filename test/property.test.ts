// Property-based tests: thousands of random and hostile inputs against every route and the extractor.
// Never a 500, never a hang, never a user value reaching MongoDB as an operator or a field name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import mongoose from 'mongoose';
import request from 'supertest';
import { tryExtractArticle } from '../src/extract/index.js';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

const KEY = 'property-key';

// Values people and scripts send by accident or on purpose.
const hostileValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '$ne',
    '$gt',
    '$where',
    '$regex',
    '{"$ne":null}',
    '{"$gt":""}',
    '[$in]',
    '.*',
    '(',
    ')',
    '[',
    '\\',
    '^$',
    '*+?{}|',
    '(a+)+$',
    '1e309',
    '-1',
    '0',
    '99999999999999999999999',
    'NaN',
    'Infinity',
    '0x10',
    '2024-13-45',
    '9999-99-99T99:99',
    '1969-12-31',
    '"',
    "'",
    '«',
    '“',
    '\u0000',
    '\u0007',
    '\u202e',
    '\ud800',
    '%00',
    '%',
    '__proto__',
    'constructor',
    'null',
    'true',
    '[]',
    '{}',
    'a'.repeat(300),
    '000000000000000000000000',
    'ffffffffffffffffffffffff',
    'zzzzzzzzzzzzzzzzzzzzzzzz',
  ),
);
const paramName = fc.constantFrom(
  'q',
  'speaker',
  'article',
  'outlet',
  'kind',
  'from',
  'to',
  'mentions',
  'sort',
  'limit',
  'cursor',
  'format',
  'role',
  'affiliation',
  'speaks',
  'person',
  'dateline',
  'groupBy',
  'speaker[$ne]',
  'q[$regex]',
  '__proto__',
  'constructor[prototype]',
  'limit[]',
  '$where',
);

/** Percent-encodes the UTF-8 bytes of a value (lone surrogates become U+FFFD, as any client would send them). */
const encode = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0')}`))
    .join('');

/** Every object key in a MongoDB command, at any depth. */
function keysOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object' && !(value instanceof mongoose.Types.ObjectId) && !(value instanceof Date) && !(value instanceof RegExp)) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

// The operators our own queries use; anything else starting with $ came from somewhere it should not.
const OUR_OPERATORS = new Set([
  '$in',
  '$nin',
  '$all',
  '$and',
  '$or',
  '$gte',
  '$gt',
  '$lte',
  '$lt',
  '$ne',
  '$eq',
  '$regex',
  '$options',
  '$exists',
  '$set',
  '$inc',
  '$setOnInsert',
  '$match',
  '$group',
  '$sum',
  '$sort',
  '$limit',
  '$count',
  '$project',
  '$skip',
  '$size',
  '$not',
  '$elemMatch',
]);

describe('property: hostile parameters on every route', () => {
  let t: TestApp;
  const commands: { collection: string; method: string; keys: Set<string> }[] = [];
  let ids: { statement: string; person: string; article: string };

  before(async () => {
    t = await buildTestApp('property', { API_KEYS: KEY, RATE_LIMIT_MAX: 0, MAX_ARTICLE_BYTES: 100000 });
    const { inputs } = await readArticleFiles((await collectArticleFiles([SEED_ARTICLES_DIR])).files);
    await new ArticleImporter(t.app.models).importArticles(inputs);
    const statement = await t.app.models.Statement.findOne({}).lean();
    ids = { statement: statement!._id.toHexString(), person: statement!.speakerId!.toHexString(), article: statement!.articleId.toHexString() };
    mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
      commands.push({ collection, method, keys: keysOf(args) });
    });
  });

  after(async () => {
    mongoose.set('debug', false);
    await t.close();
  });

  test('GET routes: random and hostile query strings and ids give 200, 304 or 400, promptly, and no operator of theirs reaches MongoDB', async () => {
    const routes = [
      '/v1/statements',
      '/v1/people',
      '/v1/articles',
      '/v1/stats/statements',
      () => `/v1/statements/${ids.statement}`,
      () => `/v1/people/${ids.person}`,
      () => `/v1/people/${ids.person}/statements`,
      () => `/v1/articles/${ids.article}`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.array(fc.tuple(paramName, hostileValue), { maxLength: 4 }), async (route, pairs) => {
        const path = typeof route === 'function' ? route() : route;
        const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
        commands.length = 0;
        const started = Date.now();
        const res = await request(t.app.server).get(`${path}?${query}`).timeout(5000);
        assert.ok([200, 400].includes(res.status), `${path}?${query} → ${res.status} ${res.text.slice(0, 300)}`);
        assert.ok(Date.now() - started < 5000, 'answered promptly');
        if (res.status === 400) assert.ok(res.body.invalidParams?.length > 0, `400 names the parameter: ${res.text.slice(0, 200)}`);
        for (const command of commands) {
          for (const key of command.keys) {
            if (key.startsWith('$')) assert.ok(OUR_OPERATORS.has(key), `operator ${key} in ${command.collection}.${command.method} for ${query}`);
            // A value spelled like one of our own operators ("$regex") meets that key legitimately; the allowlist above covers it.
            for (const [, value] of pairs) {
              if (value.length > 1 && value.startsWith('$') && !OUR_OPERATORS.has(value)) assert.notEqual(key, value, `user value ${value} became a key`);
            }
          }
        }
      }),
      { numRuns: 1200 },
    );
  });

  test('random ids in paths: 400 when malformed, 404 when unknown, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('statements', 'people', 'articles'),
        fc.oneof(hostileValue, fc.stringMatching(/^[0-9a-f]{24}$/)),
        async (resource, id) => {
          const res = await request(t.app.server)
            .get(`/v1/${resource}/${encode(id)}`)
            .timeout(5000);
          assert.ok([200, 400, 404, 414].includes(res.status), `${resource}/${id} → ${res.status}`);
          assert.match(res.headers['content-type'] ?? '', res.status === 200 ? /json/ : /^application\/problem\+json/);
          if (/^[0-9a-fA-F]{24}$/.test(id)) assert.notEqual(res.status, 400);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('bytes that are not UTF-8 in the query string or path are a 400, not a 500', async () => {
    for (const url of ['/v1/statements?q=%FF%FE', '/v1/people?q=%ED%A0%80', '/v1/statements/%FF', '/v1/articles?outlet=%C0%AF']) {
      const res = await request(t.app.server).get(url);
      assert.ok([200, 400, 404].includes(res.status), `${url} → ${res.status}`);
    }
  });

  test('POST /v1/articles: random and hostile bodies give 201, 200, 400 or 422, never 500', async () => {
    const articleish = fc
      .array(
        fc.oneof(
          hostileValue,
          fc.constantFrom('"We will win," she said.', '“Unbalanced', 'He said that ', '«Oui», a-t-il dit.', 'WASHINGTON, May 3 (Reuters) - ', '\n\n'),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), articleish, async (asJson, text) => {
        const req = request(t.app.server).post('/v1/articles').set('authorization', `Bearer ${KEY}`).timeout(10000);
        const res = asJson ? await req.send({ text }) : await req.type('text/plain').send(text);
        assert.ok([200, 201, 400, 422].includes(res.status), `${JSON.stringify(text).slice(0, 200)} → ${res.status} ${res.text.slice(0, 300)}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe('property: the extractor on random and hostile text', () => {
  test('never throws, answers fast, and every statement is an exact slice of its paragraph', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        '"',
        '“',
        '”',
        '«',
        '»',
        "'",
        '‘',
        '’',
        '\n',
        '\n\n',
        ' said ',
        ' told reporters ',
        ' according to ',
        'He added that ',
        ', she noted.',
        'Anatoly Antonov',
        'the ambassador',
        'MOSCOW, March 3. /TASS/. ',
        'Published: 6/23/2024 5:34:23 AM',
        '© Photo',
        'Subscribe',
        '(((',
        '.*+?',
      ),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const raw = parts.join('');
        const started = performance.now();
        const outcome = tryExtractArticle(raw);
        assert.ok(performance.now() - started < 1000, 'fast');
        if (!outcome.ok) {
          assert.ok(outcome.error.code && outcome.error.message);
          return;
        }
        const { article, statements, people } = outcome.result;
        const names = new Set(people.map((p) => p.name));
        for (const s of statements) {
          assert.equal(article.paragraphs[s.paragraph]?.slice(s.start, s.end), s.text);
          assert.ok(s.speaker === null || names.has(s.speaker), 'speakers are people of the article');
          assert.ok(s.confidence >= 0 && s.confidence <= 1);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
