/** People stage: evidence that a name is a person (roles, short given names, "who") and that it is not (brands, glossed organisations). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionResult } from '../../src/extract/index.js';
import { article } from './helpers.js';
import { sameGivenName } from '../../src/extract/data/hypocorisms.js';
import { isBrandCase } from '../../src/extract/name-candidates.js';

const names = (r: ExtractionResult): string[] => r.people.map((p) => p.name).sort();
const LEDE = 'HALDEN (Wire) - The council met on Tuesday to discuss the budget.';

describe('people evidence', () => {
  test('a short form of a given name is the same person ("Bob" and "Robert")', () => {
    assert.equal(sameGivenName('bob', 'robert'), true);
    assert.equal(sameGivenName('robert', 'jim'), false);
    const r = article(LEDE, 'Sen. Robert Calloway (D-Ore.) said talks would resume.', 'Sen. Bob Calloway told reporters the vote was close.');
    assert.deepEqual(names(r), ['Robert Calloway']);
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Robert Calloway', 'Robert Calloway'],
    );
  });

  test('a lower-case role before a name, a role apposition before it without a determiner, and "as ROLE" after it', () => {
    const r = article(
      LEDE,
      'The visitors were saved by goalkeeper Tarmo Velling, and attacking midfielder Oskar Brandt hit the post.',
      'When senior Finnish diplomat, Aila Korpela, met the delegation, the talks were short.',
      'The mayor confirmed the appointment of Ines Haldor as acting treasurer.',
    );
    assert.deepEqual(names(r), ['Aila Korpela', 'Ines Haldor', 'Oskar Brandt', 'Tarmo Velling']);
    const haldor = r.people.find((p) => p.name === 'Ines Haldor');
    assert.ok(haldor?.roles.some((x) => /treasurer/i.test(x)));
  });

  test('"NAME who" without a comma is a person', () => {
    const r = article(LEDE, 'She replaces Marit Oslund who is set to become the region’s envoy.');
    assert.deepEqual(names(r), ['Marit Oslund']);
  });

  test('a surname that speaks later names a person at its first, bare mention too', () => {
    const r = article(
      LEDE,
      'Varga, a member of the board – the highest body of the club – told reporters that the stadium would be sold.',
      'Varga said the sale would close in May.',
    );
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Varga', 'Varga'],
    );
  });

  test('brand spelling and a bracketed organisational gloss make an organisation, whose statements have no person', () => {
    assert.equal(isBrandCase('BlackBerry'), true);
    assert.equal(isBrandCase('McDonald'), false);
    assert.equal(isBrandCase('DeSantis'), false);
    assert.equal(isBrandCase('FitzGerald'), false);
    const r = article(
      LEDE,
      'Vai Ora Tapu (Health Samoa) says it is the first case of measles this year.',
      'The patient is an adult living in Apia, Vai Ora Tapu advised on Monday.',
      'QuickPay reported a smaller loss on Thursday.',
    );
    assert.deepEqual(names(r), []);
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.source]),
      [
        [null, 'Vai Ora Tapu (Health Samoa)'],
        [null, 'Vai Ora Tapu'],
        [null, 'QuickPay'],
      ],
    );
  });

  test("a name after a locative preposition is a place; a hyphenated surname alone is the full name's surname", () => {
    const r = article(
      LEDE,
      'The minister visited the control centre in Kim Chuan on Monday.',
      'Residents of Hadapsar complained that rubbish had not been cleared, and families drove to Bega for treatment.',
      'Dr. Samuel Adjei-Mensah warned that the rains would spread the outbreak. Adjei-Mensah said supplies were short.',
    );
    assert.deepEqual(names(r), ['Samuel Adjei-Mensah']);
  });
});
