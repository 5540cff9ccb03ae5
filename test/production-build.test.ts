// The container's path, short of Docker: `npm run build` compiles to dist/, plain `node dist/src/server.js`
// (no tsx) serves /healthz, and the production dependency list holds no build or dev tool.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEV_TOOLS = ['tsx', 'typescript', 'eslint', 'c8', 'esbuild'];

/** Names of every package `npm ls --omit=dev` installs, at any depth. */
function productionPackages(): Set<string> {
  const run = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const names = new Set<string>();
  const walk = (dependencies: Record<string, { dependencies?: Record<string, unknown> }> | undefined) => {
    for (const [name, entry] of Object.entries(dependencies ?? {})) {
      names.add(name);
      walk(entry.dependencies as never);
    }
  };
  walk((JSON.parse(run.stdout) as { dependencies?: never }).dependencies);
  return names;
}

describe('production build', () => {
  test('the production dependency list has no tsx, typescript or eslint', () => {
    const names = productionPackages();
    assert.ok(names.has('fastify'), 'npm ls listed the production dependencies');
    assert.deepEqual(
      DEV_TOOLS.filter((name) => names.has(name)),
      [],
    );
  });

  test('the Dockerfile runs the build with plain node and production dependencies only', () => {
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    assert.match(dockerfile, /RUN npm run build/);
    assert.match(dockerfile, /npm ci --omit=dev/);
    assert.doesNotMatch(dockerfile, /tsx/);
    assert.match(dockerfile, /CMD \["node", "dist\/src\/server\.js"\]/);
  });

  test('npm run build, then node dist/src/server.js answers 200 on /healthz', { timeout: 180000 }, async () => {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const uri = await testDatabaseUri('production_build');
    const server = spawn(process.execPath, ['dist/src/server.js'], {
      cwd: root,
      env: { PATH: process.env.PATH, MONGODB_URI: uri, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'true', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /"api":"(http:\/\/[^"]+)"/.exec(output);
          if (match) resolve(match[1]!);
        });
        server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
      });
      const health = await fetch(`${address}/healthz`);
      assert.equal(health.status, 200, await health.text());
      // The seed articles travelled with the build: the compiled server seeded the empty database.
      const statements = (await (await fetch(`${address}/v1/statements?speaker=Antonov`)).json()) as { data: unknown[] };
      assert.ok(statements.data.length > 0, 'seeded statements served from the build');
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('close', resolve));
      await dropDatabase(uri);
    }
  });
});
