// Extracting article files, for the command-line tools: `npm run parse` prints the result, `npm run eval`
// scores it. One batch (see extractBatch: year context across files); a file that cannot be read stays in
// its place as `{ file, error }`. Web pages (.html/.htm, or content opening like HTML) go through src/extract/html.
// The extractor itself stays pure; the reading is here.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractDocuments, type DocumentInput, type DocumentOutput } from './html/index.js';

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

/** One output per path, in order, each named by the file's base name. */
export function extractFiles(paths: readonly string[]): DocumentOutput[] {
  const outputs: (DocumentOutput | null)[] = [];
  const inputs: DocumentInput[] = [];
  const slots: number[] = [];
  for (const path of paths) {
    const read = readArticle(path);
    if ('error' in read) outputs.push({ file: basename(path), error: read.error });
    else {
      slots.push(outputs.length);
      outputs.push(null);
      inputs.push({ file: basename(path), raw: read.raw });
    }
  }
  extractDocuments(inputs).forEach((output, i) => {
    outputs[slots[i]!] = output;
  });
  return outputs as DocumentOutput[];
}
