import type { TermDefinition, TermSet } from '../data/term-types';
import { compilePattern } from './pattern-compiler';
import { stripInvisible } from './invisible-chars';
import { createPrefilter, type Prefilter } from './prefilter';

export interface Mention {
  /** offsets in the text given to findMentions, end exclusive */
  start: number;
  end: number;
  topicId: string;
  termId: string;
}

export interface FindOptions {
  /** the surrounding page has already named the topic unambiguously, so ambiguous terms count */
  topicEstablished?: boolean;
}

export interface Matcher {
  readonly topicId: string;
  findMentions(text: string, options?: FindOptions): Mention[];
  /** a cheap test on lower-cased text that rules out mentions; null when the terms allow none */
  readonly prefilter: Prefilter | null;
  /** whether a term counts only with context (see compileMatcher) */
  needsContext(termId: string): boolean;
}

const WORD_CHAR_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';
const WORD_CHAR_BEFORE = /[\p{L}\p{M}\p{N}_]$/u;

function startsMidWord(text: string, start: number): boolean {
  return start > 0 && WORD_CHAR_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * One regular expression for all terms, a capturing group per term. The word-end look-ahead stands once
 * after the alternation (V8 builds and first runs it ten times faster than one per term); terms
 * without word boundaries (Japanese) come after it. Returns the regex and the term of each group.
 */
function compileTerms(terms: readonly TermDefinition[]): { regex: RegExp; termOfGroup: TermDefinition[] } {
  const bounded = terms.filter((t) => t.wordBoundaries !== false);
  const unbounded = terms.filter((t) => t.wordBoundaries === false);
  const group = (term: TermDefinition) => `(${term.patterns.map((p) => compilePattern(p, term.case)).join('|')})`;
  const parts = [`(?:${bounded.map(group).join('|')})${WORD_CHAR_AFTER}`, ...unbounded.map(group)];
  return { regex: new RegExp(parts.join('|'), 'gu'), termOfGroup: [...bounded, ...unbounded] };
}

function compileCues(set: TermSet): RegExp {
  const body = set.contextCues
    .flatMap((cue) => cue.patterns.map((p) => compilePattern(p, cue.case)))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${body})${WORD_CHAR_AFTER}`, 'u');
}

/**
 * Compiles a topic's terms into one regular expression and returns a pure matcher.
 *
 * Context rule for ambiguous terms (`context: 'topic'`: liberation, Zamboni's method, CCVI, IVCC, TVAM…):
 * such a term counts only if (a) the caller says the page already named the topic, or (b) the same text
 * contains an unambiguous mention (CCSVI, a long form…), or (c) a context cue — multiple sclerosis, a vein
 * word, CCSVI, Zamboni — stands within `contextWindow` characters before or after it.
 */
export function compileMatcher(set: TermSet): Matcher {
  const { regex: termRegex, termOfGroup } = compileTerms(set.terms);
  const cueRegex = compileCues(set);
  const window = set.contextWindow;

  function hasCueNear(text: string, start: number, end: number): boolean {
    return (
      cueRegex.test(text.slice(Math.max(0, start - window), start)) ||
      cueRegex.test(text.slice(end, end + window))
    );
  }

  function findInVisibleText(text: string, options: FindOptions): Mention[] {
    const found: Mention[] = [];
    const pendingAmbiguous: Mention[] = [];
    let unambiguousSeen = false;
    termRegex.lastIndex = 0;
    for (let m = termRegex.exec(text); m !== null; m = termRegex.exec(text)) {
      const start = m.index;
      let group = 1;
      while (m[group] === undefined) group++;
      const term = termOfGroup[group - 1]!;
      if (term.wordBoundaries !== false && startsMidWord(text, start)) {
        termRegex.lastIndex = start + 1;
        continue;
      }
      const mention: Mention = { start, end: start + m[0].length, topicId: set.topicId, termId: term.id };
      if (term.context === 'none') {
        unambiguousSeen = true;
        found.push(mention);
      } else {
        pendingAmbiguous.push(mention);
      }
    }
    if (pendingAmbiguous.length === 0) return found;
    const established = options.topicEstablished === true || unambiguousSeen;
    for (const mention of pendingAmbiguous) {
      if (established || hasCueNear(text, mention.start, mention.end)) found.push(mention);
    }
    return found.sort((a, b) => a.start - b.start);
  }

  const contextual = new Set(set.terms.filter((t) => t.context !== 'none').map((t) => t.id));
  return {
    topicId: set.topicId,
    needsContext: (termId) => contextual.has(termId),
    prefilter: createPrefilter(set),
    findMentions(original, options = {}) {
      const { text, toOriginal } = stripInvisible(original);
      const mentions = findInVisibleText(text, options);
      if (toOriginal === null) return mentions;
      return mentions.map((m) => ({
        ...m,
        start: toOriginal[m.start]!,
        end: toOriginal[m.end - 1]! + 1,
      }));
    },
  };
}
