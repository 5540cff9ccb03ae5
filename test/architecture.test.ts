// The layering of the source tree, read from its import statements, so that it stays as it is: no import
// cycle; services speak in data (no Fastify, no plugins, no ingest, no routes); the extractor stays free of storage.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['src', 'migrations', 'seed'];
const MAX_LINES = 400;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every module a file imports (static, type-only and dynamic imports, re-exports): relative ones as repository paths. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s+'([^']+)'/g)].map(
    (match) => (match[1] ?? match[2] ?? match[3])!,
  );
  const local = specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, '.ts'));
  const packages = specifiers.filter((s) => !s.startsWith('.'));
  return { local, packages };
}

const files = FOLDERS.flatMap(sourceFiles);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const under = (folder: string) => [...graph.keys()].filter((file) => file.startsWith(`${folder}/`));

/** The first import cycle found by a depth-first walk, as the list of files around it; null when there is none. */
function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file)?.local ?? []) {
      const cycle = graph.has(next) ? visit(next) : null;
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** `file imports target` lines for each import of `files` that `forbidden` rejects. */
function offending(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) => {
    const { local, packages } = graph.get(file)!;
    return [...local, ...packages].filter(forbidden).map((target) => `${file} imports ${target}`);
  });
}

describe('architecture', () => {
  test('the parser finds the imports (a sanity check on the rules below)', () => {
    assert.ok(graph.size > 40, `${graph.size} files`);
    assert.ok(graph.get('src/app.ts')!.local.includes('src/routes/statements.ts'));
    assert.ok(graph.get('src/app.ts')!.packages.includes('fastify'));
    assert.ok(graph.get('src/ingest/import-articles.ts')!.local.includes('src/ingest/prepared.ts'), 'type-only imports count');
  });

  test('the import graph has no cycle', () => {
    assert.equal(findCycle()?.join(' -> ') ?? null, null);
  });

  test('services speak in data: no Fastify, and nothing from plugins/, ingest/ or routes/', () => {
    const http = (target: string) => target === 'fastify' || target.startsWith('@fastify/') || target === 'fastify-plugin';
    const upper = (target: string) => /^src\/(plugins|ingest|routes)\//.test(target);
    assert.deepEqual(
      offending(under('src/services'), (target) => http(target) || upper(target)),
      [],
    );
  });

  test('the extractor imports no database, HTTP or storage code', () => {
    const outside = (target: string) => /^src\/(services|ingest|plugins|routes|models)\//.test(target) || /^(mongoose|fastify|@fastify\/)/.test(target);
    assert.deepEqual(offending(under('src/extract'), outside), []);
  });

  test('plugins and routes are wired by src/app.ts only', () => {
    const wiring = (file: string) => file === 'src/app.ts' || /^src\/(routes|plugins)\//.test(file);
    const rejected = [...graph.keys()].filter((file) => !wiring(file));
    assert.deepEqual(
      offending(rejected, (target) => /^src\/(routes|plugins)\//.test(target)),
      [],
    );
  });

  test(`no file outside the extractor passes ${MAX_LINES} lines`, () => {
    const long = files
      .filter((file) => !file.startsWith('src/extract/'))
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    assert.deepEqual(long, []);
  });
});
