/** Small text helpers for the data tests: sentence splitting, word counts, numbers in text. */

const ABBREVIATIONS = ['e.g.', 'i.e.', 'et al.', 'vs.', 'etc.', 'Dr.', 'St.', 'U.S.', 'approx.', 'no.'];
const HOLD = '\u0000';

/** Split prose into sentences; abbreviations and decimals do not end a sentence. */
export function splitSentences(text: string): string[] {
  let t = text;
  for (const a of ABBREVIATIONS) t = t.split(a).join(a.replace(/\./g, HOLD));
  return t
    .split(/(?<=[.!?…][”"’')\]»]?)\s+(?=[“"‘'([«„¿¡]?[\p{Lu}\d])/u)
    .map((s) => s.split(HOLD).join('.').trim())
    .filter((s) => s.length > 0);
}

export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** Numbers written with digits, normalised ('1,767' -> '1767', '3.10' -> '3.1'). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => String(Number(m[0].replace(/,/g, ''))));
}

/** Percentages, normalised ('3.10%' -> '3.1'). */
export function percentsIn(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].map((m) => String(Number(m[1])));
}

/** Every string in a value, recursively. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}
