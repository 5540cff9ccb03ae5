/** People stage: who counts as a person, on small invented articles. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractionResult } from '../../src/extract/index.js';

const article = (...paras: string[]): ExtractionResult => extractArticle(['A headline for the test', ...paras].join('\n\n'));
const names = (r: ExtractionResult): string[] => r.people.map((p) => p.name);

describe('people stage', () => {
  test('an outlet from the outlet table is not a person, even beside a cue', () => {
    const r = article('Senator Jane Doe met the envoy on Monday, Politico reported.', 'Al-Monitor said the talks lasted an hour.');
    assert.deepEqual(names(r), ['Jane Doe']);
  });
  test('a middle initial stays inside the name and the surname still refers back', () => {
    const r = article('Sen. Marcus T. Whitfield said the plan was sound.', 'Whitfield added that a vote would follow.');
    assert.deepEqual(names(r), ['Marcus T. Whitfield']);
    assert.equal(
      r.statements.every((s) => s.speaker === 'Marcus T. Whitfield'),
      true,
    );
  });
});

describe('resolution: definite role nouns', () => {
  const speakerOf = (r: ExtractionResult, words: string): string | null | undefined => r.statements.find((s) => s.text.includes(words))?.speaker;
  test('a role noun in the lede, before anyone is named, is the next named speaker', () => {
    const r = article(
      'The river must be shared, the foreign minister of Freedonia said on Tuesday.',
      '"We will talk to everyone," Anton Brel said at a news conference.',
    );
    assert.equal(speakerOf(r, 'river must be shared'), 'Anton Brel');
  });
  test('another name in the same paragraph is someone else', () => {
    const r = article('The foreign minister of Freedonia said the river must be shared. Reporter Mia Lund said the mood was calm.');
    assert.equal(speakerOf(r, 'river must be shared'), null);
  });
  test('"Freedonia\'s top diplomat" goes on from the speaker whose role does not contradict it', () => {
    const r = article('"We will talk to everyone," Anton Brel said on Tuesday.', '"Talks are the only way," Freedonia’s top diplomat added.');
    assert.equal(speakerOf(r, 'only way'), 'Anton Brel');
  });
  test('a role noun naming another country is not a person whose role names no such country', () => {
    const r = article('Foreign Minister Anton Brel of Freedonia said talks would go on.', 'Sylvania’s foreign minister said the border would stay closed.');
    assert.equal(speakerOf(r, 'border would stay closed'), null);
  });
});

describe('attribution: "reported" after the content', () => {
  test('an outlet or a report reports; the statement has no person and the outlet as source', () => {
    const r = article(
      'The two sides agreed to hold direct talks next month, the New York Times reported on Saturday.',
      'The two sides will meet in a neutral capital, local media reported.',
    );
    assert.deepEqual(
      r.statements.map((s) => [s.speaker, s.source, s.text]),
      [
        [null, 'the New York Times', 'The two sides agreed to hold direct talks next month'],
        [null, 'local media', 'The two sides will meet in a neutral capital'],
      ],
    );
  });
  test('a person or pronoun "reported" after the content is no statement (a reporter reporting a fact)', () => {
    const r = article('Two buildings were damaged in the night, she reported from the city.');
    assert.equal(r.statements.length, 0);
  });
});
