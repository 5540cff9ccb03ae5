/** Attribution patterns around clauses: colon quotes after reported speech, as-clauses, passive agents, joint subjects. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractionResult } from '../../src/extract/index.js';
import { assertStatements } from './helpers.js';

const article = (...paras: string[]): ExtractionResult => extractArticle(['A headline for the test', ...paras].join('\n\n'));
const INTRO = 'LONDON (Reuters) - Jane Doe, a professor at the University of Leeds, has studied the region for twenty years.';

describe('clause-level attribution', () => {
  test('reported speech before a colon quote is a statement of its own, by the same speaker', () => {
    const r = article(INTRO, 'Doe said on Monday the plan had failed: "It will never work."');
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the plan had failed'],
      ['Jane Doe', 'direct', 'It will never work.'],
    ]);
  });
  test('"he said that X, and went on to remark: ..." gives the remark his name and its cue', () => {
    const r = article(INTRO, 'She said that the drought "will last for years", and went on to explain: "Nobody has planned for it."');
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the drought "will last for years"'],
      ['Jane Doe', 'direct', 'Nobody has planned for it.'],
    ]);
    assert.equal(r.statements[1]?.cue, 'explain');
  });
  test('a cue followed by a clause with an auxiliary is not an attribution of the quote after it', () => {
    const r = article(INTRO, 'Doe said the rains had come too late: "The harvest is lost."');
    assert.equal(r.statements[0]?.text, 'the rains had come too late');
  });
  test('as-clauses: "as X put it, CLAUSE", "CLAUSE, as X said", "NP, as X noted, VP"', () => {
    const r = article(
      INTRO,
      'Another theory is that, as Doe put it, the talks are "a ploy" to buy time.',
      'Prices will keep rising for a year, as the professor said at the time.',
      'The plan, as Doe noted, was never funded by the ministry.',
    );
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the talks are "a ploy" to buy time'],
      ['Jane Doe', 'indirect', 'Prices will keep rising for a year'],
      ['Jane Doe', 'indirect', 'The plan, as Doe noted, was never funded'],
    ]);
    assert.equal(r.statements[0]?.cue, 'put it');
  });
  test('the agent of a passive verb of judging speaks the quote: was described as "X" by Y', () => {
    const r = article(INTRO, 'The new water law was described as "reckless" by Senator John Smith.');
    assertStatements(r, [['John Smith', 'direct', 'reckless']]);
    assert.equal(r.statements[0]?.cue, 'described');
  });
  test('two speakers saying one thing are one joint source; roles before a name describe that name', () => {
    const r = article(
      INTRO,
      'Both the White House and the Foreign Ministry quickly and categorically denied that they had agreed to talks.',
      'Doe and her colleague Peter Ash said the data were incomplete.',
    );
    assertStatements(r, [
      [null, 'indirect', 'they had agreed to talks', 'the White House and the Foreign Ministry'],
      [null, 'indirect', 'the data were incomplete', 'Doe and her colleague Peter Ash'],
    ]);
  });
  test('a line cut off mid-sentence by the scrape is still a paragraph, not a heading', () => {
    const r = article(INTRO, 'Doe, on Thursday, said that she was "cautiously optimistic" that the rains would be enough to');
    assertStatements(r, [['Jane Doe', 'indirect', 'she was "cautiously optimistic"']]);
  });
});
