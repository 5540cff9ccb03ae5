/**
 * `npm run --silent parse -- FILE...` — print a JSON array with one object
 * per file: the extraction, or `{ file, error: { code, message } }` for a
 * file that cannot be read as an article. Exit status 1 if any failed.
 * All I/O lives here and in files.ts; the library stays pure.
 */
import { exitQuietlyOnClosedPipe } from '../cli-output.js';
import { extractFiles } from './files.js';

function main(argv: string[]): number {
  // The output is always JSON: --json is accepted for the same command line as the other tools.
  const files = argv.filter((a) => a !== '--' && a !== '--json');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent parse -- FILE... [--json]\n');
    return 2;
  }
  const outputs = extractFiles(files);
  process.stdout.write(JSON.stringify(outputs, null, 2) + '\n');
  return outputs.some((o) => 'error' in o) ? 1 : 0;
}

exitQuietlyOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
