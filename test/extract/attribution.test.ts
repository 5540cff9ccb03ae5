/** Attribution patterns on small synthetic articles. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractionResult } from '../../src/extract/index.js';
import { assertStatements } from './helpers.js';

const article = (...paras: string[]): ExtractionResult => extractArticle(['A headline for the test', ...paras].join('\n\n'));
const INTRO = 'LONDON (Reuters) - Jane Doe, a professor at the University of Leeds, has studied the region for twenty years.';

describe('attribution patterns', () => {
  test('quote interrupted by attribution, pronoun "she"', () => {
    const r = article(INTRO, '"We will win," she said. "It is certain."');
    assertStatements(r, [
      ['Jane Doe', 'direct', 'We will win'],
      ['Jane Doe', 'direct', 'It is certain.'],
    ]);
    assert.equal(r.statements[0]?.speakerMention, 'she');
    assert.equal(r.statements[0]?.cue, 'said');
  });
  test('"...," said Jane Doe, a professor at X (inverted, apposition gives the role)', () => {
    const r = article('LONDON (Reuters) - Prices rose again in May.', '"The trend is clear," said Jane Doe, a professor at the University of Leeds.');
    assertStatements(r, [['Jane Doe', 'direct', 'The trend is clear']]);
    assert.deepEqual(r.people[0]?.roles, ['Professor at the University of Leeds']);
    assert.equal(r.people[0]?.affiliation, 'University of Leeds');
  });
  test('According to X, ... and ..., according to X.', () => {
    const r = article(
      INTRO,
      'According to Doe, prices will keep rising until the end of the year.',
      'The drought will last another year, according to the professor.',
    );
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'prices will keep rising'],
      ['Jane Doe', 'indirect', 'The drought will last another year'],
    ]);
    assert.equal(r.statements[1]?.speakerMention, 'the professor');
  });
  test('attribution before a colon', () => {
    const r = article(INTRO, 'Doe told reporters: "The region needs water, not promises."');
    assertStatements(r, [['Jane Doe', 'direct', 'The region needs water']]);
    assert.equal(r.statements[0]?.cue, 'told reporters');
  });
  test('quote continued over several paragraphs (no closing mark)', () => {
    const r = article(
      INTRO,
      '"The first thing to understand is the scale of the problem.',
      '"The second is that nobody has a plan," Doe said.',
      'A government spokesman declined to comment.',
    );
    assertStatements(r, [
      ['Jane Doe', 'direct', 'The first thing to understand'],
      ['Jane Doe', 'direct', 'The second is that nobody'],
    ]);
    assert.equal(r.statements[0]?.continues, true);
  });
  test('quote-only paragraph after a speaker keeps the last speaker', () => {
    const r = article(INTRO, '"Nobody listens," Doe said.', '"They never have and they never will."');
    assertStatements(r, [
      ['Jane Doe', 'direct', 'Nobody listens'],
      ['Jane Doe', 'direct', 'They never have'],
    ]);
  });
  test('guillemets and nested single quotes', () => {
    const r = article(INTRO, "«We call it a 'boiling' point,» Doe said.");
    assertStatements(r, [['Jane Doe', 'direct', "We call it a 'boiling' point"]]);
  });
  test('curly quotes and a straight opener closed by a curly mark', () => {
    const r = article(INTRO, '“Curly quotes work,” Doe said.', '"Mixed marks work too,” Doe added.');
    assertStatements(r, [
      ['Jane Doe', 'direct', 'Curly quotes work'],
      ['Jane Doe', 'direct', 'Mixed marks work too'],
    ]);
  });
  test('role-noun coreference: the ambassador / the diplomat', () => {
    const r = article(
      'PARIS (AP) — French Ambassador to Germany Marie Dupont said on Monday that relations were excellent.',
      'Economy Minister Paul Martin disagreed with the assessment.',
      'The trade surplus is a sign of strength, the ambassador added.',
      '"We are close partners," the diplomat said.',
    );
    assertStatements(r, [
      ['Marie Dupont', 'indirect', 'relations were excellent'],
      ['Marie Dupont', 'indirect', 'The trade surplus is a sign of strength'],
      ['Marie Dupont', 'direct', 'We are close partners'],
    ]);
    assert.deepEqual(r.people.find((p) => p.name === 'Marie Dupont')?.roles, ['French Ambassador to Germany']);
    assert.equal(r.people.find((p) => p.name === 'Paul Martin')?.roles[0], 'Economy Minister');
  });
  test('embedded fragment in reported speech is one indirect statement; scare quotes stay inside', () => {
    const r = article(
      INTRO,
      'Doe added that "the rains are not coming back," recalling the floods of 2010.',
      'The report showed "duplicity" in official figures, Doe said.',
    );
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the rains are not coming back'],
      ['Jane Doe', 'indirect', 'the floods of 2010'],
      ['Jane Doe', 'indirect', 'The report showed "duplicity"'],
    ]);
    assert.deepEqual(r.statements[0]?.quotedFragments, ['the rains are not coming back']);
  });
  test('"X quoted Y as saying" → speaker Y, source X; "was quoted as saying"', () => {
    const r = article(INTRO, '"Water is politics," the Guardian quoted Doe as saying.', '"And politics is water," she was quoted as saying.');
    assertStatements(r, [
      ['Jane Doe', 'direct', 'Water is politics', 'the Guardian'],
      ['Jane Doe', 'direct', 'And politics is water'],
    ]);
    assert.equal(r.statements[1]?.cue, 'was quoted as saying');
  });
  test('unnamed and collective sources keep speaker null', () => {
    const r = article(
      'MOSCOW, May 5. /TASS/. The Russian Foreign Ministry said the statement was a provocation.',
      'North Korea has repeatedly denied claims by Western media about arms deliveries.',
      'A representative of the embassy stated that no meeting had taken place.',
      'Officials told reporters that the border would remain closed.',
    );
    assertStatements(r, [
      [null, 'indirect', 'the statement was a provocation', 'The Russian Foreign Ministry'],
      [null, 'indirect', 'claims by Western media', 'North Korea'],
      [null, 'indirect', 'no meeting had taken place', 'A representative of the embassy'],
      [null, 'indirect', 'the border would remain closed', 'Officials'],
    ]);
  });
  test('", adding that ..." is a second statement by the same speaker', () => {
    const r = article(INTRO, 'The harvest will fail this year, Doe said, adding that prices would double.');
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'The harvest will fail this year'],
      ['Jane Doe', 'indirect', 'prices would double'],
    ]);
  });
  test('reported speech with a cue and "that", with an adjunct between', () => {
    const r = article(
      INTRO,
      'Doe said on Monday that the government had ignored the warnings.',
      'She stressed that farmers needed help.',
      'Doe believes the crisis will deepen.',
    );
    assertStatements(r, [
      ['Jane Doe', 'indirect', 'the government had ignored'],
      ['Jane Doe', 'indirect', 'farmers needed help'],
      ['Jane Doe', 'indirect', 'the crisis will deepen'],
    ]);
  });
  test('indefinite expert named in the next paragraph (cataphora)', () => {
    const r = article(
      'MOSCOW, May 5. /TASS/. The sanctions will hurt Europe more than Russia, a Russian expert told TASS.',
      '"Europe is shooting itself in the foot," said Ivan Petrov, head of the Institute of Economic Studies.',
      'The expert noted that gas prices had tripled.',
    );
    assertStatements(r, [
      ['Ivan Petrov', 'indirect', 'The sanctions will hurt Europe'],
      ['Ivan Petrov', 'direct', 'Europe is shooting itself'],
      ['Ivan Petrov', 'indirect', 'gas prices had tripled'],
    ]);
  });
  test('anonymous sources are not resolved to the next named person', () => {
    const r = article('LONDON (Reuters) - The deal is close, a source told Reuters.', '"We are not there yet," said John Roe, the company\'s chief executive.');
    assert.equal(r.statements[0]?.speaker, null);
    assert.equal(r.statements[0]?.source, 'a source');
    assert.equal(r.statements[1]?.speaker, 'John Roe');
  });
  test('people: name variants, patronymics, surname aliases; places and organisations are not people', () => {
    const r = article(
      'MOSCOW, May 5. /TASS/. Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome.',
      'Vladimir Vladimirovich Putin and Kim Jong-un then visited the White House of Asia Pacific studies in Washington.',
      'Putin said Kim was a reliable partner.',
    );
    const names = r.people.map((p) => p.name).sort();
    assert.deepEqual(names, ['Kim Jong Un', 'Vladimir Putin']);
    const putin = r.people.find((p) => p.name === 'Vladimir Putin');
    assert.deepEqual(putin?.aliases.sort(), ['Putin', 'Vladimir Vladimirovich Putin']);
    const kim = r.people.find((p) => p.name === 'Kim Jong Un');
    assert.deepEqual(kim?.aliases.sort(), ['Kim', 'Kim Jong-un']);
    assertStatements(r, [['Vladimir Putin', 'indirect', 'Kim was a reliable partner']]);
    assert.deepEqual(r.statements[0]?.mentions, ['Kim Jong Un']);
  });
  test('roles are normalised across spellings', () => {
    const r = article(
      'WASHINGTON, May 5. /TASS/. Russian Ambassador to Washington Anatoly Antonov spoke first.',
      'Russian Ambassador to the USA Anatoly Antonov spoke again.',
      'Russian Ambassador to the U.S. Anatoly Antonov spoke a third time.',
    );
    assert.deepEqual(r.people[0]?.roles, ['Russian Ambassador to the United States']);
    assert.equal(r.people[0]?.rolesAsWritten.length, 3);
  });
});
