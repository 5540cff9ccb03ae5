/** Attribution and subject stages: each pattern on small invented sentences. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractionResult } from '../../src/extract/index.js';
import { classifySubject } from '../../src/extract/attribution/subject.js';
import { assertStatements } from './helpers.js';

const article = (...paras: string[]): ExtractionResult => extractArticle(['A headline for the test', ...paras].join('\n\n'));
const INTRO = 'LONDON (Reuters) - Jane Doe, a professor at the University of Leeds, has studied the region for twenty years.';

describe('subject stage', () => {
  test('pronouns, role nouns, organisations; not clauses', () => {
    const p = 'he|the minister|the ministry|officials|the water is';
    const at = (w: string): [number, number] => [p.indexOf(w), p.indexOf(w) + w.length];
    assert.equal(classifySubject(p, ...at('he'), [])?.type, 'pronoun');
    assert.equal(classifySubject(p, ...at('the minister'), [])?.type, 'role');
    assert.equal(classifySubject(p, ...at('the ministry'), [])?.type, 'collective');
    assert.equal(classifySubject(p, ...at('officials'), [])?.type, 'collective');
    assert.equal(classifySubject(p, ...at('the water is'), []), null);
  });
});

describe('attribution stage: cues beyond "said"', () => {
  test('an object-taking cue: the object is what was said', () => {
    const r = article(INTRO, 'Doe highlighted the importance of clean water for the farms.');
    assertStatements(r, [['Jane Doe', 'indirect', 'the importance of clean water']]);
    assert.equal(r.statements[0]?.cue, 'highlighted');
  });
  test('an object NP ends before a trailing occasion adjunct', () => {
    const r = article(INTRO, 'Doe praised the new water plan during a speech at the university.');
    assertStatements(r, [['Jane Doe', 'indirect', 'the new water plan']]);
    assert.equal(r.statements[0]?.text, 'the new water plan');
  });
  test('present tense and a to-infinitive cue', () => {
    const r = article(INTRO, 'Doe says the river will dry up by August.', 'She vowed to keep working with the farmers of the valley.');
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the river will dry up'],
      ['Jane Doe', 'indirect', 'keep working with the farmers'],
    ]);
  });
  test('an organisation as the source, with speaker null', () => {
    const r = article(INTRO, 'The ministry denied that the wells had been closed.');
    assertStatements(r, [[null, 'indirect', 'the wells had been closed', 'The ministry']]);
  });
});

describe('attribution stage: participles', () => {
  test('", urging ..." after an attribution shares its speaker', () => {
    const r = article(INTRO, 'The drought is the worst in a century, Doe said on Monday, urging a change in the rules.');
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'The drought is the worst'],
      ['Jane Doe', 'indirect', 'a change in the rules'],
    ]);
    assert.equal(r.statements[1]?.cue, 'urging');
  });
  test('a fronted participle: "Underscoring X, she said ..."', () => {
    const r = article(INTRO, 'Underscoring the need for new wells, she said that the farms could not wait.');
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the need for new wells'],
      ['Jane Doe', 'indirect', 'the farms could not wait'],
    ]);
  });
  test('a participle of saying on a clause that is not itself a statement', () => {
    const r = article(INTRO, 'Doe questioned the figures, saying they were far too low.');
    assertStatements(r, [['Jane Doe', 'indirect', 'they were far too low']]);
  });
  test('", citing ..." names evidence, not a statement', () => {
    const r = article(INTRO, 'Prices will rise again, Doe said, citing figures from the central bank.');
    assertStatements(r, [['Jane Doe', 'indirect', 'Prices will rise again']]);
  });
});

describe('attribution stage: subjects with asides', () => {
  test('a coordinated clause: "..., but Doe acknowledged ..."', () => {
    const r = article(INTRO, 'The team won the match, but Doe acknowledged afterward it was not their finest hour.');
    assertStatements(r, [['Jane Doe', 'indirect', 'afterward it was not their finest hour']]);
  });
  test('an apposition after the name: "Doe, a professor at X, told ..."', () => {
    const r = article(INTRO, 'Doe, a professor at the University of Leeds, told reporters that the rain would come late.');
    assertStatements(r, [['Jane Doe', 'indirect', 'the rain would come late']]);
  });
  test('a relative clause after a role noun: "..., the professor, who ..., said"', () => {
    const r = article(INTRO, 'The rain will come late this year, the professor, who has studied the region for decades, said.');
    assertStatements(r, [['Jane Doe', 'indirect', 'The rain will come late this year']]);
  });
  test('"told his nation" closes an attribution after a quote', () => {
    const r = article(
      'KYIV (Reuters) - President John Roe spoke from the capital.',
      'A second speaker, Mary Major, spoke too.',
      '"I am here and I will stay," Roe told his nation.',
    );
    assertStatements(r, [['John Roe', 'direct', 'I am here and I will stay']]);
  });
  test('a quoted document is the source', () => {
    const r = article(INTRO, '"The plan is unworkable," the newspaper quoted the letter as saying.');
    assertStatements(r, [[null, 'direct', 'The plan is unworkable', 'the letter']]);
  });
});
