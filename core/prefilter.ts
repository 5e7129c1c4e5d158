import type { TermSet } from '../data/term-types';
import { bareLetter } from './pattern-compiler';
import type { AnchorIndex } from './anchor-index';

/** Builds a hashed index of many anchors (core/anchor-index.ts); passed in only where term sets are large. */
export type AnchorIndexFactory = (anchors: readonly string[]) => AnchorIndex;

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
  let forms = formsOfLetter.get(char);
  if (!forms) {
    forms = [...new Set([char.toLowerCase(), bareLetter(char).toLowerCase()])].filter((f) => f.length === 1);
    formsOfLetter.set(char, forms);
  }
  return forms;
}
const formsOfLetter = new Map<string, string[]>();

/** bareLetter, remembered: ten thousand terms would otherwise normalize every letter many times */
function bare(char: string): string {
  let b = bareOfLetter.get(char);
  if (b === undefined) bareOfLetter.set(char, (b = bareLetter(char)));
  return b;
}
const bareOfLetter = new Map<string, string>();

/** Every spelling of a run: one form from each position, in order. */
function spellings(parts: readonly string[][]): string[] {
  let out = [''];
  let fixed = ''; // letters with one form, added to every spelling at once
  for (const forms of parts) {
    if (forms.length === 1) {
      fixed += forms[0]!;
      continue;
    }
    const next: string[] = [];
    for (const prefix of out) for (const form of forms) next.push(prefix + fixed + form);
    out = next;
    fixed = '';
  }
  if (fixed) out = out.map((prefix) => prefix + fixed);
  return out;
}

const MAX_RUN_FORMS = 8;

/** Anchor sets for a sequence: every match of it contains at least one string of the returned set. */
function anchorsOf(tokens: Token[]): string[] | null {
  const candidates: string[][] = [];
  // the current run of letters: the forms at each position, and how many spellings they make
  let parts: string[][] = [];
  let count = 1;
  const endRun = () => {
    if (parts.length > 0) candidates.push(spellings(parts));
    parts = [];
    count = 1;
  };
  for (const token of tokens) {
    if (token.kind === 'char') {
      const forms = letterForms(token.char);
      if (forms.length === 0 || count * forms.length > MAX_RUN_FORMS) {
        endRun();
        if (forms.length === 0) continue;
      }
      parts.push(forms);
      count *= forms.length;
      continue;
    }
    // A group of plain alternatives ({ë|e}, {a|e}) extends the run with each of them while that stays small.
    if (token.kind === 'group' && !token.optional && parts.length > 0) {
      const plain = token.alternatives.every((alt) => alt.length > 0 && alt.every((t) => t.kind === 'char'));
      const forms = plain ? token.alternatives.flatMap((alt) => spellings(alt.map((t) => letterForms((t as { char: string }).char)))) : [];
      if (forms.length > 0 && count * forms.length <= MAX_RUN_FORMS) {
        parts.push(forms);
        count *= forms.length;
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
  // The first candidate with the best score wins.
  const words = (set: string[]) => (set.length === 1 ? 1 : new Set(set.map((a) => [...a].map(bare).join(''))).size);
  const score = (set: string[]) => Math.min(...set.map((s) => s.length)) - 2 * (words(set) - 1);
  let best = candidates[0]!;
  let bestScore = score(best);
  for (let i = 1; i < candidates.length; i++) {
    const candidateScore = score(candidates[i]!);
    if (candidateScore > bestScore) [best, bestScore] = [candidates[i]!, candidateScore];
  }
  return best;
}

export interface Prefilter {
  /** the anchors, for tests and the bench */
  readonly anchors: readonly string[];
  /** false only if `lowerCasedText` cannot contain a mention */
  mayContain(lowerCasedText: string): boolean;
  /** where anchors start in `lowerCasedText`, ascending, overlapping occurrences included */
  anchorOffsets(lowerCasedText: string): number[];
}

/**
 * The anchors of each term: every match of the term, lower-cased, contains at least one of them. Null for
 * a term when one of its patterns has no anchor of at least `minLength` characters.
 */
export function termAnchors(set: TermSet, minLength = 3): Array<string[] | null> {
  return set.terms.map((term) => {
    const anchors = new Set<string>();
    for (const pattern of term.patterns) {
      const found = anchorsOf(parse(pattern));
      if (!found || found.some((a) => a.length < minLength)) return null;
      for (const anchor of found) anchors.add(anchor);
    }
    return [...anchors];
  });
}

/**
 * Up to this many anchors, one RegExp alternation finds them (V8's literal alternations are fastest when
 * small); beyond, the hashed index of anchor-index.ts, whose speed does not depend on their number.
 */
export const REGEX_MAX_ANCHORS = 200;

/**
 * Drops anchors that contain another anchor: the shorter one already catches them. Keeps the order.
 * One search over all anchors joined by a character no anchor holds, so the search loop runs once, hot.
 */
function minimalAnchors(anchors: readonly string[], createAnchorIndex?: AnchorIndexFactory): string[] {
  if (anchors.length < 2) return [...anchors];
  if (!createAnchorIndex) return anchors.filter((a) => !anchors.some((b) => b !== a && a.includes(b)));
  const joined = anchors.join('\u0000');
  // the anchor that each character of `joined` belongs to
  const owner = new Int32Array(joined.length);
  let at = 0;
  anchors.forEach((anchor, i) => {
    owner.fill(i, at, at + anchor.length + 1);
    at += anchor.length + 1;
  });
  const contains = new Uint8Array(anchors.length);
  createAnchorIndex(anchors).forEachHit(joined, (found, offset) => {
    if (found !== owner[offset]) contains[owner[offset]!] = 1;
  });
  return anchors.filter((_, i) => contains[i] === 0);
}

function regexPrefilter(anchors: string[]): Prefilter {
  const source = anchors.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const regex = new RegExp(source);
  const everyHit = new RegExp(source, 'g');
  return {
    anchors,
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

function indexPrefilter(anchors: string[], createAnchorIndex: AnchorIndexFactory): Prefilter {
  const index = createAnchorIndex(anchors);
  return {
    anchors,
    mayContain: (text) => index.test(text),
    anchorOffsets: (text) => index.offsets(text),
  };
}

export interface PrefilterOptions {
  /** anchors shorter than this are too common to be worth a prefilter (default 3) */
  minLength?: number;
  /** above this many anchors, the hashed index rather than a RegExp (default REGEX_MAX_ANCHORS) */
  regexMaxAnchors?: number;
  /** the hashed index for large anchor sets; without it every set uses a RegExp */
  anchorIndex?: AnchorIndexFactory;
}

/** Null when some term has no anchor of at least `minLength` characters: then every text must be scanned. */
export function createPrefilter(set: TermSet, options: PrefilterOptions = {}): Prefilter | null {
  return prefilterFromAnchors(termAnchors(set, options.minLength ?? 3), options.regexMaxAnchors, options.anchorIndex);
}

/** The prefilter for anchors already derived with termAnchors (the matcher reuses them). */
export function prefilterFromAnchors(
  perTerm: ReadonlyArray<readonly string[] | null>,
  regexMaxAnchors = REGEX_MAX_ANCHORS,
  anchorIndex?: AnchorIndexFactory,
): Prefilter | null {
  const unique = new Set<string>();
  for (const anchors of perTerm) {
    if (anchors === null) return null;
    for (const anchor of anchors) unique.add(anchor);
  }
  const minimal = minimalAnchors([...unique], anchorIndex);
  return minimal.length <= regexMaxAnchors || !anchorIndex ? regexPrefilter(minimal) : indexPrefilter(minimal, anchorIndex);
}
