/** Layout: the page's <title> line and tag trails as evidence for the headline. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';
import { isChrome } from '../../src/extract/layout/lines.js';
import { splitTitle } from '../../src/extract/layout/title.js';

const BODY = 'The minister said on Tuesday that the talks had been constructive and would continue next month in the capital.';

describe('layout: headline evidence from the page title', () => {
  test('"Headline : Section : Site" loses the site and the short section', () => {
    assert.deepEqual(splitTitle('Farm subsidies are pushing small growers out of the market : Planet Money : NPR'), {
      title: 'Farm subsidies are pushing small growers out of the market',
      site: 'NPR',
    });
  });
  test('the headline repeated from the page title wins over a section label above it, even when it reads as a sentence', () => {
    const text = [
      'Farm subsidies are pushing small growers out of the market : Planet Money : NPR',
      'Skip to main content',
      'Sections',
      'Planet Money - Economy',
      'Farm subsidies are pushing small growers out of the market',
      'June 12, 2025 5:04 AM ET',
      BODY,
    ].join('\n');
    assert.equal(extractArticle(text).article.title, 'Farm subsidies are pushing small growers out of the market');
  });
  test('a trail of capitalised tags is chrome', () => {
    assert.equal(isChrome('News Feed, Ukraine, Kharkiv Oblast, Russian attacks'), true);
    assert.equal(isChrome('Paris, Berlin and Rome agree to talks'), false);
  });
});
