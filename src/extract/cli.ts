/**
 * `npm run --silent parse -- FILE...` — print a JSON array with one object
 * per file: the extraction, or `{ file, error: { code, message } }` for a
 * file that cannot be read as an article. Exit status 1 if any failed.
 * All I/O lives here; the library stays pure.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractBatch, type BatchInput, type BatchOutput } from './batch.js';

function readArticle(path: string): { raw: string } | { error: { code: 'NOT_FOUND' | 'IO_ERROR' | 'BINARY'; message: string } } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: { code: 'NOT_FOUND', message: `no such file: ${path}` } };
    return { error: { code: 'IO_ERROR', message: `cannot read ${path}: ${code ?? String(err)}` } };
  }
  // NUL bytes mean binary data, whatever the decoder would make of them.
  if (buf.subarray(0, 65536).includes(0)) return { error: { code: 'BINARY', message: `${basename(path)} contains NUL bytes (binary data)` } };
  return { raw: new TextDecoder('utf-8', { fatal: false }).decode(buf) };
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent parse -- FILE...\n');
    return 2;
  }
  const outputs: (BatchOutput | null)[] = [];
  const inputs: BatchInput[] = [];
  const slots: number[] = [];
  for (const f of files) {
    const r = readArticle(f);
    if ('error' in r) outputs.push({ file: basename(f), error: r.error });
    else {
      slots.push(outputs.length);
      outputs.push(null);
      inputs.push({ file: basename(f), raw: r.raw });
    }
  }
  const results = extractBatch(inputs);
  results.forEach((res, i) => {
    const slot = slots[i];
    if (slot !== undefined) outputs[slot] = res;
  });
  process.stdout.write(JSON.stringify(outputs, null, 2) + '\n');
  return outputs.some((o) => o !== null && 'error' in o) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
