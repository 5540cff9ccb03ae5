// Scoring extraction output against annotations: article fields, people, statements, corpus figures, floors.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkFloors, toFloors } from '../../src/eval/floors.js';
import { scoreArticle, scoreCorpus } from '../../src/eval/score.js';
import { gold, goldStatement, output, person, statement } from './helpers.js';

describe('article fields', () => {
  test('title folds case and quotes, outlet may be an alternative, the date compares the day', () => {
    const g = gold({
      file: 'a.txt',
      article: {
        title: 'Kyiv’s “long night”',
        outlet: 'TASS',
        outlet_alternatives: ['TASS Russian News Agency'],
        published: '2023-09-14',
        dateline: 'WASHINGTON',
      },
    });
    const row = scoreArticle(
      g,
      output('a.txt', {
        article: { title: `KYIV'S "LONG NIGHT"`, outlet: 'tass russian news agency', publishedAt: '2023-09-14T22:29', dateline: 'Washington' },
      }),
    );
    assert.deepEqual(Object.fromEntries(Object.entries(row.article).map(([k, v]) => [k, v.ok])), { title: true, outlet: true, date: true, dateline: true });
    const wrong = scoreArticle(g, output('a.txt', { article: { title: 'Kyiv’s long night', outlet: 'Reuters', publishedAt: '2023-09-15', dateline: null } }));
    assert.deepEqual(Object.fromEntries(Object.entries(wrong.article).map(([k, v]) => [k, v.ok])), {
      title: false,
      outlet: false,
      date: false,
      dateline: false,
    });
    assert.deepEqual(wrong.article.date, { ok: false, got: '2023-09-15', want: '2023-09-14' });
  });

  test('null matches null: no date, no dateline, no outlet', () => {
    const g = gold({ file: 'a.txt', article: { title: 'T', outlet: null, published: null, dateline: null } });
    const row = scoreArticle(g, output('a.txt', { article: { title: 'T', outlet: null, publishedAt: null, dateline: null } }));
    assert.ok(Object.values(row.article).every((check) => check.ok));
    const guessed = scoreArticle(g, output('a.txt', { article: { title: 'T', outlet: 'X', publishedAt: '2025-01-01', dateline: 'Paris' } }));
    assert.ok(!guessed.article.outlet.ok && !guessed.article.date.ok && !guessed.article.dateline.ok, 'a value where the page gives none is wrong');
  });
});

describe('people', () => {
  test('a predicted name matches a gold person through name or alias, each gold person once', () => {
    const g = gold({
      file: 'a.txt',
      people: [{ name: 'Kim Jong Un', aliases: ['Kim'] }, { name: 'Miroslav Lajcak', aliases: ['Miroslav Lajčák'] }, { name: 'Ana Lindqvist' }],
    });
    const row = scoreArticle(g, output('a.txt', { people: [person('Kim Jong-un'), person('Kim'), person('Miroslav Lajčák'), person('Piet Halloran')] }));
    // "Kim" names the same gold person again: not a second hit, a spurious name.
    assert.deepEqual(row.people, { tp: 2, fp: ['kim', 'piet halloran'], fn: ['Ana Lindqvist'] });
  });

  test('the same predicted name twice counts once', () => {
    const g = gold({ file: 'a.txt', people: [{ name: 'Ana Lindqvist' }] });
    assert.deepEqual(scoreArticle(g, output('a.txt', { people: [person('Ana Lindqvist'), person('ANA LINDQVIST')] })).people, { tp: 1, fp: [], fn: [] });
  });
});

describe('statements', () => {
  const g = gold({
    file: 'a.txt',
    people: [{ name: 'Elena Varga', aliases: ['Varga', 'Mayor Varga'] }],
    statements: [
      goldStatement('Elena Varga', 'We heard the islanders loud and clear', 'direct'),
      goldStatement(null, 'the decision did not affect the daytime service', 'indirect', 'council spokesperson'),
      goldStatement('Elena Varga', 'the council would review the timetable in the autumn', 'indirect'),
    ],
  });

  test('speaker through the gold name or an alias; null must match null', () => {
    const row = scoreArticle(
      g,
      output('a.txt', {
        statements: [
          statement('Mayor Varga', '“We heard the islanders loud and clear,”'),
          statement(null, 'the decision did not affect the daytime service', 'indirect', 'the council'),
          statement('Elena Varga', 'that the council would review the timetable', 'indirect'),
        ],
      }),
    );
    assert.equal(row.statements.matched, 3);
    assert.equal(row.statements.speakerOk, 3);
    assert.deepEqual(row.statements.missed, []);
    assert.deepEqual(row.statements.spurious, []);
  });

  test('a named speaker for an unnamed source, or the wrong person, is a wrong speaker', () => {
    const row = scoreArticle(
      g,
      output('a.txt', {
        statements: [
          statement('Idris Mabry', 'We heard the islanders loud and clear'),
          statement('Elena Varga', 'the decision did not affect the daytime service', 'indirect'),
          statement(null, 'the council would review the timetable in the autumn', 'indirect', 'council'),
        ],
      }),
    );
    assert.equal(row.statements.matched, 3);
    assert.equal(row.statements.speakerOk, 0);
    assert.equal(row.statements.wrongSpeaker.length, 3);
  });

  test('texts under the threshold are a miss and a spurious statement', () => {
    const row = scoreArticle(g, output('a.txt', { statements: [statement('Elena Varga', 'islanders were loud today but nobody heard a thing')] }));
    assert.equal(row.statements.matched, 0);
    assert.equal(row.statements.missed.length, 3);
    assert.equal(row.statements.spurious.length, 1);
  });
});

describe('corpus figures', () => {
  const g1 = gold({
    file: 'a.txt',
    people: [{ name: 'Elena Varga', aliases: ['Varga'] }],
    statements: [
      goldStatement('Elena Varga', 'one two three four'),
      goldStatement('Elena Varga', 'five six seven eight', 'indirect'),
      { speaker: 'Elena Varga', text: 'nine ten eleven' },
    ],
  });
  const g2 = gold({
    file: 'b.txt',
    article: { title: 'B', outlet: null, published: null, dateline: null },
    statements: [goldStatement(null, 'alpha beta gamma', 'indirect', 'officials')],
  });

  test('precision, recall, F1, per kind (a missing kind is direct), article fields, rounded to three places', () => {
    const report = scoreCorpus(
      [g1, g2],
      [
        output('a.txt', {
          people: [person('Varga'), person('Kell Island')],
          statements: [
            statement('Varga', 'one two three four'),
            statement('Someone', 'five six seven eight', 'indirect'),
            statement('Varga', 'unrelated words entirely'),
          ],
        }),
        output('b.txt', { article: { title: 'B', outlet: null, publishedAt: null }, statements: [statement(null, 'alpha beta gamma', 'indirect')] }),
      ],
    );
    const s = report.summary;
    assert.equal(s.articles, 2);
    assert.deepEqual(s.missingFiles, []);
    // a.txt: title, outlet, date right (defaults), dateline null = null; b.txt: all four right.
    assert.deepEqual(s.articleFields, { title: 1, outlet: 1, date: 1, dateline: 1 });
    assert.deepEqual(s.people, { p: 0.5, r: 1, f1: 0.667 });
    // 3 of 4 predicted found (gold 4): P 0.75, R 0.75; 2 with the right speaker: P 0.5, R 0.5.
    assert.deepEqual(s.statementDetection, { p: 0.75, r: 0.75, f1: 0.75 });
    assert.deepEqual(s.statementEndToEnd, { p: 0.5, r: 0.5, f1: 0.5 });
    assert.equal(s.speakerAccuracyOnMatched, 0.667);
    assert.deepEqual(s.byKind, { direct: { gold: 2, recall: 0.5, e2eRecall: 0.5 }, indirect: { gold: 2, recall: 1, e2eRecall: 0.5 } });
  });

  test('an annotated file with no extraction is missing and counts as nothing found', () => {
    const report = scoreCorpus([g1, g2], [output('b.txt', { article: { title: 'B', outlet: null, publishedAt: null } })]);
    assert.deepEqual(report.summary.missingFiles, ['a.txt']);
    assert.equal(report.rows[0]!.statements.missed.length, 3);
    assert.deepEqual(report.summary.articleFields, { title: 0.5, outlet: 0.5, date: 0.5, dateline: 1 });
  });

  test('a text the extractor refused is scored as an empty extraction, not as missing', () => {
    const report = scoreCorpus([g2], [{ file: 'b.txt', error: { code: 'EMPTY', message: 'no text' } }]);
    assert.deepEqual(report.summary.missingFiles, []);
    assert.equal(report.rows[0]!.error, 'EMPTY: no text');
    assert.equal(report.rows[0]!.article.title.ok, false);
    assert.equal(report.rows[0]!.article.outlet.ok, true, 'no outlet annotated, none extracted');
  });

  test('nothing annotated and nothing extracted: zeros, no division by zero', () => {
    const report = scoreCorpus([gold({ file: 'c.txt' })], [output('c.txt')]);
    const s = report.summary;
    assert.deepEqual(s.statementEndToEnd, { p: 0, r: 0, f1: 0 });
    assert.equal(s.speakerAccuracyOnMatched, 0);
    assert.deepEqual(s.byKind, {});
    assert.deepEqual(scoreCorpus([], []).summary.articleFields, { title: 0, outlet: 0, date: 0, dateline: 0 });
  });
});

describe('floors', () => {
  const summary = scoreCorpus([gold({ file: 'c.txt' })], [output('c.txt', { article: { title: 'Other' } })]).summary;

  test('a figure below its floor, or not in the summary, fails; at the floor passes', () => {
    const floors = toFloors(
      { floors: { 'articleFields.outlet': 1, 'articleFields.title': 0.5, 'statementEndToEnd.f1': 0, 'statementEndToEnd.fl': 0.1 } },
      'floors.json',
    );
    assert.deepEqual(checkFloors(summary, floors), [
      { figure: 'articleFields.title', floor: 0.5, actual: 0 },
      { figure: 'statementEndToEnd.fl', floor: 0.1, actual: null },
    ]);
  });

  test('a floors file must map figures to numbers in [0, 1]', () => {
    assert.throws(() => toFloors({ floors: { 'people.f1': 2 } }, 'floors.json'), /floors\.json: not a floors file/);
    assert.throws(() => toFloors({ 'people.f1': 0.5 }, 'floors.json'), /not a floors file/);
  });
});
