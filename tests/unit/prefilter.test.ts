import fc from 'fast-check';
import { createAnchorIndex } from '../../core/anchor-index';
import { createPrefilter, termAnchors } from '../../core/prefilter';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import { syntheticTermSet } from '../../bench/lib/synthetic-terms';

/** every start where some anchor begins, by brute force */
function naiveOffsets(anchors: readonly string[], text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (anchors.some((a) => text.startsWith(a, i))) out.push(i);
  return out;
}

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
  });

  test('both ways give the same anchors and offsets', () => {
    expect(hashed.anchors).toEqual(small.anchors);
    const word = fc.constantFrom('ccsvi', 'ivcc', 'tvam', 'liberation', 'zamboni', 'insufficiency', 'the', 'c', 'i', 'v', ' ', 'ccs', 'libera', '慢性脳脊髄静脈不全');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const text = words.join('');
        expect(hashed.anchorOffsets(text)).toEqual(small.anchorOffsets(text));
        expect(hashed.mayContain(text)).toBe(small.mayContain(text));
        expect(hashed.anchorOffsets(text)).toEqual(naiveOffsets(small.anchors, text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('createAnchorIndex', () => {
  // a small alphabet makes overlaps and shared prefixes common; lengths 1 to 12 exercise both hash tiers
  const letters = fc.constantFrom('a', 'b', 'c', 'é');
  const anchorArb = fc.array(letters, { minLength: 1, maxLength: 12 }).map((l) => l.join(''));

  test('finds exactly the occurrences a brute-force search finds', () => {
    fc.assert(
      fc.property(fc.array(anchorArb, { minLength: 1, maxLength: 40 }), fc.array(letters, { maxLength: 80 }), (anchors, chars) => {
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
      }),
      { numRuns: 500 },
    );
  });

  test('rejects an empty anchor', () => {
    expect(() => createAnchorIndex(['abc', ''])).toThrow();
  });
});

describe('a prefilter for many terms', () => {
  test('drops anchors that contain another, as the quadratic filter did', () => {
    const synthetic = syntheticTermSet(600);
    // two terms whose anchors contain another term's anchor, placed before and after it
    const extra = (id: string, pattern: string) => ({ ...synthetic.terms[0]!, id, patterns: [pattern] });
    const set = { ...synthetic, terms: [extra('a', 'blorfquux'), ...synthetic.terms, extra('b', 'quux'), extra('c', 'xquuxy')] };
    const unique = [...new Set(termAnchors(set).flatMap((a) => a!))];
    const expected = unique.filter((a) => !unique.some((b) => b !== a && a.includes(b)));
    expect(createPrefilter(set, { anchorIndex: createAnchorIndex })!.anchors).toEqual(expected);
    // this set must have some anchor to drop, or the test proves nothing
    expect(expected.length).toBeLessThan(unique.length);
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
