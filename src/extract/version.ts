/**
 * Version of the extraction rules. Bump it in any change that alters what the extractor outputs for
 * some text (rules, word lists, scores): every stored article records the version it was extracted with,
 * and `npm run seed` re-extracts the articles stored by an older one, so no outdated statement stays behind.
 */
export const EXTRACTOR_VERSION = 5;
