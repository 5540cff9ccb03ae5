/** Resolution: "he" and "she" skip a nearer person of the other gender. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionResult } from '../../src/extract/index.js';
import { article } from './helpers.js';

const speakers = (r: ExtractionResult): (string | null)[] => r.statements.map((s) => s.speaker);
const LEDE = 'KISUMU (Wire) — The clinic reopened on Tuesday after a week of repairs.';

describe('gender in pronoun resolution', () => {
  test('"She said" after a man was named goes to the woman named before him (gender from "NAME did X. She ...")', () => {
    const r = article(
      LEDE,
      'Health Minister Wambui Otieno said the vaccine would arrive on Friday.',
      'Otieno visited the ward on Monday. She was accompanied by the governor.',
      'Her visit came a day after the regional director, Dr. Samuel Kiprono, warned that the rains could spread the outbreak.',
      'She said the first doses would go to fishing communities.',
    );
    assert.deepEqual(speakers(r), ['Wambui Otieno', 'Samuel Kiprono', 'Wambui Otieno']);
  });

  test('an honorific tells the gender ("Ms Achola ... he said" goes to the man)', () => {
    const r = article(
      LEDE,
      'Chief engineer Tom Barasa said the pumps had failed twice.',
      'Ms Achola, who runs the clinic, thanked the volunteers.',
      'He said new pumps would be fitted in May.',
    );
    assert.deepEqual(speakers(r), ['Tom Barasa', 'Tom Barasa']);
  });

  test('with no gender evidence the speaker going on is kept', () => {
    const r = article(
      LEDE,
      'Engineer Ngala Wekesa said the pumps had failed twice.',
      'Wekesa met Oduya Muli on Monday.',
      'They talked for an hour.',
      'She said new pumps would be fitted.',
    );
    assert.deepEqual(speakers(r), ['Ngala Wekesa', 'Ngala Wekesa']);
  });
});
