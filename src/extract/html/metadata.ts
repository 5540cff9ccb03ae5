/**
 * Page metadata stated in the markup: JSON-LD NewsArticle, Open Graph, <meta name="author">,
 * <link rel="canonical">, <time datetime>. Pure: reads a parsed document, changes nothing.
 * Each value keeps the name of the markup it came from (the `evidence`), so a reader can check it.
 */
import type { DomDocument } from './dom.js';
import { markupDate, type MarkupDate } from './markup-date.js';

export interface MarkupValue<T> {
  value: T;
  /** Which markup said so, e.g. "JSON-LD datePublished", "og:site_name". */
  evidence: string;
}

export interface MarkupMetadata {
  title: MarkupValue<string> | null;
  publisher: MarkupValue<string> | null;
  publishedAt: MarkupValue<MarkupDate> | null;
  modifiedAt: MarkupValue<MarkupDate> | null;
  authors: MarkupValue<string[]> | null;
  url: MarkupValue<string> | null;
}

// schema.org types whose headline and dates describe the page's own story.
const ARTICLE_TYPES = new Set([
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'article',
  'report',
  'blogposting',
  'liveblogposting',
]);
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_FIELD_CHARS = 2000;

type Json = unknown;

function text(value: Json): string | null {
  if (typeof value !== 'string') return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean && clean.length <= MAX_FIELD_CHARS ? clean : null;
}

/** A schema.org Person/Organization given as a string, an object with a name, or an array of those. */
function names(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? text(item) : item && typeof item === 'object' ? text((item as Record<string, Json>).name) : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function typesOf(node: Record<string, Json>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/** Every object in the JSON-LD blocks that is an article, NewsArticle first; nested @graph and arrays included. */
function jsonLdArticles(document: DomDocument): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // broken JSON-LD is common; the other markup still counts
    }
    const queue: Json[] = [data];
    while (queue.length && found.length < 50) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node.slice(0, 100));
      else if (node && typeof node === 'object') {
        const record = node as Record<string, Json>;
        if (typesOf(record).some((t) => ARTICLE_TYPES.has(t))) found.push(record);
        if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as Json[]).slice(0, 100));
      }
    }
  }
  return found.sort((a, b) => Number(typesOf(b).includes('newsarticle')) - Number(typesOf(a).includes('newsarticle')));
}

function metaContent(document: DomDocument, attribute: 'property' | 'name', key: string): string | null {
  for (const meta of document.querySelectorAll(`meta[${attribute}]`)) {
    if (meta.getAttribute(attribute)?.trim().toLowerCase() === key) {
      const value = text(meta.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

/** An absolute http(s) URL, or null: a relative canonical has no base to resolve against here. */
function absoluteUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function first<T>(...candidates: (MarkupValue<T | null> | null)[]): MarkupValue<T> | null {
  for (const candidate of candidates) if (candidate && candidate.value !== null) return candidate as MarkupValue<T>;
  return null;
}

const from = <T>(value: T | null, evidence: string): MarkupValue<T | null> => ({ value, evidence });

/** The <time datetime> of the story: one marked as the publication date, else the first inside <article>, else the first on the page. */
function timeElementDate(document: DomDocument): MarkupValue<MarkupDate | null> {
  const marked = document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
  const element = marked ?? document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return from(markupDate(element?.getAttribute('datetime') ?? null), '<time datetime>');
}

export function readMarkupMetadata(document: DomDocument): MarkupMetadata {
  const articles = jsonLdArticles(document);
  const ld = <T>(read: (node: Record<string, Json>) => T | null, field: string): MarkupValue<T | null> => {
    for (const node of articles) {
      const value = read(node);
      if (value !== null) return from(value, `JSON-LD ${field}`);
    }
    return from<T>(null, `JSON-LD ${field}`);
  };
  const nonEmpty = (list: string[]) => (list.length ? list : null);
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? null;
  return {
    title: first(
      ld((n) => text(n.headline) ?? text(n.name), 'headline'),
      from(metaContent(document, 'property', 'og:title'), 'og:title'),
    ),
    publisher: first(
      ld((n) => names(n.publisher)[0] ?? null, 'publisher'),
      from(metaContent(document, 'property', 'og:site_name'), 'og:site_name'),
    ),
    publishedAt: first(
      ld((n) => markupDate(text(n.datePublished)), 'datePublished'),
      from(markupDate(metaContent(document, 'property', 'article:published_time')), 'article:published_time'),
      timeElementDate(document),
    ),
    modifiedAt: first(
      ld((n) => markupDate(text(n.dateModified)), 'dateModified'),
      from(markupDate(metaContent(document, 'property', 'article:modified_time')), 'article:modified_time'),
    ),
    authors: first(
      ld((n) => nonEmpty(names(n.author)), 'author'),
      from(nonEmpty(names(metaContent(document, 'name', 'author'))), '<meta name="author">'),
    ),
    url: first(
      from(absoluteUrl(canonical), '<link rel="canonical">'),
      from(absoluteUrl(metaContent(document, 'property', 'og:url')), 'og:url'),
      ld((n) => absoluteUrl(text(n.url)), 'url'),
    ),
  };
}
