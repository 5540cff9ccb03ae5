/**
 * Cheap language identification: script counts, then stop-word votes for
 * Latin-script languages. Returns an ISO 639-1 code or "und".
 */

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'said', 'on', 'as', 'by', 'it', 'are', 'from', 'has'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'dans', 'que', 'pour', 'qui', 'pas', 'sur', 'au', 'avec', 'a'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'auf', 'für', 'dem', 'im'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'en', 'que', 'de', 'por', 'una', 'un', 'con', 'para', 'del', 'se', 'no', 'al'],
  it: ['il', 'la', 'che', 'di', 'e', 'è', 'un', 'una', 'per', 'non', 'con', 'del', 'della', 'sono', 'gli', 'le', 'nel'],
  pt: ['o', 'a', 'os', 'as', 'e', 'é', 'de', 'que', 'um', 'uma', 'para', 'com', 'não', 'do', 'da', 'em', 'no', 'na'],
};

/** word → languages it is a stop word of (one lookup per word). */
const STOP_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) STOP_INDEX.set(w, [...(STOP_INDEX.get(w) ?? []), lang]);
}

export function detectLanguage(text: string): string {
  // A couple of thousand characters decide the language; more only costs time.
  const sample = text.length > 800 ? text.slice(0, 800) : text;
  let latin = 0;
  let cyr = 0;
  let cjk = 0;
  let arabic = 0;
  let greek = 0;
  let hangul = 0;
  let kana = 0;
  let hebrew = 0;
  let devanagari = 0;
  let ukrainianMarks = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ї є ґ are Ukrainian-only letters.
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491) ukrainianMarks++;
    } else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x370 && c <= 0x3ff) greek++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if (c >= 0x900 && c <= 0x97f) devanagari++;
  }
  const max = Math.max(latin, cyr, cjk, arabic, greek, hangul, kana, hebrew, devanagari);
  if (max === 0) return 'und';
  if (max === cyr) return ukrainianMarks > cyr * 0.01 ? 'uk' : 'ru';
  if (max === kana || (max === cjk && kana > cjk * 0.1)) return 'ja';
  if (max === cjk) return 'zh';
  if (max === hangul) return 'ko';
  if (max === arabic) return 'ar';
  if (max === greek) return 'el';
  if (max === hebrew) return 'he';
  if (max === devanagari) return 'hi';
  const votes: Record<string, number> = {};
  const words = sample.toLowerCase().split(/[\s,.;:!?"“”«»()'’-]+/);
  for (const w of words) {
    const langs = STOP_INDEX.get(w);
    if (langs) for (const lang of langs) votes[lang] = (votes[lang] ?? 0) + 1;
  }
  let best = 'und';
  let bestVotes = 0;
  for (const [lang, v] of Object.entries(votes)) {
    if (v > bestVotes) {
      best = lang;
      bestVotes = v;
    }
  }
  return bestVotes >= 2 ? best : 'und';
}
