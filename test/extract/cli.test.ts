import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('CLI prints one object per file, errors in place, exit 1 when any file fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'image.bin');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const good = join(root, 'seed/articles/004_a8e3a4fae1041a4b.txt');
  const res = spawnSync('npx', ['tsx', 'src/extract/cli.ts', good, empty, join(dir, 'missing.txt'), binary], { cwd: root, encoding: 'utf8' });
  assert.equal(res.status, 1, res.stderr);
  const out = JSON.parse(res.stdout) as Array<Record<string, unknown>>;
  assert.equal(out.length, 4);
  const [first, second, third, fourth] = out;
  assert.equal(first?.file, '004_a8e3a4fae1041a4b.txt');
  assert.equal((first?.article as { outlet: string }).outlet, 'OREANDA-NEWS');
  assert.ok(Array.isArray(first?.people) && Array.isArray(first?.statements));
  assert.deepEqual(second?.file, 'empty.txt');
  assert.equal((second?.error as { code: string }).code, 'EMPTY');
  assert.equal((third?.error as { code: string }).code, 'NOT_FOUND');
  assert.equal((fourth?.error as { code: string }).code, 'BINARY');
});

test('CLI exits 0 when every file parses', () => {
  const res = spawnSync('npx', ['tsx', 'src/extract/cli.ts', join(root, 'seed/articles/000_5737fbf914914f1a.txt')], { cwd: root, encoding: 'utf8' });
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout) as Array<{ file: string; statements: unknown[] }>;
  assert.equal(out[0]?.statements.length, 6);
});
