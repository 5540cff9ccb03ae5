/**
 * Turn raw scraped page text into title, standfirst and clean story
 * paragraphs, and keep the non-story lines that carry metadata (date lines,
 * credits, captions) for the date and outlet detectors.
 */
import { SECTION_LABELS } from './data/chrome.js';
import { parseDateline } from './dateline.js';
import type { PageZone } from './date-evidence.js';
import { dominantScript, isCaptionLine, isChrome, isHeadlineLike, isMetaLine, isTeaser, siteHeaderOutlet } from './layout/lines.js';
import { isTitleCandidate, pickTitleLine, splitTitle } from './layout/title.js';
import { dedupeKey, endsLikeProse, normaliseRaw, wordCount } from './text.js';

export { isCaptionLine, SITE_CREDIT_RE } from './layout/lines.js';

export type LineKind = 'title' | 'standfirst' | 'body' | 'subheading' | 'chrome' | 'meta' | 'caption' | 'section' | 'teaser' | 'signature' | 'duplicate';

export interface ClassifiedLine {
  text: string;
  kind: LineKind;
}

export interface CleanResult {
  title: string | null;
  standfirst: string | null;
  paragraphs: string[];
  subheadings: string[];
  /** Site name printed after the headline ("… | The Hill"). */
  titleSite: string | null;
  /** Lines above the story other than the title and standfirst: site names, section labels, credits. */
  headerLines: string[];
  /** Date lines, "Source: X", "A || B", bylines. */
  metaLines: string[];
  /** Where each meta line stands: above the title, between title and story, in or after the story. */
  metaZones: PageZone[];
  captionLines: string[];
  signatureLines: string[];
  lines: ClassifiedLine[];
}

/**
 * Split text into candidate lines. Blank-line separated blocks whose lines
 * look hard-wrapped (long, not ending a sentence) are joined back.
 */
function splitLines(text: string): string[] {
  const out: string[] = [];
  const blocks = text.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length >= 3) {
      const body = lines.slice(0, -1);
      const wrapped = body.filter((l) => l.length >= 35 && l.length <= 100 && !endsLikeProse(l)).length;
      if (wrapped / body.length >= 0.7 && body.every((l) => l.length >= 35)) {
        out.push(lines.join(' '));
        continue;
      }
    }
    for (const l of lines) out.push(l);
  }
  return out;
}

export function cleanArticle(raw: string): CleanResult {
  const text = normaliseRaw(raw);
  const lines = splitLines(text);
  const script = dominantScript(text);
  const classified: ClassifiedLine[] = [];
  const result: CleanResult = {
    title: null,
    titleSite: null,
    standfirst: null,
    paragraphs: [],
    subheadings: [],
    headerLines: [],
    metaLines: [],
    metaZones: [],
    captionLines: [],
    signatureLines: [],
    lines: classified,
  };

  // Classify each line once.
  const chrome = lines.map(isChrome);
  const meta = lines.map((l) => isMetaLine(l));
  const caption = lines.map((l) => isCaptionLine(l));
  const teaser = lines.map((l) => isTeaser(l));
  const foreign = lines.map((l) => script === 'latin' && wordCount(l) <= 4 && dominantScript(l) !== 'latin');
  const skip = lines.map((_, i) => chrome[i] || meta[i] || caption[i] || teaser[i] || foreign[i]);
  let lastContent = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!chrome[i] && !caption[i] && !foreign[i]) {
      lastContent = i;
      break;
    }
  }
  // The headline: the first heading-shaped line above the first dateline that
  // is not a site name. A site-name line is skipped only when a heading follows.
  const firstDateline = lines.findIndex((l, i) => !skip[i] && parseDateline(l) !== null);
  const limit = firstDateline >= 0 ? firstDateline : Math.min(lines.length, 40);
  const candidates: number[] = [];
  const siteLines = new Set<number>();
  // "Headline : Section : NPR" on top (the page's <title>): the same headline printed again is the heading,
  // even when it reads like a sentence ("Rural hospitals say a payment delay is pushing them to the brink").
  const pageTitle = lines
    .slice(0, 3)
    .map((l) => splitTitle(l))
    .find((t) => t.site !== null)?.title;
  for (let i = 0; i < limit; i++) {
    const l = lines[i] ?? '';
    if (skip[i]) continue;
    if (siteHeaderOutlet(l)) {
      siteLines.add(i);
      continue;
    }
    if (isTitleCandidate(l) || (i >= 3 && l === pageTitle)) {
      candidates.push(i);
      continue;
    }
    // A long sentence before any heading: no title (the page starts with prose).
    // A short one ("X liveblogged Tuesday’s events.") is a note above the headline.
    if (wordCount(l) >= 15) break;
  }
  const repeated = candidates.find((i) => i >= 3 && lines[i] === pageTitle);
  const titleAt = repeated ?? pickTitleLine(candidates, lines, (i) => meta[i] === true || caption[i] === true);
  // Where the story starts: the first dateline line, else the first prose line after the title.
  let bodyStart = firstDateline >= 0 && firstDateline > titleAt ? firstDateline : -1;
  if (bodyStart < 0) {
    for (let i = titleAt + 1; i < lines.length; i++) {
      const l = lines[i] ?? '';
      if (skip[i] || siteLines.has(i)) continue;
      if (endsLikeProse(l) && wordCount(l) >= 8) {
        bodyStart = i;
        break;
      }
    }
  }

  const seen = new Set<string>();
  let expectTeaser = 0;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const push = pushLine.bind(null, classified, l);
    const zone: PageZone = i < titleAt || (titleAt < 0 && i < bodyStart) ? 'above' : i < bodyStart || bodyStart < 0 ? 'header' : 'body';
    const inHeader = i < bodyStart || bodyStart < 0;
    if (inHeader && i !== titleAt) result.headerLines.push(l);
    if (meta[i] && wordCount(l) <= 20) {
      result.metaLines.push(l);
      result.metaZones.push(zone);
      push('meta');
      continue;
    }
    if (caption[i]) {
      result.captionLines.push(l);
      push('caption');
      continue;
    }
    if (chrome[i]) {
      // "Copyright 2025 X. All rights reserved." is chrome to the story but names the publisher.
      if (/^(?:©|\(c\)|copyright\b)/i.test(l)) result.captionLines.push(l);
      const key = l
        .toLowerCase()
        .replace(/[:»>]+$/, '')
        .trim();
      if (SECTION_LABELS.has(key) && i > bodyStart && bodyStart >= 0) expectTeaser = 3;
      push(SECTION_LABELS.has(key) ? 'section' : 'chrome');
      continue;
    }
    if (teaser[i]) {
      if (/^more from\b/i.test(l) && i > bodyStart) expectTeaser = 3;
      push('teaser');
      continue;
    }
    // Short trailing words in another script ("Комментарии" under an English story).
    if (foreign[i] || siteLines.has(i)) {
      push('chrome');
      continue;
    }
    if (i === titleAt) {
      const split = splitTitle(l);
      result.title = split.title;
      result.titleSite = split.site;
      seen.add(dedupeKey(l));
      seen.add(dedupeKey(split.title));
      push('title');
      continue;
    }
    if (inHeader) {
      if (i < titleAt && bodyStart >= 0) {
        push('chrome');
        continue;
      }
      if (result.standfirst === null && bodyStart >= 0 && wordCount(l) >= 6 && hasSentenceShape(l)) {
        result.standfirst = l;
        seen.add(dedupeKey(l));
        push('standfirst');
        continue;
      }
      if (bodyStart < 0) {
        // No prose at all: keep lines as paragraphs so nothing of the story is lost.
        const key = dedupeKey(l);
        if (seen.has(key)) {
          push('duplicate');
          continue;
        }
        seen.add(key);
        result.paragraphs.push(l);
        push('body');
        continue;
      }
      // Between title/standfirst and the body: photo captions.
      result.captionLines.push(l);
      push('caption');
      continue;
    }
    if (expectTeaser > 0) {
      if (isHeadlineLike(l) && !endsLikeProse(l.replace(/[?!]$/, '.').slice(0, -1))) {
        expectTeaser--;
        push('teaser');
        continue;
      }
      expectTeaser = 0;
    }
    const key = dedupeKey(l);
    if (seen.has(key)) {
      push('duplicate');
      continue;
    }
    const words = wordCount(l);
    // (The page's last line, a sentence of eight words or more ending in a lower-case letter, is the story cut off
    // mid-word by the scrape ("... and added that i"), not a heading.)
    const cutAtEnd = i >= lastContent && words >= 8 && /\p{Ll}$/u.test(l) && hasSentenceShape(l);
    if (!endsLikeProse(l) && words <= 20 && !/["“”«»]/.test(l.slice(0, 1)) && !cutMidSentence(l, words) && !cutAtEnd) {
      // Last line equal to an outlet / credit name: signature.
      if (i >= lastContent) {
        if (words <= 5) {
          result.signatureLines.push(l);
          push('signature');
          continue;
        }
      }
      result.subheadings.push(l);
      seen.add(key);
      push('subheading');
      continue;
    }
    seen.add(key);
    result.paragraphs.push(l);
    push('body');
  }
  return result;
}

/** Headings never end on a function word: "... would be able to" is a paragraph the scrape cut short. */
const CUT_OFF_ENDINGS = new Set(['to', 'the', 'a', 'an', 'of', 'and', 'or', 'that', 'with', 'for', 'be', 'from', 'but', 'would', 'will', 'is', 'was']);

function cutMidSentence(l: string, words: number): boolean {
  const last = /(\p{Ll}+)$/u.exec(l)?.[1];
  return words >= 8 && last !== undefined && CUT_OFF_ENDINGS.has(last) && hasSentenceShape(l);
}

function pushLine(out: ClassifiedLine[], text: string, kind: LineKind): void {
  out.push({ text, kind });
}

/**
 * The standfirst is the first line after the title; a line that is only a
 * name-and-role (a caption without credit) is not. Standfirsts are sentences:
 * they contain several lower-case words.
 */
function hasSentenceShape(l: string): boolean {
  const words = l.split(/\s+/);
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w)) lower++;
  return lower >= 3;
}
