import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMatcher, compileMatcher } from '../../core/matcher';
import { anchorsFromTable, anchorTableOf, deriveAnchors, type AnchorSides } from '../../core/prefilter';
import { ccsviTermAnchors } from '../../data/ccsvi/anchors';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import type { TermDefinition } from '../../data/term-types';
import { formatAnchorTable } from '../../scripts/lib/anchor-table';

const ROOT = path.resolve(__dirname, '../..');
/** the sides of `anchor` among the anchors of `terms` */
const sideOf = (terms: readonly TermDefinition[], anchor: string) => {
  const { sides } = anchorsFromTable(terms, ccsviTermAnchors);
  return sides?.sides[sides.anchors.indexOf(anchor)];
};
/** anchors with their sides, sorted: the same whatever the table's order */
const sorted = (sides: AnchorSides | null) =>
  sides ? sides.anchors.map((anchor, i) => `${anchor}:${sides.sides[i]}`).sort() : null;
const termsById = (...ids: string[]) => ccsviTermSet.terms.filter((t) => ids.includes(t.id));

test('data/ccsvi/anchors.ts is what `npm run anchors` writes from the current terms (run it after editing terms.ts)', () => {
  const file = readFileSync(path.join(ROOT, 'data/ccsvi/anchors.ts'), 'utf8');
  expect(file).toBe(formatAnchorTable('ccsviTermAnchors', anchorTableOf(ccsviTermSet)));
  expect(ccsviTermAnchors).toEqual(anchorTableOf(ccsviTermSet));
});

test('an anchor that two terms share keeps only the word breaks that both give it', () => {
  expect(sideOf(termsById('liberation-fr'), 'liberation')).toBe(3);
  expect(sideOf(termsById('liberation-en'), 'liberation')).toBe(1);
  expect(sideOf(termsById('liberation-fr', 'liberation-en'), 'liberation')).toBe(1);
});

test('a term missing from the table is an error, not a term that never matches', () => {
  const added: TermDefinition = { ...ccsviTermSet.terms[0]!, id: 'added-later' };
  expect(() => anchorsFromTable([...ccsviTermSet.terms, added], ccsviTermAnchors)).toThrow(/added-later/);
});

test('a term without a usable anchor turns the prefilter off, so every text is matched', () => {
  const anchors = anchorsFromTable(termsById('ccsvi-abbr', 'tvam-abbr'), {
    ...ccsviTermAnchors,
    byTerm: { ...ccsviTermAnchors.byTerm, 'tvam-abbr': null },
  });
  expect(anchors.perTerm).toEqual([['ccsvi'], null]);
  expect(anchors.sides).toBeNull();
  expect(
    createMatcher({ ...ccsviTermSet, terms: termsById('ccsvi-abbr', 'tvam-abbr') }, anchors).prefilter,
  ).toBeNull();
});

const seedText = readFileSync(path.join(ROOT, 'tests/e2e/fixtures/seed-article.html'), 'utf8').replace(
  /<[^>]*>/g,
  ' ',
);
const SENTENCES = [
  'Die Befreiungs-Behandlung nach Zamboni bei CCSVI',
  "l'insuffisance veineuse chronique cérébro-spinale et la procédure de libération",
  'la liberazione secondo Zamboni e la insufficienza venosa cronica cerebrospinale',
  'przewlekła mózgowo-rdzeniowa niewydolność żylna (zabieg uwolnienia)',
  'insuficiência venosa crônica cerebrospinal e a liberação',
  'chronische cerebrospinale veneuze insufficiëntie',
  '慢性脳脊髄静脈不全 と TVAM, transvascular autonomic modulation, IVCC, CCVI',
];

test('for any choice of languages, the matcher built from the table finds what one that derives the anchors finds', () => {
  const languages = [...new Set(ccsviTermSet.terms.map((t) => t.lang))];
  fc.assert(
    fc.property(fc.subarray(languages, { minLength: 1 }), (chosen) => {
      const terms = ccsviTermSet.terms.filter((t) => chosen.includes(t.lang));
      const set = { ...ccsviTermSet, terms };
      const anchors = anchorsFromTable(terms, ccsviTermAnchors);
      const alone = deriveAnchors(set); // from a table of the chosen terms only
      expect(anchors.perTerm).toEqual(alone.perTerm);
      expect(sorted(anchors.sides)).toEqual(sorted(alone.sides));
      const fromTable = createMatcher(set, anchors);
      const derived = compileMatcher(set);
      // the same anchors (their order follows the table)
      expect([...(fromTable.prefilter?.anchors ?? [])].sort()).toEqual(
        [...(derived.prefilter?.anchors ?? [])].sort(),
      );
      for (const text of [seedText, ...SENTENCES]) {
        expect(fromTable.findMentions(text)).toEqual(derived.findMentions(text));
        expect(fromTable.prefilter?.anchorOffsets(text.toLowerCase(), true)).toEqual(
          derived.prefilter?.anchorOffsets(text.toLowerCase(), true),
        );
      }
    }),
    { numRuns: 40 },
  );
});
