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
    assert.equal(r.statements.every((s) => s.speaker === 'Marcus T. Whitfield'), true);
  });
});
