// Small builders for scoring tests: an annotation and an extraction output with only the fields that matter.
import type { BatchOutput } from '../../src/extract/batch.js';
import type { Article, Person, Statement } from '../../src/extract/types.js';
import type { Annotation, GoldStatement } from '../../src/eval/annotation.js';

export function gold(overrides: Partial<Annotation> & { file: string }): Annotation {
  return {
    article: { title: 'A title', outlet: 'Valley Wire', published: '2025-01-02', dateline: null },
    people: [],
    statements: [],
    ...overrides,
  };
}

export function goldStatement(speaker: string | null, text: string, kind: GoldStatement['kind'] = 'direct', source?: string): GoldStatement {
  return { speaker, text, kind, ...(source ? { source } : {}) };
}

export function statement(speaker: string | null, text: string, kind: Statement['kind'] = 'direct', source: string | null = null): Statement {
  return {
    speaker,
    speakerMention: speaker,
    source,
    text,
    kind,
    cue: 'said',
    paragraph: 0,
    start: 0,
    end: text.length,
    bodyStart: 0,
    bodyEnd: text.length,
    confidence: 0.9,
    mentions: [],
    quotedFragments: [],
    continues: false,
  };
}

export function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [], rolesAsWritten: [], affiliation: null, mentionCount: 1 };
}

export function output(file: string, parts: { article?: Partial<Article>; people?: Person[]; statements?: Statement[] } = {}): BatchOutput {
  const article: Article = {
    title: 'A title',
    outlet: 'Valley Wire',
    publisher: null,
    originalSource: null,
    publishedAt: '2025-01-02',
    datePrecision: 'day',
    yearInferred: false,
    dateParts: null,
    dateSource: 'published-line',
    dateEvidence: null,
    dateline: null,
    language: 'en',
    standfirst: null,
    subheadings: [],
    paragraphs: [],
    ...parts.article,
  };
  return { file, article, people: parts.people ?? [], statements: parts.statements ?? [] };
}
