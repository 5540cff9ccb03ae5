/** Articles in other layouts (Reuters, AP style), written for these tests, to check generality. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/extract/index.js';
import { assertStatements, person } from './helpers.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

describe('Reuters-style article', () => {
  const r = extractArticle(fixture('reuters_style.txt'));
  test('article', () => {
    assert.equal(r.article.title, 'Ukraine says it downed 20 Russian drones overnight');
    assert.equal(r.article.outlet, 'Reuters');
    assert.equal(r.article.dateline, 'Kyiv');
    assert.equal(r.article.publishedAt, '2024-06-17T10:15');
    assert.equal(r.article.paragraphs.length, 9);
    assert.ok(!r.article.paragraphs.some((p) => /Reporting by|Trust Principles|By Tom/.test(p)));
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), ['Dmitry Peskov', 'Olena Kovalenko', 'Volodymyr Zelenskiy']);
    assert.deepEqual(person(r, 'Dmitry Peskov').roles, ['Kremlin Spokesman']);
    assert.deepEqual(person(r, 'Olena Kovalenko').roles, ['Teacher in Kharkiv']);
  });
  test('statements', () => {
    assertStatements(r, [
      [null, 'indirect', 'it had shot down 20 of 24 drones', "Ukraine's air force"],
      ['Volodymyr Zelenskiy', 'direct', 'The enemy continues'],
      ['Volodymyr Zelenskiy', 'direct', 'We need more air defence'],
      ['Volodymyr Zelenskiy', 'indirect', 'Kyiv was in talks'],
      ['Dmitry Peskov', 'indirect', 'Moscow would continue the operation'],
      ['Dmitry Peskov', 'direct', 'There can be no talk'],
      [null, 'indirect', 'power was cut', "Ukraine's energy ministry"],
      ['Olena Kovalenko', 'direct', 'It was the worst night'],
      ['Olena Kovalenko', 'direct', 'We spent six hours'],
      ['Olena Kovalenko', 'direct', 'My children could not sleep'],
      ['Olena Kovalenko', 'indirect', 'the school would stay closed'],
    ]);
  });
});

describe('AP-style article', () => {
  const r = extractArticle(fixture('ap_style.txt'));
  test('article', () => {
    assert.equal(r.article.outlet, 'AP');
    assert.equal(r.article.dateline, 'Washington');
    // No date anywhere on the page: honestly unknown.
    assert.equal(r.article.publishedAt, null);
    assert.ok(!r.article.paragraphs.some((p) => /contributed to this report|___/.test(p)));
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), ['Chuck Schumer', 'James Lankford', 'Joe Biden', 'Mike Johnson']);
    assert.deepEqual(person(r, 'Chuck Schumer').roles, ['Senate Majority Leader']);
    assert.deepEqual(person(r, 'Mike Johnson').roles, ['House Speaker']);
    assert.ok(person(r, 'James Lankford').roles.includes('Lead GOP Negotiator'));
  });
  test('statements', () => {
    assertStatements(r, [
      // 'called the vote "a turning point"' judges in quoted words, as 'described X as "Y"' does.
      ['Chuck Schumer', 'indirect', 'the vote "a turning point."'],
      ['Chuck Schumer', 'direct', 'This is the strongest border bill'],
      ['James Lankford', 'indirect', 'the measure would give border agents'],
      ['James Lankford', 'direct', 'We did not get everything'],
      ['James Lankford', 'direct', 'But we got a bill'],
      ['Mike Johnson', 'indirect', 'the bill is "dead on arrival"'],
      [null, 'indirect', 'President Joe Biden would sign', 'The White House'],
      ['Joe Biden', 'direct', 'It’s time to act'],
    ]);
  });
});
