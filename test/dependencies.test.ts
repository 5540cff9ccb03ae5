// The Node version package.json declares is one every installed package supports: `npm ci` prints no EBADENGINE warning.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import semver from 'semver';

const root = new URL('..', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Record<string, unknown>;

describe('dependencies', () => {
  test('every locked package accepts the lowest Node that engines.node allows', () => {
    const declared = (readJson('package.json').engines as { node: string }).node;
    const lowest = semver.minVersion(declared);
    assert.ok(lowest, declared);
    const packages = readJson('package-lock.json').packages as Record<string, { engines?: { node?: string } | string[] }>;
    const refusing = Object.entries(packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(lowest, range) ? [`${path.replace(/^.*node_modules\//, '')} wants node ${range}`] : [];
      });
    assert.deepEqual(refusing, [], `engines.node is ${declared}`);
  });

  test('npm ci prints no EBADENGINE warning on this Node', () => {
    const run = spawnSync('npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, /EBADENGINE/);
  });
});
