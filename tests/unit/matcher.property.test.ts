import fc from 'fast-check';
import { createAnchorIndex } from '../../core/anchor-index';
import { compileMatcher } from '../../core/matcher';
import { createPrefilter, REGEX_MAX_ANCHORS } from '../../core/prefilter';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import { syntheticTermSet } from '../../bench/lib/synthetic-terms';

const ccsviMatcher = compileMatcher(ccsviTermSet);

const PLANTABLE = [
  ['CCSVI', 'ccsvi-abbr'],
  ['chronic cerebrospinal venous insufficiency', 'ccsvi-long-en'],
  ['insuffisance veineuse céphalorachidienne chronique', 'ccsvi-long-fr'],
  ['przewlekłej mózgowo-rdzeniowej niewydolności żylnej', 'ccsvi-long-pl'],
  ['transvascular autonomic modulation', 'tvam-long-en'],
] as const;
const FILLER = fc.constantFrom('the', 'rain', 'über', 'café', '2009', 'data', '—', 'ok.', '(see)', 'Zürich');
const INVISIBLE = fc.constantFrom('', '', '', '\u00AD', '\u200B');

/** A planted mention, with invisible characters sprinkled inside it. */
const plantedArb = fc
  .record({ index: fc.nat(PLANTABLE.length - 1), invisible: INVISIBLE, at: fc.nat(40) })
  .map(({ index, invisible, at }) => {
    const [text, termId] = PLANTABLE[index]!;
    const cut = 1 + (at % (text.length - 1));
    return { text: text.slice(0, cut) + invisible + text.slice(cut), termId };
  });

test('planted mentions among filler are all found, in order, with exact offsets', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          FILLER.map((w) => ({ filler: w })),
          plantedArb,
        ),
        { maxLength: 30 },
      ),
      (parts) => {
        let text = '';
        const expected: Array<{ start: number; end: number; termId: string }> = [];
        for (const part of parts) {
          if (text) text += ' ';
          if ('filler' in part) text += part.filler;
          else {
            expected.push({ start: text.length, end: text.length + part.text.length, termId: part.termId });
            text += part.text;
          }
        }
        const found = ccsviMatcher
          .findMentions(text)
          .map(({ start, end, termId }) => ({ start, end, termId }));
        expect(found).toEqual(expected);
      },
    ),
    { numRuns: 300 },
  );
});

test('any text: mentions are in order, inside the text, never overlapping', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, established) => {
      const found = ccsviMatcher.findMentions(text, { topicEstablished: established });
      let last = 0;
      for (const m of found) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        last = m.end;
      }
    }),
    { numRuns: 300 },
  );
});

describe('the prefilter never hides a mention', () => {
  const prefilter = ccsviMatcher.prefilter!;

  test('it exists for the CCSVI terms, with selective anchors', () => {
    expect(prefilter).not.toBeNull();
    expect(prefilter.anchors.every((a) => a.length >= 4)).toBe(true);
    expect(prefilter.mayContain('an ordinary page about rivers, tables and lamps')).toBe(false);
  });

  test('whenever the matcher finds a mention, the prefilter lets the text through', () => {
    const word = fc.oneof(
      FILLER,
      plantedArb.map((p) => p.text),
      fc.constantFrom(
        'Liberation Procedure',
        'libération',
        'LIBERAÇÃO',
        'terapia de libertação',
        'Zamboni\u2019s method',
        'TVAM',
        'IVCC',
        'CCVI',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.boolean(), (words, established) => {
        const text = words.join(' ');
        if (ccsviMatcher.findMentions(text, { topicEstablished: established }).length > 0) {
          expect(
            prefilter.mayContain(text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').toLowerCase()),
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * A random surface form of a term pattern (syntax in data/term-types.ts): one alternative of each group,
 * optional parts in or out, a random word gap and joiner, accented letters sometimes bare, random case.
 */
function spell(pattern: string, caseRule: string, seed: number): string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let i = 0;
  const sequence = (): string[] => {
    // returns the spelled alternatives of the sequence up to its closer
    const alternatives: string[] = [''];
    while (i < pattern.length) {
      const ch = pattern[i++]!;
      if (ch === '}' || ch === ')') return alternatives;
      const last = alternatives.length - 1;
      if (ch === '|') alternatives.push('');
      else if (ch === '{') alternatives[last] += pick(sequence());
      else if (ch === '(') {
        const inner = pick(sequence());
        if (next() < 0.5) alternatives[last] += inner;
      } else if (ch === ' ') alternatives[last] += pick([' ', '-', '\u00A0', ' \n ']);
      else if (ch === '-') alternatives[last] += pick(['', '-', ' ']);
      else {
        let letter = next() < 0.3 ? ch.normalize('NFD').charAt(0) : ch;
        if (caseRule === 'insensitive' && next() < 0.3) letter = letter.toUpperCase();
        alternatives[last] += letter;
      }
    }
    return alternatives;
  };
  return pick(sequence());
}

describe('many terms: the hashed prefilter', () => {
  const set = syntheticTermSet(300);
  const subsets = compileMatcher(set, { anchorIndex: createAnchorIndex });
  const plantArb = fc
    .record({ term: fc.nat(set.terms.length - 1), pattern: fc.nat(1), seed: fc.integer() })
    .map(({ term, pattern, seed }) => {
      const t = set.terms[term]!;
      return spell(t.patterns[pattern % t.patterns.length]!, t.case, seed);
    });
  const word = fc.oneof(
    FILLER,
    plantArb,
    plantArb.map((p) => p.slice(0, -2)),
    plantArb.map((p) => `x${p}`),
  );

  test('the prefilter (a hashed index for this many anchors) lets every mention through, with an anchor inside it', () => {
    const prefilter = subsets.prefilter!;
    expect(prefilter.anchors.length).toBeGreaterThan(REGEX_MAX_ANCHORS);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const lower = text.toLowerCase();
        expect(lower.length).toBe(text.length);
        const offsets = prefilter.anchorOffsets(lower);
        for (const m of subsets.findMentions(text)) {
          expect(prefilter.mayContain(lower)).toBe(true);
          const inside = offsets.filter(
            (o) =>
              o >= m.start && prefilter.anchors.some((a) => lower.startsWith(a, o) && o + a.length <= m.end),
          );
          expect(inside.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('word breaks: counting only hits with the word breaks their anchors need still lets every mention through', () => {
  const synthetic = syntheticTermSet(300);
  const syntheticMatcher = compileMatcher(synthetic, { anchorIndex: createAnchorIndex });
  const hashed = { regexMaxAnchors: 10, anchorIndex: createAnchorIndex };
  // what may sit next to a term: letters and digits (ü, İ, 𝐀 as a surrogate pair), inflections, apostrophes (ʼ is a letter), breaks
  const NEIGHBOURS = fc.constantFrom(
    'the',
    'festival',
    's',
    'es',
    'x',
    '2',
    '_',
    'ü',
    'İ',
    '𝐀',
    '😀',
    'ʼs',
    "'s",
    '’',
    '-',
    '–',
    ' ',
    ' ',
    '.',
    '(',
    '\u00A0',
    'é',
  );

  test.each([
    ['the CCSVI terms, regex', ccsviTermSet, ccsviMatcher, createPrefilter(ccsviTermSet)!],
    ['the CCSVI terms, hashed index', ccsviTermSet, ccsviMatcher, createPrefilter(ccsviTermSet, hashed)!],
    ['300 synthetic terms, regex', synthetic, syntheticMatcher, createPrefilter(synthetic)!],
    ['300 synthetic terms, hashed index', synthetic, syntheticMatcher, createPrefilter(synthetic, hashed)!],
  ] as const)('%s', (_, set, matcher, prefilter) => {
    // long forms are concepts, not listed phrases: their spellings come from the corpus and matcher.test.ts
    const listed = set.terms.filter((t) => t.patterns.length > 0);
    const spelled = fc
      .record({
        term: fc.nat(listed.length - 1),
        pattern: fc.nat(3),
        seed: fc.integer(),
        apostrophe: fc.constantFrom("'", '’', 'ʼ'),
      })
      .map(({ term, pattern, seed, apostrophe }) => {
        const t = listed[term]!;
        return spell(t.patterns[pattern % t.patterns.length]!, t.case, seed).replace(/'/g, apostrophe);
      });
    const cut = fc
      .tuple(spelled, fc.nat(), fc.boolean())
      .map(([text, at, head]) => (head ? text.slice(0, at % text.length) : text.slice(at % text.length)));
    let withMentions = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(spelled, cut, NEIGHBOURS, NEIGHBOURS), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (matcher.findMentions(text, { topicEstablished: true }).length === 0) return;
        withMentions++;
        const lower = text.toLowerCase();
        expect(prefilter.mayContain(lower, true)).toBe(true);
        expect(prefilter.anchorOffsets(lower, true).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
    // or the test proves nothing
    expect(withMentions).toBeGreaterThan(100);
  });
});
