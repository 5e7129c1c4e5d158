/**
 * Words of a citation compared as a reader would: case, accents, punctuation and hyphenation ignored,
 * small typos allowed (core/citations.ts).
 */

export const STOP = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'de',
  'la',
  'le',
  'et',
  'und',
  'a',
  'an',
  'on',
]);

/** Lower case, no accents, hyphens inside words dropped ('cerebro-spinal'), other punctuation as spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\p{L})[-‐‑­](?=\p{L})/gu, '$1')
    .replace(/multiple sclerosis/g, 'ms')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const tokens = (text: string): string[] => {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
};

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Damerau-Levenshtein (optimal string alignment), small strings only.
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Same word, allowing one typo in words of 5+ letters and two in words of 9+. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || /\d/.test(a) || /\d/.test(b)) return false;
  return editDistance(a, b, shorter >= 9 ? 2 : 1) <= (shorter >= 9 ? 2 : 1);
}
