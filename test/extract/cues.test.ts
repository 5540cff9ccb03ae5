/** The cue table: forms generated from lemmas. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_PARTICIPLES, CUE_VERBS, inflect } from '../../src/extract/data/cues.js';

describe('cue verb forms', () => {
  test('regular and irregular inflection', () => {
    assert.deepEqual(inflect('say'), { lemma: 'say', third: 'says', past: 'said', participle: 'said', ing: 'saying' });
    assert.deepEqual(inflect('deny'), { lemma: 'deny', third: 'denies', past: 'denied', participle: 'denied', ing: 'denying' });
    assert.deepEqual(inflect('admit'), { lemma: 'admit', third: 'admits', past: 'admitted', participle: 'admitted', ing: 'admitting' });
    assert.deepEqual(inflect('urge'), { lemma: 'urge', third: 'urges', past: 'urged', participle: 'urged', ing: 'urging' });
    assert.equal(inflect('stress').third, 'stresses');
    assert.equal(inflect('write').participle, 'written');
  });
  test('finite forms map to their lemma; noun-like bare forms are not cues', () => {
    assert.equal(CUE_VERBS.get('highlighted'), 'highlight');
    assert.equal(CUE_VERBS.get('adds'), 'add');
    assert.equal(CUE_VERBS.get('told'), 'tell');
    assert.equal(CUE_VERBS.get('claimed'), 'claim');
    assert.equal(CUE_VERBS.has('claim'), false);
    assert.equal(CUE_VERBS.has('report'), false);
  });
  test('participles of every cue', () => {
    assert.equal(CUE_PARTICIPLES.get('urging'), 'urge');
    assert.equal(CUE_PARTICIPLES.get('vowing'), 'vow');
    assert.equal(CUE_PARTICIPLES.get('referring'), 'refer');
  });
});
