import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';
import { parseDate } from '../../src/extract/date-forms.js';
import { resolvePublishedAt } from '../../src/extract/dates.js';

const BODY = 'The minister said the talks had been constructive and would continue next month in the capital.';

describe('date forms', () => {
  test('14.09.2023', () => {
    assert.deepEqual(parseDate('14.09.2023'), { year: 2023, month: 9, day: 14, precision: 'day' });
  });
  test('Published: 6/23/2024 5:34:23 AM', () => {
    const r = extractArticle(`Title of the story\n\nPublished: 6/23/2024 5:34:23 AM\n\n${BODY}`);
    assert.equal(r.article.publishedAt, '2024-06-23T05:34:23');
    assert.equal(r.article.datePrecision, 'second');
    assert.equal(r.article.yearInferred, false);
  });
  test('PM times become 24-hour', () => {
    const p = parseDate('Published: 6/23/2024 5:34:23 PM');
    assert.equal(p?.hour, 17);
  });
  test('17.06.2024, 22:29 header line', () => {
    const r = extractArticle(`17.06.2024, 22:29\nThe headline\n${BODY}`);
    assert.equal(r.article.publishedAt, '2024-06-17T22:29');
    assert.equal(r.article.datePrecision, 'minute');
    assert.equal(r.article.title, 'The headline');
  });
  test('ISO 8601', () => {
    const r = extractArticle(`Headline here\n2024-06-17T08:05:00Z\n${BODY}`);
    assert.equal(r.article.publishedAt, '2024-06-17T08:05:00');
  });
  test('June 17, 2024 and 17 June 2024', () => {
    assert.deepEqual(parseDate('June 17, 2024'), { year: 2024, month: 6, day: 17, precision: 'day' });
    assert.deepEqual(parseDate('17 June 2024'), { year: 2024, month: 6, day: 17, precision: 'day' });
    const r = extractArticle(`Headline here\nJune 17, 2024\n${BODY}`);
    assert.equal(r.article.publishedAt, '2024-06-17');
  });
  test('year-less TASS dateline with no evidence: null, month/day kept, never today', () => {
    const r = extractArticle(`Headline here\n\nWASHINGTON, September 14. /TASS/. ${BODY}`);
    assert.equal(r.article.publishedAt, null);
    assert.equal(r.article.yearInferred, false);
    assert.deepEqual(r.article.dateParts, { year: null, month: 9, day: 14 });
    assert.equal(r.article.dateline, 'Washington');
  });
  test('year-less dateline + caption "1920, 14.09.2023" gives the year', () => {
    const r = extractArticle(`Headline here\n\nA caption of the photo - Sputnik Africa, 1920, 14.09.2023\n\nWASHINGTON, September 14. /TASS/. ${BODY}`);
    assert.equal(r.article.publishedAt, '2023-09-14');
    assert.equal(r.article.yearInferred, true);
    assert.equal(r.article.dateSource, 'caption');
  });
  test('caption date alone dates the article', () => {
    const r = extractArticle(`Headline here\nSome photo caption. - Sputnik Africa, 1920, 14.09.2023\nWASHINGTON (Sputnik) - ${BODY}`);
    assert.equal(r.article.publishedAt, '2023-09-14');
    assert.equal(r.article.yearInferred, false);
  });
  test('weekday in the lead pins the year, near years named in the text', () => {
    const r = extractArticle(
      `Headline here\n\nMOSCOW, August 10. /TASS/. The ministry said on Friday it had finished the work. The previous round was held from May 2 through 5, 2017.`,
    );
    // Aug 10 was a Friday in 2018 (and 2012, 2007); the text names 2017 as past.
    assert.equal(r.article.publishedAt, '2018-08-10');
    assert.equal(r.article.yearInferred, true);
  });
  test('a past event bounds the year; a hint picks the nearest occurrence', () => {
    const r = extractArticle(`Headline here\n\nWASHINGTON, September 14. /TASS/. ${BODY} His previous visit was held from April 24 through 26, 2019.`, {
      publishedAtHint: '2023-09-16',
    });
    assert.equal(r.article.publishedAt, '2023-09-14');
    assert.equal(r.article.dateSource, 'hint');
  });
  test('date in the file name is used as a hint', () => {
    const r = extractArticle(`Headline here\n\nWASHINGTON, September 14. /TASS/. ${BODY}`, { filename: '2021-09-15_tass.txt' });
    assert.equal(r.article.publishedAt, '2021-09-14');
    assert.equal(r.article.yearInferred, true);
  });
  test('dateline with a year is not inferred', () => {
    const r = resolvePublishedAt({ metaLines: [], captionLines: [], dateline: { month: 3, day: 2, year: 2022 }, paragraphs: [] });
    assert.equal(r.publishedAt, '2022-03-02');
    assert.equal(r.yearInferred, false);
  });
  test('invalid dates are rejected', () => {
    assert.equal(parseDate('31.02.2023'), null);
    assert.equal(parseDate('no date here'), null);
  });
});
