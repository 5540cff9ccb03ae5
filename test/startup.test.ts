// What a user sees when src/server.ts cannot start: one clear line and exit status 1.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));
// Absolute, so that a run in another working directory still finds tsx.
const tsx = import.meta.resolve('tsx');
const start = (env: Record<string, string>, cwd?: string) =>
  spawnSync(process.execPath, ['--import', tsx, server], { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60000 });

describe('start-up failures', () => {
  test('a bad configuration value stops start-up naming the variable', () => {
    const run = start({ PORT: '99999', MONGODB_URI: 'mongodb://127.0.0.1:1/x' });
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /PORT must be <= 65535/);
  });

  test('no MONGODB_URI and no MongoDB binary to be had: one line telling what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-embedded-'));
    try {
      // An empty binary cache and a mirror that refuses at once: the download fails here as on any offline machine.
      const run = start({ DATA_DIR: join(dir, 'data'), MONGOMS_DOWNLOAD_DIR: join(dir, 'bin'), MONGOMS_DOWNLOAD_MIRROR: 'http://127.0.0.1:9', HOME: dir });
      assert.equal(run.status, 1);
      const lines = run.stderr.split('\n').filter((line) => line.trim() && !/^npm warn/.test(line));
      assert.equal(lines.length, 1, run.stderr);
      assert.match(
        lines[0]!,
        /Could not start an embedded MongoDB .*Set MONGODB_URI.*`npm run db:start`.*mongodb:\/\/127\.0\.0\.1:27018\/whosaid.*`docker compose up -d mongo`/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('`cp .env.example .env && npm start`: the empty values in the template are defaults, not errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-dotenv-'));
    try {
      copyFileSync(new URL('../.env.example', import.meta.url), join(dir, '.env'));
      // No MONGODB_URI anywhere (the template leaves it empty) and no MongoDB binary to be had: start-up gets past
      // the configuration to the embedded MongoDB, which is the default an empty MONGODB_URI asks for.
      const run = start({ MONGOMS_DOWNLOAD_DIR: join(dir, 'bin'), MONGOMS_DOWNLOAD_MIRROR: 'http://127.0.0.1:9', HOME: dir }, dir);
      assert.doesNotMatch(run.stderr, /Invalid configuration/);
      assert.match(run.stderr, /Could not start an embedded MongoDB/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
