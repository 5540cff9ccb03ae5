// The matching rules of the evaluation: folding, words, token F1, best-first one-to-one pairing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fold, MATCH_THRESHOLD, nameKey, pairBestFirst, tokenF1, words } from '../../src/eval/match.js';

describe('folding', () => {
  test('case, diacritics, curly quotes, hyphens and dashes fold; punctuation stays', () => {
    assert.equal(fold('  Miroslav  LAJČÁK '), 'miroslav lajcak');
    assert.equal(fold('‘Hot spot’ – “said”'), `'hot spot' "said"`);
    assert.equal(fold('«Nein»'), '"nein"');
    assert.equal(fold('Kim Jong‑un—again'), 'kim jong un again');
    assert.equal(fold('Title.'), 'title.', 'a trailing full stop makes a different title');
    assert.equal(fold(null), '');
    assert.equal(fold(undefined), '');
  });

  test('words keep letters, digits and apostrophes, split on everything else', () => {
    assert.deepEqual(words('The minister’s “plan”, 400,000 pounds!'), ['the', "minister's", 'plan', '400', '000', 'pounds']);
    assert.deepEqual(words('— ... —'), []);
    assert.deepEqual(words('Zürich-based'), ['zurich', 'based']);
  });

  test('a name key is its folded words', () => {
    assert.equal(nameKey('Kim Jong-un'), nameKey('KIM JONG UN'));
    assert.equal(nameKey('Dr. Tomas Reyes'), 'dr tomas reyes');
  });
});

describe('token F1', () => {
  test('identical texts score 1 whatever their quote styles and case', () => {
    assert.equal(tokenF1('“We will win,” he said', '"we WILL win," he said'), 1);
  });

  test('is the F1 of the word multisets', () => {
    // 2 common words of 4 predicted and 2 gold: P 0.5, R 1, F1 2/3.
    assert.equal(tokenF1('the plan was bad', 'plan bad'), 2 / 3);
    // Repeated words count once per occurrence on each side.
    assert.equal(tokenF1('no no no', 'no'), 0.5);
    assert.equal(tokenF1('a b', 'b a'), 1);
  });

  test('is symmetric and 0 without a common word or without words', () => {
    assert.equal(tokenF1('alpha beta gamma', 'beta'), tokenF1('beta', 'alpha beta gamma'));
    assert.equal(tokenF1('alpha', 'beta'), 0);
    assert.equal(tokenF1('', 'beta'), 0);
    assert.equal(tokenF1('...', '...'), 0);
  });
});

describe('pairing', () => {
  test('best pairs first, not in reading order', () => {
    // F1: p0-g1 1, p1-g0 0.909, p0-g0 0.889, p1-g1 0.8. Taking each prediction's first match in reading
    // order would pair p0-g0 and p1-g1.
    const predicted = ['one two three four', 'one two three four five six'];
    const gold = ['one two three four five', 'one two three four'];
    const pairs = pairBestFirst(predicted, gold);
    assert.deepEqual(
      pairs.map((p) => [p.predicted, p.gold]),
      [
        [0, 1],
        [1, 0],
      ],
    );
  });

  test('each text is used once; the threshold is inclusive', () => {
    assert.equal(MATCH_THRESHOLD, 0.5);
    // F1 exactly 0.5: one common word of 1 predicted and 3 gold words.
    assert.equal(tokenF1('alpha', 'alpha beta gamma'), 0.5);
    assert.equal(pairBestFirst(['alpha'], ['alpha beta gamma']).length, 1);
    assert.equal(pairBestFirst(['alpha'], ['alpha beta gamma delta']).length, 0, 'F1 0.4 is no match');
    const pairs = pairBestFirst(['same words here', 'same words here'], ['same words here']);
    assert.deepEqual(
      pairs.map((p) => [p.predicted, p.gold]),
      [[0, 0]],
      'a duplicate prediction is left unpaired',
    );
  });

  test('ties keep predicted-then-gold order', () => {
    const pairs = pairBestFirst(['a b', 'a b'], ['a b', 'a b']);
    assert.deepEqual(
      pairs.map((p) => [p.predicted, p.gold]),
      [
        [0, 0],
        [1, 1],
      ],
    );
  });

  test('nothing to pair', () => {
    assert.deepEqual(pairBestFirst([], ['a']), []);
    assert.deepEqual(pairBestFirst(['a'], []), []);
  });
});
