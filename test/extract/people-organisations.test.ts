/** People stage: organisations are not people, and names inside long titles start after the portfolio. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionResult } from '../../src/extract/index.js';
import { article } from './helpers.js';

const names = (r: ExtractionResult): string[] => r.people.map((p) => p.name);
const LEDE = 'BERLIN (Reuters) - Train drivers walked out on Wednesday in a dispute over working hours.';

describe('organisations and titles', () => {
  test('a name owning a board, or called "the company", is an organisation speaking with no person', () => {
    const r = article(
      LEDE,
      "Nordbahn's board member for human resources, Anja Reuther, said the union had refused to negotiate.",
      'Nordbahn said millions of passengers would be affected.',
      'Kestrel Werke, the engine maker, said output would fall.',
    );
    assert.deepEqual(names(r), ['Anja Reuther']);
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.source]),
      [
        ['Anja Reuther', null],
        [null, 'Nordbahn'],
        [null, 'Kestrel Werke'],
      ],
    );
  });
  test('the portfolio after "for"/"of" in a title is not part of the name; a lower-case portfolio keeps the title', () => {
    const r = article(
      LEDE,
      'Senior Minister of State for Transport Lim Shu Hui said buses would come every five minutes.',
      'The plan was criticised as "reckless" by Green TD and former minister for foreign affairs Charlie Flanagan.',
    );
    assert.deepEqual(names(r), ['Lim Shu Hui', 'Charlie Flanagan']);
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Lim Shu Hui', 'Charlie Flanagan'],
    );
  });
});

describe('evidence of a person', () => {
  test('a name followed by ", who" or ", whose" is a person; so is one after "Coun."', () => {
    const r = article(
      LEDE,
      'Keiko Anzai, who runs a hut at the seventh station, says the cap is overdue.',
      'Coun. Darnell Okafor-Reid said the data were clear.',
    );
    assert.deepEqual(names(r), ['Keiko Anzai', 'Darnell Okafor-Reid']);
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Keiko Anzai', 'Darnell Okafor-Reid'],
    );
  });
});

describe('street and company abbreviations', () => {
  test('"Lawrence Ave. E., said" does not end a sentence; "SBS Transit said" is an organisation', () => {
    const r = article(
      LEDE,
      'Outside city hall, Jasmine Oduya, whose son attends a school on Lawrence Ave. E., said she had waited three years for a camera.',
      'KLM Cityhopper said it had begun training more pilots.',
    );
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.source]),
      [
        ['Jasmine Oduya', null],
        [null, 'KLM Cityhopper'],
      ],
    );
  });
});
