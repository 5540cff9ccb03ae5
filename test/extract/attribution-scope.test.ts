/** Attribution: what is not a statement (refusals to speak, objects naming words said elsewhere, fronted topics) and clause boundaries. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionResult } from '../../src/extract/index.js';
import { article } from './helpers.js';

const texts = (r: ExtractionResult): string[] => r.statements.map((s) => s.text);
const LEDE = 'ORVIK (Wire) - The harbour board met on Tuesday.';

describe('attribution scope', () => {
  test('a refusal to speak reports nothing ("declined to comment", "refused to say whether", "but declined to give a date")', () => {
    const r = article(
      LEDE,
      'A board spokesperson declined to comment on the talks.',
      'Harbour master Ola Brenna refused to say whether the pier would close.',
      'A council spokesperson said the bill would return to the chamber soon, but declined to give a date.',
    );
    assert.deepEqual(texts(r), ['the bill would return to the chamber soon']);
  });

  test('an object that names words said elsewhere is no content ("welcomed the minister\'s comments", "tweeted his comments to")', () => {
    const r = article(
      LEDE,
      "The landlords' association welcomed the minister's comments.",
      'Dr Ivo Marek tweeted his comments to his 9,000 followers after the vote.',
      'Dr Ivo Marek said the comments were unfair to fishermen.',
    );
    assert.deepEqual(texts(r), ['the comments were unfair to fishermen']);
  });

  test('a fronted "Referring to X" is the topic; a trailing ", referring to X" is said', () => {
    const r = article(
      LEDE,
      'Referring to the recent case of the stolen trawler, Minister Ola Brenna stated that nobody is above the law.',
      'She said the port had been neglected, referring to the closure of the ferry terminal last year.',
    );
    assert.deepEqual(texts(r), ['nobody is above the law', 'the port had been neglected', 'the closure of the ferry terminal last year']);
  });

  test('commas inside a pair of dashes do not end the content', () => {
    const r = article(
      LEDE,
      'Minister Ola Brenna cited cooperation with its neighbours -- Norway, Denmark and Iceland -- as well as with the EU as a priority.',
    );
    assert.deepEqual(texts(r), ['cooperation with its neighbours -- Norway, Denmark and Iceland -- as well as with the EU as a priority']);
  });

  test('two people before one cue are a joint source even when the second has commas in a long title', () => {
    const r = article(LEDE, 'Fisheries Secretary Ivo Marek and his Trade, Industry and Tourism counterpart Ola Brenna said the quota had been agreed in May.');
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.text]),
      [[null, 'the quota had been agreed in May']],
    );
    assert.match(r.statements[0]?.source ?? '', /Ivo Marek and .*Ola Brenna/);
  });

  test('a summary bullet repeated in the story is reported once', () => {
    const bullet = 'Harbour master Ola Brenna said the pier would reopen in June.';
    const r = article(LEDE, `  • ${bullet}`, 'The board approved the budget.', bullet);
    assert.deepEqual(texts(r), ['the pier would reopen in June']);
  });
});

describe('objects, participles and cut-off text', () => {
  test('a verb taking a clause or an object, followed by an indefinite NP with no verb, has an object that ends before its time adjunct', () => {
    const r = article(LEDE, 'Nordvik Shipping reported a smaller-than-expected quarterly loss on Thursday, as cost cutting started to pay off.');
    assert.deepEqual(texts(r), ['a smaller-than-expected quarterly loss']);
  });

  test('a participle straight after the cue and its time adjunct is a statement of its own', () => {
    const r = article(LEDE, 'The port is too important to close, harbour master Ola Brenna said on Tuesday urging a dialogue with the unions.');
    assert.deepEqual(texts(r), ['The port is too important to close', 'a dialogue with the unions']);
  });

  test('text cut off by the scrape: a bare quote with its attribution still to come, or a short fragment, is not reported', () => {
    const r = article(LEDE, 'Harbour master Ola Brenna said the pier would reopen in June, adding that the ferry and the');
    assert.deepEqual(texts(r), ['the pier would reopen in June']);
    const q = article(LEDE, 'Harbour master Ola Brenna said the pier would reopen in June.', '"The port remains a model of an ');
    assert.deepEqual(texts(q), ['the pier would reopen in June']);
    // A last line cut mid-word is still a paragraph of the story, not a heading.
    const w = article(
      LEDE,
      'Harbour master Ola Brenna said the pier would reopen in June.',
      'She said the “hostile remarks are unacceptable” and added that i',
    );
    assert.deepEqual(texts(w), ['the pier would reopen in June', 'the “hostile remarks are unacceptable”']);
  });
});

describe('means, passives and relative clauses', () => {
  test('"by vowing to ..." is said by the clause\'s subject', () => {
    const r = article(LEDE, 'Before announcing the budget, Minister Ola Brenna opened her speech by vowing to protect the ferry routes.');
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.text]),
      [['Ola Brenna', 'protect the ferry routes']],
    );
  });

  test('"are quoted in the Globe as saying": a passive with its relay between; a subject with a restrictive "who" clause', () => {
    const r = article(LEDE, 'Two sources who attended the lunch are quoted in the Globe as saying the harbour master shouted at investors.');
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.source, s.text]),
      [[null, 'Two sources who attended the lunch', 'the harbour master shouted at investors']],
    );
  });

  test('a coordinated infinitive cue needs its "to": "and asked hard questions" is an act inside the content', () => {
    const r = article(LEDE, 'Harbour master Ola Brenna said the captain shouted at the crew and asked hard questions of the pilots.');
    assert.deepEqual(texts(r), ['the captain shouted at the crew and asked hard questions of the pilots']);
  });
});

describe('labelling, subordinate clauses and mid-sentence attributions', () => {
  test('\'called X "Y"\' is a statement; "called the police" is not', () => {
    const r = article(
      LEDE,
      'Activist Lerato Dube called the ruling "a victory for the community".',
      'Harbour master Ola Brenna called the police after the break-in.',
    );
    assert.deepEqual(texts(r), ['the ruling "a victory for the community"']);
  });

  test('a clause with a subordinator before the cue is no subject ("The ruling comes weeks after the government announced ...")', () => {
    const r = article(LEDE, 'The ruling comes weeks after the government announced plans to expand coal production.');
    assert.deepEqual(texts(r), []);
  });

  test('"The plan, Ruiz said, would create 2,000 jobs": a short clause before a mid-sentence attribution', () => {
    const r = article(LEDE, 'Councillor Ana Ruiz spoke first.', 'The plan, Ruiz said, would create 2,000 jobs.');
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.text]),
      [['Ana Ruiz', 'The plan, Ruiz said, would create 2,000 jobs']],
    );
    assert.deepEqual(
      r.people.map((p) => p.name),
      ['Ana Ruiz'],
    );
  });
});
