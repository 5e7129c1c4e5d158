/**
 * Finding glossary words in a text: pure, shared by the views (which explain a word at its first use)
 * and by the plain-language test (which checks that they did).
 */
import { escapeRegExp } from './pattern-compiler';

export interface GlossaryWord {
  readonly id: string;
  /** spellings to look for, lower case */
  readonly forms: readonly string[];
}

export interface WordUse {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every use of a glossary word in `text`, in order, as whole words (case-insensitive). A form right
 * after a hyphen is not a use ('double-blind' is not 'blind'); a form before one is ('sham-controlled').
 * Where forms overlap, the longest wins.
 */
export function wordUses(text: string, words: readonly GlossaryWord[]): WordUse[] {
  const found: WordUse[] = [];
  for (const word of words) {
    for (const form of word.forms) {
      const pattern = new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(form)}(?![\\p{L}\\d])`, 'giu');
      for (const m of text.matchAll(pattern))
        found.push({ id: word.id, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const uses: WordUse[] = [];
  for (const use of found) if (uses.length === 0 || use.start >= uses[uses.length - 1]!.end) uses.push(use);
  return uses;
}

/** One view's record of the words already explained, filled in reading order. */
export interface GlossScope<W extends GlossaryWord = GlossaryWord> {
  readonly entries: readonly W[];
  readonly explained: Set<string>;
}

/** A fresh record: make one on every render of a view, so a re-render explains words again at first use. */
export function glossScope<W extends GlossaryWord>(entries: readonly W[]): GlossScope<W> {
  return { entries, explained: new Set() };
}

/** The words of `texts` not yet explained in `scope`, in order of first use; they count as explained now. */
export function claimNew<W extends GlossaryWord>(
  scope: GlossScope<W> | null | undefined,
  texts: readonly string[],
): W[] {
  if (!scope) return [];
  const claimed: W[] = [];
  for (const text of texts)
    for (const use of wordUses(text, scope.entries)) {
      if (scope.explained.has(use.id)) continue;
      scope.explained.add(use.id);
      const entry = scope.entries.find((e) => e.id === use.id);
      if (entry) claimed.push(entry);
    }
  return claimed;
}
