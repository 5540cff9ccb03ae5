/**
 * The layout stage on small invented pages: headline among chrome, outlet by
 * evidence, publication date by label and place on the page, datelines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';
import { parseDateline } from '../../src/extract/dateline.js';
import { looksLikeDateLine } from '../../src/extract/date-evidence.js';
import { findDates } from '../../src/extract/date-forms.js';
import { isCaptionLine, isChrome, isTeaser, siteHeaderOutlet } from '../../src/extract/layout/lines.js';
import { releaseHeadline, splitTitle } from '../../src/extract/layout/title.js';
import { detectOutlet, outletFromFilename } from '../../src/extract/outlet.js';
import { outletByDomain, outletByName } from '../../src/extract/outlet-names.js';

const BODY = 'The minister said on Tuesday that the talks had been constructive and would continue next month in the capital.';
const BODY2 = 'Officials from both sides met for six hours in the capital, according to a statement released later.';

describe('layout: the headline', () => {
  test('skip links, accessibility links, section labels and site names are not the headline', () => {
    for (const top of [
      'Go to Contents Go to Navigation',
      'Accessibility links\nBreaking News',
      'Earnings',
      'The Korea Herald',
      'You are here',
      'Related topics',
    ]) {
      const r = extractArticle(`${top}\n\nFarmers protest new grain export rules\n\n${BODY}\n\n${BODY2}`);
      assert.equal(r.article.title, 'Farmers protest new grain export rules', top);
    }
  });
  test('a site name run into its slogan, or followed by a tag, is a site header', () => {
    assert.equal(siteHeaderOutlet('The Washington PostDemocracy Dies in Darkness')?.name, 'The Washington Post');
    assert.equal(siteHeaderOutlet('MercoPress, en Español')?.name, 'MercoPress');
    assert.equal(siteHeaderOutlet('KCNA Ministry of Foreign Affairs (EN)')?.name, 'KCNA');
    assert.equal(siteHeaderOutlet('BBC to cut 450 jobs in its newsroom'), null);
  });
  test('menus and breadcrumbs are chrome', () => {
    for (const l of ['News | Sport | Weather | Opinion', 'Home > Sport > Football', 'You are here: Home / Environment', 'Home » World'])
      assert.ok(isChrome(l), l);
    assert.ok(!isChrome('Senators near a deal | The Hill'));
    const r = extractArticle(`Skip to main content\nNews | Sport | Weather\nHome > Politics\n\nCouncil backs new housing plan\n\n${BODY}`);
    assert.equal(r.article.title, 'Council backs new housing plan');
  });
  test('short heading-shaped labels above the headline lose to the heading the byline follows', () => {
    for (const top of ['Just In\nFor You', 'Support the Guardian\nPrint subscriptions', 'News|Middle East', 'Flood warnings']) {
      const r = extractArticle(
        `${top}\n\nRiver levels rise across the north after a week of storms\n\nBy Ana Ruiz\nPublished 3 March 2024\n\n${BODY}\n\n${BODY2}`,
      );
      assert.equal(r.article.title, 'River levels rise across the north after a week of storms', top);
    }
    assert.ok(isChrome('News|Middle East'));
    // The standfirst that follows the headline is not taken for it.
    const r = extractArticle(`Council backs new housing plan\n\nThe vote ends a two-year dispute over the old dockyard site\n\nBy Ana Ruiz\n\n${BODY}`);
    assert.equal(r.article.title, 'Council backs new housing plan');
  });
  test('a genre label with a year is chrome ("1997 News Story")', () => {
    assert.ok(isChrome('1997 News Story'));
    assert.ok(isChrome('Press Release'));
    const r = extractArticle(`1997 News Story\n\nMinister reports on regional meeting\n\n${BODY}`);
    assert.equal(r.article.title, 'Minister reports on regional meeting');
  });
  test('a short note above the headline is skipped; a page that opens with long prose has no headline', () => {
    const r = extractArticle(`Our reporters followed the day’s events as they unfolded.\n\nCouncil backs new housing plan\n\n${BODY}`);
    assert.equal(r.article.title, 'Council backs new housing plan');
    const none = extractArticle(
      `The health agency says it is the first case of the disease in the region since the large outbreak of 2019.\n\n${BODY}\n\n${BODY2}`,
    );
    assert.equal(none.article.title, null);
  });
  test('chrome glued to the headline and a site-name suffix are cut off', () => {
    assert.equal(splitTitle('Rebels advance on the capitalget the free app').title, 'Rebels advance on the capital');
    assert.deepEqual(splitTitle('Senators near a sanctions deal | The Hill'), { title: 'Senators near a sanctions deal', site: 'The Hill' });
    assert.deepEqual(splitTitle('Ceasefire talks resume - Reuters'), { title: 'Ceasefire talks resume', site: 'Reuters' });
    assert.deepEqual(splitTitle('Left - right divide deepens in parliament'), { title: 'Left - right divide deepens in parliament', site: null });
  });
  test('a press release carries its headline in the lead', () => {
    assert.equal(releaseHeadline('Acme Media releases "Ten things to know about the summit"'), 'Ten things to know about the summit');
    const r = extractArticle(`NEW YORK, May 2, 2023 /PRNewswire/ -- Acme Media releases "Ten things to know about the summit"\n${BODY}`);
    assert.equal(r.article.title, 'Ten things to know about the summit');
    assert.equal(r.article.publishedAt, '2023-05-02');
  });
});

describe('layout: body vs chrome', () => {
  test('players, comment counters, bracketed links, tag lists and teasers stay out of the paragraphs', () => {
    for (const l of [
      'VIDEO2:4502:45',
      '0 seconds of 2 minutes, 4 secondsVolume 90%',
      'Full article 84 comments',
      '[ Another story headlineOpens in new window ]',
      'brexit, trade policy, fisheries, northern ireland',
      'Placeholder while article actions load',
      'Short Url',
    ]) {
      assert.ok(isChrome(l), l);
    }
    for (const l of [
      'Read MoreIs the new phone too expensive?',
      'More From Ministry of Foreign Affairs',
      'From the archives - A poet on love and loss',
      'READ ALSO: What the deal means for you',
    ])
      assert.ok(isTeaser(l), l);
    assert.ok(!isTeaser('Related parties must disclose their holdings, the regulator said.'));
    const r = extractArticle(`A headline for the story\n\n${BODY}\n\nRead MoreIs the new phone too expensive?\n\nVIDEO2:4502:45\n\n${BODY2}`);
    assert.deepEqual(r.article.paragraphs, [BODY, BODY2]);
  });
  test('captions: agency formula, closing credits, FILE - prefix', () => {
    assert.ok(isCaptionLine('A smartphone is seen in this arranged photograph taken in London on Monday.'));
    assert.ok(isCaptionLine('The two leaders shake hands in the capital. (Jane Roe, Pool Photo via AP)'));
    assert.ok(isCaptionLine('The minister in a file photo provided by the ministry. (Yonhap)'));
    assert.ok(isCaptionLine('The prime minister addresses parliament. Photo: John Doe/TT'));
    assert.ok(isCaptionLine('FILE - The embassy building is seen in the capital, June 22, 2022.'));
    assert.ok(!isCaptionLine('The minister said the photo by the agency was taken years ago.'));
  });
});

describe('layout: the outlet', () => {
  test('the table knows names, aliases and domains', () => {
    assert.equal(outletByName('Irish Times')?.name, 'The Irish Times');
    assert.equal(outletByName('POLITICO')?.name, 'Politico');
    assert.equal(outletByDomain('www.bbc.co.uk')?.name, 'BBC');
    assert.equal(outletByDomain('edition.cnn.com')?.name, 'CNN');
  });
  test('a file named after the site', () => {
    assert.equal(outletFromFilename('306_thehill-senators-deal.txt'), 'The Hill');
    assert.equal(outletFromFilename('timesofisrael-israel-ukraine.txt'), 'The Times of Israel');
    assert.equal(outletFromFilename('www.reuters.com_world_story.html'), 'Reuters');
    assert.equal(outletFromFilename('5737fbf914914f1a.txt'), null);
  });
  const ev = { metaLines: [], captionLines: [], signatureLines: [], datelineAgency: null };
  test('each signal names the outlet', () => {
    assert.equal(detectOutlet({ ...ev, headerLines: ['The Korea Herald'] }).outlet, 'The Korea Herald');
    assert.equal(detectOutlet({ ...ev, metaLines: ['CBC News | Posted: November 19, 2010 9:25 PM'] }).outlet, 'CBC News');
    assert.equal(detectOutlet({ ...ev, titleSite: 'The Hill' }).outlet, 'The Hill');
    assert.equal(detectOutlet({ ...ev, datelineAgency: 'Reuters' }).outlet, 'Reuters');
    assert.equal(detectOutlet({ ...ev, signatureLines: ['© 2024 The Irish Times'] }).outlet, 'The Irish Times');
    assert.equal(detectOutlet({ ...ev, captionLines: ['Copyright 2021 Deutsche Welle. All rights reserved'] }).outlet, 'Deutsche Welle');
    assert.equal(detectOutlet({ ...ev, headerLines: ['Visit thehill.com for more'] }).outlet, 'The Hill');
    // A copyright line names its publisher even when the table does not know it.
    const r = extractArticle(`A headline for the story\n${BODY}\n${BODY2}\nCopyright 2025 Northvale Evening Post. All rights reserved.`);
    assert.equal(r.article.outlet, 'Northvale Evening Post');
    assert.deepEqual(r.article.paragraphs, [BODY, BODY2]);
  });
  test('self-references in the story count; citations of other outlets do not', () => {
    assert.equal(detectOutlet({ ...ev, paragraphs: ['Eight senators met Monday, people familiar with the talks told POLITICO.'] }).outlet, 'Politico');
    assert.equal(detectOutlet({ ...ev, paragraphs: ['As CBS News senior correspondent Jane Roe reports, the city is calm.'] }).outlet, 'CBS News');
    assert.equal(detectOutlet({ ...ev, paragraphs: ['The talks are on, the New York Times reported on Saturday.'] }).outlet, null);
    assert.equal(detectOutlet({ ...ev, paragraphs: ['The minister for Foreign Affairs spoke to Dr Jane Roe.'] }).outlet, null);
  });
  test('one photo credit is not enough; a wire byline on a site page is the original source', () => {
    assert.equal(detectOutlet({ ...ev, captionLines: ['The minister arrives for talks. (AFP)'] }).outlet, null);
    const r = detectOutlet({ ...ev, headerLines: ['The Korea Herald'], metaLines: ['By Yonhap'] });
    assert.deepEqual(r, { outlet: 'The Korea Herald', publisher: 'The Korea Herald', originalSource: 'Yonhap' });
  });
  test('the file name outweighs a distributor in the dateline', () => {
    const r = extractArticle(`WASHINGTON, March 15, 2022 /PRNewswire/ -- The network said on Tuesday that the talks had been constructive.\n${BODY2}`, {
      filename: '304_cgtn-talks.txt',
    });
    assert.equal(r.article.outlet, 'CGTN');
    assert.equal(r.article.originalSource, 'PR Newswire');
  });
});

describe('layout: the publication date', () => {
  test('date lines with labels, times and bylines', () => {
    for (const l of [
      'December 7, 2017 / 6:16 PM',
      'Last Updated: Wednesday, 23 May 2007, 17:03 GMT',
      'By JT - Jan 17,2023',
      'Published : Dec. 18, 2017 - 11:16',
      'All News 04:07 January 12, 2019',
      '|01 August 2025',
      'Montevideo, September 27th 2023 - 08:17 UTC',
    ]) {
      assert.ok(looksLikeDateLine(l), l);
    }
    assert.ok(!looksLikeDateLine('Kim said June 17, 2024 was a turning point'));
  });
  test('the printed forms parse to the right day and time', () => {
    const cases: [string, string][] = [
      ['December 7, 2017 / 6:16 PM', '2017-12-07T18:16'],
      ['Last Updated: Wednesday, 23 May 2007, 17:03 GMT', '2007-05-23T17:03'],
      ['By JT - Jan 17,2023', '2023-01-17'],
      ['Published : Dec. 18, 2017 - 11:16', '2017-12-18T11:16'],
    ];
    for (const [line, iso] of cases) {
      const r = extractArticle(`A headline for the story\n${line}\n${BODY}`);
      assert.equal(r.article.publishedAt, iso, line);
      assert.equal(r.article.dateSource, 'published-line');
    }
  });
  test('a labelled date under the headline beats the site clock above it and teaser dates below', () => {
    const r = extractArticle(
      `Montevideo, September 27th 2023 - 08:17 UTC\nA headline for the story\nWednesday, April 19th 2023 - 10:55 UTC\n${BODY}\nAnother story\nSeptember 20, 2023`,
    );
    assert.equal(r.article.publishedAt, '2023-04-19T10:55');
    const labelled = extractArticle(`September 21, 2023\nA headline for the story\nDate: 12/11/2022 | Source: Ministry\n${BODY}`);
    assert.equal(labelled.article.publishedAt, '2022-12-11');
  });
  test('06/10/2022 is day-first when the story names 6 October', () => {
    const r = extractArticle(
      `A headline for the story\nDate: 06/10/2022\nThe ministry released the following statement on October 6: the talks will go on next month.`,
    );
    assert.equal(r.article.publishedAt, '2022-10-06');
    const us = extractArticle(`A headline for the story\nDate: 06/10/2022\n${BODY}`);
    assert.equal(us.article.publishedAt, '2022-06-10');
  });
  test('an event date in a caption counts only when the lead names its weekday', () => {
    const caption = 'FILE - Diplomats met, Feb. 27, 2025, in Istanbul for talks about their embassies.';
    const r = extractArticle(
      `Diplomats meet to discuss embassies\n${caption}\nThe diplomats met Thursday in Istanbul, looking for ways to smooth relations between the two capitals.`,
    );
    assert.equal(r.article.publishedAt, '2025-02-27');
    const monday = extractArticle(
      `Diplomats meet to discuss embassies\n${caption}\nThe diplomats met Monday in Istanbul, looking for ways to smooth relations between the two capitals.`,
    );
    assert.equal(monday.article.publishedAt, null);
  });
  test('findDates finds every date in a line, in order', () => {
    const found = findDates('The building is seen June 22, 2022. Diplomats met Feb. 27, 2025, in Istanbul.');
    assert.deepEqual(
      found.map((f) => f.date.year),
      [2022, 2025],
    );
  });
});

describe('layout: datelines', () => {
  const place = (p: string): string | null => parseDateline(p)?.place ?? null;
  test('place with its region, title-case place before a known agency', () => {
    assert.equal(place('AL AIN, United Arab Emirates, Jan. 11 (Yonhap) -- South Korea won.'), 'Al Ain, United Arab Emirates');
    assert.equal(place('Prague, August 9 (RFE/RL) -- The minister says he is opposed.'), 'Prague');
    assert.equal(parseDateline('Prague, August 9 (RFE/RL) -- The minister says.')?.agency, 'RFE/RL');
    assert.equal(place('Putin (right) and Bennett speak during their meeting.'), null);
  });
  test('colon, double slash and em dash forms', () => {
    assert.equal(place('RIYADH: A former official says the region needs calm.'), 'Riyadh');
    assert.equal(place('ABU DHABI // The minister has taken to Twitter.'), 'Abu Dhabi');
    assert.equal(place('Kyiv — The top diplomat said the capital survived another night.'), 'Kyiv');
    assert.equal(place('UPDATE: The minister said.'), null);
    assert.equal(place('Zelensky — who spoke on Friday — said.'), null);
  });
  test('an outlet tag needs a separator or a compound name', () => {
    assert.equal(parseDateline('OREANDA-NEWS The United States said.')?.agency, 'OREANDA-NEWS');
    assert.equal(parseDateline('AFP - The minister said.')?.agency, 'AFP');
    assert.equal(parseDateline('KCNA Ministry of Foreign Affairs (EN)'), null);
  });
});
