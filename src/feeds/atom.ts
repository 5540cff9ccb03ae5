/**
 * Atom 1.0 (RFC 4287) serialisation: feed and entries in, an XML string out. Pure, no I/O.
 * Every text is escaped and stripped of characters XML 1.0 cannot carry, so a statement with
 * <, & or quotes (or a stray control character from a scraped page) still gives a well-formed feed.
 */

export interface AtomEntry {
  /** A URI that never changes for this item (feed readers show each id once). */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string | null;
  authors: string[];
  content: string;
  /** Where the item can be read (rel="alternate"). */
  link: string;
  /** The item in this API (rel="related"). */
  related?: string;
}

export interface AtomFeedInput {
  id: string;
  title: string;
  updated: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  /** The same list as a web resource (rel="alternate"), e.g. its JSON. */
  alternate?: string;
  entries: AtomEntry[];
}

export const ATOM_MEDIA_TYPE = 'application/atom+xml';

// Characters outside XML 1.0's Char production: C0 controls other than TAB, LF and CR, lone surrogates, U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const element = (name: string, text: string, indent = '  ') => `${indent}<${name}>${escapeXml(text)}</${name}>\n`;
const link = (rel: string, href: string, type?: string, indent = '  ') =>
  `${indent}<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>\n`;

function entryXml(entry: AtomEntry): string {
  const inner = '    ';
  let xml = '  <entry>\n';
  xml += element('id', entry.id, inner);
  xml += `${inner}<title type="text">${escapeXml(entry.title)}</title>\n`;
  xml += element('updated', entry.updated, inner);
  if (entry.published) xml += element('published', entry.published, inner);
  for (const name of entry.authors) xml += `${inner}<author><name>${escapeXml(name)}</name></author>\n`;
  xml += `${inner}<content type="text">${escapeXml(entry.content)}</content>\n`;
  xml += link('alternate', entry.link, undefined, inner);
  if (entry.related) xml += link('related', entry.related, 'application/json', inner);
  return xml + '  </entry>\n';
}

export function atomFeed(feed: AtomFeedInput): string {
  let xml = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n';
  xml += element('id', feed.id);
  xml += `  <title type="text">${escapeXml(feed.title)}</title>\n`;
  xml += element('updated', feed.updated);
  xml += link('self', feed.self, ATOM_MEDIA_TYPE);
  if (feed.alternate) xml += link('alternate', feed.alternate, 'application/json');
  // An entry without an author of its own takes the feed's (RFC 4287 §4.1.1): there is always one.
  xml += '  <author><name>whosaid</name></author>\n';
  xml += '  <generator>whosaid</generator>\n';
  for (const entry of feed.entries) xml += entryXml(entry);
  return xml + '</feed>\n';
}
