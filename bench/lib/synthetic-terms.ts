/**
 * A made-up topic with many terms, for the "10,000 terms vs the topic's own" row: random multi-word
 * phrases in the same pattern syntax as data/ccsvi/terms.ts (alternatives, optional words, compound
 * joiners, an accented letter now and then), all context 'none'.
 */
import type { TermDefinition, TermSet } from '../../data/term-types';
import { createRng, type Rng } from './prng';

const ONSETS = [
  'b',
  'br',
  'c',
  'cr',
  'd',
  'dr',
  'f',
  'g',
  'gl',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'qu',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
  'x',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou', 'é', 'ö'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'x', 'th', 'nd', 'rk'];

function madeUpWord(rng: Rng): string {
  let w = '';
  for (let i = rng.int(2, 4); i > 0; i--) w += rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
  return w;
}

/** Every spelling of `word` with each accented letter as it is or bare (the patterns accept both). */
function accentForms(word: string): string[] {
  let forms = [''];
  for (const letter of word) {
    const bare = letter.normalize('NFD').charAt(0);
    forms = forms.flatMap((f) => (bare === letter ? [f + letter] : [f + letter, f + bare]));
  }
  return forms;
}

/** A phrase, and its anchors: the spellings of a word that every match holds (not optional; a compound's last part). */
function phrasePattern(rng: Rng): { pattern: string; anchors: string[] } {
  const words: string[] = [];
  let anchors: string[] | null = null;
  const n = rng.int(2, 4);
  for (let i = 0; i < n; i++) {
    let w = madeUpWord(rng);
    const stem = w;
    let optional = false;
    const roll = rng.next();
    if (roll < 0.15)
      w = `${w}{s|es|}`; // inflections
    else if (roll < 0.25)
      w = `${madeUpWord(rng)}-${w}`; // compound with optional joiner
    else if (roll < 0.32 && i < n - 1) {
      w = `(${w} )`; // optional word (the space is inside the group)
      optional = true;
    }
    if (!optional) anchors ??= accentForms(stem);
    words.push(w);
  }
  // An optional word carries its own space: glue it to the next word.
  const pattern = words.reduce(
    (acc, w, i) => (i === 0 ? w : acc.endsWith(' )') ? acc + w : `${acc} ${w}`),
    '',
  );
  return { pattern, anchors: anchors! };
}

/** how many synthetic terms the bench scans with (the 10,000) */
export const SYNTHETIC_TERM_COUNT = 10_000;

export function syntheticTermSet(count: number, seed = 10_000): TermSet {
  const rng = createRng(seed);
  const terms: TermDefinition[] = [];
  for (let i = 0; i < count; i++) {
    const phrases = [phrasePattern(rng)];
    if (rng.chance(0.2)) phrases.push(phrasePattern(rng));
    terms.push({
      id: `synthetic-${i}`,
      lang: 'en',
      kind: 'condition',
      patterns: phrases.map((p) => p.pattern),
      anchors: [...new Set(phrases.flatMap((p) => p.anchors))],
      case: rng.chance(0.9) ? 'insensitive' : 'exact',
      context: 'none',
    });
  }
  return {
    topicId: 'synthetic',
    terms,
    contextCues: [{ id: 'ms', patterns: ['multiple sclerosis'], case: 'insensitive' }],
    contextWindow: 400,
  };
}
