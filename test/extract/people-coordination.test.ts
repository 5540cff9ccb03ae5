/** People and resolution: names coordinated with a person, a surname that takes its full name, the story's main person behind an unassigned role. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionResult } from '../../src/extract/index.js';
import { article } from './helpers.js';

const names = (r: ExtractionResult): string[] => r.people.map((p) => p.name).sort();
const LEDE = 'LUSAKA (Wire) — Fuel prices rose for the third time this year on Monday.';

describe('people by coordination and salience', () => {
  test("a name coordinated with a person's name is a person", () => {
    const r = article(LEDE, 'The charity heads, Fiona Galloway and Tendai Moyo, signed the letter.');
    assert.deepEqual(names(r), ['Fiona Galloway', 'Tendai Moyo']);
  });

  test('"Surname, who ..." is a person, and takes the full name printed once without evidence', () => {
    const r = article(
      LEDE,
      "Manitoba beat Ontario's Leah Ostrander in the final.",
      'Ostrander, who also lost the 2021 final, told reporters she had no regrets.',
    );
    assert.deepEqual(names(r), ['Leah Ostrander']);
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Leah Ostrander'],
    );
  });

  test('"according to X, who said ...": the clause before and the relative clause are both X\'s', () => {
    const r = article(
      LEDE,
      'At least 23 people were arrested, according to police spokesperson Chanda Mwila, who said officers had acted after roads were blocked.',
    );
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.text]),
      [
        ['Chanda Mwila', 'At least 23 people were arrested'],
        ['Chanda Mwila', 'officers had acted after roads were blocked'],
      ],
    );
  });

  test('a role no one was given goes to the person named most so far; a clause after an inverted cue is no subject', () => {
    const r = article(
      LEDE,
      'Karine Mwamba won the title on Sunday. Mwamba had lost two finals before.',
      "Mwamba's rink beat Leah Ostrander's in the extra end.",
      'Ostrander said the ice had been slow.',
      'The skip, a 34-year-old physiotherapist from Ndola, said the team had considered breaking up last year.',
    );
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.text]),
      [
        ['Leah Ostrander', 'the ice had been slow'],
        ['Karine Mwamba', 'the team had considered breaking up last year'],
      ],
    );
  });

  test('a caption ending in a bracketed credit "(Source: Photographer Name)" is no story paragraph', () => {
    const r = article(
      LEDE,
      "Bronwyn Keogh says women drove for hours. (ABC South East NSW: Liam O'Sullivan)",
      'Minister Chanda Mwila said prices would fall in May.',
    );
    assert.deepEqual(names(r), ['Chanda Mwila']);
  });

  test('a two-word surname joins its full name; a municipality is an organisation; "in PLACE who" is no person', () => {
    const r = article(
      LEDE,
      'UAE captain Noor Al Marzouqi said her side was ready.',
      'Al Marzouqi said the pitch would suit spinners.',
      'Msunduzi Municipality said it had recovered the money.',
      '"We have patients in the corridors," said a nurse at a hospital in Khon Kaen who asked not to be named.',
    );
    assert.deepEqual(names(r), ['Noor Al Marzouqi']);
    assert.deepEqual(
      r.statements.slice(0, 3).map((s) => s.speaker ?? s.source),
      ['Noor Al Marzouqi', 'Noor Al Marzouqi', 'Msunduzi Municipality'],
    );
  });
});
