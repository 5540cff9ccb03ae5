// The eval command: default folder, text and JSON output, floors and exit statuses, bad annotations.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkFloors, toFloors } from '../../src/eval/floors.js';
import type { Summary } from '../../src/eval/score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'whosaid-eval-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function evaluate(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/eval/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
}

let floorFiles = 0;
function writeFloors(floors: Record<string, number>): string {
  const file = join(scratch, `floors-${++floorFiles}.json`);
  writeFileSync(file, JSON.stringify({ floors }));
  return file;
}

describe('npm run eval', () => {
  test('with no folder, scores the example articles and prints the table; verbose names what went wrong', () => {
    const res = evaluate('--verbose');
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /test\/corpus.*: 4 articles, 31 annotated statements/);
    for (const measure of [
      'statements end-to-end F1',
      'reported-speech (indirect) recall',
      'direct-quote recall',
      'speaker accuracy on found statements',
      'people F1',
      'title / outlet / date correct',
    ]) {
      assert.ok(res.stdout.includes(measure), measure);
    }
    assert.match(res.stdout, /^40\d_[\w-]+\.txt {2}\(statements: /m, 'a section per article with something wrong');
  });

  test('--json prints the figures alone on stdout; floors pass at or below them, fail above', () => {
    const res = evaluate('test/corpus', '--json');
    assert.equal(res.status, 0, res.stderr);
    const summary = JSON.parse(res.stdout) as Summary;
    assert.equal(summary.articles, 4);
    const f1 = summary.statementEndToEnd.f1;
    const pass = evaluate('test/corpus', '--json', '--floors', writeFloors({ 'statementEndToEnd.f1': f1, 'people.f1': 0 }));
    assert.equal(pass.status, 0, pass.stderr);
    assert.deepEqual(JSON.parse(pass.stdout), summary, 'floors do not change the figures');
    const fail = evaluate('test/corpus', '--json', '--floors', writeFloors({ 'statementEndToEnd.f1': Math.min(1, f1 + 0.001), 'articleFields.title': 0 }));
    assert.equal(fail.status, 1);
    assert.match(fail.stderr, /below floor: statementEndToEnd\.f1 is [\d.]+, floor/);
    assert.doesNotMatch(fail.stderr, /articleFields\.title/);
  });

  test('the repository floors name figures the summary has', () => {
    const floors = toFloors(JSON.parse(readFileSync(join(root, 'test/eval-floors.json'), 'utf8')), 'test/eval-floors.json');
    const summary = JSON.parse(evaluate('--json').stdout) as Summary;
    assert.deepEqual(checkFloors(summary, { floors: Object.fromEntries(Object.keys(floors.floors).map((k) => [k, 0])) }), []);
  });

  test('a bad annotation, an empty folder or a bad option: exit status 2 and a message', () => {
    const dir = mkdtempSync(join(scratch, 'bad-'));
    copyFileSync(join(root, 'test/corpus/401_portvale-night-ferry.txt'), join(dir, '401.txt'));
    const empty = evaluate(dir);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /no annotations \(\*\.json\)/);
    writeFileSync(join(dir, '401.json'), JSON.stringify({ file: '401.txt', article: { title: 'T' }, people: [], statements: [{ text: 'x' }] }));
    const bad = evaluate(dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /401\.json: not an annotation \(\/article must have required properties outlet/);
    writeFileSync(join(dir, '401.json'), '{ not json');
    assert.match(evaluate(dir).stderr, /401\.json: .*JSON/);
    const option = evaluate('--bogus');
    assert.equal(option.status, 2);
    assert.match(option.stderr, /usage: npm run eval/);
  });
});
