import type { TermDefinition, TermSet } from '../data/term-types';
import { compilePattern, escapeRegExp, WORD_CHAR, WORD_GAP, wordCharBefore } from './pattern-compiler';
import { adjustToQuotes, isQuotedName, looksLikeIdentifier } from './mention-edges';
import { compileLongForms, type LongForms } from './long-form';
import { stripInvisible } from './invisible-chars';

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
  findMentions(text: string, options?: FindOptions): Mention[];
  /**
   * The terms' anchors as one case-insensitive, global search: a text in which it finds nothing holds no
   * mention. Null when there is no term.
   */
  readonly anchors: RegExp | null;
  /** whether a term counts only with context (see createMatcher) */
  needsContext(termId: string): boolean;
}

const WORD_CHAR_AFTER = `(?!${WORD_CHAR})`;

interface CompiledTerms {
  regex: RegExp;
  /** the term of each capturing group (for the long forms' group, the first of them) */
  termOfGroup: TermDefinition[];
  /** the long forms, which share one group: a run they match is resolved to a term */
  longForms: LongForms | null;
}

/**
 * One regular expression for the given terms, a capturing group per term. The word-end look-ahead stands
 * once after the alternation (V8 builds and first runs it much faster than one per term; bench/README.md);
 * terms without word boundaries (Japanese) come after it.
 */
function compileTerms(terms: readonly TermDefinition[]): CompiledTerms {
  const firstConcept = terms.find((t) => t.concept);
  const longForms = firstConcept ? compileLongForms(terms) : null;
  // every concept's run is in one group, where the first concept stands
  const grouped = terms.filter((t) => !t.concept || t === firstConcept);
  const bounded = grouped.filter((t) => t.wordBoundaries !== false);
  const unbounded = grouped.filter((t) => t.wordBoundaries === false);
  const group = (term: TermDefinition) =>
    `(${term.concept ? longForms!.source : term.patterns.map((p) => compilePattern(p, term.case)).join('|')})`;
  // An empty part would match the empty string: a subset of the terms may have no bounded term.
  const parts = [
    ...(bounded.length > 0 ? [`(?:${bounded.map(group).join('|')})${WORD_CHAR_AFTER}`] : []),
    ...unbounded.map(group),
  ];
  return { regex: new RegExp(parts.join('|'), 'gu'), termOfGroup: [...bounded, ...unbounded], longForms };
}

function compileCues(set: TermSet): RegExp {
  const body = set.contextCues
    .flatMap((cue) => {
      // "MS Excel" is no cue: a word after the cue can make it something else
      const unless = cue.notBefore?.length
        ? `(?!${WORD_GAP}(?:${cue.notBefore.map((w) => compilePattern(w, 'exact')).join('|')})${WORD_CHAR_AFTER})`
        : '';
      return cue.patterns.map((p) => compilePattern(p, cue.case) + unless);
    })
    .join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})${WORD_CHAR_AFTER}`, 'u');
}

/**
 * One search for every anchor of `terms`, longest first (an alternation takes the first that matches).
 * Without the `u` flag, which makes V8 search much slower; the anchors are letters of the Basic Multilingual
 * Plane, whose upper and lower cases `i` still pairs.
 */
export function anchorRegex(terms: readonly TermDefinition[]): RegExp | null {
  const anchors = [...new Set(terms.flatMap((t) => t.anchors.map((a) => a.toLowerCase())))];
  if (anchors.length === 0) return null;
  anchors.sort((a, b) => b.length - a.length);
  return new RegExp(anchors.map(escapeRegExp).join('|'), 'gi');
}

/**
 * Returns a pure matcher for a topic's terms. Building it is cheap: the term regex is compiled on the
 * first findMentions, so a page without any mention (its anchors rule it out) never pays for it.
 *
 * Context rule for ambiguous terms (`context: 'topic'`: liberation, Zamboni's method, CCVI, IVCC, TVAM…):
 * such a term counts only if (a) the caller says the page already named the topic, or (b) the same text
 * contains an unambiguous mention (CCSVI, a long form…), or (c) a context cue — multiple sclerosis, a vein
 * word, CCSVI, Zamboni — stands within `contextWindow` characters before or after it.
 */
export function createMatcher(set: TermSet): Matcher {
  const window = set.contextWindow;

  let cueRegex: RegExp | null = null;
  function hasCueNear(text: string, start: number, end: number): boolean {
    cueRegex ??= compileCues(set);
    return (
      cueRegex.test(text.slice(Math.max(0, start - window), start)) ||
      cueRegex.test(text.slice(end, end + window))
    );
  }

  let compiled: CompiledTerms | null = null;

  function findInVisibleText(text: string, find: FindOptions): Mention[] {
    // No terms (every language switched off): the combined regex would match the empty string forever.
    if (set.terms.length === 0) return [];
    compiled ??= compileTerms(set.terms);
    const { regex: termRegex, termOfGroup, longForms } = compiled;
    const found: Mention[] = [];
    const pendingAmbiguous: Mention[] = [];
    let unambiguousSeen = false;
    let lastEnd = 0;
    termRegex.lastIndex = 0;
    for (let m = termRegex.exec(text); m !== null; m = termRegex.exec(text)) {
      let start = m.index;
      let group = 1;
      while (m[group] === undefined) group++;
      let term = termOfGroup[group - 1]!;
      if (term.wordBoundaries !== false && wordCharBefore(text, start)) {
        termRegex.lastIndex = start + 1;
        continue;
      }
      let end = start + m[0].length;
      if (term.concept) {
        // the words around an insufficiency word: a long form, or a leg condition
        const resolved = longForms!.resolve(text, start, end, lastEnd);
        if (!resolved) continue;
        ({ term, start, end } = resolved);
        termRegex.lastIndex = Math.max(termRegex.lastIndex, end);
      }
      if (term.kind === 'abbreviation' && looksLikeIdentifier(text, start, end)) continue;
      const mention: Mention = {
        start: adjustToQuotes(text, start, end),
        end,
        topicId: set.topicId,
        termId: term.id,
      };
      lastEnd = end;
      if (term.context === 'none' || isQuotedName(text, start, end)) {
        unambiguousSeen = true;
        found.push(mention);
      } else {
        pendingAmbiguous.push(mention);
      }
    }
    if (pendingAmbiguous.length === 0) return found;
    const established = find.topicEstablished === true || unambiguousSeen;
    for (const mention of pendingAmbiguous) {
      if (established || hasCueNear(text, mention.start, mention.end)) found.push(mention);
    }
    return found.sort((a, b) => a.start - b.start);
  }

  const contextual = new Set(set.terms.filter((t) => t.context !== 'none').map((t) => t.id));
  return {
    needsContext: (termId) => contextual.has(termId),
    anchors: anchorRegex(set.terms),
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
