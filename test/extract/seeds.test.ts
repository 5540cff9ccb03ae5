/**
 * The five seed articles, with expectations written by hand from reading
 * each article (not from the program's output).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractBatch, type ExtractionResult } from '../../src/extract/index.js';
import { assertStatements, countBySpeaker, person } from './helpers.js';

const dir = fileURLToPath(new URL('../../seed/articles/', import.meta.url));
const files = ['000_5737fbf914914f1a.txt', '001_88038d95cafbbf4e.txt', '002_9a85540538046ec8.txt', '003_8d983231c71b7538.txt', '004_a8e3a4fae1041a4b.txt'];
const raws = files.map((f) => readFileSync(dir + f, 'utf8'));
// As the CLI does: the whole batch, so year-less datelines can use sibling articles.
const batch = extractBatch(files.map((file, i) => ({ file, raw: raws[i] ?? '' })));
function result(i: number): ExtractionResult {
  const r = batch[i];
  assert.ok(r && !('error' in r));
  return r;
}

const ANTONOV = 'Anatoly Antonov';

describe('seed 000 (TASS, year-less dateline)', () => {
  const r = result(0);
  test('article', () => {
    assert.equal(r.article.title, 'Russian diplomat slams US for presenting Russia-DPRK dialogue as factor of instability');
    assert.equal(r.article.outlet, 'TASS');
    assert.equal(r.article.dateline, 'Washington');
    assert.equal(r.article.publishedAt, '2023-09-14');
    assert.equal(r.article.yearInferred, true);
    assert.equal(r.article.datePrecision, 'day');
    assert.equal(r.article.language, 'en');
    assert.match(r.article.standfirst ?? '', /^Russian Ambassador to Washington Anatoly Antonov believes/);
    // Chrome and photo captions are gone; the six story paragraphs remain.
    assert.equal(r.article.paragraphs.length, 6);
    assert.ok(r.article.paragraphs[0]?.startsWith('WASHINGTON, September 14. /TASS/.'));
    assert.ok(!r.article.paragraphs.some((p) => /All news|Bobylev|©/.test(p)));
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), [ANTONOV, 'Kim Jong Un', 'Vladimir Putin']);
    assert.deepEqual(person(r, ANTONOV).roles, ['Russian Ambassador to the United States']);
    assert.equal(person(r, ANTONOV).affiliation, 'Russia');
    assert.ok(person(r, 'Kim Jong Un').aliases.includes('Kim'));
    assert.ok(person(r, 'Kim Jong Un').roles.includes('North Korean Leader'));
    assert.ok(person(r, 'Vladimir Putin').roles.includes('Russian President'));
  });
  test('statements', () => {
    assertStatements(r, [
      [ANTONOV, 'indirect', 'The United States is seeking to picture'],
      [ANTONOV, 'direct', 'The U.S. has no right to lecture us'],
      [ANTONOV, 'direct', 'How should we then regard'],
      [ANTONOV, 'indirect', 'the United States’ janus-faced approach'],
      [ANTONOV, 'direct', 'Washington’s hypocrisy is no longer a surprise'],
      [ANTONOV, 'direct', 'It is high time for Washington'],
    ]);
    assert.deepEqual(countBySpeaker(r), { [`${ANTONOV}/indirect`]: 2, [`${ANTONOV}/direct`]: 4 });
    assert.equal(r.statements[1]?.cue, 'was quoted as saying');
    assert.equal(r.statements[1]?.speakerMention, 'he');
  });
  test('alone, without batch context, the year stays unknown (never today)', () => {
    const alone = extractArticle(raws[0] ?? '');
    assert.equal(alone.article.publishedAt, null);
    assert.deepEqual(alone.article.dateParts, { year: null, month: 9, day: 14 });
    const hinted = extractArticle(raws[0] ?? '', { publishedAtHint: '2023-09-15' });
    assert.equal(hinted.article.publishedAt, '2023-09-14');
    assert.equal(hinted.article.yearInferred, true);
  });
});

describe('seed 001 (Sputnik Africa)', () => {
  const r = result(1);
  test('article', () => {
    assert.equal(r.article.title, "US Shows 'Duplicity' When Assessing Kim Jong Un's Visit to Russia: Russian Ambassador");
    assert.equal(r.article.outlet, 'Sputnik Africa');
    assert.equal(r.article.originalSource, 'Sputnik');
    assert.equal(r.article.publishedAt, '2023-09-14');
    assert.equal(r.article.dateline, 'Washington');
    const body = r.article.paragraphs.join('\n');
    for (const chrome of ['Subscribe', 'Newsfeed', 'Features', 'Despite All Odds', 'mediabank', '1920, 13.09.2023']) assert.ok(!body.includes(chrome), chrome);
    assert.equal(r.article.paragraphs.length, 11);
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), [
      'Alexander Matsegora',
      ANTONOV,
      'Biden',
      'Kim Jong Un',
      'Maria Zakharova',
      'Matthew Miller',
      'Vladimir Putin',
    ]);
    assert.ok(person(r, ANTONOV).aliases.includes('Antonov'));
    assert.deepEqual(person(r, ANTONOV).roles, ['Russian Ambassador to the United States']);
    assert.deepEqual(person(r, 'Matthew Miller').roles, ['US State Department Spokesperson']);
    assert.equal(person(r, 'Matthew Miller').affiliation, 'US State Department');
    assert.deepEqual(person(r, 'Alexander Matsegora').roles, ['Russian Ambassador to North Korea']);
    assert.equal(person(r, 'Maria Zakharova').affiliation, 'Russian Foreign Ministry');
    for (const notPerson of ['White House', 'Vostochny Cosmodrome', 'Asia Pacific', 'Kiev']) assert.ok(!r.people.some((p) => p.name.includes(notPerson)));
  });
  test('statements', () => {
    assertStatements(r, [
      [ANTONOV, 'indirect', "Washington's assessments of North Korean leader"],
      [ANTONOV, 'indirect', 'Moscow will decide for itself'],
      [ANTONOV, 'direct', 'The US has no right to teach us', 'the Russian Embassy'],
      [ANTONOV, 'direct', 'Attempts to present productive'],
      [ANTONOV, 'indirect', 'the Americans do not shy away'],
      [ANTONOV, 'indirect', "Washington's delivery of weaponry"],
      [ANTONOV, 'direct', "Washington's duplicity has not surprised us"],
      [ANTONOV, 'indirect', 'Moscow may face a new round'],
      [ANTONOV, 'direct', 'However, with thousands of restrictions'],
      [ANTONOV, 'indirect', 'the time has come for Washington'],
      [ANTONOV, 'indirect', 'it will no longer be possible'],
      ['Matthew Miller', 'indirect', 'the US would closely watch'],
      [null, 'indirect', 'claims by Western media', 'North Korea'],
      [null, 'indirect', 'Pyongyang had never had arms deals', 'The spokesperson for the North Korean Foreign Ministry'],
      ['Alexander Matsegora', 'indirect', 'any arms deliveries to Russia'],
      ['Maria Zakharova', 'indirect', 'alleged arms deliveries by North Korea'],
    ]);
    // "duplicity" is a scare quote inside Antonov's reported clause, not a separate quote.
    assert.ok(r.statements[0]?.text.includes('"duplicity"'));
    assert.equal(r.statements[2]?.speakerMention, 'Antonov');
    assert.equal(r.statements[4]?.speakerMention, 'The ambassador');
    assert.deepEqual(r.statements[4]?.quotedFragments, ['the Americans do not shy away from violating their commitments']);
  });
});

describe('seed 002 (Sputnik || Shining BD)', () => {
  const r = result(2);
  test('article', () => {
    assert.equal(r.article.title, 'Putin’s visits to North Korea, Vietnam show failure of US policy: Ambassador');
    assert.equal(r.article.outlet, 'Shining BD');
    assert.equal(r.article.publisher, 'Shining BD');
    assert.equal(r.article.originalSource, 'Sputnik');
    assert.equal(r.article.publishedAt, '2024-06-23T05:34:23');
    assert.equal(r.article.datePrecision, 'second');
    assert.equal(r.article.yearInferred, false);
    assert.equal(r.article.dateline, null);
    assert.deepEqual(r.article.subheadings, [
      "US 'Shivering' From Russia's Successes",
      'Russia will not discuss arms control with US separately from other issues',
    ]);
    assert.equal(r.article.paragraphs.length, 12);
    assert.ok(!r.article.paragraphs.includes('Shining BD'));
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), [ANTONOV, 'Vladimir Putin']);
    assert.ok(person(r, 'Vladimir Putin').aliases.includes('Vladimir Vladimirovich Putin'));
    assert.deepEqual(person(r, ANTONOV).roles, ['Russian Ambassador to the United States']);
  });
  test('statements', () => {
    assertStatements(r, [
      [ANTONOV, 'indirect', 'The visits by Russian President Vladimir Putin'],
      [ANTONOV, 'direct', "Vladimir Vladimirovich Putin's visit"],
      [ANTONOV, 'indirect', 'The US authorities are “shivering”'],
      [ANTONOV, 'direct', 'You see that the [US] administration'],
      [ANTONOV, 'indirect', 'he sees no prospects'],
      [ANTONOV, 'direct', 'I would like you to understand'],
      [ANTONOV, 'indirect', 'Russia is not evading dialogue'],
      [null, 'indirect', 'the United States is open to talks', 'the US National Security Council'],
      [ANTONOV, 'direct', 'Our position in this regard'],
      [ANTONOV, 'indirect', 'It is impossible to resolve the issue of disarmament'],
      [ANTONOV, 'indirect', 'in the coming days he will have a meeting'],
      [ANTONOV, 'direct', 'In the coming days, I have a meeting'],
    ]);
    assert.deepEqual(countBySpeaker(r), { [`${ANTONOV}/indirect`]: 6, [`${ANTONOV}/direct`]: 5, 'null/indirect': 1 });
    assert.equal(r.statements[9]?.speakerMention, 'the diplomat');
    assert.equal(r.statements[1]?.cue, 'told reporters');
    assert.deepEqual(r.statements[1]?.mentions, ['Vladimir Putin']);
  });
});

describe('seed 003 (TASS, expert named after the lead)', () => {
  const r = result(3);
  const T = 'Georgy Toloraya';
  test('article', () => {
    assert.equal(r.article.title, "Washington's actions show US needs no real dialogue with Pyongyang, Russian expert notes");
    assert.equal(r.article.outlet, 'TASS');
    assert.equal(r.article.dateline, 'Moscow');
    // August 10 on a Friday, near the years named in the text: 2018.
    assert.equal(r.article.publishedAt, '2018-08-10');
    assert.equal(r.article.yearInferred, true);
    assert.equal(r.article.paragraphs.length, 9);
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), ['Donald Trump', T, 'Kim Jong-un', 'Michael Pompeo', 'Nikki Haley']);
    assert.ok(person(r, T).roles.some((x) => x.startsWith('Director of the Center for Russia’s Strategy in Asia')));
    assert.deepEqual(person(r, 'Nikki Haley').roles, ['US Permanent Representative to the United Nations']);
    assert.deepEqual(person(r, 'Michael Pompeo').roles, ['Secretary of State']);
    assert.deepEqual(person(r, 'Donald Trump').roles, ['US President']);
  });
  test('statements', () => {
    assertStatements(r, [
      [T, 'indirect', 'The United States’ diplomacy is obviously seeking'],
      [T, 'direct', 'The US administration and diplomacy'],
      [T, 'direct', 'The Americans are going to all lengths'],
      [T, 'direct', 'Thus, the US media are silent'],
      [T, 'direct', 'Everything is being done'],
      [T, 'indirect', 'the US’ pressure on North Korea'],
      [T, 'direct', 'They are seeking to hype a myth'],
      [T, 'direct', 'Leading global media'],
      [T, 'direct', 'Thus, such allegations are backed'],
      [T, 'indirect', 'Such allegations, according to the expert'],
      [T, 'direct', 'For instance, such topic'],
      [T, 'direct', 'Notably, many of North Korean workers'],
      [T, 'direct', 'acting in bypassing of the United Nations'],
      [T, 'direct', 'As a matter of fact, Khasan'],
      [T, 'direct', 'Other numerous ungrounded accusations'],
    ]);
    assert.equal(r.statements[0]?.speakerMention, 'a Russian expert');
    assert.equal(r.statements[0]?.cue, 'told TASS');
    assert.deepEqual(r.statements[8]?.mentions, ['Nikki Haley', 'Michael Pompeo']);
  });
});

describe('seed 004 (OREANDA-NEWS, paragraphs printed twice)', () => {
  const r = result(4);
  test('article', () => {
    assert.equal(r.article.title, 'The White House expressed concern about the relations between Russia and North Korea');
    assert.equal(r.article.outlet, 'OREANDA-NEWS');
    assert.equal(r.article.publishedAt, '2024-06-17T22:29');
    assert.equal(r.article.datePrecision, 'minute');
    // Seven paragraphs; the repeated six and the trailing "Комментарии" are gone.
    assert.equal(r.article.paragraphs.length, 7);
    assert.ok(!r.article.paragraphs.some((p) => p.includes('Комментарии')));
  });
  test('people', () => {
    assert.deepEqual(r.people.map((p) => p.name).sort(), [
      'Alexander Matsegora',
      'John Kirby',
      'Kwon Jung-geun',
      'Pyotr Ilyichev',
      'Vladimir Putin',
      'Yuri Ushakov',
    ]);
    assert.equal(person(r, 'John Kirby').affiliation, 'National Security Council');
    assert.deepEqual(person(r, 'Alexander Matsegora').roles, ['Russian Ambassador to North Korea']);
    assert.deepEqual(person(r, 'Yuri Ushakov').roles, ['Russian Presidential Aide']);
    assert.equal(person(r, 'Kwon Jung-geun').affiliation, 'North Korean Foreign Ministry');
    assert.ok(!r.people.some((p) => /RIA|Novosti|Council|House/.test(p.name)));
  });
  test('statements', () => {
    assertStatements(r, [
      ['John Kirby', 'indirect', 'The United States is not concerned'],
      ['Yuri Ushakov', 'indirect', 'Russian President Vladimir Putin will arrive in Pyongyang'],
      ['John Kirby', 'direct', 'We are not worried about this trip'],
      ['John Kirby', 'indirect', 'the United States does not yet see'],
      [null, 'indirect', 'Russia allegedly used weapons', 'The foreign ministers of a number of US allies'],
      [null, 'indirect', 'statements by Western media', 'North Korea'],
      [null, 'indirect', 'the DPRK has never had any arms deals', 'A representative of the North Korean Foreign Ministry'],
      ['Kwon Jung-geun', 'indirect', 'the United States "stupidly" tried'],
      ['Alexander Matsegora', 'indirect', 'there is no talk of supplying North Korea'],
      ['Pyotr Ilyichev', 'indirect', 'UN experts monitoring possible violations'],
      ['Pyotr Ilyichev', 'indirect', 'Russia is responsible for its international obligations'],
    ]);
    assert.equal(r.statements[9]?.cue, 'told RIA Novosti');
    assert.equal(r.statements[10]?.cue, 'according to');
  });
});
