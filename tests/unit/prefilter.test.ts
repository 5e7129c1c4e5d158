import fc from 'fast-check';
import { createAnchorIndex } from '../../core/anchor-index';
import { createPrefilter, deriveAnchors, type AnchorSides } from '../../core/prefilter';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import { syntheticTermSet } from '../../bench/lib/synthetic-terms';
import type { TermDefinition, TermSet } from '../../data/term-types';

/** every start where some anchor begins, by brute force */
function naiveOffsets(anchors: readonly string[], text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (anchors.some((a) => text.startsWith(a, i))) out.push(i);
  return out;
}

/** the same, with each anchor's word breaks (sides: 1 before, 2 after) checked on whole code points */
function naiveBoundedOffsets(sides: ReadonlyMap<string, number>, text: string): number[] {
  // Chinese characters and kana do not make a word with Latin letters (core/pattern-compiler.ts, WORD_CHAR)
  const word = (char: string | undefined) =>
    char !== undefined &&
    /^[\p{L}\p{M}\p{N}_]$/u.test(char) &&
    !/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u.test(char);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const counts = [...sides].some(
      ([a, side]) =>
        text.startsWith(a, i) &&
        !(side & 1 && word([...text.slice(0, i)].pop())) &&
        !(side & 2 && word([...text.slice(i + a.length)][0])),
    );
    if (counts) out.push(i);
  }
  return out;
}

const term = (id: string, pattern: string, extra: Partial<TermDefinition> = {}): TermDefinition => ({
  id,
  lang: 'en',
  kind: 'condition',
  patterns: [pattern],
  case: 'insensitive',
  context: 'none',
  ...extra,
});
const setOf = (...terms: TermDefinition[]): TermSet => ({
  topicId: 't',
  terms,
  contextCues: [],
  contextWindow: 10,
});
const sidesByAnchor = ({ anchors, sides }: AnchorSides): Record<string, number> =>
  Object.fromEntries(anchors.map((anchor, i) => [anchor, sides[i]!]));

describe('word breaks around anchors', () => {
  /** the anchors of one pattern, each with its sides (1: a word break before, 2: after) */
  const sidesOf = (pattern: string, extra: Partial<TermDefinition> = {}) =>
    sidesByAnchor(deriveAnchors(setOf(term('x', pattern, extra))).sides!);

  test.each([
    ['festi laepo', { festi: 3 }],
    ['gala festival{s|es|}', { festival: 1 }],
    ['nourkcrenpond-craerglén vux', { nourkcrenpond: 1 }], // the joiner may be empty: "nourkcrenpondcraerglén"
    ['vux nourk-craerglénpond', { craerglénpond: 2, craerglenpond: 2 }],
    ["Zamboni{'s|} method", { zamboni: 1 }], // ' also matches ʼ, a letter
    ['(chronic )insufficiency', { insufficiency: 3 }],
    ['{metodo|tecnica} (di )Zamboni', { zamboni: 3 }],
    ['gala(bar )festival x', { festival: 2 }], // without the optional word: "galafestival"
    ['{alphaword|betaword} x', { alphaword: 3, betaword: 3 }],
    ['{alphaword|betaword}s x', { alphaword: 1, betaword: 1 }],
    ['ab {alphaword|betaword-gamma} x', { alphaword: 3, betaword: 1 }],
  ])('%s', (pattern, expected) => {
    expect(sidesOf(pattern)).toEqual(expected);
  });

  test('a term without word boundaries has none; an anchor it shares with one that has them neither', () => {
    expect(sidesOf('festi laepo', { wordBoundaries: false })).toEqual({ festi: 2 });
    const sides = deriveAnchors(
      setOf(term('a', 'festi laepo'), term('b', 'festi', { wordBoundaries: false })),
    ).sides!;
    expect(sidesByAnchor(sides)).toEqual({ festi: 0 });
  });

  test.each([
    ['regex', createPrefilter(setOf(term('a', 'festi laepo'), term('b', 'gala festival{s|es|}')))!],
    [
      'hashed index',
      createPrefilter(setOf(term('a', 'festi laepo'), term('b', 'gala festival{s|es|}')), {
        regexMaxAnchors: 0,
        anchorIndex: createAnchorIndex,
      })!,
    ],
  ])('%s: with wordBreaks, a hit counts only with the word breaks its anchor needs', (_, prefilter) => {
    const text = 'a festival, festi. (festi) 2festi festi_ ünfesti';
    expect(prefilter.anchorOffsets(text, true)).toEqual([2, 12, 20]);
    expect(prefilter.anchorOffsets(text)).toEqual([2, 12, 20, 28, 34, 43]);
    expect(prefilter.anchorOffsets('festivals festivales xfestival', true)).toEqual([0, 10]);
    expect(prefilter.mayContain('the festive season', true)).toBe(false);
    expect(prefilter.mayContain('the festi season', true)).toBe(true);
    expect(prefilter.mayContain('the xfestiy season', true)).toBe(false);
    // without wordBreaks, for text pieces joined without their separators
    expect(prefilter.mayContain('the xfestiy season')).toBe(true);
    // a surrogate pair is one character: a letter (𝐀) before the hit, a symbol (😀) after it
    expect(prefilter.anchorOffsets('𝐀festi festi😀', true)).toEqual([8]);
  });
});

describe('anchorOffsets', () => {
  const small = createPrefilter(ccsviTermSet)!;
  const hashed = createPrefilter(ccsviTermSet, { regexMaxAnchors: 0, anchorIndex: createAnchorIndex })!;

  test.each([
    ['regex', small],
    ['hashed index', hashed],
  ])('%s: every occurrence, overlapping ones included', (_, prefilter) => {
    expect(prefilter.anchorOffsets('ccsviccsvi')).toEqual([0, 5]);
    // ivcc at 0 and ccsvi at 2 overlap
    expect(prefilter.anchorOffsets('xivccsvi')).toEqual([1, 3]);
    expect(prefilter.anchorOffsets('about rivers and lamps')).toEqual([]);
    expect(prefilter.mayContain('xivccsvi')).toBe(true);
    expect(prefilter.mayContain('about rivers and lamps')).toBe(false);
    // with word breaks
    expect(prefilter.anchorOffsets('ccsviccsvi ccsvi', true)).toEqual([11]);
    // 慢性脳脊髄静脈不全 needs no word break: its occurrences may touch
    expect(prefilter.anchorOffsets('慢性脳脊髄静脈不全慢性脳脊髄静脈不全', true)).toEqual([0, 9]);
    // "liberation" needs a break before it only
    expect(prefilter.anchorOffsets('liberationliberation liberations', true)).toEqual([0, 21]);
    expect(prefilter.mayContain('see ccsvi.', true)).toBe(true);
    expect(prefilter.mayContain('about rivers and lamps, ccsvio, xccsvi', true)).toBe(false);
  });

  test('both ways give the same anchors and offsets', () => {
    expect(hashed.anchors).toEqual(small.anchors);
    const sides = new Map(Object.entries(sidesByAnchor(deriveAnchors(ccsviTermSet).sides!)));
    const word = fc.constantFrom(
      'ccsvi',
      'ivcc',
      'tvam',
      'liberation',
      'zamboni',
      'insufficiency',
      'the',
      'c',
      'i',
      'v',
      ' ',
      '-',
      'ccs',
      'libera',
      '慢性脳脊髄静脈不全',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const text = words.join('');
        expect(hashed.anchorOffsets(text)).toEqual(small.anchorOffsets(text));
        expect(hashed.mayContain(text)).toBe(small.mayContain(text));
        expect(hashed.anchorOffsets(text)).toEqual(naiveOffsets(small.anchors, text));
        expect(hashed.anchorOffsets(text, true)).toEqual(small.anchorOffsets(text, true));
        expect(hashed.mayContain(text, true)).toBe(small.mayContain(text, true));
        expect(hashed.anchorOffsets(text, true)).toEqual(naiveBoundedOffsets(sides, text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('text as it is', () => {
  const regex = createPrefilter(ccsviTermSet)!;
  const hashed = createPrefilter(ccsviTermSet, { regexMaxAnchors: 0, anchorIndex: createAnchorIndex })!;

  test('the regex prefilter ignores case, the hashed index needs lower-cased text', () => {
    expect(regex.anyCase).toBe(true);
    expect(hashed.anyCase).toBe(false);
    expect(regex.anchorOffsets('About CCSVI and the LIBÉRATION Zamboni', true)).toEqual([6, 20, 31]);
  });

  test('finds in text as it is what it finds in the same text lower-cased, word breaks or not', () => {
    const piece = fc.constantFrom(
      'CCSVI',
      'ccsvi',
      'Ccsvi',
      'IVCC',
      'Liberation',
      'LIBÉRATION',
      'Libération',
      'İnsufficiency',
      'INSUFFICIENCY',
      'ZAMBONI',
      'K',
      'ſ',
      'ß',
      'The',
      ' ',
      '-',
      '慢性脳脊髄静脈不全',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, wordBreaks) => {
        const text = pieces.join('');
        const lower = text.toLowerCase();
        // only where lower-casing keeps the length do offsets compare (the scanner walks the page otherwise)
        fc.pre(lower.length === text.length);
        expect(regex.anchorOffsets(text, wordBreaks)).toEqual(regex.anchorOffsets(lower, wordBreaks));
        expect(regex.mayContain(text, wordBreaks)).toBe(regex.mayContain(lower, wordBreaks));
      }),
      { numRuns: 500 },
    );
  });
});

describe('createAnchorIndex', () => {
  // a small alphabet makes overlaps and shared prefixes common; lengths 1 to 12 exercise both hash tiers
  const letters = fc.constantFrom('a', 'b', 'c', 'é');
  const anchorArb = fc.array(letters, { minLength: 1, maxLength: 12 }).map((l) => l.join(''));

  test('finds exactly the occurrences a brute-force search finds', () => {
    fc.assert(
      fc.property(
        fc.array(anchorArb, { minLength: 1, maxLength: 40 }),
        fc.array(letters, { maxLength: 80 }),
        (anchors, chars) => {
          const text = chars.join('');
          const index = createAnchorIndex(anchors);
          expect(index.offsets(text)).toEqual(naiveOffsets(anchors, text));
          expect(index.test(text)).toBe(naiveOffsets(anchors, text).length > 0);
          const hits: string[] = [];
          index.forEachHit(text, (anchor, offset) => hits.push(`${anchor}@${offset}`));
          const expected: string[] = [];
          anchors.forEach((a, i) => {
            for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) expected.push(`${i}@${at}`);
          });
          expect(hits.sort()).toEqual(expected.sort());
          // an occurrence that `accept` refuses is left out
          const even = (anchor: number) => anchor % 2 === 0;
          const evenOffsets = naiveOffsets(
            anchors.filter((_, i) => even(i)),
            text,
          );
          expect(index.offsets(text, even)).toEqual(evenOffsets);
          expect(index.test(text, even)).toBe(evenOffsets.length > 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('rejects an empty anchor', () => {
    expect(() => createAnchorIndex(['abc', ''])).toThrow();
  });
});

describe('a prefilter for many terms', () => {
  test('an anchor that contains another is kept: the other one may not count where it occurs', () => {
    const set = setOf(term('a', 'plimfrobz'), term('b', 'frob'));
    for (const prefilter of [
      createPrefilter(set)!,
      createPrefilter(set, { regexMaxAnchors: 0, anchorIndex: createAnchorIndex })!,
    ]) {
      expect(prefilter.anchors).toEqual(['plimfrobz', 'frob']);
      expect(prefilter.anchorOffsets('a plimfrobz, frob', true)).toEqual([2, 13]);
    }
  });

  // Its speed is the benchmark's to judge (bench/run.ts), not a timed test's.
  test('builds for 10,000 terms and finds any of their anchors', () => {
    const prefilter = createPrefilter(syntheticTermSet(10_000), { anchorIndex: createAnchorIndex })!;
    expect(prefilter.anchors.length).toBeGreaterThan(10_000);
    expect(prefilter.mayContain('zzz qqq')).toBe(false);
    expect(prefilter.mayContain(`zzz ${prefilter.anchors[1234]} qqq`)).toBe(true);
    expect(prefilter.anchorOffsets(`zzz ${prefilter.anchors[1234]}`)).toContain(4);
  });
});
