/**
 * Machine-readable dates from markup (ISO 8601 as JSON-LD, Open Graph and <time datetime> write them),
 * in the extractor's convention: no zone offset, read as UTC. A date-time with an offset is converted
 * to UTC first, so "2024-06-17T22:29:00+03:00" becomes "2024-06-17T19:29:00".
 */
import type { DateParts, DatePrecision } from '../types.js';

export interface MarkupDate {
  iso: string;
  precision: DatePrecision;
  parts: DateParts;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const pad = (n: number) => String(n).padStart(2, '0');

export function markupDate(value: string | null): MarkupDate | null {
  const match = value ? ISO_RE.exec(value.trim()) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (h === undefined) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return { iso: `${y}-${mo}-${d}`, precision: 'day', parts: { year, month, day } };
  }
  const offset = zone && zone.toUpperCase() !== 'Z' ? zone.replace(/(\d{2})(\d{2})$/, '$1:$2') : 'Z';
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: s === undefined ? null : instant.getUTCSeconds(),
  };
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
  return s === undefined ? { iso: date, precision: 'minute', parts } : { iso: `${date}:${pad(parts.second ?? 0)}`, precision: 'second', parts };
}
