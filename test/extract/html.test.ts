// Web pages in: each markup metadata source, their precedence over the text, hostile and empty pages,
// and a known article wrapped in markup found at least as well as its text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/index.js';
import { extractDocuments, isHtmlInput, MAX_HTML_DEPTH, readHtmlPage, type DocumentOutput, type DocumentResult } from '../../src/extract/html/index.js';
import { SEED_ARTICLES_DIR } from '../../src/ingest/seed-if-empty.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STORY = [
  'BRUSSELS, March 3 (Wirenews) - "We have a deal on the table," European trade commissioner Anna Berg told reporters on Tuesday.',
  'Berg said the agreement would cut tariffs on steel within two years.',
  '"Nobody should expect miracles overnight," she added, speaking after a meeting of ministers.',
];

/** A small page around STORY; `head` and `beforeStory` hold the markup under test. */
function page({ head = '', beforeStory = '', story = STORY }: { head?: string; beforeStory?: string; story?: string[] } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Trade deal close | Wirenews</title>${head}</head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article><h1>Trade deal close, says commissioner</h1>${beforeStory}
${story.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Markets rally</a></li></ul></aside>
<footer><p>© 2025 Wirenews. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

function extractOne(raw: string, file = 'page.html'): DocumentResult {
  const [output] = extractDocuments([{ file, raw }]);
  assert.ok(output && !('error' in output), `expected a result, got ${JSON.stringify(output)}`);
  return output;
}

function errorOf(output: DocumentOutput | undefined) {
  assert.ok(output && 'error' in output, 'expected an error');
  return output.error;
}

const jsonLd = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('HTML pages: the story goes through the text pipeline', () => {
  test('paragraphs, people and statements come from the story only; offsets refer to the extracted paragraphs', () => {
    const { article, people, statements } = extractOne(page());
    assert.deepEqual(article.paragraphs, STORY);
    assert.deepEqual(
      people.map((p) => p.name),
      ['Anna Berg'],
    );
    assert.ok(statements.length >= 3);
    for (const s of statements) {
      assert.equal(s.speaker, 'Anna Berg');
      assert.equal(article.paragraphs[s.paragraph]!.slice(s.start, s.end), s.text);
      assert.equal(article.paragraphs.join('\n\n').slice(s.bodyStart, s.bodyEnd), s.text);
    }
    assert.ok(!article.paragraphs.some((p) => /Home|Most read|rights reserved|Markets rally/.test(p)), 'no navigation, aside or footer');
  });

  test('entities are decoded and inline markup leaves no tags', () => {
    const { article } = extractOne(
      page({
        story: ['Berg said the tariffs on steel &amp; aluminium would <em>not</em> rise, and that talks on cars would go on next week.', ...STORY.slice(1)],
      })
        .replace('&amp;amp;', '&amp;')
        .replace('&lt;em&gt;not&lt;/em&gt;', '<em>not</em>'),
    );
    assert.equal(article.paragraphs[0], 'Berg said the tariffs on steel & aluminium would not rise, and that talks on cars would go on next week.');
  });

  test('with no markup metadata the text decides every field, and says so', () => {
    const { article } = extractOne(page());
    assert.equal(article.title, 'Trade deal close, says commissioner');
    assert.deepEqual(Object.values(article.fieldSources), ['text', 'text', 'text', 'text', 'text', 'text', 'text']);
    assert.equal(article.url, null);
    assert.deepEqual(article.authors, []);
  });

  test('a page is told by its file name, or by content opening like HTML; text stays text', () => {
    assert.equal(isHtmlInput({ file: 'a.htm', raw: 'plain words' }), true);
    assert.equal(isHtmlInput({ file: 'a.txt', raw: '\uFEFF<!-- saved -->\n<!doctype html><html>' }), true);
    assert.equal(isHtmlInput({ file: 'a.txt', raw: '<b>not a page</b> but text' }), false);
    assert.equal(isHtmlInput({ file: 'a.txt', raw: 'WASHINGTON - "Hi," she said.' }), false);
    assert.equal(isHtmlInput({ file: 'a.txt', raw: 'WASHINGTON', html: true }), true);
  });
});

describe('HTML pages: metadata from markup first', () => {
  test('JSON-LD NewsArticle: headline, datePublished (zone converted to UTC), dateModified, publisher, author', () => {
    const ld = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        {
          '@type': 'NewsArticle',
          headline: 'EU and partners near a steel tariff deal',
          datePublished: '2025-03-03T09:15:00+01:00',
          dateModified: '2025-03-03T11:00:00Z',
          publisher: { '@type': 'Organization', name: 'Wirenews' },
          author: [
            { '@type': 'Person', name: 'Mia Kowalski' },
            { '@type': 'Person', name: 'Tom Reyes' },
          ],
        },
      ],
    });
    const { article } = extractOne(page({ head: ld }));
    assert.equal(article.title, 'EU and partners near a steel tariff deal');
    assert.equal(article.publishedAt, '2025-03-03T08:15:00');
    assert.equal(article.datePrecision, 'second');
    assert.equal(article.dateSource, 'markup');
    assert.equal(article.yearInferred, false);
    assert.match(article.dateEvidence ?? '', /JSON-LD datePublished/);
    assert.equal(article.modifiedAt, '2025-03-03T11:00:00');
    assert.equal(article.outlet, 'Wirenews');
    assert.equal(article.publisher, 'Wirenews');
    assert.deepEqual(article.authors, ['Mia Kowalski', 'Tom Reyes']);
    assert.deepEqual(article.fieldSources, {
      title: 'markup',
      outlet: 'markup',
      publisher: 'markup',
      publishedAt: 'markup',
      modifiedAt: 'markup',
      authors: 'markup',
      url: 'text',
    });
  });

  test('Open Graph: og:title, og:site_name, article:published_time', () => {
    const head =
      '<meta property="og:title" content="Steel deal near, commissioner says"><meta property="og:site_name" content="Wire News Online">' +
      '<meta property="article:published_time" content="2025-03-03T08:00">';
    const { article } = extractOne(page({ head }));
    assert.equal(article.title, 'Steel deal near, commissioner says');
    assert.equal(article.outlet, 'Wire News Online');
    assert.equal(article.publishedAt, '2025-03-03T08:00');
    assert.equal(article.datePrecision, 'minute');
    assert.match(article.dateEvidence ?? '', /article:published_time/);
  });

  test('<meta name="author">, <link rel="canonical"> kept as url, <time datetime>', () => {
    const head = '<meta name="author" content="Mia Kowalski"><link rel="canonical" href="https://wirenews.example/2025/03/steel-deal">';
    const { article } = extractOne(page({ head, beforeStory: '<p class="byline">Published <time datetime="2025-03-03">3 March 2025</time></p>' }));
    assert.deepEqual(article.authors, ['Mia Kowalski']);
    assert.equal(article.url, 'https://wirenews.example/2025/03/steel-deal');
    assert.equal(article.publishedAt, '2025-03-03');
    assert.equal(article.datePrecision, 'day');
    assert.match(article.dateEvidence ?? '', /<time datetime>/);
    assert.equal(article.fieldSources.url, 'markup');
    assert.equal(article.fieldSources.authors, 'markup');
    assert.equal(article.fieldSources.publishedAt, 'markup');
  });

  test('JSON-LD wins over Open Graph; broken JSON-LD is skipped, not fatal; a relative canonical is not a url', () => {
    const head =
      '<script type="application/ld+json">{ not json</script>' +
      jsonLd({ '@type': ['NewsArticle'], headline: 'From JSON-LD', datePublished: '2025-03-02' }) +
      '<meta property="og:title" content="From Open Graph"><meta property="article:published_time" content="2025-03-01"><link rel="canonical" href="/relative/path">';
    const { article } = extractOne(page({ head }));
    assert.equal(article.title, 'From JSON-LD');
    assert.equal(article.publishedAt, '2025-03-02');
    assert.equal(article.url, null);
  });

  test('the markup date wins over a different date printed in the body; the evidence names both', () => {
    const story = ['BRUSSELS, January 9, 2024 (Wirenews) - "We have a deal on the table," trade commissioner Anna Berg told reporters.', ...STORY.slice(1)];
    const asText = extractArticle([`Trade deal close`, ...story].join('\n\n'));
    assert.equal(asText.article.publishedAt, '2024-01-09', 'the text alone reads the dateline date');
    const { article } = extractOne(page({ story, head: jsonLd({ '@type': 'NewsArticle', datePublished: '2025-03-03T10:00:00Z' }) }));
    assert.equal(article.publishedAt, '2025-03-03T10:00:00');
    assert.equal(article.fieldSources.publishedAt, 'markup');
    assert.match(article.dateEvidence ?? '', /JSON-LD datePublished; the text says 2024-01-09/);
    assert.equal(article.dateline, 'Brussels', 'the rest of the text pipeline still runs');
  });

  test('an impossible markup date is ignored and the text date stands', () => {
    const story = ['BRUSSELS, January 9, 2024 (Wirenews) - "We have a deal on the table," trade commissioner Anna Berg told reporters.', ...STORY.slice(1)];
    const { article } = extractOne(page({ story, head: '<meta property="article:published_time" content="2025-02-30">' }));
    assert.equal(article.publishedAt, '2024-01-09');
    assert.equal(article.fieldSources.publishedAt, 'text');
  });
});

describe('HTML pages: hostile and empty pages', () => {
  test('a page with only chrome (navigation, cookie notice, footer) has no readable article', () => {
    const chrome = `<!doctype html><html><head><title>Wirenews</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a></nav>
<div class="cookie">We use cookies. <button>Accept</button></div>
<ul><li><a href="/1">Storm hits coast</a></li><li><a href="/2">Markets rally on hopes</a></li></ul>
<footer>© 2025 Wirenews · Privacy · Terms</footer></body></html>`;
    const error = errorOf(extractDocuments([{ file: 'chrome.html', raw: chrome }])[0]);
    assert.equal(error.code, 'NO_ARTICLE');
    assert.match(error.message, /no readable article/);
  });

  test('scripts never run and nothing is fetched: handlers, script bodies and remote resources stay inert text-free', () => {
    (globalThis as Record<string, unknown>).pwned = false;
    const hostile = page({
      head: '<script>globalThis.pwned = true</script><link rel="stylesheet" href="http://127.0.0.1:9/x.css"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
      beforeStory:
        '<img src="http://127.0.0.1:9/a.png" onerror="globalThis.pwned = true"><iframe src="http://127.0.0.1:9/"></iframe><script>globalThis.pwned = true</script>',
    });
    const { article } = extractOne(hostile);
    assert.equal((globalThis as Record<string, unknown>).pwned, false);
    assert.deepEqual(article.paragraphs, STORY);
  });

  test('markup nested deeper than the limit is refused before parsing; inputs around it still extract', () => {
    const deep = `<html><body>${'<div>'.repeat(MAX_HTML_DEPTH + 1)}x${'</div>'.repeat(MAX_HTML_DEPTH + 1)}</body></html>`;
    const [refused, fine] = extractDocuments([
      { file: 'deep.html', raw: deep },
      { file: 'ok.html', raw: page() },
    ]);
    assert.equal(errorOf(refused).code, 'TOO_LARGE');
    assert.ok(fine && !('error' in fine));
    assert.throws(() => readHtmlPage(`<html><body>${'<br>'.repeat(70_000)}</body></html>`), /more than 60000 elements/);
  });

  test('unclosed paragraphs and list items do not count as nesting', () => {
    const paragraphs = Array.from({ length: MAX_HTML_DEPTH + 50 }, (_, i) => `<p>Berg said meeting ${i} of the ministers was close to a deal on steel.`);
    const old = `<html><body><h1>Steel talks</h1>${paragraphs.join('')}</body></html>`;
    const { article } = extractOne(old);
    assert.equal(article.paragraphs.length, MAX_HTML_DEPTH + 50);
  });
});

describe('HTML pages: a known article wrapped in markup', () => {
  const files = readdirSync(SEED_ARTICLES_DIR).filter((f) => f.endsWith('.txt'));
  for (const file of files) {
    test(`${file}: the page finds at least the people and statements its text finds`, () => {
      const text = readFileSync(join(SEED_ARTICLES_DIR, file), 'utf8');
      const [title = '', ...lines] = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const html = `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>${escapeHtml(title)}</h1>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</article><footer>All rights reserved</footer></body></html>`;
      const [asText] = extractDocuments([{ file, raw: text }]);
      const asPage = extractOne(html, file.replace(/\.txt$/, '.html'));
      assert.ok(asText && !('error' in asText));
      const pageNames = new Set(asPage.people.map((p) => p.name));
      for (const person of asText.people) assert.ok(pageNames.has(person.name), `person ${person.name} missing from the page`);
      const key = (s: { speaker: string | null; text: string }) => `${s.speaker} | ${s.text}`;
      const pageStatements = new Set(asPage.statements.map(key));
      for (const s of asText.statements) assert.ok(pageStatements.has(key(s)), `statement missing from the page: ${key(s)}`);
    });
  }
});
