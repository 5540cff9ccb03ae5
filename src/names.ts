// Who is the same person across articles: full-name forms, folded, patronymics dropped.
import { foldText } from './text.js';

// Russian-style patronymics ("Vladimirovich", "Sergeyevna") as a middle name.
const PATRONYMIC = /(ovich|evich|yevich|ich|ovna|evna|yevna|ichna|inichna)$/;

/** The folded form of a name with any patronymic middle name removed: "Vladimir Vladimirovich Putin" → "vladimir putin". */
export function personKey(name: string): string {
  const words = foldText(name).split(' ').filter(Boolean);
  if (words.length >= 3) {
    const kept = words.filter((word, i) => i === 0 || i === words.length - 1 || !PATRONYMIC.test(word));
    return kept.join(' ');
  }
  return words.join(' ');
}

/** A name as people write it, without a patronymic middle name. */
export function displayName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return words.join(' ');
  return words.filter((word, i) => i === 0 || i === words.length - 1 || !PATRONYMIC.test(foldText(word))).join(' ');
}

/** Keys that identify a person across articles: full-name forms only; a surname alone is shared by too many people. */
export function identityKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const key = personKey(form);
    if (key.includes(' ')) keys.add(key);
  }
  return [...keys];
}

/** Every folded form a reader may look the person up by, surnames included. */
export function aliasKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    keys.add(foldText(form));
    keys.add(personKey(form));
  }
  keys.delete('');
  return [...keys];
}
