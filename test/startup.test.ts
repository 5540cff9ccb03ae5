// What a user sees when src/server.ts cannot start: one clear line and exit status 1.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60000 });

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
      assert.match(lines[0]!, /Could not start an embedded MongoDB .*Set MONGODB_URI.*docker compose up -d mongo/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
