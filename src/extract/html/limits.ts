/**
 * Checks made on the raw markup before any DOM is built, so a hostile page costs little: its size,
 * its number of elements and how deep they nest (the reader-mode pass recurses, and slows
 * sharply past a few thousand levels). Counted with one linear scan of the tags.
 */
export const MAX_HTML_CHARS = 10 * 1024 * 1024;
export const MAX_HTML_ELEMENTS = 60_000;
export const MAX_HTML_DEPTH = 400;

// Elements that never contain others, or that the parser closes by itself when the next one starts.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen p li dt dd option optgroup tr td th thead tbody tfoot colgroup rp rt'.split(' '),
);
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
// Script, style and comment bodies hold text, not elements, whatever they look like.
const OPAQUE_RE = /<!--[\s\S]*?-->|<(script|style|textarea|template)\b[\s\S]*?<\/\1\s*>/gi;

/** A reason the markup is refused, or null when it is within every limit. */
export function markupLimitProblem(html: string): string | null {
  if (html.length > MAX_HTML_CHARS) return `the page has ${html.length} characters; the limit is ${MAX_HTML_CHARS}`;
  const markup = html.replace(OPAQUE_RE, '');
  let elements = 0;
  let depth = 0;
  for (const match of markup.matchAll(TAG_RE)) {
    const [, closing, name = '', selfClosing] = match;
    const tag = name.toLowerCase();
    if (closing) {
      if (!NOT_NESTING.has(tag) && depth > 0) depth--;
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) return `the page has more than ${MAX_HTML_ELEMENTS} elements`;
    if (!selfClosing && !NOT_NESTING.has(tag) && ++depth > MAX_HTML_DEPTH) return `the page nests elements more than ${MAX_HTML_DEPTH} deep`;
  }
  return null;
}
