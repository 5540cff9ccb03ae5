// Web pages posted over HTTP and read by the seeder; Atom feeds of statements and articles, checked with an
// XML parser against what feed readers rely on (one id, title and updated per entry; escaped content; stable ids).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

// The overload guard (MAX_EVENT_LOOP_DELAY_MS) would answer 503 on a busy test machine: these tests are about pages and feeds.
const KEY = 'feed-key';
const auth = { authorization: `Bearer ${KEY}` };

const PAGE = `<!doctype html><html><head><title>Port strike ends | Harbour Herald</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends after deal","datePublished":"2025-04-02T08:00:00Z","publisher":{"name":"Harbour Herald"},"author":{"name":"Ada Quill"}}</script>
<link rel="canonical" href="https://herald.example/port-strike"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>Port strike ends after deal</h1>
<p>KESTON, April 2 (Herald) - "The dockers have won a fair deal," union leader Marta Olsen told reporters on Wednesday.</p>
<p>Olsen said work would resume at the port on Thursday morning.</p></article>
<footer>© 2025 Harbour Herald</footer></body></html>`;

const CHROME = `<!doctype html><html><head><title>Harbour Herald</title></head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<ul><li><a href="/1">Weather</a></li><li><a href="/2">Sport</a></li></ul><footer>© 2025 Harbour Herald</footer></body></html>`;

/** A small invented text article with one quote by `speaker`. */
const story = (day: number, speaker: string, quote: string) =>
  `Council says "enough" ${day}\n\nKESTON, April ${day}, 2025 (Herald) - "${quote}," council member ${speaker} told reporters on the day.\n\nThe council meets again next month.`;

// A feed's links are absolute, so its bytes (and ETag) depend on the Host; supertest listens on a new port each request.
const get = (t: TestApp, url: string) => request(t.app.server).get(url).set('host', 'feeds.test');

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author'].includes(name) });

interface Entry {
  id: unknown;
  title: unknown;
  updated: unknown;
  content: { '#text': string };
  author: { name: string }[];
  link: { '@_rel': string; '@_href': string }[];
}

/** Parses a feed, checking it is well-formed and that each entry has exactly one id, title and updated. */
function parseFeed(body: string): { feed: Record<string, unknown>; entries: Entry[] } {
  assert.equal(XMLValidator.validate(body), true, 'well-formed XML');
  const feed = xml.parse(body).feed as Record<string, unknown>;
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  for (const field of ['id', 'title', 'updated']) assert.equal(typeof feed[field] === 'string' || typeof feed[field] === 'object', true, `feed ${field}`);
  assert.ok((feed.link as { '@_rel': string }[]).some((l) => l['@_rel'] === 'self'));
  const entries = (feed.entry as Entry[] | undefined) ?? [];
  for (const entry of entries) {
    for (const field of ['id', 'title', 'updated'] as const) assert.ok(entry[field] !== undefined && !Array.isArray(entry[field]), `one ${field} per entry`);
    assert.match(String(entry.updated), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    assert.ok(entry.author.length >= 1);
    assert.ok(entry.link.some((l) => l['@_rel'] === 'alternate'));
  }
  return { feed, entries };
}

describe('web pages over HTTP and in the seeder', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('html', { API_KEYS: KEY, MAX_EVENT_LOOP_DELAY_MS: 0 });
  });
  after(async () => {
    await t.close();
  });

  test('POST text/html: 201, story paragraphs, markup metadata with field sources, canonical url', async () => {
    const res = await request(t.app.server).post('/v1/articles').set(auth).type('text/html').send(PAGE).expect(201);
    assert.equal(res.body.title, 'Port strike ends after deal');
    assert.equal(res.body.outlet, 'Harbour Herald');
    assert.equal(res.body.publishedAt, '2025-04-02T08:00:00.000Z');
    assert.equal(res.body.url, 'https://herald.example/port-strike');
    assert.deepEqual(res.body.authors, ['Ada Quill']);
    assert.equal(res.body.fieldSources.publishedAt, 'markup');
    assert.equal(res.body.fieldSources.modifiedAt, 'text');
    assert.equal(res.body.paragraphs.length, 2);
    assert.ok(!res.body.paragraphs.join(' ').includes('Home'));
    assert.ok(res.body.statements.length >= 2);
    for (const s of res.body.statements) {
      assert.equal(s.speakerName, 'Marta Olsen');
      assert.equal(res.body.paragraphs[s.paragraph].slice(s.start, s.end), s.text);
    }
  });

  test('POST text/html of a page with only chrome: 422 problem+json saying there is no readable article', async () => {
    const res = await request(t.app.server).post('/v1/articles').set(auth).type('text/html').send(CHROME).expect(422);
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.match(res.body.detail, /NO_ARTICLE.*no readable article/);
  });

  test('a text article shows every field source as text; JSON overrides are marked input', async () => {
    const text = await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .type('text/plain')
      .send(story(3, 'Ivo Brandt', 'We will fix the roads'))
      .expect(201);
    assert.deepEqual(new Set(Object.values(text.body.fieldSources)), new Set(['text']));
    const given = await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .send({ text: story(4, 'Ivo Brandt', 'The budget is tight'), outlet: 'Keston Times', url: 'https://times.example/a' })
      .expect(201);
    assert.equal(given.body.fieldSources.outlet, 'input');
    assert.equal(given.body.fieldSources.url, 'input');
    assert.equal(given.body.fieldSources.publishedAt, 'text');
  });

  test('the seeder reads .html files from a folder beside .txt ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-html-'));
    try {
      await writeFile(join(dir, 'page.html'), PAGE.replace('Wednesday', 'Tuesday'));
      await writeFile(join(dir, 'note.md'), 'not an article');
      const { files } = await collectArticleFiles([dir]);
      assert.deepEqual(
        files.map((f) => f.slice(dir.length + 1)),
        ['page.html'],
      );
      const summary = await new ArticleImporter(t.app.models).importArticles((await readArticleFiles(files)).inputs);
      assert.equal(summary.articles.inserted, 1);
      const stored = await t.app.models.Article.findOne({ sourceFile: 'page.html' }).lean();
      assert.equal(stored?.url, 'https://herald.example/port-strike');
      assert.equal(stored?.outlet, 'Harbour Herald');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Atom feeds', () => {
  let t: TestApp;
  let personId: string;
  before(async () => {
    t = await buildTestApp('feeds', { API_KEYS: KEY, MAX_EVENT_LOOP_DELAY_MS: 0 });
    await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .type('text/plain')
      .send(story(5, 'Nora Vale', "Rents are <too> high & 'rising'"))
      .expect(201);
    const people = await get(t, '/v1/people?q=nora').expect(200);
    personId = people.body.data[0].id;
  });
  after(async () => {
    await t.close();
  });

  test('format=atom and Accept: application/atom+xml give the same Atom feed; escaped content survives the round trip', async () => {
    const res = await get(t, `/v1/people/${personId}/statements?format=atom`).expect(200);
    assert.match(res.headers['content-type'] ?? '', /^application\/atom\+xml/);
    assert.ok(res.text.includes('Rents are &lt;too&gt; high &amp; &apos;rising&apos;'));
    assert.ok(res.text.includes('Council says &quot;enough&quot; 5'));
    const { feed, entries } = parseFeed(res.text);
    assert.match((feed.title as { '#text': string })['#text'], /statements by Nora Vale/);
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.equal(entry!.author[0]!.name, 'Nora Vale');
    assert.ok(entry!.content['#text'].startsWith("Rents are <too> high & 'rising'"));
    assert.ok(entry!.content['#text'].includes('Council says "enough" 5'));
    assert.equal(entry!.updated, '2025-04-05T00:00:00.000Z');
    const byAccept = await get(t, `/v1/people/${personId}/statements`).set('accept', 'application/atom+xml').expect(200);
    assert.match(byAccept.headers['content-type'] ?? '', /^application\/atom\+xml/);
    assert.deepEqual(parseFeed(byAccept.text).entries, entries);
    const json = await get(t, `/v1/people/${personId}/statements`).set('accept', 'application/atom+xml;q=0.5, application/json').expect(200);
    assert.match(json.headers['content-type'] ?? '', /^application\/json/);
  });

  test('ETag and 304 as for JSON; a new statement adds exactly one new entry id and keeps the others', async () => {
    const url = `/v1/people/${personId}/statements?format=atom`;
    const first = await get(t, url).expect(200);
    const etag = first.headers.etag!;
    assert.ok(etag);
    await get(t, url).set('if-none-match', etag).expect(304);
    const idsBefore = parseFeed(first.text).entries.map((e) => String(e.id));
    const again = parseFeed((await get(t, url).expect(200)).text).entries.map((e) => String(e.id));
    assert.deepEqual(again, idsBefore, 'ids are stable across requests');

    await request(t.app.server)
      .post('/v1/articles')
      .set(auth)
      .type('text/plain')
      .send(story(6, 'Nora Vale', 'We need more homes'))
      .expect(201);
    const next = await get(t, url).set('if-none-match', etag).expect(200);
    const idsAfter = parseFeed(next.text).entries.map((e) => String(e.id));
    assert.equal(idsAfter.length, idsBefore.length + 1);
    assert.deepEqual(idsAfter.filter((id) => !idsBefore.includes(id)).length, 1);
    assert.ok(idsBefore.every((id) => idsAfter.includes(id)));
    assert.equal(new Set(idsAfter).size, idsAfter.length, 'no id twice');
  });

  test('/v1/statements and /v1/articles feeds: filtered, newest 50 at most, articles linked', async () => {
    for (let day = 7; day < 7 + 3; day++) {
      await request(t.app.server)
        .post('/v1/articles')
        .set(auth)
        .type('text/plain')
        .send(story(day, 'Omar Reid', `Point number ${day} stands`))
        .expect(201);
    }
    const statements = parseFeed((await get(t, '/v1/statements?format=atom&speaker=Omar%20Reid').expect(200)).text);
    assert.equal(statements.entries.length, 3);
    assert.deepEqual(
      statements.entries.map((e) => String(e.updated).slice(0, 10)),
      ['2025-04-09', '2025-04-08', '2025-04-07'],
      'newest first',
    );
    assert.ok(statements.entries.every((e) => e.author[0]!.name === 'Omar Reid'));
    const articles = parseFeed((await get(t, '/v1/articles?format=atom').expect(200)).text);
    assert.equal(articles.entries.length, 5);
    for (const e of articles.entries) assert.match(e.link.find((l) => l['@_rel'] === 'alternate')!['@_href'], /\/v1\/articles\/[0-9a-f]{24}$/);
    const empty = parseFeed((await get(t, '/v1/statements?format=atom&speaker=Nobody%20Here').expect(200)).text);
    assert.equal(empty.entries.length, 0);
  });

  test('feeds are offered only where documented: format=atom on /v1/people is a 400 naming format', async () => {
    const res = await get(t, '/v1/people?format=atom').expect(400);
    assert.match(JSON.stringify(res.body.invalidParams ?? res.body), /format/);
  });
});
