import type { TermAnchorTable, TermDefinition, TermSet } from '../data/term-types';
import { bareLetter, wordCharAt, wordCharBefore } from './pattern-compiler';
import type { Accept, AnchorIndex } from './anchor-index';

/** Builds a hashed index of many anchors (core/anchor-index.ts); passed in only where term sets are large. */
export type AnchorIndexFactory = (anchors: readonly string[]) => AnchorIndex;

/**
 * A cheap first pass: every term's match contains one of a few plain substrings ("anchors"), so a text
 * without any of them, lower-cased, cannot hold a mention. Most pages never mention CCSVI, and for them
 * one native substring search replaces the whole scan. Anchors are derived from the term patterns, so
 * they cannot drift from the matcher.
 *
 * An anchor that starts (or ends) a word in every match (after a space, or at the start of a term with
 * word boundaries) need only count where the text has no word character just before (or after) it:
 * "festi" of a term "festi gala" cannot make a mention inside "festival".
 */

/** Sides of an anchor: a hit counts only where no word character comes just before it, just after it. */
const BREAK_BEFORE = 1;
const BREAK_AFTER = 2;

const MAX_RUN_FORMS = 8;

/** How a pattern letter can look in lower-cased text: itself, and its bare form when it has an accent. */
function formsOf(char: string): string {
  const code = char.charCodeAt(0);
  let forms = formsOfCode[code];
  if (forms === undefined) {
    const lower = char.toLowerCase();
    const bare = bareLetter(char).toLowerCase();
    // a letter that lower-cases to two characters has no one-character form
    forms = formsOfCode[code] =
      (lower.length === 1 ? lower : '') + (bare.length === 1 && bare !== lower ? bare : '');
  }
  return forms;
}
const formsOfCode: string[] = [];

const bare = (anchor: string) => [...anchor].map((c) => bareLetter(c)).join('');

/** The other bracket of the group whose bracket is at `at`, looking forward (step 1) or back (-1); past the pattern if none. */
function otherBracket(p: string, at: number, step: number): number {
  let i = at;
  for (let depth = 0; i >= 0 && i < p.length; i += step) {
    if ('{('.includes(p[i]!)) depth += step;
    else if ('})'.includes(p[i]!)) depth -= step;
    if (depth === 0) break;
  }
  return i;
}

/** The alternatives of the group p[open..close], as [start, end, start, end…]. */
function alternativesOf(p: string, open: number, close: number): number[] {
  const bounds = [open + 1];
  for (let i = open + 1; i < close; i++) {
    if ('{('.includes(p[i]!)) i = otherBracket(p, i, 1);
    else if (p[i] === '|') bounds.push(i, i + 1);
  }
  bounds.push(close);
  return bounds;
}

/**
 * Whether every spelling of p[from, to) starts (`forward`) or ends with a character that is not a word
 * character, or is empty and `outer` says so of what comes next. Only a space is sure: `-` may join
 * nothing, and `'` also matches the letter ʼ (U+02BC).
 */
function hasBreak(p: string, from: number, to: number, outer: boolean, forward: boolean): boolean {
  if (to <= from) return outer;
  const f = +forward;
  const at = forward ? from : to - 1;
  const c = p[at]!;
  if (c === ' ' || c === '"') return true;
  if (c === '-') return hasBreak(p, from + f, to + f - 1, outer, forward);
  if (!(forward ? '{(' : '})').includes(c)) return false;
  const other = otherBracket(p, at, f * 2 - 1);
  if (other < from || other >= to) return false;
  const next = forward
    ? hasBreak(p, other + 1, to, outer, forward)
    : hasBreak(p, from, other, outer, forward);
  const open = Math.min(at, other);
  const close = Math.max(at, other);
  if (p[close] === ')' && !next) return false;
  const alternatives = alternativesOf(p, open, close);
  for (let a = 0; a < alternatives.length; a += 2)
    if (!hasBreak(p, alternatives[a]!, alternatives[a + 1]!, next, forward)) return false;
  return true;
}

/** Every spelling of the run p[from, to): one form of each letter, one spelling of each plain group, in order. */
function spell(p: string, from: number, to: number): string[] {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = p.charCodeAt(i) < 123; // no accent, no group
  if (ascii) return [p.slice(from, to).toLowerCase()];
  let out = [''];
  let fixed = ''; // letters with one form, added to every spelling at once
  for (let i = from; i < to; i++) {
    let forms: string[];
    if (p[i] === '{') {
      const close = otherBracket(p, i, 1);
      const alternatives = alternativesOf(p, i, close);
      forms = [];
      for (let a = 0; a < alternatives.length; a += 2)
        forms.push(...spell(p, alternatives[a]!, alternatives[a + 1]!));
      i = close;
    } else {
      const letter = formsOf(p[i]!);
      if (letter.length === 1) {
        fixed += letter;
        continue;
      }
      forms = [...letter];
    }
    const next: string[] = [];
    for (const prefix of out) for (const form of forms) next.push(prefix + fixed + form);
    out = next;
    fixed = '';
  }
  return [...new Set(fixed ? out.map((prefix) => prefix + fixed) : out)];
}

/** A group of plain alternatives ({ë|e}, {a|e}): letters only, none empty. */
const PLAIN_GROUP = /^\{[^ '"*(){}|-]+(\|[^ '"*(){}|-]+)*\}$/;

/** Each anchor and its sides, BREAK_BEFORE | BREAK_AFTER. */
type Anchors = Map<string, number>;

/** Adds an anchor: one that occurs with fewer sides keeps the fewer. */
const addAnchor = (anchors: Anchors, anchor: string, sides: number) =>
  anchors.set(anchor, (anchors.get(anchor) ?? 3) & sides);

/** Long strings are rare in ordinary text, and every extra anchor is one more chance of a false alarm; accent variants of one word count once. */
function score(anchors: readonly string[]): number {
  const shortest = Math.min(...anchors.map((a) => a.length));
  return anchors.length === 1 ? shortest : shortest - 2 * (new Set(anchors.map(bare)).size - 1);
}

/**
 * Anchors for the sequence p[from, to) (no `|` at its level): every match of it contains at least one of
 * them. Their sides go into `sides`. The candidates are its runs of letters (extended by plain groups
 * while they have at most MAX_RUN_FORMS spellings) and its required groups; the first with the best
 * score wins. `before` and `after`: whether the text just before and after the sequence is never a word
 * character.
 */
function anchorsOf(
  p: string,
  from: number,
  to: number,
  before: boolean,
  after: boolean,
  sides: Anchors,
): string[] | null {
  let best: Anchors | null = null; // a group's anchors
  let bestRun: string[] | null = null; // or the best run's spellings, once spelled
  let bestScore = -Infinity;
  let bestRunStart = -1;
  let bestRunEnd = -1;
  let runStart = -1;
  let count = 1; // spellings of the current run
  let extended = false;
  for (let i = from; i <= to;) {
    const code = p.charCodeAt(i);
    // the common case first: an ASCII letter, with one form, goes on with the run
    if (
      runStart >= 0 &&
      i < to &&
      code < 123 &&
      code !== 32 &&
      code !== 34 &&
      code !== 39 &&
      code !== 40 &&
      code !== 42 &&
      code !== 45
    ) {
      i++;
      continue;
    }
    const c = i < to ? p[i]! : '';
    let forms = 0; // > 0: the letter (or plain group) at i joins the run with this many forms
    let next = i + 1;
    let group: number[] | null = null; // a required group's alternatives, a candidate of its own
    if (c === '{' || c === '(') {
      next = otherBracket(p, i, 1) + 1;
      if (p[next - 1] === '}') {
        const plain = runStart >= 0 && PLAIN_GROUP.test(p.slice(i, next)) ? spell(p, i, next).length : 0;
        if (plain > 0 && count * plain <= MAX_RUN_FORMS) {
          forms = plain;
          extended = true;
        } else if (!/[{|][|}]/.test(p.slice(i, next))) {
          group = alternativesOf(p, i, next - 1); // (an empty alternative has no anchor)
        }
      }
    } else if (c && c !== ' ' && c !== '-' && c !== "'" && c !== '*' && c !== '"') {
      forms = formsOf(c).length;
    }
    if (forms > 0 && runStart >= 0 && count * forms <= MAX_RUN_FORMS) {
      count *= forms;
      i = next;
      continue;
    }
    if (runStart >= 0) {
      // the run ends before i: a candidate
      const spelled = extended ? spell(p, runStart, i) : null;
      const runScore = spelled ? score(spelled) : i - runStart;
      if (runScore > bestScore) {
        bestScore = runScore;
        bestRunStart = runStart;
        bestRunEnd = i;
        bestRun = spelled;
      }
      runStart = -1;
    }
    if (forms > 0) {
      runStart = i;
      count = forms;
      extended = false;
    } else if (group) {
      const groupBefore = hasBreak(p, from, i, before, false);
      const groupAfter = hasBreak(p, next, to, after, true);
      const union: Anchors = new Map();
      for (let a = 0; a < group.length; a += 2) {
        if (!anchorsOf(p, group[a]!, group[a + 1]!, groupBefore, groupAfter, union)) break;
        const groupScore = a + 2 === group.length ? score([...union.keys()]) : -Infinity;
        if (groupScore > bestScore) [bestScore, bestRunStart, best] = [groupScore, -1, union];
      }
    }
    i = next;
  }
  if (bestRunStart < 0) {
    best?.forEach((side, anchor) => addAnchor(sides, anchor, side));
    return best && [...best.keys()];
  }
  const side =
    (hasBreak(p, from, bestRunStart, before, false) ? BREAK_BEFORE : 0) |
    (hasBreak(p, bestRunEnd, to, after, true) ? BREAK_AFTER : 0);
  bestRun ??= spell(p, bestRunStart, bestRunEnd);
  for (const anchor of bestRun) addAnchor(sides, anchor, side);
  return bestRun;
}

export interface Prefilter {
  /** the anchors, for tests and the bench */
  readonly anchors: readonly string[];
  /**
   * False only if `lowerCasedText` cannot contain a mention. With `wordBreaks`, anchors count only with
   * the word breaks they need: for text whose characters are truly adjacent (not text pieces joined
   * without their separators, as textContent joins blocks), since "x" + "festi gala" reads "xfesti gala".
   */
  mayContain(lowerCasedText: string, wordBreaks?: boolean): boolean;
  /** where anchors start in `lowerCasedText` (that count, with `wordBreaks`), ascending, overlapping occurrences included */
  anchorOffsets(lowerCasedText: string, wordBreaks?: boolean): number[];
  /** the search ignores case: text may be passed as it is, which saves lower-casing a whole page */
  readonly anyCase: boolean;
}

export interface TermAnchors {
  /** each term's anchors: every match of the term, lower-cased, contains at least one of them */
  readonly perTerm: Array<string[] | null>;
  /** every anchor once, with the sides where its hits need a word break; null when some term has no anchor */
  readonly sides: AnchorSides | null;
}

/** Anchors and their sides (BREAK_BEFORE | BREAK_AFTER), side by side: arrays, not a map, for 10,000-term sets on a fresh page. */
export interface AnchorSides {
  anchors: string[];
  sides: number[];
}

/** The anchors of one term with their sides, in the order found; null when one of its patterns has none of `minLength` characters. */
export function anchorsOfTerm(
  term: TermDefinition,
  minLength = 3,
): Array<[anchor: string, sides: number]> | null {
  const bounded = term.wordBoundaries !== false;
  const sides: Anchors = new Map();
  // every run of a long-form concept holds an insufficiency word
  for (const pattern of term.concept ? term.concept.insufficiency : term.patterns) {
    const found = anchorsOf(pattern, 0, pattern.length, bounded, bounded, sides);
    if (!found || found.some((a) => a.length < minLength)) return null;
  }
  return [...sides];
}

/** Every term's anchors, by term id: what scripts/term-anchors.ts writes for a term set, so a page need not derive them. */
export function anchorTableOf(set: TermSet, minLength = 3): TermAnchorTable {
  const anchors: string[] = [];
  const indexOf = new Map<string, number>();
  const byTerm: Record<string, number[] | null> = {};
  for (const term of set.terms) {
    const own = anchorsOfTerm(term, minLength);
    byTerm[term.id] =
      own &&
      own.flatMap(([anchor, sides]) => {
        let index = indexOf.get(anchor);
        if (index === undefined) indexOf.set(anchor, (index = anchors.push(anchor) - 1));
        return [index, sides];
      });
  }
  return { anchors, byTerm };
}

/**
 * The anchors of `terms` from a table made by anchorTableOf (for these terms or more): as deriveAnchors
 * finds them, without parsing a pattern. An anchor shared by terms keeps the sides all of them give it.
 * Typed arrays rather than string maps: for 10,000 terms this runs on a fresh page, in V8's slowest tier.
 */
export function anchorsFromTable(terms: readonly TermDefinition[], table: TermAnchorTable): TermAnchors {
  const { anchors, byTerm } = table;
  const sideOf = new Int8Array(anchors.length).fill(-1); // -1: no chosen term has the anchor
  let everyTerm = true;
  const pairsOf: Array<readonly number[] | null> = new Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const id = terms[t]!.id;
    const pairs = Object.prototype.hasOwnProperty.call(byTerm, id) ? byTerm[id] : undefined;
    if (pairs === undefined)
      throw new Error(`No anchors for term ${id}: regenerate the table (npm run anchors)`);
    pairsOf[t] = pairs;
    if (pairs === null) {
      everyTerm = false;
      continue;
    }
    for (let i = 0; i < pairs.length; i += 2) {
      const anchor = pairs[i]!;
      sideOf[anchor] = sideOf[anchor]! < 0 ? pairs[i + 1]! : sideOf[anchor]! & pairs[i + 1]!;
    }
  }
  let chosen: AnchorSides | null = null;
  if (everyTerm) {
    chosen = { anchors: [], sides: [] };
    for (let a = 0; a < anchors.length; a++) {
      if (sideOf[a]! < 0) continue;
      chosen.anchors.push(anchors[a]!);
      chosen.sides.push(sideOf[a]!);
    }
  }
  let perTerm: Array<string[] | null> | null = null;
  return {
    // only large sets read it, and only once a text holds an anchor
    get perTerm() {
      return (perTerm ??= pairsOf.map(
        (pairs) => pairs && pairs.filter((_, i) => i % 2 === 0).map((anchor) => anchors[anchor]!),
      ));
    },
    sides: chosen,
  };
}

/** The anchors of each term and of the set (null for a term when one of its patterns has none of at least `minLength` characters). */
export const deriveAnchors = (set: TermSet, minLength = 3): TermAnchors =>
  anchorsFromTable(set.terms, anchorTableOf(set, minLength));

/**
 * The anchors of each term: every match of the term, lower-cased, contains at least one of them. Null for
 * a term when one of its patterns has no anchor of at least `minLength` characters.
 */
export const termAnchors = (set: TermSet, minLength = 3) => deriveAnchors(set, minLength).perTerm;

/**
 * Up to this many anchors, one RegExp alternation finds them (V8's literal alternations are fastest when
 * small); beyond, the hashed index of anchor-index.ts, whose speed does not depend on their number.
 */
export const REGEX_MAX_ANCHORS = 200;

const any: Accept = () => true;

/** Takes a hit only with the word breaks that its anchor's sides (BREAK_BEFORE | BREAK_AFTER) ask for. */
export const withWordBreaks =
  (anchors: readonly string[], sideOf: readonly number[]): Accept =>
  (anchor, at, text) =>
    !(
      (sideOf[anchor]! & BREAK_BEFORE && wordCharBefore(text, at)) ||
      (sideOf[anchor]! & BREAK_AFTER && wordCharAt(text, at + anchors[anchor]!.length))
    );

/** What the prefilter asks of an index. */
interface Finder {
  test(text: string, accept: Accept): boolean;
  offsets(text: string, accept: Accept): number[];
}

/**
 * A Finder from one case-insensitive RegExp alternation, as fast as a case-sensitive one on text as it
 * is. Without the u flag, V8 folds case only where it keeps a letter's length and never maps a
 * non-ASCII letter to an ASCII one, so a hit is its anchor, lower-cased letter by letter.
 */
function regexIndex(anchors: string[]): Finder {
  const everyHit = new RegExp(anchors.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const hits = (text: string, accept: Accept, first?: boolean) => {
    const offsets: number[] = [];
    everyHit.lastIndex = 0;
    for (let m = everyHit.exec(text); m !== null; m = everyHit.exec(text)) {
      const at = m.index;
      everyHit.lastIndex = at + 1;
      // the alternation reports one anchor per start; another one there may count where it does not
      if (anchors.some((a, i) => text.slice(at, at + a.length).toLowerCase() === a && accept(i, at, text))) {
        offsets.push(at);
        if (first) break;
      }
    }
    return offsets;
  };
  return { test: (text, accept) => hits(text, accept, true).length > 0, offsets: hits };
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
  return prefilterFromAnchors(
    deriveAnchors(set, options.minLength).sides,
    options.regexMaxAnchors,
    options.anchorIndex,
  );
}

/** The prefilter for anchors already derived with deriveAnchors (the matcher reuses them). */
export function prefilterFromAnchors(
  found: AnchorSides | null,
  regexMaxAnchors = REGEX_MAX_ANCHORS,
  anchorIndex?: AnchorIndexFactory,
): Prefilter | null {
  if (!found) return null;
  // An anchor that contains another one is kept: with word breaks, the other one may not count where it does.
  const { anchors, sides: sideOf } = found;
  const anyCase = anchors.length <= regexMaxAnchors || !anchorIndex;
  const index: Finder = anyCase ? regexIndex(anchors) : anchorIndex(anchors);
  const accept = withWordBreaks(anchors, sideOf);
  return {
    anchors,
    anyCase,
    mayContain: (text, wordBreaks) => index.test(text, wordBreaks ? accept : any),
    anchorOffsets: (text, wordBreaks) => index.offsets(text, wordBreaks ? accept : any),
  };
}
