// `npm run eval` and the reference scorer (../shared/corpus/score.mjs) give the same figures on the same
// files: on our own example articles, on the annotated corpus, and on generated corpora full of edge cases
// (ties, shared aliases, null speakers, refused and missing files, folding). Every figure of the reference
// summary and every per-article figure is compared.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { BatchOutput } from '../../src/extract/batch.js';
import type { Annotation } from '../../src/eval/annotation.js';
import { jsonRow } from '../../src/eval/report.js';
import { scoreCorpus, type Summary } from '../../src/eval/score.js';
import { output, person, statement } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCORER = join(root, '../shared/corpus/score.mjs');
const DEV = join(root, '../shared/corpus/dev');
const noScorer = existsSync(SCORER) ? false : `no reference scorer at ${SCORER}: agreement with it is not checked`;
const noDev = noScorer || (existsSync(DEV) ? false : `no annotated corpus at ${DEV}: agreement on it is not checked`);

interface ReferenceRow {
  file: string;
  missing: boolean;
  article: Record<string, boolean>;
  people: { tp: number; fp: string[]; fn: string[] };
  statements: { gold: number; pred: number; matched: number; speakerOk: number; missed: string[]; spurious: string[]; wrongSpeaker: string[] };
}
type OurRow = ReturnType<typeof jsonRow>;

const scratch = mkdtempSync(join(tmpdir(), 'whosaid-eval-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[]): string {
  const res = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(res.status, 0, `${command} ${args.join(' ')}\n${res.stderr}`);
  return res.stdout;
}

function reference(goldDir: string, predictions: unknown): { summary: Record<string, unknown>; rows: ReferenceRow[] } {
  const file = join(scratch, `pred-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(predictions));
  return JSON.parse(run('node', [SCORER, goldDir, file, '--json', '--verbose']));
}

/** Every figure of the reference, against ours; row texts as the reference writes them. */
function assertAgree(ours: { summary: Summary; rows: OurRow[] }, theirs: ReturnType<typeof reference>): void {
  for (const [key, value] of Object.entries(theirs.summary)) assert.deepEqual(ours.summary[key as keyof Summary], value, `summary.${key}`);
  assert.equal(ours.rows.length, theirs.rows.length, 'one row per annotated article');
  theirs.rows.forEach((want, i) => {
    const got = ours.rows[i]!;
    const where = `row ${want.file}`;
    assert.equal(got.file, want.file, where);
    assert.equal(got.missing, want.missing, where);
    assert.deepEqual(Object.fromEntries(Object.entries(got.article).map(([k, v]) => [k, v.ok])), want.article, `${where}: article`);
    assert.deepEqual(got.people, want.people, `${where}: people`);
    const s = got.statements;
    assert.deepEqual(
      { gold: s.gold, pred: s.pred, matched: s.matched, speakerOk: s.speakerOk },
      { gold: want.statements.gold, pred: want.statements.pred, matched: want.statements.matched, speakerOk: want.statements.speakerOk },
      `${where}: statement counts`,
    );
    assert.deepEqual(
      s.missed.map((g) => `${g.speaker}: ${g.text.slice(0, 60)}`),
      want.statements.missed,
      `${where}: missed`,
    );
    assert.deepEqual(
      s.spurious.map((p) => `${p.speaker}: ${p.text.slice(0, 60)}`),
      want.statements.spurious,
      `${where}: spurious`,
    );
    assert.deepEqual(
      s.wrongSpeaker.map((w) => `${w.predicted.speaker} ≠ ${w.gold.speaker}: ${w.gold.text.slice(0, 60)}`),
      want.statements.wrongSpeaker,
      `${where}: wrong speakers`,
    );
  });
}

/** The eval command on a folder, against parse + the reference scorer on the same texts. */
function assertCommandAgrees(dir: string): Summary {
  const ours = JSON.parse(run('npx', ['tsx', 'src/eval/cli.ts', dir, '--json', '--verbose'])) as { summary: Summary; rows: OurRow[] };
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  const parsed = JSON.parse(run('npx', ['tsx', 'src/extract/cli.ts', ...texts]));
  assertAgree(ours, reference(dir, parsed));
  return ours.summary;
}

describe('agreement with the reference scorer', () => {
  test('on the example articles (test/corpus)', { skip: noScorer }, () => {
    const summary = assertCommandAgrees(join(root, 'test/corpus'));
    assert.equal(summary.articles, 4);
  });

  test('on the annotated corpus (../shared/corpus/dev)', { skip: noDev }, () => {
    const summary = assertCommandAgrees(DEV);
    assert.ok(summary.articles >= 29);
  });

  test('on crafted cases: an alias two people share, ties between gold texts', { skip: noScorer }, () => {
    const dir = mkdtempSync(join(scratch, 'crafted-'));
    const golds: Annotation[] = [
      {
        file: 'shared-alias.txt',
        article: { title: 'T', outlet: null, published: null, dateline: null },
        people: [
          { name: 'Kim Jong Un', aliases: ['Kim'] },
          { name: 'Kim Yo Jong', aliases: ['Kim'] },
        ],
        statements: [
          { speaker: 'Kim Jong Un', text: 'we will answer' },
          { speaker: 'Kim Yo Jong', text: 'they will regret it' },
        ],
      },
      {
        file: 'ties.txt',
        article: { title: 'T', outlet: null, published: null, dateline: null },
        people: [],
        statements: [
          { speaker: 'A', text: 'one two' },
          { speaker: 'B', text: 'one three' },
        ],
      },
    ];
    golds.forEach((g) => writeFileSync(join(dir, g.file.replace('.txt', '.json')), JSON.stringify(g)));
    const outputs = [
      output('shared-alias.txt', { statements: [statement('Kim', 'we will answer'), statement('Kim', 'they will regret it')] }),
      output('ties.txt', { statements: [statement('B', 'one')] }),
    ];
    const ours = scoreCorpus(golds, outputs);
    assertAgree({ summary: ours.summary, rows: ours.rows.map(jsonRow) }, reference(dir, outputs));
  });

  test('on generated corpora of edge cases', { skip: noScorer }, () => {
    // Few words, so texts often tie or half-match; names with case, diacritic and hyphen variants.
    const word = fc.constantFrom(
      'the',
      'The',
      'plan',
      'plán',
      '“plan”',
      'well-known',
      'well known',
      'O’Brien',
      "o'brien",
      'ﬁne',
      'fine',
      '2024',
      '—',
      'no',
      'no.',
    );
    const text = fc.array(word, { minLength: 0, maxLength: 9 }).map((w) => w.join(' '));
    const name = fc.constantFrom(
      'Ana Lindqvist',
      'ANA LINDQVIST',
      'Lindqvist',
      'Piet Halloran',
      'Halloran',
      'Kim Jong-un',
      'Kim Jong Un',
      'Kim',
      'Nobody Known',
      '',
    );
    const speaker = fc.option(name, { nil: null, freq: 3 });
    const field = (...values: (string | null)[]) => fc.constantFrom(...values);
    const article = fc.record({
      title: field('Well-known “title”', 'well known "title"', 'Title.', null),
      outlet: field('TASS', 'tass', 'Reuters', null),
      outlet_alternatives: fc.constantFrom<string[] | undefined>(undefined, ['TASS Russian News Agency'], []),
      published: field('2024-06-17', '2024-06-18', null),
      dateline: field('KYIV', 'Kyiv', null),
    });
    const goldPerson = fc.record({ name: name.filter((n) => n !== ''), aliases: fc.array(name, { maxLength: 2 }) });
    const goldStatement = fc.record({ speaker, text, kind: fc.constantFrom(undefined, 'direct' as const, 'indirect' as const) });
    const prediction = fc.record({
      kind: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'error', 'missing'),
      title: field('Well—known ‘title’', 'WELL KNOWN "TITLE"', 'Title.', null),
      outlet: field('TASS', 'TASS Russian News Agency', 'Reuters', null),
      publishedAt: field('2024-06-17', '2024-06-17T22:29', '2024-06-18', null),
      dateline: field('Kyiv', null),
      people: fc.array(name, { maxLength: 4 }),
      statements: fc.array(fc.record({ speaker, text, kind: fc.constantFrom('direct' as const, 'indirect' as const) }), { maxLength: 5 }),
    });
    const corpus = fc.array(
      fc.record({ article, people: fc.array(goldPerson, { maxLength: 3 }), statements: fc.array(goldStatement, { maxLength: 5 }), prediction }),
      { minLength: 1, maxLength: 40 },
    );
    for (const seed of [1, 2, 3, 4, 5]) {
      const [generated] = fc.sample(corpus, { seed, numRuns: 1 });
      const dir = mkdtempSync(join(scratch, `gen-${seed}-`));
      const golds: Annotation[] = [];
      const outputs: BatchOutput[] = [];
      generated!.forEach((a, i) => {
        const file = `${String(i).padStart(3, '0')}.txt`;
        const { outlet_alternatives, ...fields } = a.article;
        const gold: Annotation = {
          file,
          article: { ...fields, ...(outlet_alternatives ? { outlet_alternatives } : {}) },
          people: a.people,
          statements: a.statements.map(({ kind, ...s }) => ({ ...s, ...(kind ? { kind } : {}) })),
        };
        golds.push(gold);
        writeFileSync(join(dir, `${String(i).padStart(3, '0')}.json`), JSON.stringify(gold));
        const p = a.prediction;
        if (p.kind === 'missing') return;
        if (p.kind === 'error') outputs.push({ file, error: { code: 'EMPTY', message: 'empty' } });
        else {
          outputs.push(
            output(file, {
              article: { title: p.title, outlet: p.outlet, publishedAt: p.publishedAt, dateline: p.dateline },
              people: p.people.map((n) => person(n)),
              statements: p.statements.map((s) => statement(s.speaker, s.text, s.kind)),
            }),
          );
        }
      });
      const ours = scoreCorpus(golds, outputs);
      assertAgree({ summary: ours.summary, rows: ours.rows.map(jsonRow) }, reference(dir, outputs));
    }
  });
});
