import type { TermSet } from '../data/term-types';
import { bareLetter } from './pattern-compiler';

/**
 * A cheap first pass: every term's match contains one of a few plain substrings ("anchors"), so a text
 * without any of them, lower-cased, cannot hold a mention. Most pages never mention CCSVI, and for them
 * one native substring search replaces the whole scan. Anchors are derived from the term patterns, so
 * they cannot drift from the matcher.
 */

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'break' }
  | { kind: 'group'; alternatives: Token[][]; optional: boolean };

function parse(pattern: string): Token[] {
  let i = 0;
  const sequence = (closers: string): Token[][] => {
    const alternatives: Token[][] = [[]];
    while (i < pattern.length) {
      const ch = pattern[i++]!;
      const current = alternatives[alternatives.length - 1]!;
      if (closers.includes(ch)) return alternatives;
      if (ch === '|') alternatives.push([]);
      else if (ch === '{') current.push({ kind: 'group', alternatives: sequence('}'), optional: false });
      else if (ch === '(') current.push({ kind: 'group', alternatives: sequence(')'), optional: true });
      else if (ch === ' ' || ch === '-' || ch === "'") current.push({ kind: 'break' });
      else current.push({ kind: 'char', char: ch });
    }
    return alternatives;
  };
  return sequence('')[0]!;
}

/** How a pattern letter can look in lower-cased text: itself, and its bare form when it has an accent. */
function letterForms(char: string): string[] {
  const forms = new Set([char.toLowerCase(), bareLetter(char).toLowerCase()]);
  return [...forms].filter((f) => f.length === 1);
}

const MAX_RUN_FORMS = 8;

/** Anchor sets for a sequence: every match of it contains at least one string of the returned set. */
function anchorsOf(tokens: Token[]): string[] | null {
  const candidates: string[][] = [];
  let run: string[] = [''];
  const endRun = () => {
    if (run[0]!.length > 0) candidates.push(run);
    run = [''];
  };
  for (const token of tokens) {
    if (token.kind === 'char') {
      const forms = letterForms(token.char);
      if (forms.length === 0 || run.length * forms.length > MAX_RUN_FORMS) {
        endRun();
        if (forms.length === 0) continue;
      }
      run = run.flatMap((prefix) => forms.map((f) => prefix + f));
      continue;
    }
    // A group of plain alternatives ({ë|e}, {a|e}) extends the run with each of them while that stays small.
    if (token.kind === 'group' && !token.optional && run[0]!.length > 0) {
      const plain = token.alternatives.every((alt) => alt.length > 0 && alt.every((t) => t.kind === 'char'));
      const spell = (alt: Token[]) =>
        alt.reduce<string[]>((acc, t) => acc.flatMap((prefix) => letterForms((t as { char: string }).char).map((f) => prefix + f)), ['']);
      const forms = plain ? token.alternatives.flatMap(spell) : [];
      if (plain && run.length * forms.length <= MAX_RUN_FORMS) {
        run = run.flatMap((prefix) => forms.map((f) => prefix + f));
        continue;
      }
    }
    endRun();
    if (token.kind === 'group' && !token.optional) {
      const perAlternative = token.alternatives.map(anchorsOf);
      if (perAlternative.every((a): a is string[] => a !== null)) candidates.push([...new Set(perAlternative.flat())]);
    }
  }
  endRun();
  if (candidates.length === 0) return null;
  // Long strings are rare in ordinary text, and every extra anchor is one more chance of a false alarm.
  // Accent variants of one word count once.
  const words = (set: string[]) => new Set(set.map((a) => [...a].map(bareLetter).join(''))).size;
  const score = (set: string[]) => Math.min(...set.map((s) => s.length)) - 2 * (words(set) - 1);
  return candidates.sort((a, b) => score(b) - score(a))[0]!;
}

export interface Prefilter {
  /** the anchors, for tests and the bench */
  readonly anchors: readonly string[];
  /** false only if `lowerCasedText` cannot contain a mention */
  mayContain(lowerCasedText: string): boolean;
  /** where anchors start in `lowerCasedText`, ascending, overlapping occurrences included */
  anchorOffsets(lowerCasedText: string): number[];
}

/** Null when some term has no anchor of at least `minLength` characters: then every text must be scanned. */
export function createPrefilter(set: TermSet, minLength = 3): Prefilter | null {
  const anchors = new Set<string>();
  for (const term of set.terms) {
    for (const pattern of term.patterns) {
      const found = anchorsOf(parse(pattern));
      if (!found || found.some((a) => a.length < minLength)) {
        return null;
      }
      for (const anchor of found) anchors.add(anchor);
    }
  }
  // Drop anchors that contain another anchor: the shorter one already catches them.
  const minimal = [...anchors].filter((a) => ![...anchors].some((b) => b !== a && a.includes(b)));
  const source = minimal.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const regex = new RegExp(source);
  const everyHit = new RegExp(source, 'g');
  return {
    anchors: minimal,
    mayContain: (text) => regex.test(text),
    anchorOffsets(text) {
      const offsets: number[] = [];
      everyHit.lastIndex = 0;
      for (let m = everyHit.exec(text); m !== null; m = everyHit.exec(text)) {
        offsets.push(m.index);
        everyHit.lastIndex = m.index + 1;
      }
      return offsets;
    },
  };
}
