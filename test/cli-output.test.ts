// The command-line tools on the real server: with --json stdout is the JSON summary alone (logs on stderr,
// at info level so there are some), a reader closing the pipe ends a tool quietly, and seed:synthetic
// refuses a database that holds imported articles unless --force.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import mongoose, { type Connection } from 'mongoose';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

const env = (uri: string) => ({ PATH: process.env.PATH, MONGODB_URI: uri, LOG_LEVEL: 'info' });

function run(uri: string, script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env: env(uri), encoding: 'utf8', timeout: 120000 });
}

/** The tool run with its stdout closed by the reader before it writes: its exit status and stderr. */
function runWithClosedStdout(uri: string, script: string, ...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: env(uri), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('command-line tools with --json', () => {
  let uri: string;
  before(async () => {
    uri = await testDatabaseUri('cli_output');
  });
  after(async () => {
    await dropDatabase(uri);
  });

  test('seed --json: stdout parses as the summary, the log lines are on stderr', () => {
    const seeded = run(uri, 'seed/seed.ts', '--json');
    assert.equal(seeded.status, 0, seeded.stderr);
    const summary = JSON.parse(seeded.stdout) as { articles: { inserted: number }; failures: unknown[] };
    assert.equal(summary.articles.inserted, 5);
    assert.deepEqual(summary.failures, []);
    assert.match(seeded.stderr, /"msg":"seeding"/);
  });

  test('seed --help and README document --batch-size', async () => {
    const help = run(uri, 'seed/seed.ts', '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--batch-size N +articles per batch of bulk writes \(default 5000\)/);
    const readme = await readFile('README.md', 'utf8');
    assert.match(readme, /`--batch-size N` \(seed only; default 5000\)/);
  });

  test('migrate --json: stdout parses as the status of every migration', () => {
    const migrated = run(uri, 'migrations/cli.ts', '--json');
    assert.equal(migrated.status, 0, migrated.stderr);
    const status = JSON.parse(migrated.stdout) as { applied: number; migrations: { version: number; appliedAt: string | null }[] };
    assert.equal(status.applied, 0);
    assert.ok(status.migrations.length >= 4);
    assert.ok(status.migrations.every((m) => m.appliedAt !== null));
  });

  test('parse --json: stdout parses as one extraction per file', () => {
    const parsed = run(uri, 'src/extract/cli.ts', '--json', `${SEED_ARTICLES_DIR}/000_5737fbf914914f1a.txt`);
    assert.equal(parsed.status === 0 || parsed.status === 1, true, parsed.stderr);
    assert.equal((JSON.parse(parsed.stdout) as unknown[]).length, 1);
  });

  test('a reader closing stdout ends seed, migrate and parse quietly: status 0, no stack trace', async () => {
    for (const [script, ...args] of [
      ['seed/seed.ts', '--json'],
      ['migrations/cli.ts', '--json'],
      ['src/extract/cli.ts', SEED_ARTICLES_DIR],
    ] as const) {
      const closed = await runWithClosedStdout(uri, script, ...args);
      assert.doesNotMatch(closed.stderr, STACK_FRAME, `${script}: ${closed.stderr}`);
      assert.doesNotMatch(closed.stderr, /EPIPE/, script);
      assert.equal(closed.code, 0, `${script}: ${closed.stderr}`);
    }
  });
});

describe('seed:synthetic', () => {
  let uri: string;
  let connection: Connection;
  before(async () => {
    uri = await testDatabaseUri('cli_synthetic');
    connection = await mongoose.createConnection(uri).asPromise();
  });
  after(async () => {
    await connection.close();
    await dropDatabase(uri);
  });
  const articles = () => connection.db!.collection('articles').countDocuments();

  test('into a database of its own: --json summary on stdout; one holding only synthetic data is not refused', async () => {
    for (const args of [[], ['--drop']]) {
      const generated = run(uri, 'seed/synthetic.ts', '--articles', '3', '--people', '5', '--json', ...args);
      assert.equal(generated.status, 0, generated.stderr);
      assert.equal((JSON.parse(generated.stdout) as { articles: number }).articles, 3);
      assert.equal(await articles(), 3);
    }
  });

  test('refused where imported articles are, with a message naming --force and a database of its own; --force goes on', async () => {
    await connection.db!.collection('articles').insertOne({ sourceFile: 'my-article.txt', title: 'An imported article' });
    const before = await articles();
    const refused = run(uri, 'seed/synthetic.ts', '--articles', '3', '--people', '5');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /refused: .* holds 1 imported article/);
    assert.match(refused.stderr, /--force/);
    assert.match(refused.stderr, /whosaid_synthetic/);
    assert.equal(refused.stdout, '');
    assert.equal(await articles(), before, 'nothing written');

    const refusedDrop = run(uri, 'seed/synthetic.ts', '--articles', '3', '--people', '5', '--drop');
    assert.equal(refusedDrop.status, 2);
    assert.equal(await articles(), before, '--drop alone does not drop imported articles either');

    // The generator is deterministic, so adding the same three again needs --drop (which --force then allows).
    const forced = run(uri, 'seed/synthetic.ts', '--articles', '3', '--people', '5', '--force', '--drop');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(await articles(), 3);
  });
});
