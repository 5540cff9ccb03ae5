/**
 * whosaid text extractor: raw scraped article text in; article, people and
 * statements out. Pure functions, no I/O (the CLI in cli.ts does the I/O).
 * See article.ts for the error contract and types.ts for the result shape
 * and the offsets convention.
 */
export { extractArticle, tryExtractArticle, validateInput, MAX_INPUT_CHARS } from './article.js';
export { extractBatch, type BatchInput, type BatchOutput } from './batch.js';
export { ExtractionError } from './types.js';
export type * from './types.js';
