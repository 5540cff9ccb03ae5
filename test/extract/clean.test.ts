import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';

const P1 = 'WASHINGTON (Reuters) - The minister said the talks had been constructive and would continue next month.';
const P2 = 'Officials from both sides met for six hours in the capital, according to a statement released later.';

describe('boilerplate removal', () => {
  test('site chrome, counters, comment widgets in another language', () => {
    const r = extractArticle(`All news\n\nHeadline of the story\n\nSubscribe\n${P1}\n${P2}\nNewsfeed\n0\nКомментарии`);
    assert.equal(r.article.title, 'Headline of the story');
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
  });
  test('photo captions and credits', () => {
    const raw = [
      'Headline of the story',
      'A lead sentence that summarises the story for readers without a final stop',
      'Minister John Smith Sergey Bobylev/TASS',
      'Minister John Smith',
      '© Sergey Bobylev/TASS',
      '© Photo POOL / Go to the mediabank Two leaders meeting in the capital.',
      'Two leaders meeting in the capital. - Sputnik Africa, 1920, 14.09.2023',
      P1,
      'REUTERS/Evelyn Hockstein',
      P2,
    ].join('\n');
    const r = extractArticle(raw);
    assert.equal(r.article.standfirst, 'A lead sentence that summarises the story for readers without a final stop');
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
  });
  test('teaser after a section label', () => {
    const r = extractArticle(`Headline of the story\n${P1}\nFeatures\nDespite All Odds: Why Are Relations Strong?\n${P2}`);
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
  });
  test('"Read also:" teasers', () => {
    const r = extractArticle(`Headline of the story\n${P1}\nRead also: Another story about something else\n${P2}`);
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
  });
  test('repeated paragraphs and a repeated title', () => {
    const r = extractArticle(`Headline of the story\n${P1}\n${P2}\nHeadline of the story\n${P1}\n${P2}`);
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
  });
  test('subheadings are kept apart, not as paragraphs', () => {
    const r = extractArticle(`Headline of the story\n\n${P1}\n\nTalks Will Go On\n\n${P2}`);
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
    assert.deepEqual(r.article.subheadings, ['Talks Will Go On']);
  });
  test('credit lines, wire trailers and outlet signatures', () => {
    const r = extractArticle(`Headline of the story\n\nSputnik || Shining BD\n\n${P1}\n\n${P2}\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nShining BD`);
    assert.deepEqual(r.article.paragraphs, [P1, P2]);
    assert.equal(r.article.publisher, 'Shining BD');
    assert.equal(r.article.originalSource, 'Sputnik');
  });
  test('"Source: OREANDA-NEWS" and the outlet tag', () => {
    const r = extractArticle(
      `17.06.2024, 22:29\nHeadline of the story\nSource: OREANDA-NEWS\nOREANDA-NEWS The minister said the talks had been constructive and would continue.`,
    );
    assert.equal(r.article.outlet, 'OREANDA-NEWS');
    assert.equal(r.article.paragraphs.length, 1);
  });
  test('hard-wrapped paragraphs are joined', () => {
    const wrapped =
      'The minister said the talks had been constructive and would\ncontinue next month in the capital, where officials from both\nsides are expected to meet again.';
    const r = extractArticle(`Headline of the story\n\n${wrapped}`);
    assert.equal(r.article.paragraphs.length, 1);
    assert.ok(r.article.paragraphs[0]?.includes('would continue next month'));
  });
});
