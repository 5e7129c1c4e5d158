import { anchorRegex } from '../../core/matcher';
import { bareLetter } from '../../core/pattern-compiler';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import type { TermDefinition } from '../../data/term-types';

const terms: readonly TermDefinition[] = ccsviTermSet.terms;

/**
 * The anchors listed with each term are what lets a page without any of them skip the matcher. The
 * listed patterns are checked spelling by spelling in tests/unit/matcher.property.test.ts; the long forms
 * (concepts) here: every insufficiency word starts with a stem that holds an anchor.
 */
const bare = (text: string) => Array.from(text, bareLetter).join('');

test('every term has anchors of at least three characters', () => {
  for (const term of terms) {
    expect(term.anchors.length, term.id).toBeGreaterThan(0);
    for (const anchor of term.anchors)
      expect(anchor.length, `${term.id}: ${anchor}`).toBeGreaterThanOrEqual(3);
  }
});

test("every insufficiency stem of a long form holds one of its term's anchors, accented or bare", () => {
  const concepts = terms.filter((t) => t.concept);
  expect(concepts.length).toBeGreaterThan(5);
  for (const term of concepts) {
    const anchors = anchorRegex([term])!;
    for (const stem of term.concept!.insufficiency) {
      for (const spelling of [stem, bare(stem)]) {
        // a stem matches a word that starts with its letters up to the first `*`, and holds every part
        const parts = spelling.split('*').filter((p) => p !== '');
        const holds = parts.some((part) => {
          anchors.lastIndex = 0;
          return anchors.test(part);
        });
        expect(holds, `${term.id}: ${spelling}`).toBe(true);
      }
    }
  }
});

test('the anchor search finds an anchor whatever its case, and only whole anchors', () => {
  const anchors = anchorRegex(terms)!;
  const all = (text: string) => Array.from(text.matchAll(anchors), (m) => m[0]);
  expect(all('CCSVI, Ccsvi and ccsvi; LIBÉRATION; Zamboni')).toEqual([
    'CCSVI',
    'Ccsvi',
    'ccsvi',
    'LIBÉRATION',
    'Zamboni',
  ]);
  expect(all('rivers, tables and lamps; insufficient funds')).toEqual([]);
});

test('every anchor is found in upper and in lower case (the search has no `u` flag)', () => {
  const anchors = anchorRegex(terms)!;
  for (const anchor of new Set(terms.flatMap((t) => t.anchors))) {
    expect(
      Array.from(anchor).every((c) => c.length === 1),
      anchor,
    ).toBe(true);
    for (const spelling of [anchor.toUpperCase(), anchor.toLowerCase(), anchor]) {
      anchors.lastIndex = 0;
      expect(anchors.test(`(${spelling})`), spelling).toBe(true);
    }
  }
});
