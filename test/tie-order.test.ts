// Statements published at the same time come by article and then in reading order (paragraph, offset), in both
// sort directions, in every form a list takes: JSON pages, pages followed through nextCursor, CSV and NDJSON
// exports, a person's statements, the Atom feed and a statement's other reports. Ids are chosen so that their
// order within an article is neither reading order nor its reverse, and the statements are inserted shuffled:
// an order that falls back on ids fails here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { Types } from 'mongoose';
import request from 'supertest';
import { csvRecords, keysetOrder, pageThrough, parseNdjson, statementOrder } from './helpers/api.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

const AT = new Date('2025-03-01T09:00:00.000Z');
const id = (rank: number) => new Types.ObjectId(rank.toString(16).padStart(24, '0'));
// Article ids: A below B, so B comes first newest first and A first oldest first.
const ARTICLE = { A: id(0xa00), B: id(0xb00), newer: id(0xc00), older: id(0xd00), undated: id(0xe00) };

// name, article, publishedAt, paragraph, start, id rank
const SPECS: [string, keyof typeof ARTICLE, Date | null, number, number, number][] = [
  ['A1', 'A', AT, 0, 40, 0x30], // paragraph before offset: A1 (0, 40) precedes A2 (1, 0)
  ['A2', 'A', AT, 1, 0, 0x10],
  ['A3', 'A', AT, 1, 12, 0x50],
  ['A4', 'A', AT, 3, 5, 0x20], // A4 and A5 start at the same place (a quote and its reported form): by id
  ['A5', 'A', AT, 3, 5, 0x40],
  ['B1', 'B', AT, 0, 0, 0x45],
  ['B2', 'B', AT, 2, 7, 0x05],
  ['B3', 'B', AT, 2, 30, 0x25],
  ['N', 'newer', new Date(AT.getTime() + 3_600_000), 4, 0, 0x01],
  ['O', 'older', new Date(AT.getTime() - 3_600_000), 0, 0, 0x60],
  ['U1', 'undated', null, 0, 9, 0x70],
  ['U2', 'undated', null, 2, 0, 0x08],
];
const NEWEST = ['N', 'B1', 'B2', 'B3', 'A1', 'A2', 'A3', 'A4', 'A5', 'O', 'U1', 'U2'];
const OLDEST = ['U1', 'U2', 'O', 'A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'N'];
const SORTS = [
  ['-publishedAt', -1, NEWEST],
  ['publishedAt', 1, OLDEST],
] as const;
// One remark reported by N, A3, B1, B3 and O.
const GROUP = new Set(['N', 'A3', 'B1', 'B3', 'O']);

describe('statements sharing a publication time: by article, then reading order', () => {
  let t: TestApp;
  const speakerId = new Types.ObjectId();
  const docs = SPECS.map(([name, article, publishedAt, paragraph, start, rank]) => ({
    _id: id(rank),
    text: `Remark ${name}.`,
    kind: 'direct' as const,
    speakerId: name === 'N' ? null : speakerId,
    articleId: ARTICLE[article],
    outlet: 'Tie Times',
    publishedAt,
    publishedMonth: publishedAt ? publishedAt.toISOString().slice(0, 7) : null,
    paragraph,
    start,
    end: start + 10,
    groupId: GROUP.has(name) ? 'one-remark' : `own-${name}`,
    terms: ['remark', name.toLowerCase()],
  }));
  const nameOf = new Map(docs.map((d, i) => [d._id.toHexString(), SPECS[i]![0]]));
  const idOf = new Map(docs.map((d, i) => [SPECS[i]![0], d._id.toHexString()]));
  const names = (ids: readonly string[]) => ids.map((i) => nameOf.get(i) ?? i);
  const get = (url: string) => request(t.app.server).get(url).expect(200);

  before(async () => {
    t = await buildTestApp('tieorder');
    const shuffled = [7, 2, 11, 0, 9, 4, 1, 10, 5, 8, 3, 6].map((i) => docs[i]!);
    await t.app.models.Statement.insertMany(shuffled);
    await t.app.models.Person.create({ _id: speakerId, name: 'Tess Tie', key: 'tess tie' });
  });
  after(async () => {
    await t.close();
  });

  test('the expectation is reading order, which neither id order nor the test helper gets wrong', () => {
    for (const [, direction, expected] of SORTS) {
      assert.deepEqual(names(statementOrder(docs, direction)), expected);
      const byTimeThenId = keysetOrder(
        docs,
        [
          [(d) => d.publishedAt?.getTime() ?? null, direction],
          [(d) => d._id.toHexString(), direction],
        ],
        (d) => d._id.toHexString(),
      );
      assert.notDeepEqual(names(byTimeThenId), expected, 'the ids alone would give another order');
    }
  });

  test('JSON page, and pages followed through nextCursor across the ties, both directions', async () => {
    for (const [sort, , expected] of SORTS) {
      const page = await get(`/v1/statements?sort=${sort}&limit=100`);
      assert.deepEqual(names(page.body.data.map((s: { id: string }) => s.id)), expected, `one page, sort=${sort}`);
      for (const limit of [1, 2, 3]) {
        assert.deepEqual(names(await pageThrough(t.app.server, `/v1/statements?sort=${sort}&limit=${limit}`)), expected, `limit=${limit}, sort=${sort}`);
      }
    }
  });

  test('CSV and NDJSON exports, both directions', async () => {
    for (const [sort, , expected] of SORTS) {
      const csv = csvRecords((await get(`/v1/statements?sort=${sort}&format=csv`)).text);
      assert.deepEqual(names(csv.map((r) => r.id!)), expected, `csv, sort=${sort}`);
      const ndjson = parseNdjson((await get(`/v1/statements?sort=${sort}&format=ndjson`)).text);
      assert.deepEqual(names(ndjson.map((s) => s.id as string)), expected, `ndjson, sort=${sort}`);
    }
  });

  test("a person's statements, paged and exported, both directions", async () => {
    for (const [sort, , expected] of SORTS) {
      const theirs = expected.filter((name) => name !== 'N');
      const path = `/v1/people/${speakerId.toHexString()}/statements?sort=${sort}`;
      assert.deepEqual(names(await pageThrough(t.app.server, `${path}&limit=2`)), theirs, `paged, sort=${sort}`);
      assert.deepEqual(names(parseNdjson((await get(`${path}&format=ndjson`)).text).map((s) => s.id as string)), theirs, `export, sort=${sort}`);
    }
  });

  test('the Atom feed and a statement’s other reports, newest first', async () => {
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse((await get('/v1/statements?format=atom')).text) as {
      feed: { entry: { id: string }[] };
    };
    assert.deepEqual(names(feed.feed.entry.map((e) => e.id.replace('urn:whosaid:statement:', ''))), NEWEST);
    const detail = await get(`/v1/statements/${idOf.get('N')}`);
    assert.deepEqual(names(detail.body.otherReports.map((r: { id: string }) => r.id)), ['B1', 'B3', 'A3', 'O']);
  });

  test('a cursor of the former (publishedAt, id) form is a 400 naming cursor: its place in the new order is unknown', async () => {
    const former = Buffer.from(JSON.stringify(['-publishedAt', AT.toISOString(), idOf.get('A3')])).toString('base64url');
    const res = await request(t.app.server).get(`/v1/statements?cursor=${former}`).expect(400);
    assert.equal(res.body.code, 'INVALID_CURSOR');
    assert.deepEqual(
      res.body.invalidParams.map((p: { name: string }) => p.name),
      ['cursor'],
    );
    assert.match(JSON.stringify(res.body.invalidParams), /first page/);
  });
});
