import type { LongFormConcept, TermDefinition } from '../data/term-types';
import { ANY_LETTERS, bareLetter, stemsSource, WORD_GAP } from './pattern-compiler';

/**
 * The long forms as concepts (LongFormConcept in data/term-types.ts). The term regex finds only an
 * insufficiency word, of any language; `resolve` reads the words around it (letters joined by spaces,
 * dashes or quotes, a link word allowed between two of them), checks that the run names the condition
 * (an insufficiency word, a venous word and the cerebrospinal qualifier, in any order), cuts it where a
 * word would only repeat what it already said, and tells which language's term it is.
 *
 * Words are classified by prefix tests on their lower-cased bare letters, not by regular expressions: V8
 * builds every regex anew on each page, and a regex per word role made the first mention of a page slow
 * to read (bench/README.md).
 */
export interface LongForms {
  /** regular-expression source of an insufficiency word, without capturing groups */
  readonly source: string;
  /** the mention around the insufficiency word at text[at, wordEnd), starting at `floor` or later; null if the words name something else */
  resolve(
    text: string,
    at: number,
    wordEnd: number,
    floor: number,
  ): { term: TermDefinition; start: number; end: number } | null;
}

type Role = 'insufficiency' | 'venous' | 'cerebrospinal' | 'cerebral' | 'spinal' | 'chronic';
const ROLES: readonly Role[] = ['insufficiency', 'venous', 'cerebrospinal', 'cerebral', 'spinal', 'chronic'];
type ConceptTerm = TermDefinition & { concept: LongFormConcept };

const folded = new Map<string, string>();
/** Lower case, accents and joiners dropped: how words and stems are compared (the same words recur: kept). */
function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = [...text.toLowerCase().replace(/[\s\u00A0\u2010-\u2015-]/g, '')].map(bareLetter).join('');
    if (folded.size < 10_000) folded.set(text, result);
  }
  return result;
}

/** Whether a word starts with the stem (folded or not, as given), with its `*` parts in order. */
function fits(word: string, stem: string): boolean {
  let at = 0;
  for (const part of stem.split('*').filter(Boolean)) {
    const found = word.indexOf(part, at);
    if (found < 0 || (at === 0 && found > 0)) return false;
    at = found + part.length;
  }
  return true;
}

/** a word and the gap after it */
const WORD = new RegExp(`([\\p{L}\\p{M}]+)(${WORD_GAP}|)`, 'gu');
/** how far around the insufficiency word to read */
const WINDOW = 200;

export function compileLongForms(terms: readonly TermDefinition[]): LongForms {
  const concepts = terms.filter((t): t is ConceptTerm => t.concept !== undefined);
  return {
    source: `${stemsSource(concepts.flatMap((t) => t.concept.insufficiency))}${ANY_LETTERS}`,
    resolve(text, at, wordEnd, floor) {
      const own = text.slice(at, wordEnd).toLowerCase();
      // as written first (insuficiência is Portuguese), then without accents
      const term =
        concepts.find((t) => t.concept.insufficiency.some((s) => fits(own, s.toLowerCase()))) ??
        concepts.find((t) => t.concept.insufficiency.some((s) => fits(fold(own), fold(s))));
      if (!term) return null;
      const { concept } = term;
      const words: Array<{ start: number; end: number; gapEnd: number; roles: Role[]; link: boolean }> = [];
      WORD.lastIndex = Math.max(floor, at - WINDOW);
      for (let m = WORD.exec(text); m && m.index < wordEnd + WINDOW; m = WORD.exec(text)) {
        const word = fold(m[1]!);
        const end = m.index + m[1]!.length;
        words.push({
          start: m.index,
          end,
          gapEnd: m[2] ? end + m[2].length : -1,
          roles: ROLES.filter((role) => concept[role].some((s) => fits(word, fold(s)))),
          link: concept.links.some((l) => fold(l) === word),
        });
      }
      const self = words.findIndex((w) => w.start === at);
      if (self < 0) return null;
      // joined: only a gap between the words; a link word may stand between two role words
      const joined = (i: number) => words[i - 1]?.gapEnd === words[i]!.start;
      let first = self;
      for (let i = self - 1; i >= 0 && joined(i + 1); i--) {
        if (words[i]!.roles.length > 0) first = i;
        else if (!(words[i]!.link && joined(i) && words[i - 1]!.roles.length > 0)) break;
      }
      const seen = new Set<Role>();
      let end = -1;
      for (
        let i = first, count = 0;
        i < words.length && count < concept.maxWords && (i === first || joined(i));
        i++
      ) {
        const w = words[i]!;
        if (w.roles.length === 0) {
          if (w.link && joined(i + 1) && words[i + 1]!.roles.length > 0) continue;
          break;
        }
        if (end >= 0 && w.roles.every((r) => seen.has(r))) break; // named already: this word starts something else
        w.roles.forEach((r) => seen.add(r));
        count++;
        const named =
          seen.has('insufficiency') &&
          seen.has('venous') &&
          (seen.has('cerebrospinal') ||
            (seen.has('cerebral') && (seen.has('spinal') || seen.has('chronic'))));
        if (end >= 0 || named) end = w.end;
      }
      if (end <= at) return null;
      const start = words[first]!.start;
      // a long form fused into a compound keeps its head: "…Insuffizienztheorie" is a mention up to "…Insuffizienz"
      const last = text.slice(words.find((w) => w.end === end)!.start, end);
      const head = concept.compoundHeads?.find(
        (h) => last.toLowerCase().startsWith(h.toLowerCase()) && last.length > h.length + 2,
      );
      return { term, start, end: head ? end - last.length + head.length : end };
    },
  };
}
