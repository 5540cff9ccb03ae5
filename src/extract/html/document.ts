/**
 * Text or HTML in, one result shape out. A web page is reduced to its story text (page.ts), which goes
 * through the same text pipeline as plain input (extractBatch), so paragraphs, people, statements and
 * their offsets come out the same way; then what the markup states (metadata.ts) replaces what the text
 * suggests, field by field, and `fieldSources` records which of the two each field came from.
 * Pure, no I/O.
 */
import { extractBatch, type BatchInput, type BatchOutput } from '../batch.js';
import type { Article, ExtractionResult } from '../types.js';
import type { MarkupMetadata } from './metadata.js';
import { looksLikeHtml, readHtmlPage, HtmlPageError } from './page.js';

export type FieldSource = 'markup' | 'text';

export interface FieldSources {
  title: FieldSource;
  outlet: FieldSource;
  publisher: FieldSource;
  publishedAt: FieldSource;
  modifiedAt: FieldSource;
  authors: FieldSource;
  url: FieldSource;
}

export interface DocumentArticle extends Article {
  /** The page's canonical URL (<link rel="canonical">, else og:url or JSON-LD url); null for text. */
  url: string | null;
  authors: string[];
  /** When the page says it was last changed (JSON-LD dateModified, article:modified_time), UTC without offset. */
  modifiedAt: string | null;
  /** Where each page-level field came from: the page's markup, or the text pipeline. */
  fieldSources: FieldSources;
}

export interface DocumentResult extends Omit<ExtractionResult, 'article'> {
  article: DocumentArticle;
}

export interface DocumentInput extends BatchInput {
  /** True when the caller knows this is HTML (Content-Type: text/html); else told by file name or content. */
  html?: boolean;
}

type BatchError = Extract<BatchOutput, { error: unknown }>['error'];

export type DocumentOutput = ({ file: string } & DocumentResult) | { file: string; error: BatchError };

export function isHtmlInput(input: DocumentInput): boolean {
  return input.html ?? (/\.html?$/i.test(input.file) || looksLikeHtml(input.raw));
}

const TEXT_SOURCES: FieldSources = { title: 'text', outlet: 'text', publisher: 'text', publishedAt: 'text', modifiedAt: 'text', authors: 'text', url: 'text' };

/** The text pipeline's article with what the markup states laid over it. */
export function mergeMarkup(article: Article, markup: MarkupMetadata | null): DocumentArticle {
  const merged: DocumentArticle = { ...article, url: null, authors: [], modifiedAt: null, fieldSources: { ...TEXT_SOURCES } };
  if (!markup) return merged;
  const sources = merged.fieldSources;
  if (markup.title) {
    merged.title = markup.title.value;
    sources.title = 'markup';
  }
  if (markup.publisher) {
    merged.outlet = merged.publisher = markup.publisher.value;
    sources.outlet = sources.publisher = 'markup';
  }
  if (markup.publishedAt) {
    const { value, evidence } = markup.publishedAt;
    const textSays = article.publishedAt && article.publishedAt.slice(0, 10) !== value.iso.slice(0, 10) ? `; the text says ${article.publishedAt}` : '';
    Object.assign(merged, {
      publishedAt: value.iso,
      datePrecision: value.precision,
      yearInferred: false,
      dateParts: value.parts,
      dateSource: 'markup',
      dateEvidence: `${evidence}${textSays}`,
    });
    sources.publishedAt = 'markup';
  }
  if (markup.modifiedAt) {
    merged.modifiedAt = markup.modifiedAt.value.iso;
    sources.modifiedAt = 'markup';
  }
  if (markup.authors) {
    merged.authors = markup.authors.value;
    sources.authors = 'markup';
  }
  if (markup.url) {
    merged.url = markup.url.value;
    sources.url = 'markup';
  }
  return merged;
}

/** Like extractBatch, for a mix of text and web pages; a page that cannot be read is an error output, never a throw. */
export function extractDocuments(inputs: readonly DocumentInput[]): DocumentOutput[] {
  const outputs: (DocumentOutput | null)[] = [];
  const texts: { slot: number; input: BatchInput; markup: MarkupMetadata | null }[] = [];
  for (const input of inputs) {
    const slot = outputs.push(null) - 1;
    if (!isHtmlInput(input)) {
      texts.push({ slot, input, markup: null });
      continue;
    }
    try {
      const page = readHtmlPage(input.raw);
      texts.push({ slot, input: { ...input, raw: page.text }, markup: page.markup });
    } catch (error) {
      const known = error instanceof HtmlPageError;
      outputs[slot] = {
        file: input.file,
        error: { code: known ? error.code : 'INTERNAL', message: known ? error.message : `the page could not be read: ${String(error)}` },
      };
    }
  }
  extractBatch(texts.map((t) => t.input)).forEach((output, i) => {
    const { slot, markup } = texts[i]!;
    outputs[slot] = 'error' in output ? output : { ...output, article: mergeMarkup(output.article, markup) };
  });
  return outputs as DocumentOutput[];
}
