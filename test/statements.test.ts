import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import request from 'supertest';
import { csvRecords, pageThrough, parseNdjson, statementOrder } from './helpers/api.js';
import { withFixtureApp, type TestApp } from './helpers/app.js';
import { withoutId, type Fixture } from './helpers/fixtures.js';

describe('GET /v1/statements', () => {
  let t: TestApp;
  let f: Fixture;
  const get = (url: string) => request(t.app.server).get(url);
  const ids = (docs: Fixture['statements']) => docs.map((s) => s._id.toHexString()).sort();
  const newestFirst = (docs: Fixture['statements']) => statementOrder(docs, -1);
  /** All ids of a filtered list, in order, from the NDJSON export (no paging). */
  const exportIds = async (query: string) => parseNdjson((await get(`/v1/statements?format=ndjson&${query}`).expect(200)).text).map((s) => s.id as string);
  const matching = async (query: string) => (await exportIds(query)).sort();

  withFixtureApp('statements', (app, fixture) => {
    t = app;
    f = fixture;
  });

  test('default: newest first, 20 a page, undated last, the page envelope', async () => {
    const res = await get('/v1/statements').expect(200);
    assert.match(res.headers['content-type'] ?? '', /^application\/json/);
    assert.equal(res.body.data.length, 20);
    assert.equal(res.body.page.limit, 20);
    assert.equal(typeof res.body.page.nextCursor, 'string');
    assert.deepEqual(
      res.body.data.map((s: { id: string }) => s.id),
      newestFirst(f.statements).slice(0, 20),
    );
    const first = res.body.data[0];
    assert.match(first.id, /^[0-9a-f]{24}$/);
    assert.match(first.publishedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(!('terms' in first) && !('_id' in first) && !('createdAt' in first));
  });

  test('paging with limit=2 visits every statement once, in order, across null dates (both sorts)', async () => {
    for (const [sort, direction] of [
      ['-publishedAt', -1],
      ['publishedAt', 1],
    ] as const) {
      const paged = await pageThrough(t.app.server, `/v1/statements?limit=2&sort=${sort}`);
      assert.deepEqual(paged, statementOrder(f.statements, direction));
      assert.deepEqual(paged, await exportIds(`sort=${sort}`), 'pages and the export agree');
    }
    const undated = f.statements.filter((s) => s.publishedAt === null).map((s) => s._id.toHexString());
    const newest = await exportIds('sort=-publishedAt');
    assert.deepEqual(newest.slice(-undated.length).sort(), undated.sort(), 'undated statements come last when newest first');
  });

  test('paging is stable when statements are inserted meanwhile', async () => {
    const first = await get('/v1/statements?limit=5').expect(200);
    const extra = await t.app.models.Statement.create({
      ...withoutId(f.statements[0]!),
      publishedAt: new Date('2030-01-01'),
      text: 'A newer remark.',
      groupId: 'later',
    });
    try {
      const rest = await pageThrough(t.app.server, `/v1/statements?limit=5&cursor=${first.body.page.nextCursor}`);
      const all = [...first.body.data.map((s: { id: string }) => s.id), ...rest];
      assert.deepEqual(all, newestFirst(f.statements), 'the insert at the top neither shifts nor duplicates later pages');
    } finally {
      await t.app.models.Statement.deleteOne({ _id: extra._id });
    }
  });

  test('q: all words, whole words, case and diacritics folded', async () => {
    assert.deepEqual(await matching('q=nuclear%20power'), ids(f.statements.filter((s) => /nuclear power/i.test(s.text))));
    assert.deepEqual(await matching('q=NUCLEAR'), ids(f.statements.filter((s) => /nuclear/i.test(s.text))));
    const cafe = ids(f.statements.filter((s) => s.terms.includes('cafe')));
    assert.equal(cafe.length, 3, 'Café, café, café — not cafés');
    assert.deepEqual(await matching('q=cafe'), cafe);
    assert.deepEqual(await matching('q=CAF%C3%89'), cafe);
    assert.deepEqual(await matching('q=caf'), [], 'no partial words');
    assert.deepEqual(await matching('q=nuclear%20paperwork'), [], 'every word must occur');
  });

  test('q is plain text: regex and operator characters match nothing, never fail', async () => {
    for (const q of ['.*', '(', '[a-z]+', '$where', '{"$gt":""}', '\\', '%00']) {
      const res = await get(`/v1/statements?q=${encodeURIComponent(q)}`).expect(200);
      assert.deepEqual(res.body.data, [], `q=${q}`);
    }
  });

  test('speaker: id, name, alias, folded, hyphenated; repeatable; unknown name is empty', async () => {
    const antonov = ids(f.statements.filter((s) => s.speakerId?.equals(f.people.antonov)));
    const kim = ids(f.statements.filter((s) => s.speakerId?.equals(f.people.kim)));
    const muller = ids(f.statements.filter((s) => s.speakerId?.equals(f.people.muller)));
    assert.equal(antonov.length, 11);
    assert.deepEqual(await matching(`speaker=${f.people.antonov}`), antonov);
    assert.deepEqual(await matching('speaker=Anatoly%20Antonov'), antonov);
    assert.deepEqual(await matching('speaker=antonov'), antonov, 'alias (surname)');
    assert.deepEqual(await matching('speaker=Anatoly%20Ivanovich%20Antonov'), antonov, 'patronymic form');
    assert.deepEqual(await matching('speaker=jose%20muller'), muller, 'diacritics folded');
    assert.deepEqual(await matching('speaker=Kim%20Jong%20Un'), kim, 'hyphen as space');
    assert.deepEqual(await matching('speaker=kim%20jong-un'), kim);
    assert.deepEqual(await matching('speaker=antonov&speaker=M%C3%BCller'), [...antonov, ...muller].sort(), 'repeated: any of them');
    assert.deepEqual(await matching('speaker=Nobody%20Known'), []);
    assert.deepEqual(await matching('speaker=000000000000000000000000'), [], 'an unknown id is an empty filter result');
  });

  test('article, outlet (folded, repeatable), kind', async () => {
    const tass = f.articles.tass!;
    assert.deepEqual(await matching(`article=${tass}`), ids(f.statements.filter((s) => s.articleId.equals(tass))));
    assert.deepEqual(await matching('outlet=tass'), ids(f.statements.filter((s) => s.outlet === 'TASS')));
    assert.deepEqual(await matching('outlet=TASS&outlet=sputnik'), ids(f.statements.filter((s) => ['TASS', 'Sputnik'].includes(s.outlet))));
    assert.deepEqual(await matching('outlet=Reuters'), []);
    assert.deepEqual(await matching('kind=direct'), ids(f.statements.filter((s) => s.kind === 'direct')));
    assert.deepEqual(await matching('kind=indirect&outlet=Sputnik'), ids(f.statements.filter((s) => s.kind === 'indirect' && s.outlet === 'Sputnik')));
  });

  test('from/to: inclusive, partial dates cover their whole period, undated never match', async () => {
    const between = (from: string, to: string) =>
      ids(f.statements.filter((s) => s.publishedAt && s.publishedAt >= new Date(from) && s.publishedAt <= new Date(to)));
    assert.deepEqual(await matching('from=2024-06-17&to=2024-06-17'), between('2024-06-17T00:00:00Z', '2024-06-17T23:59:59.999Z'));
    assert.equal((await matching('from=2024-06-17&to=2024-06-17')).length, 6, 'a date-only to includes 22:29 that day');
    assert.deepEqual(await matching('from=2024'), between('2024-01-01', '2100-01-01'));
    assert.deepEqual(await matching('to=2023'), between('1900-01-01', '2023-12-31T23:59:59.999Z'));
    assert.deepEqual(await matching('from=2024-06&to=2024-06'), between('2024-06-01', '2024-06-30T23:59:59.999Z'));
    assert.deepEqual(await matching('from=2024-06-19T08:30:00Z'), between('2024-06-19T08:30:00Z', '2100-01-01'), 'from is inclusive to the millisecond');
    assert.deepEqual(await matching('to=2024-06-19T08:29:59'), between('1900-01-01', '2024-06-19T08:29:59Z'), 'no zone means UTC');
    assert.deepEqual(
      await matching('from=2024-06-19T10:30:00%2B02:00&to=2024-06-19T10:30:00%2B02:00'),
      between('2024-06-19T08:30:00Z', '2024-06-19T08:30:00Z'),
    );
  });

  test('mentions: a person named inside the statement, by name or id', async () => {
    const putin = ids(f.statements.filter((s) => s.mentionIds.some((id) => id.equals(f.people.putin))));
    assert.equal(putin.length, 3);
    assert.deepEqual(await matching('mentions=Putin'), putin);
    assert.deepEqual(await matching(`mentions=${f.people.putin}`), putin);
    assert.deepEqual(
      await matching('mentions=Kim%20Jong%20Un&speaker=antonov'),
      ids(f.statements.filter((s) => s.speakerId?.equals(f.people.antonov) && s.mentionIds.some((id) => id.equals(f.people.kim)))),
    );
    assert.deepEqual(await matching('mentions=nobody'), []);
  });

  test('filters page like the full list: speaker + limit=2 pages equal the export', async () => {
    const paged = await pageThrough(t.app.server, '/v1/statements?speaker=antonov&outlet=TASS&outlet=Sputnik&limit=2&sort=publishedAt');
    assert.deepEqual(paged, await exportIds('speaker=antonov&outlet=TASS&outlet=Sputnik&sort=publishedAt'));
    assert.equal(paged.length, 8);
  });

  test('format=csv streams the whole result as RFC 4180 with a header row and a file name', async () => {
    const res = await get('/v1/statements?format=csv&limit=1').expect(200);
    assert.match(res.headers['content-type'] ?? '', /^text\/csv/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="statements.csv"');
    const records = csvRecords(res.text);
    assert.equal(records.length, f.statements.length, 'no limit on exports');
    assert.deepEqual(
      records.map((r) => r.id),
      newestFirst(f.statements),
    );
    const tricky = records.find((r) => r.text?.startsWith('We said'));
    assert.equal(tricky?.text, 'We said "no", and we meant it,\r\nevery single word.', 'quotes, commas and CRLF survive');
    assert.ok(res.text.includes('"We said ""no"", and we meant it,\r\nevery single word."'));
    const withMentions = records.find((r) => r.text === 'the visit of Kim Jong Un to Russia was productive');
    assert.equal(withMentions?.mentionIds, f.people.kim.toHexString());
    assert.equal(withMentions?.speakerName, 'Anatoly Antonov');
  });

  test('format=ndjson: one JSON statement a line, same shape as the JSON page', async () => {
    const res = await get('/v1/statements?format=ndjson&speaker=kim').expect(200);
    assert.match(res.headers['content-type'] ?? '', /^application\/x-ndjson/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="statements.ndjson"');
    const lines = parseNdjson(res.text);
    const page = await get('/v1/statements?speaker=kim&limit=100').expect(200);
    assert.deepEqual(lines, page.body.data);
  });

  test('the Accept header chooses the format; format= wins over it', async () => {
    const csv = await get('/v1/statements').set('Accept', 'text/csv').expect(200);
    assert.match(csv.headers['content-type'] ?? '', /^text\/csv/);
    const nd = await get('/v1/statements').set('Accept', 'application/json;q=0.5, application/x-ndjson').expect(200);
    assert.match(nd.headers['content-type'] ?? '', /^application\/x-ndjson/);
    const json = await get('/v1/statements?format=json').set('Accept', 'text/csv').expect(200);
    assert.match(json.headers['content-type'] ?? '', /^application\/json/);
    const any = await get('/v1/statements').set('Accept', '*/*').expect(200);
    assert.match(any.headers['content-type'] ?? '', /^application\/json/);
    assert.equal(csv.headers.vary, 'Accept');
  });

  test('a big export streams in chunks from a cursor (constant memory) and is complete', async () => {
    const base = f.statements[0]!;
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...withoutId(base),
      text: `Bulk remark number ${i}, with "quotes".`,
      groupId: `bulk-${i}`,
      outlet: 'Bulk Wire',
    }));
    await t.app.models.Statement.insertMany(many);
    try {
      const res = await get('/v1/statements?outlet=Bulk%20Wire&format=csv').expect(200);
      assert.equal(res.headers['transfer-encoding'], 'chunked', 'streamed, not buffered');
      assert.equal(res.headers['content-length'], undefined);
      const records = csvRecords(res.text);
      assert.equal(records.length, 3000);
      assert.equal(new Set(records.map((r) => r.id)).size, 3000);

      // A client that hangs up mid-export: the stream and its cursor are dropped and the server carries on.
      const origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const abort = new AbortController();
      const partial = await fetch(`${origin}/v1/statements?outlet=Bulk%20Wire&format=ndjson`, { signal: abort.signal });
      const reader = partial.body!.getReader();
      assert.ok((await reader.read()).value?.length);
      abort.abort();
      await reader.read().catch(() => undefined);
      await get('/v1/statements?outlet=Bulk%20Wire&limit=1').expect(200);
    } finally {
      await t.app.models.Statement.deleteMany({ outlet: 'Bulk Wire' });
    }
  });

  test('GET /v1/statements/{id}: speaker, article, paragraph with offsets, other reports', async () => {
    const nuclear = f.statements.filter((s) => s.groupId === 'nuclear');
    const [tassReport, sputnikReport] = nuclear;
    const res = await get(`/v1/statements/${tassReport!._id}`).expect(200);
    const body = res.body;
    assert.equal(body.id, tassReport!._id.toHexString());
    assert.equal(body.text, tassReport!.text);
    assert.deepEqual(body.speaker, { id: f.people.antonov.toHexString(), name: 'Anatoly Antonov', roles: ['Russian Ambassador to the United States'] });
    assert.deepEqual(body.article, {
      id: f.articles.tass!.toHexString(),
      title: 'Russian diplomat slams US over Russia-DPRK dialogue',
      outlet: 'TASS',
      publishedAt: '2023-09-14T10:00:00.000Z',
    });
    assert.equal(body.paragraph.text.slice(body.paragraph.start, body.paragraph.end), tassReport!.text, 'offsets locate the statement');
    assert.equal(body.paragraph.index, 1);
    assert.deepEqual(body.otherReports, [
      {
        id: sputnikReport!._id.toHexString(),
        text: sputnikReport!.text,
        outlet: 'Sputnik',
        publishedAt: '2024-06-19T08:30:00.000Z',
        articleId: f.articles.sputnik!.toHexString(),
      },
    ]);
    assert.ok(res.headers.etag);
  });

  test('GET /v1/statements/{id} of an unattributed statement has speaker null and no other reports', async () => {
    const unnamed = f.statements.find((s) => s.speakerId === null)!;
    const res = await get(`/v1/statements/${unnamed._id}`).expect(200);
    assert.equal(res.body.speaker, null);
    assert.equal(res.body.source, 'the Kremlin press service');
    assert.deepEqual(res.body.otherReports, []);
  });
});
