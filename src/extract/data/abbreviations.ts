/** Abbreviations that end in a period but do not end a sentence. */
import { wordSet as set } from './word-set.js';

export const ABBREVIATIONS = set(
  'mr|mrs|ms|dr|prof|sr|jr|st|ave|rd|blvd|coun|cllr|maj|brig|det|supt|insp|amb|gen|lt|col|sgt|capt|cmdr|adm|gov|sen|rep|rev|hon|pres|inc|ltd|co|corp|no|vs|etc|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|dept|est|fig|mt|ft|a.m|p.m|u.s|u.k|u.n|e.g|i.e|ph.d',
);
