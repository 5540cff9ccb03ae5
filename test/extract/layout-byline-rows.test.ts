/** Layout: dates and outlets inside byline rows ("Jane Doe / TNN / Updated: …"), the order of a numeric date told by its time zone, widgets that are no site name. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';

const BODY = 'The minister said the talks had been constructive and would continue next month in the capital.';
const day = (raw: string): string | undefined => extractArticle(raw).article.publishedAt?.slice(0, 10);

describe('date lines', () => {
  test('a date labelled inside a byline row separated by " / ", "·" or "•"', () => {
    assert.equal(day(`Pune dengue cases triple in a month\n\nNeha Joshi / TNN / Updated: Sep 14, 2023, 08:52 IST\n\n${BODY}`), '2023-09-14');
    assert.equal(
      day(`Brandon rink wins the title\n\nNadia Baptiste · CBC Sports · Posted: Feb 26, 2024 12:41 AM EST | Last Updated: February 26\n\n${BODY}`),
      '2024-02-26',
    );
  });
  test('a numeric date is day-first under a time zone outside the Americas, month-first under one inside', () => {
    assert.equal(day(`Brussels eases reporting rules\n\nPublished on 05/03/2024 - 16:22 GMT+1•Updated 16:58\n\n${BODY}`), '2024-03-05');
    assert.equal(day(`Brussels eases reporting rules\n\nPublished 05/03/2024 4:22 PM EDT\n\n${BODY}`), '2024-05-03');
    // No zone: month-first, as before.
    assert.equal(day(`Brussels eases reporting rules\n\nPublished: 05/03/2024\n\n${BODY}`), '2024-05-03');
  });
});

describe('outlet evidence in byline rows and widgets', () => {
  test('a name two outlets share names neither; a wire tag in a byline row names its outlet; a text-size widget is no site name', () => {
    const r = extractArticle(
      `News\nCity News\nDengue cases in Pune triple in a month\nNeha Joshi / TNN / Updated: Sep 14, 2023, 08:52 IST\nShare\nAA\n\nA private hospital told TOI that its ward was full.\n\n${BODY}`,
    );
    assert.equal(r.article.outlet, 'The Times of India');
  });
});

describe('navigation lines and datelines', () => {
  test('a line of section names, with spaces or pipes, is a menu, not the headline', () => {
    for (const menu of [
      'South Africa Business World Opinionista Maverick Citizen Our Burning Planet',
      'Login  |  Subscribe  |  ePaper',
      'Subscribe to our newsletter',
    ]) {
      const r = extractArticle(`${menu}\nCashew farmers reject bids at first auction of season\n\n${BODY}`);
      assert.equal(r.article.title, 'Cashew farmers reject bids at first auction of season', menu);
    }
  });
  test('a capital city in title case before a colon is a dateline; a label before a colon is not', () => {
    assert.equal(
      extractArticle(`Captain says her side will play without fear\n\nDubai: UAE captain Noor Amiri said her side was ready.`).article.dateline,
      'Dubai',
    );
    assert.equal(
      extractArticle(`Sarajevo court jails former policeman\n\nSarajevo: The state court jailed a former policeman on Wednesday.`).article.dateline,
      'Sarajevo',
    );
    assert.equal(extractArticle(`Court jails former policeman\n\nUpdate: The state court jailed a former policeman on Wednesday.`).article.dateline, null);
  });
});
