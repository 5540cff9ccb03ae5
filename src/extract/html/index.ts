/**
 * Web pages as input: readHtmlPage turns a page into story text and markup metadata; extractDocuments
 * runs text and pages alike through the text pipeline and records where each page-level field came from.
 */
export {
  extractDocuments,
  isHtmlInput,
  mergeMarkup,
  type DocumentInput,
  type DocumentOutput,
  type DocumentResult,
  type DocumentArticle,
  type FieldSource,
  type FieldSources,
} from './document.js';
export { readHtmlPage, looksLikeHtml, HtmlPageError, type HtmlPage, type HtmlErrorCode } from './page.js';
export type { MarkupMetadata, MarkupValue } from './metadata.js';
export { MAX_HTML_CHARS, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits.js';
