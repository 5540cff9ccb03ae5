// The scripts a developer runs beside the API: the CI port probe and the local FerretDB.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const root = new URL('..', import.meta.url);

async function holdPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as AddressInfo).port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('.ci/free-port.mjs', () => {
  test('a taken port: another free port, and nothing on stderr', async () => {
    const held = await holdPort();
    try {
      const run = spawnSync(process.execPath, ['.ci/free-port.mjs', String(held.port)], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      const port = Number(run.stdout.trim());
      assert.ok(Number.isInteger(port) && port > 0 && port !== held.port, run.stdout);
    } finally {
      await held.release();
    }
  });

  test('a free port: that port', async () => {
    const held = await holdPort();
    await held.release();
    const run = spawnSync(process.execPath, ['.ci/free-port.mjs', String(held.port)], { cwd: root, encoding: 'utf8' });
    assert.equal(run.stdout.trim(), String(held.port));
  });
});

describe('test/ferretdb/db.sh', () => {
  test('the README section its header points to exists', () => {
    const script = readFileSync(new URL('test/ferretdb/db.sh', root), 'utf8');
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const sections = [...script.matchAll(/README "([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(sections.length > 0);
    for (const section of sections) assert.match(readme, new RegExp(`^#+ ${section}$`, 'm'), section);
  });

  test('Ctrl-C on the terminal that started it does not stop FerretDB', async () => {
    const state = mkdtempSync(join(tmpdir(), 'whosaid-dbsh-'));
    const held = await holdPort();
    await held.release();
    const env = { ...process.env, FERRETDB_PORT: String(held.port), FERRETDB_STATE_DIR: state };
    const db = (command: string) => spawnSync('bash', ['test/ferretdb/db.sh', command], { cwd: root, env, encoding: 'utf8' });
    try {
      // As a terminal runs `npm run db:start && npm start`: one process group, which Ctrl-C signals as a whole.
      const session = spawn('bash', ['-c', 'bash test/ferretdb/db.sh start && echo started && exec sleep 60'], {
        cwd: root,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      session.stdout.setEncoding('utf8');
      for await (const chunk of session.stdout) {
        out += chunk;
        if (out.includes('started')) break;
      }
      // Ctrl-C reaches the terminal's foreground process group: FerretDB must not be in it (nor in its session).
      const pid = readFileSync(join(state, `ferretdb-${held.port}.pid`), 'utf8').trim();
      const [, , pgrp, sid] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      assert.notEqual(Number(pgrp), session.pid, 'FerretDB is in the process group Ctrl-C signals');
      assert.notEqual(Number(sid), Number(readFileSync(`/proc/${session.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[3]), 'FerretDB shares the session');
      const exited = once(session, 'exit');
      process.kill(-session.pid!, 'SIGINT');
      await exited;
      const status = db('status');
      assert.equal(status.status, 0, `db.sh status after Ctrl-C: ${status.stdout}${status.stderr}`);
      assert.match(status.stdout, /^running/);
    } finally {
      db('stop');
      rmSync(state, { recursive: true, force: true });
    }
  });
});
