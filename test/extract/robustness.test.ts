/** Bad and hostile input: a clear error or an honest result, never an escaping throw, and fast. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExtractionError, extractArticle, tryExtractArticle } from '../../src/extract/index.js';

const seed = readFileSync(fileURLToPath(new URL('../../seed/articles/001_88038d95cafbbf4e.txt', import.meta.url)), 'utf8');

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

describe('bad input', () => {
  test('empty and whitespace-only input: EMPTY', () => {
    for (const raw of ['', '   ', '\n\n\t\n']) {
      assert.throws(
        () => extractArticle(raw),
        (e: unknown) => e instanceof ExtractionError && e.code === 'EMPTY',
      );
      const r = tryExtractArticle(raw);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.error.code, 'EMPTY');
    }
  });
  test('binary bytes: BINARY', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const r = tryExtractArticle(new TextDecoder().decode(bytes));
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'BINARY');
    const ctrl = tryExtractArticle('\u0001\u0002\u0003\u0004'.repeat(200));
    assert.equal(ctrl.ok ? 'ok' : ctrl.error.code, 'BINARY');
    const garbage = tryExtractArticle('\ufffd'.repeat(500) + ' some text');
    assert.equal(garbage.ok ? 'ok' : garbage.error.code, 'BINARY');
  });
  test('no letters: NOT_TEXT; over 10 Mi characters: TOO_LARGE', () => {
    const r = tryExtractArticle('12345 ... 678 --- 90');
    assert.equal(r.ok ? 'ok' : r.error.code, 'NOT_TEXT');
    const big = tryExtractArticle('a'.repeat(10 * 1024 * 1024 + 1));
    assert.equal(big.ok ? 'ok' : big.error.code, 'TOO_LARGE');
  });
  test('non-string input does not escape tryExtractArticle', () => {
    const r = tryExtractArticle(undefined as unknown as string);
    assert.equal(r.ok, false);
  });
  test('a 5 MB text finishes fast and does not throw', () => {
    const raw = (seed + '\n\n').repeat(Math.ceil(5_000_000 / seed.length)).slice(0, 5_000_000);
    const { value, ms } = timed(() => tryExtractArticle(raw));
    assert.equal(value.ok, true);
    assert.ok(ms < 5000, `took ${ms} ms`);
    // Repeats are removed: the statements are not multiplied.
    if (value.ok) assert.ok(value.result.statements.length < 40);
  });
  test('5 MB of unique paragraphs and a 5 MB single line', () => {
    const paras = Array.from({ length: 30_000 }, (_, k) => `Paragraph ${k}: "We will win round ${k}," said John Smith, adding that things were fine.`).join(
      '\n\n',
    );
    const a = timed(() => tryExtractArticle(paras));
    assert.equal(a.value.ok, true);
    assert.ok(a.ms < 10_000, `took ${a.ms} ms`);
    const line = timed(() => tryExtractArticle('word "quote" said he, '.repeat(250_000)));
    assert.equal(line.value.ok, true);
    assert.ok(line.ms < 10_000, `took ${line.ms} ms`);
  });
  test('pathological quote marks (100k) stay linear', () => {
    for (const raw of [
      '"'.repeat(100_000),
      '“'.repeat(100_000),
      '« '.repeat(100_000),
      'He said "a" '.repeat(50_000),
      `Title\n\n${'"x, " he said. '.repeat(30_000)}`,
    ]) {
      const { value, ms } = timed(() => tryExtractArticle(raw));
      assert.equal(value.ok, true);
      assert.ok(ms < 5000, `took ${ms} ms`);
    }
  });
  test('text with no quotes gives no direct statements', () => {
    const r = extractArticle('A headline\n\nThe river rose by two metres overnight and the bridge was closed to traffic for the day.');
    assert.equal(r.statements.length, 0);
    assert.equal(r.article.paragraphs.length, 1);
  });
  test('unbalanced quote marks: honest result, offsets still valid', () => {
    const r = extractArticle(
      'A headline\n\nHe said "this is unbalanced and the paragraph ends without a closing mark.\n\nThe minister left the building after the meeting ended.',
    );
    for (const s of r.statements) assert.equal(r.article.paragraphs[s.paragraph]?.slice(s.start, s.end), s.text);
    assert.equal(r.article.paragraphs.length, 2);
  });
  test('Russian text: language ru, no invented speakers', () => {
    const r = extractArticle(
      'Лавров: Россия готова к диалогу\n\nМОСКВА, 14 сентября. /ТАСС/. «Мы готовы к диалогу», — сказал министр иностранных дел России Сергей Лавров журналистам.\n\nКомментарии',
    );
    assert.equal(r.article.language, 'ru');
    for (const s of r.statements) assert.equal(s.speaker, null);
  });
  test('French text: language fr, quotes found, no invented speakers', () => {
    const r = extractArticle(
      'Macron en visite\n\nPARIS (AFP) - « Nous allons gagner », a déclaré le président lundi. Le président a ajouté que la situation était grave.',
    );
    assert.equal(r.article.language, 'fr');
    assert.equal(r.article.dateline, 'Paris');
    assert.ok(r.statements.some((s) => s.text === 'Nous allons gagner'));
    for (const s of r.statements) assert.equal(s.speaker, null);
  });
});
