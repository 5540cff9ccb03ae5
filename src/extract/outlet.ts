/**
 * Which outlet printed the page, by evidence: every signal on the page that
 * names an outlet adds its weight to that outlet, each kind of signal once
 * per outlet, and the heaviest outlet wins. Signals and their weights are in
 * OUTLET_SIGNAL_WEIGHTS; names are read against the outlet table
 * (data/outlets.ts) so "thehill.com", "The Hill" and a file named
 * "306_thehill-…" are the same outlet.
 *
 * `publisher` is the site that printed the page (= `outlet`); `originalSource`
 * is the wire agency the story came from when it differs ("(Sputnik)" in the
 * dateline, A in "A || B", "By Yonhap" on a Korea Herald page).
 */
import { metaLineParts } from './date-evidence.js';
import { isChrome, SITE_CREDIT_RE } from './layout/lines.js';
import { canonicalOutletName, compactName, outletAtStart, outletByCompact, outletByDomain, outletByName } from './outlet-names.js';

export interface OutletInfo {
  outlet: string | null;
  publisher: string | null;
  originalSource: string | null;
}

export interface OutletEvidence {
  /** Name of the file the page was saved as: scrapers name files after the site. */
  filename?: string | undefined;
  /** Site name split off the headline ("… | The Hill"). */
  titleSite?: string | null | undefined;
  /** Lines above the story that are not the headline. */
  headerLines?: string[] | undefined;
  metaLines: string[];
  captionLines: string[];
  signatureLines: string[];
  datelineAgency: string | null;
  /** Story paragraphs, for self-references ("told POLITICO", "CBS News' Haley Ott"). */
  paragraphs?: string[] | undefined;
}

/** How much each kind of signal says about the publisher. */
export const OUTLET_SIGNAL_WEIGHTS = {
  /** "Sputnik || Shining BD": the second name printed the page. */
  dualCredit: 6,
  /** "306_thehill-senators-….txt", "www.reuters.com_article.html". */
  filename: 6,
  /** A web domain printed in the page chrome. */
  domain: 5,
  /** A line above the story that is the site's name ("The Korea Herald", "MercoPress, en Español"). */
  siteHeader: 5,
  /** "Headline | The Hill". */
  titleSuffix: 5,
  /** "CBC News | Posted: November 19, 2010". */
  metaLine: 5,
  /** Sputnik's image credit "- Sputnik Africa, 1920, 14.09.2023". */
  siteCredit: 5,
  /** "© 2024 The Irish Times". */
  copyright: 4,
  /** "(Reuters)", "/TASS/" in the dateline. */
  dateline: 4,
  /** "By Yonhap", "By Jane Doe, Reuters". */
  byline: 3,
  /** "Source: Xinhua". */
  sourceLine: 3,
  /** A last line that is an outlet's name. */
  signature: 3,
  /** A line above the headline that opens with the site's name ("The Times of Israel liveblogged …"). */
  headerStart: 3,
  /** "told POLITICO", "CBS News' Haley Ott said", "Arab News’ current affairs program". */
  selfReference: 2,
  /** "(Yonhap)" closing a caption, "Sergey Bobylev/TASS": agencies also credit others' photos. */
  photoCredit: 1,
} as const;

type Signal = keyof typeof OUTLET_SIGNAL_WEIGHTS;

/** Below this total no outlet is named: one photo credit is not enough. */
const MIN_SCORE = 2;

const DUAL_RE = /^\s*([^|]{2,60}?)\s*\|\|\s*([^|]{2,60}?)\s*$/;
const SOURCE_RE = /(?:^|\|)\s*(?:source|источник|via)\s*:\s*([^|]{2,80}?)\s*(?:\||$)/i;
const BYLINE_RE = /^by\s+(.{2,80})$/i;
const PHOTO_AGENCY_RE = /(?:\/|\()\s*([A-Z][A-Za-z .]{1,30}?)\s*\)?\s*$/;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.{2,60}?)(?:\.|,?\s+all rights reserved.*)?$/i;
const DOMAIN_RE = /(?<![a-z0-9.-])((?:[a-z0-9-]+\.)+(?:com|org|net|info|news|tv|africa|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2}))(?![a-z0-9-])/gi;
const SELF_AFTER_RE =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:correspondent|reporter|program|programme|show|podcast|editor|journalist|interview|team)\b|^['’]s?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:said|reported|reports|says|wrote)\b|^\s+(?:senior\s+|chief\s+|foreign\s+|political\s+)*(?:correspondent|reporter)\b/u;
const CITATION_AFTER_RE = /^\s+(?:reported|reports|said|wrote|published|quoted|cited)\b/i;

class Tally {
  private readonly scores = new Map<string, { total: number; signals: Set<Signal>; wire: boolean; first: number }>();
  private order = 0;
  add(name: string | null, signal: Signal, wire = false): void {
    if (!name) return;
    let row = this.scores.get(name);
    if (!row) {
      row = { total: 0, signals: new Set(), wire, first: this.order++ };
      this.scores.set(name, row);
    }
    if (row.signals.has(signal)) return;
    row.signals.add(signal);
    row.total += OUTLET_SIGNAL_WEIGHTS[signal];
  }
  best(): string | null {
    let best: string | null = null;
    let bestTotal = 0;
    let bestFirst = Infinity;
    for (const [name, row] of this.scores) {
      if (row.total > bestTotal || (row.total === bestTotal && row.first < bestFirst)) {
        best = name;
        bestTotal = row.total;
        bestFirst = row.first;
      }
    }
    return bestTotal >= MIN_SCORE ? best : null;
  }
}

/** The outlet a file name starts with ("306_thehill-senators-…", "times-of-israel_…"), or one its domain names. */
export function outletFromFilename(filename: string | undefined): string | null {
  if (!filename) return null;
  const base = filename.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  for (const m of base.matchAll(DOMAIN_RE)) {
    const e = outletByDomain(m[1] ?? '');
    if (e) return e.name;
  }
  const tokens = base.replace(/^[\d_\-. ]+/, '').split(/[-_. ]+/);
  if (!/^[a-z]/i.test(tokens[0] ?? '')) return null;
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    const e = outletByCompact(compactName(tokens.slice(0, n).join('')));
    if (e) return e.name;
  }
  return null;
}

function known(name: string): string | null {
  return outletByName(name)?.name ?? null;
}

/**
 * The publisher a copyright line names: a known outlet, or any short
 * capitalised name ("© 2025 The Portvale Courier"), since the line is the
 * site's own. Agencies' photo credits ("© AP Photo/…") are filtered before.
 */
function copyrightHolder(text: string): string | null {
  const name = text.trim().replace(/[.,;:]+$/, '');
  const k = known(name);
  if (k) return k;
  const words = name.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^(?:\p{Lu}|&|of$|and$|the$)/u.test(w)) ? name : null;
}

function isWire(name: string | null): boolean {
  return name !== null && outletByName(name)?.wire === true;
}

/** Words after which an outlet is being spoken to: "told POLITICO", "in an interview with Al-Monitor". */
const SELF_TRIGGER_RE =
  /\b(?:told|shared with|(?:interview|statement|comments?|speaking|spoke|talking|talked|remarks)\s+(?:to|with))\s+(?:the\s+)?(?=\p{Lu})/gu;
/** Words that show an outlet's own staff or programme right before them: "CBS News senior correspondent". */
const STAFF_WORD_RE = /\b(?:correspondent|reporter|program|programme|podcast|editor|journalist)\b|['’]s?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:said|says)\b/gu;

function addSelf(tally: Tally, hit: ReturnType<typeof outletAtStart>, after: string): void {
  if (hit && !CITATION_AFTER_RE.test(after)) tally.add(hit.entry.name, 'selfReference', hit.entry.wire);
}

/** Outlets named as themselves in the story: "told POLITICO", "CBS News' Haley Ott said", not "Politico reported". */
function selfReferences(paragraphs: string[], tally: Tally): void {
  for (const p of paragraphs.slice(0, 30)) {
    for (const m of p.matchAll(SELF_TRIGGER_RE)) {
      const at = (m.index ?? 0) + m[0].length;
      const hit = outletAtStart(p.slice(at, at + 80));
      addSelf(tally, hit, hit ? p.slice(at + hit.length, at + hit.length + 40) : '');
    }
    for (const m of p.matchAll(STAFF_WORD_RE)) {
      // The outlet ends just before, at most three words earlier ("Arab News’ current affairs program").
      const end = m.index ?? 0;
      const windowStart = Math.max(0, end - 70);
      const window = p.slice(windowStart, end);
      for (const w of window.matchAll(/(?<=^|\s)\p{Lu}\S*/gu)) {
        const at = windowStart + (w.index ?? 0);
        const hit = outletAtStart(p.slice(at, end + 40));
        if (!hit) continue;
        const gap = p.slice(at + hit.length, end);
        if (SELF_AFTER_RE.test(p.slice(at + hit.length, at + hit.length + 80)) && gap.split(/\s+/).length <= 5) {
          addSelf(tally, hit, p.slice(at + hit.length, at + hit.length + 40));
          break;
        }
      }
    }
  }
}

export function detectOutlet(ev: OutletEvidence): OutletInfo {
  const tally = new Tally();
  let original: string | null = null;
  const wireSources: string[] = [];

  tally.add(outletFromFilename(ev.filename), 'filename');
  if (ev.titleSite) tally.add(ev.titleSite, 'titleSuffix');
  const chromeLines = [...(ev.headerLines ?? []), ...ev.metaLines, ...ev.captionLines, ...ev.signatureLines];
  for (const line of chromeLines) {
    if (!line.includes('.')) continue;
    for (const m of line.matchAll(DOMAIN_RE)) {
      const e = outletByDomain(m[1] ?? '');
      if (e) tally.add(e.name, 'domain');
    }
  }
  for (const line of ev.headerLines ?? []) {
    // A widget's label ("AA", the text-size button) is no site name, even when an outlet goes by it.
    if (isChrome(line)) continue;
    const hit = outletAtStart(line, true);
    if (!hit) continue;
    const rest = line.slice(hit.length);
    const whole = rest.trim() === '' || /^\s*[,|:–—-]/.test(rest) || /^\p{Lu}/u.test(rest);
    tally.add(hit.entry.name, whole ? 'siteHeader' : 'headerStart');
  }
  for (const line of ev.metaLines) {
    const dual = line.includes('||') ? DUAL_RE.exec(line) : null;
    if (dual) {
      original = canonicalOutletName(dual[1] ?? '');
      tally.add(canonicalOutletName(dual[2] ?? ''), 'dualCredit');
      continue;
    }
    const src = SOURCE_RE.exec(line);
    if (src) {
      const name = canonicalOutletName(src[1] ?? '');
      tally.add(name, 'sourceLine');
      wireSources.push(name);
    }
    const by = BYLINE_RE.exec(line.split('|')[0]?.trim() ?? '');
    if (by) {
      // "By Yonhap", "By Jane Doe, Reuters", "By Jane Doe (AFP)", "By JT - Jan 17,2023".
      for (const part of (by[1] ?? '').split(/\s*(?:,|\(|\)|\s-\s|\band\b)\s*/)) {
        const name = known(part);
        if (name) {
          tally.add(name, 'byline');
          wireSources.push(name);
        }
      }
    }
    const parts = metaLineParts(line);
    if (parts.length > 1) {
      for (const seg of parts) {
        const name = known(seg.trim());
        if (name) tally.add(name, 'metaLine');
      }
    }
  }
  for (const line of ev.captionLines) {
    const site = SITE_CREDIT_RE.exec(line);
    if (site) tally.add(canonicalOutletName(site[1] ?? ''), 'siteCredit');
    const copy = COPYRIGHT_RE.exec(line);
    if (copy && !/photo|\//i.test(copy[1] ?? '')) tally.add(copyrightHolder(copy[1] ?? ''), 'copyright');
    const photo = PHOTO_AGENCY_RE.exec(line);
    if (photo) {
      const name = known(photo[1] ?? '');
      if (name) tally.add(name, 'photoCredit');
    }
  }
  for (const line of ev.signatureLines) {
    const name = known(line.trim());
    if (name) tally.add(name, 'signature');
    const copy = COPYRIGHT_RE.exec(line);
    if (copy) tally.add(copyrightHolder(copy[1] ?? ''), 'copyright');
  }
  const agency = ev.datelineAgency ? canonicalOutletName(ev.datelineAgency) : null;
  tally.add(agency, 'dateline');
  if (ev.paragraphs) selfReferences(ev.paragraphs, tally);

  const outlet = tally.best();
  if (!original) original = [agency, ...wireSources].find((n) => n !== null && n !== outlet && isWire(n)) ?? null;
  if (!original && agency && agency !== outlet) original = agency;
  if (original === outlet) original = null;
  return { outlet, publisher: outlet, originalSource: outlet ? original : null };
}
