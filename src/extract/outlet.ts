/**
 * Outlet detection. `publisher` is the site that printed the page, detected
 * from "A || B" credit lines (B), site-specific caption credits
 * ("- Sputnik Africa, 1920, 14.09.2023"), "Source: X" lines and trailing
 * signature lines. `originalSource` is the wire agency the story came from
 * when it differs ("(Sputnik)" in the dateline, A in "A || B").
 * `outlet` = publisher when known, else the agency.
 */
import { SITE_CREDIT_RE } from './clean.js';
import { OUTLETS } from './lexicon.js';

export interface OutletInfo {
  outlet: string | null;
  publisher: string | null;
  originalSource: string | null;
}

export interface OutletEvidence {
  metaLines: string[];
  captionLines: string[];
  signatureLines: string[];
  datelineAgency: string | null;
}

export function canonicalOutlet(name: string): string {
  const trimmed = name.trim().replace(/[.,;:]+$/, '');
  return OUTLETS[trimmed.toLowerCase()] ?? trimmed;
}

const DUAL_RE = /^\s*([^|]{2,60}?)\s*\|\|\s*([^|]{2,60}?)\s*$/;
const SOURCE_RE = /^(?:source|источник|via)\s*:\s*(.{2,80})$/i;
const PHOTO_AGENCY_RE = /\/(TASS|AP|AFP|Reuters|REUTERS|Sputnik|RIA Novosti|Xinhua|Yonhap)\s*\)?\s*$/;
const COPYRIGHT_RE = /^(?:©|copyright)\s*(?:\d{4}\s*)?(.{2,60}?)(?:\.|\s+all rights reserved.*)?$/i;

export function detectOutlet(ev: OutletEvidence): OutletInfo {
  let publisher: string | null = null;
  let original: string | null = null;
  for (const line of ev.metaLines) {
    const dual = line.includes('||') ? DUAL_RE.exec(line) : null;
    if (dual) {
      original = canonicalOutlet(dual[1] ?? '');
      publisher = canonicalOutlet(dual[2] ?? '');
      break;
    }
  }
  if (!publisher) {
    for (const line of ev.captionLines) {
      const m = SITE_CREDIT_RE.exec(line);
      if (m) {
        publisher = canonicalOutlet(m[1] ?? '');
        break;
      }
    }
  }
  if (!publisher) {
    for (const line of ev.signatureLines) {
      const key = line.trim().toLowerCase();
      if (OUTLETS[key]) {
        publisher = canonicalOutlet(line);
        break;
      }
    }
  }
  let sourceLine: string | null = null;
  for (const line of ev.metaLines) {
    const m = SOURCE_RE.exec(line);
    if (m) {
      sourceLine = canonicalOutlet(m[1] ?? '');
      break;
    }
  }
  if (!publisher && sourceLine) publisher = sourceLine;
  else if (publisher && sourceLine && sourceLine !== publisher && !original) original = sourceLine;
  let agency = ev.datelineAgency ? canonicalOutlet(ev.datelineAgency) : null;
  if (!agency) {
    for (const line of ev.captionLines) {
      const m = PHOTO_AGENCY_RE.exec(line);
      if (m && m[1] && m[1].toLowerCase() === 'tass') {
        // TASS pages credit their own photographers ("Sergey Bobylev/TASS").
        agency = 'TASS';
        break;
      }
    }
  }
  if (!publisher) {
    for (const line of [...ev.captionLines, ...ev.signatureLines]) {
      const m = COPYRIGHT_RE.exec(line);
      if (m && m[1] && OUTLETS[m[1].trim().toLowerCase()]) {
        publisher = canonicalOutlet(m[1]);
        break;
      }
    }
  }
  if (agency && !original && publisher && agency !== publisher) original = agency;
  if (!publisher) publisher = agency;
  if (original === publisher) original = null;
  return { outlet: publisher, publisher, originalSource: original };
}
