// The attack suite's harness: the real server in its own process (so every log line it writes can be
// read), raw HTTP requests a browser or fetch would refuse to send, and a tally printed at the end.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';

export interface SpawnedApi {
  base: string;
  port: number;
  /** Every line the server wrote to stdout and stderr so far. */
  logs: string[];
  stop(): Promise<void>;
}

/** Starts src/server.ts with LOG_LEVEL=trace on a free port; resolves once it listens. */
export async function spawnApi(env: Record<string, string>): Promise<SpawnedApi> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH, PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'trace', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => logs.push(line));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in 60 s:\n${logs.join('\n')}`)), 60000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      const match = /"api":"([^"]+)"/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}:\n${logs.join('\n')}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    base,
    port: Number(new URL(base).port),
    logs,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): Record<string, unknown>;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  /** Written in chunks as given; no Content-Length unless the headers say so (chunked otherwise). */
  body?: Buffer | string | (Buffer | string)[];
}

/** One request with exactly the bytes given: paths are not re-encoded, bodies may be chunked. */
export function raw(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers: req.headers, agent: false, insecureHTTPParser: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> });
        });
        res.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    const parts = req.body === undefined ? [] : Array.isArray(req.body) ? req.body : [req.body];
    for (const part of parts) outgoing.write(part);
    outgoing.end();
  });
}

/** Counts what the suite tried and what came back; fails on a 5xx. */
export class Tally {
  cases = 0;
  readonly statuses = new Map<number, number>();
  readonly invariants: string[] = [];

  constructor(readonly name: string) {}

  /** Records a response and asserts it is no 5xx (503 included: the database is up throughout). */
  seen(res: RawResponse, what: string): RawResponse {
    this.cases++;
    this.statuses.set(res.status, (this.statuses.get(res.status) ?? 0) + 1);
    assert.ok(res.status < 500, `${what}: ${res.status} ${res.text.slice(0, 300)}`);
    return res;
  }

  /** Records a response that must be a 4xx problem+json. */
  refused(res: RawResponse, what: string): RawResponse {
    this.seen(res, what);
    assert.ok(res.status >= 400 && res.status < 500, `${what}: expected 4xx, got ${res.status} ${res.text.slice(0, 300)}`);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/, `${what}: problem+json`);
    const problem = res.json();
    assert.equal(problem.status, res.status, `${what}: problem status`);
    assert.equal(typeof problem.code, 'string', `${what}: problem code`);
    return res;
  }

  held(invariant: string): void {
    this.invariants.push(invariant);
  }

  print(): void {
    const byClass = (lo: number) => [...this.statuses].filter(([s]) => s >= lo && s < lo + 100).reduce((n, [, c]) => n + c, 0);
    const statuses = [...this.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(`\n${this.name}: ${this.cases} cases tried; ${byClass(200)} × 2xx, ${byClass(400)} × 4xx, ${byClass(500)} × 5xx (${statuses})`);
    console.log(`${this.name}: ${this.invariants.length} invariants held:\n${this.invariants.map((i) => `  - ${i}`).join('\n')}\n`);
  }
}
