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

describe('coordinated and embedded cues', () => {
  test('"stated that A, and noted that B" is two statements; "said A and added that B" too', () => {
    const r = article(
      INTRO,
      'Doe stated that nobody is forced to leave, and noted that the wells are still full.',
      'Doe said the talks had failed and added that nobody was to blame.',
    );
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'nobody is forced to leave'],
      ['Jane Doe', 'indirect', 'the wells are still full'],
      ['Jane Doe', 'indirect', 'the talks had failed'],
      ['Jane Doe', 'indirect', 'nobody was to blame'],
    ]);
  });
  test('"and reports that" after a noun is not a second cue', () => {
    const r = article(INTRO, 'Doe said the video was a rebuttal to rumours that she had left and reports that the army had advised her to flee.');
    assert.equal(r.statements.length, 1);
  });
  test('a sentence-initial "But" is not part of the subject', () => {
    const r = article(INTRO, 'But the professor said that the drought would end soon.');
    assertStatements(r, [['Jane Doe', 'indirect', 'the drought would end soon']]);
  });
  test('an adjunct set off by commas between subject (and auxiliary) and cue', () => {
    const r = article(INTRO, 'She had, in an address to students earlier, lamented that the rivers were drying up.');
    assertStatements(r, [['Jane Doe', 'indirect', 'the rivers were drying up']]);
  });
  test('a cue in a relative clause: its antecedent speaks', () => {
    const r = article(INTRO, 'The decision angered the Water Ministry, which says it expected more support from the city.');
    assertStatements(r, [[null, 'indirect', 'it expected more support', 'the Water Ministry']]);
  });
  test('"The confirmed case" is an adjective, not a cue with the subject "The"', () => {
    const r = article(INTRO, 'The confirmed case is now isolating at home and contact tracing is under way.');
    assert.equal(r.statements.length, 0);
  });
});

describe('documents that say, and role nouns named later', () => {
  test('"issued a statement saying ..." gives the statement to the issuer', () => {
    const r = article(INTRO, 'But late on Wednesday, the university issued a statement saying the survey had been cancelled.');
    assertStatements(r, [[null, 'indirect', 'the survey had been cancelled', 'the university']]);
  });
  test('"as the president released a video reassuring his nation that ..." before the president is named', () => {
    const r = article(
      'KYIV (Reuters) - The capital survived another night of shelling, as the president released a video reassuring his nation that he was still there.',
      'President Oleh Marchenko spoke from a street in the city centre.',
    );
    assertStatements(r, [['Oleh Marchenko', 'indirect', 'he was still there']]);
    assert.equal(r.statements[0]?.cue, 'reassuring his nation that');
  });
});

describe('quotes and clauses with their own subject', () => {
  test('a quote opening on the subject\'s cue verb: the ministry "rejected the claims"', () => {
    const r = article(INTRO, 'In a short statement on the meeting, the Water Ministry "underscored the importance of open lines of communication."');
    assertStatements(r, [[null, 'direct', 'underscored the importance', 'the Water Ministry']]);
  });
  test('"with X describing Y as Z" is X speaking; "with X announcing N new ministers" is an act', () => {
    const r = article(
      INTRO,
      'Doe and her colleague appeared together on television on Sunday, with Doe describing the talks as "nearly done."',
      'Parliament opened on Tuesday with Prime Minister Peter Ash announcing three new ministers.',
    );
    assertStatements(r, [['Jane Doe', 'indirect', 'the talks as "nearly done."']]);
  });
});

describe('what is not a cue', () => {
  test('"ministers accused of plotting" is a passive participle; "commented on X" a topic, with the saying after it kept', () => {
    const r = article(
      INTRO,
      'Two ministers accused of plotting against the governor remained defiant on Friday.',
      'At a news conference in Leeds yesterday Doe commented on the outcome of the meeting, saying the talks had been a success.',
    );
    assertStatements(r, [['Jane Doe', 'indirect', 'the talks had been a success']]);
  });
  test('"made the remarks in an interview": the noun, not the verb', () => {
    const r = article(INTRO, 'Doe made the remarks in an interview with a local newspaper.');
    assert.equal(r.statements.length, 0);
  });
  test('a fronted -ing phrase of any length is not the subject, nor is its last name', () => {
    const r = article(
      INTRO,
      'Replying to questions about the recent visit of Prime Minister Peter Ash and his talks with President Karl Bern, Doe said it was worth looking at a map.',
    );
    assertStatements(r, [['Jane Doe', 'indirect', 'it was worth looking at a map']]);
  });
  test('", citing officials" ends the content before it without being a statement', () => {
    const r = article(INTRO, 'Doe said the dam would be finished by May, citing officials in the ministry.');
    assertStatements(r, [['Jane Doe', 'indirect', 'the dam would be finished by May']]);
    assert.equal(r.statements[0]?.text, 'the dam would be finished by May');
  });
});

describe('acronyms, negation and "but"', () => {
  test('an acronym subject is an organisation; "argued that A, but acknowledged that B" is two statements', () => {
    const r = article(
      INTRO,
      'The WRA said in a statement to Reuters that it was "aware of delays" in payments.',
      'Doe argued that the payments should resume this summer, but acknowledged that nobody had committed to a date.',
    );
    assertStatements(r, [
      [null, 'indirect', 'it was "aware of delays"', 'The WRA'],
      ['Jane Doe', 'indirect', 'the payments should resume'],
      ['Jane Doe', 'indirect', 'nobody had committed to a date'],
    ]);
  });
  test('a negated cue reports nothing; "But hospital officials say" keeps its subject', () => {
    const r = article(
      INTRO,
      'A spokesman for the ministry did not respond to a request for comment.',
      'But hospital officials say the agency was slow to act.',
      'And while the ministry reports progress, the professor disagrees.',
    );
    assertStatements(r, [[null, 'indirect', 'the agency was slow to act', 'hospital officials']]);
  });
});

describe('coordinated cues without "that"', () => {
  test('"and urged X to ...", "and called on X to ...", "but insists CLAUSE", "appealed to X to ..."', () => {
    const r = article(
      INTRO,
      'The WRA said in a statement that the plan was "necessary but late" and called on councils to approve it.',
      'The agency said it would ration water and urged residents to postpone any building work.',
      'Doe says the wells pay for themselves, but insists money is not the point.',
      'She appealed to both sides to accept mediation.',
    );
    assertStatements(r, [
      [null, 'indirect', 'the plan was "necessary but late"', 'The WRA'],
      [null, 'indirect', 'councils to approve it', 'The WRA'],
      [null, 'indirect', 'it would ration water', 'The agency'],
      [null, 'indirect', 'residents to postpone', 'The agency'],
      ['Jane Doe', 'indirect', 'the wells pay for themselves'],
      ['Jane Doe', 'indirect', 'money is not the point'],
      ['Jane Doe', 'indirect', 'both sides to accept mediation'],
    ]);
    assert.equal(r.statements[1]?.cue, 'called on');
  });
});
