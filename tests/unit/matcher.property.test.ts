import fc from 'fast-check';

import { anchorRegex, createMatcher } from '../../core/matcher';
import type { TermSet } from '../../data/term-types';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import { syntheticTermSet } from '../../bench/lib/synthetic-terms';

const ccsviMatcher = createMatcher(ccsviTermSet);

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

const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

describe('the anchors never hide a mention', () => {
  const anchors = ccsviMatcher.anchors!;

  test('they exist for the CCSVI terms, and rule out an ordinary page', () => {
    expect(anchors).not.toBeNull();
    expect('an ordinary page about rivers, tables and lamps'.match(anchors)).toBeNull();
  });

  test('whenever the matcher finds a mention, an anchor lies inside it (once invisible characters are dropped)', () => {
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
        for (const m of ccsviMatcher.findMentions(text, { topicEstablished: established })) {
          const inside = text.slice(m.start, m.end).replace(INVISIBLE_CHARS, '');
          expect(inside.match(anchors), inside).not.toBeNull();
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

describe("every spelling a term accepts holds one of that term's own anchors", () => {
  const synthetic = syntheticTermSet(300);
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
    ['the CCSVI terms', ccsviTermSet],
    ['300 synthetic terms', synthetic],
  ] as Array<[string, TermSet]>)('%s', (_, set) => {
    const matcher = createMatcher(set);
    const anchorsOf = new Map(set.terms.map((t) => [t.id, anchorRegex([t])!]));
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
        const mentions = matcher.findMentions(text, { topicEstablished: true });
        if (mentions.length > 0) withMentions++;
        for (const m of mentions) {
          const anchors = anchorsOf.get(m.termId)!;
          anchors.lastIndex = 0;
          expect(anchors.test(text.slice(m.start, m.end)), `${m.termId}: ${text.slice(m.start, m.end)}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 1000 },
    );
    // or the test proves nothing
    expect(withMentions).toBeGreaterThan(100);
  });
});
