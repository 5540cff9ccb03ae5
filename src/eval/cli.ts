/**
 * `npm run eval -- [PATH...] [--json] [--verbose] [--floors FILE]`: how well the extractor does on
 * annotated articles. PATH is a folder of `NAME.txt` + `NAME.json` pairs or an annotation file (default
 * test/corpus/). Prints the figures table (`--verbose`: first what each article got wrong; `--json`: the
 * figures alone, as JSON, on stdout). With `--floors`, exit status 1 when a figure is below its floor.
 * Exit status 2: bad arguments or annotations.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { AnnotationError } from './annotation.js';
import { loadAnnotatedCorpus } from './corpus.js';
import { checkFloors, toFloors } from './floors.js';
import { formatArticle, formatSummary, jsonRow } from './report.js';
import { scoreCorpus } from './score.js';

const DEFAULT_CORPUS = relative(process.cwd(), fileURLToPath(new URL('../../test/corpus/', import.meta.url))) || '.';
const USAGE = 'usage: npm run eval -- [PATH...] [--json] [--verbose] [--floors FILE]';

class UsageError extends Error {}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        floors: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const floors = values.floors ? toFloors(JSON.parse(readFileSync(values.floors, 'utf8')), values.floors) : null;
  const paths = positionals.length ? positionals : [DEFAULT_CORPUS];
  const corpus = loadAnnotatedCorpus(paths);
  if (corpus.golds.length === 0) throw new UsageError(`no annotations (*.json) in ${paths.join(', ')}`);
  const report = scoreCorpus(corpus.golds, corpus.outputs);

  if (values.json) {
    const figures = values.verbose ? { summary: report.summary, rows: report.rows.map(jsonRow) } : report.summary;
    process.stdout.write(`${JSON.stringify(figures, null, 1)}\n`);
  } else {
    if (values.verbose) {
      for (const row of report.rows) {
        const text = formatArticle(row);
        if (text) process.stdout.write(`${text}\n\n`);
      }
    }
    const label = paths.length === 1 ? paths[0] : `${paths.length} paths`;
    process.stdout.write(`${formatSummary(report, `${label} (extractor version ${EXTRACTOR_VERSION})`)}\n`);
  }

  if (!floors) return 0;
  const failures = checkFloors(report.summary, floors);
  for (const f of failures) {
    process.stderr.write(`below floor: ${f.figure} is ${f.actual === null ? 'not a figure of the summary' : f.actual}, floor ${f.floor} (${values.floors})\n`);
  }
  if (failures.length === 0) process.stderr.write(`all ${Object.keys(floors.floors).length} figures at or above their floors (${values.floors})\n`);
  return failures.length ? 1 : 0;
}

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof AnnotationError || error instanceof SyntaxError || (error as NodeJS.ErrnoException).code)) throw error;
  process.stderr.write(`eval: ${(error as Error).message}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
}
