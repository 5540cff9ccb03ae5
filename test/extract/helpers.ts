import assert from 'node:assert/strict';
import { extractArticle, type ExtractionResult, type Person, type Statement } from '../../src/extract/index.js';

/** An article of the given paragraphs under a neutral headline, for tests of one pattern at a time. */
export function article(...paras: string[]): ExtractionResult {
  return extractArticle(['A headline for the test', ...paras].join('\n\n'));
}

/** [speaker or null, kind, first words of the text, source (for null speakers)] */
export type ExpectedStatement = [string | null, 'direct' | 'indirect', string, string?];

export function person(r: ExtractionResult, name: string): Person {
  const p = r.people.find((x) => x.name === name);
  assert.ok(p, `person ${name} not found; have ${r.people.map((x) => x.name).join(', ')}`);
  return p;
}

function describeStatements(list: Statement[]): string {
  return list.map((s) => `  [${s.paragraph}] ${s.kind} ${s.speaker ?? `null(${s.source ?? ''})`}: ${s.text.slice(0, 60)}`).join('\n');
}

/** Statements in document order, speakers and kinds exact, texts by their opening words. */
export function assertStatements(r: ExtractionResult, expected: ExpectedStatement[]): void {
  const got = r.statements;
  assert.equal(got.length, expected.length, `statement count\n${describeStatements(got)}`);
  expected.forEach(([speaker, kind, opening, source], i) => {
    const s = got[i];
    assert.ok(s);
    const where = `statement ${i}: ${s.text.slice(0, 80)}`;
    assert.equal(s.speaker, speaker, where);
    assert.equal(s.kind, kind, where);
    assert.ok(s.text.startsWith(opening), `${where}\n  expected to start with: ${opening}`);
    if (source !== undefined) assert.equal(s.source, source, where);
    // Offsets invariant: text is exactly the paragraph slice and the body slice.
    const para = r.article.paragraphs[s.paragraph] ?? '';
    assert.equal(para.slice(s.start, s.end), s.text, `${where}: paragraph offsets`);
    assert.equal(r.article.paragraphs.join('\n\n').slice(s.bodyStart, s.bodyEnd), s.text, `${where}: body offsets`);
    assert.ok(s.confidence > 0 && s.confidence <= 1);
  });
}

export function countBySpeaker(r: ExtractionResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of r.statements) {
    const key = `${s.speaker ?? 'null'}/${s.kind}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
