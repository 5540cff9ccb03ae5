/**
 * A whole web page → the story as plain text (title line, then one paragraph a line, as scraped text
 * comes) and the metadata its markup states. Pure, no I/O.
 *
 * Inert by construction: linkedom builds a DOM without a browser context, so scripts never run and
 * nothing (images, styles, frames) is ever fetched; limits.ts refuses oversized or deeply nested
 * markup before it is parsed. The main text comes from Mozilla Readability (Firefox Reader View).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DomElement, DomNode } from './dom.js';
import { markupLimitProblem } from './limits.js';
import { readMarkupMetadata, type MarkupMetadata } from './metadata.js';

export type HtmlErrorCode = 'TOO_LARGE' | 'NO_ARTICLE';

export class HtmlPageError extends Error {
  readonly code: HtmlErrorCode;
  constructor(code: HtmlErrorCode, message: string) {
    super(message);
    this.name = 'HtmlPageError';
    this.code = code;
  }
}

export interface HtmlPage {
  /** The story as text: the title on the first line, then its paragraphs separated by blank lines. */
  text: string;
  markup: MarkupMetadata;
}

// Elements whose start and end break the text into paragraphs.
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);
/** Below this many words of sentence-like prose, what Readability found is page chrome, not a story. */
const MIN_STORY_WORDS = 20;
const PROSE_MIN_WORDS = 6;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

/** Paragraph texts of an element, walked without recursion (the depth is bounded, but the stack need not be). */
function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const block = BLOCKS.has((node as DomElement).localName);
    if (block) breakParagraph();
    if (leaving) continue;
    if (block) stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  breakParagraph();
  return paragraphs;
}

function isStory(paragraphs: readonly string[]): boolean {
  let prose = 0;
  for (const p of paragraphs) if (words(p) >= PROSE_MIN_WORDS && /[.!?…"”»]/.test(p)) prose += words(p);
  return prose >= MIN_STORY_WORDS;
}

export function readHtmlPage(html: string): HtmlPage {
  const problem = markupLimitProblem(html);
  if (problem) throw new HtmlPageError('TOO_LARGE', problem);
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document as it goes.
  const markup = readMarkupMetadata(document);
  const headline = (document.querySelector('article h1') ?? document.querySelector('h1'))?.textContent?.replace(/\s+/g, ' ').trim();
  const parsed = new Readability<DomNode>(document, { serializer: (node) => node, disableJSONLD: true }).parse();
  const body = parsed?.content ? paragraphsOf(parsed.content) : [];
  if (!isStory(body))
    throw new HtmlPageError('NO_ARTICLE', 'the page has no readable article: no story text was found among its navigation, links and notices');
  // Without a stated headline, the page's <h1> is the title; <title> often carries the site name too.
  const title = markup.title?.value ?? (headline || parsed?.title?.replace(/\s+/g, ' ').trim()) ?? '';
  // Readability often keeps the headline as the first block: the title line says it once.
  const paragraphs = title && body[0] === title ? body.slice(1) : body;
  return { text: [title, ...paragraphs].filter(Boolean).join('\n\n'), markup };
}

/** Whether raw input is a web page rather than text: it opens with a doctype or an <html>, <head> or <body> tag. */
export function looksLikeHtml(raw: string): boolean {
  const start = raw
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(!doctype\s+html|html|head|body)[\s>]/i.test(start);
}
