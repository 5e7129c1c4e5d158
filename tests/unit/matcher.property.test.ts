import fc from 'fast-check';
import { ccsviMatcher } from './helpers/scan-dom';

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
const plantedArb = fc.record({ index: fc.nat(PLANTABLE.length - 1), invisible: INVISIBLE, at: fc.nat(40) }).map(({ index, invisible, at }) => {
  const [text, termId] = PLANTABLE[index]!;
  const cut = 1 + (at % (text.length - 1));
  return { text: text.slice(0, cut) + invisible + text.slice(cut), termId };
});

test('planted mentions among filler are all found, in order, with exact offsets', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(FILLER.map((w) => ({ filler: w })), plantedArb), { maxLength: 30 }), (parts) => {
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
      const found = ccsviMatcher.findMentions(text).map(({ start, end, termId }) => ({ start, end, termId }));
      expect(found).toEqual(expected);
    }),
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
      fc.constantFrom('Liberation Procedure', 'libération', 'LIBERAÇÃO', 'terapia de libertação', 'Zamboni\u2019s method', 'TVAM', 'IVCC', 'CCVI'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.boolean(), (words, established) => {
        const text = words.join(' ');
        if (ccsviMatcher.findMentions(text, { topicEstablished: established }).length > 0) {
          expect(prefilter.mayContain(text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').toLowerCase())).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
