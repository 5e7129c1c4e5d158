// The detection rules added for real text (issue 19), each tested both ways: the form it must find, and the
// near miss it must not.
import fc from 'fast-check';
import { createMatcher } from '../../core/matcher';
import { ccsviTermSet } from '../../data/ccsvi/terms';

const matcher = createMatcher(ccsviTermSet);
const found = (text: string) =>
  matcher.findMentions(text).map((m) => ({ term: m.termId, text: text.slice(m.start, m.end) }));
const texts = (text: string) => found(text).map((m) => m.text);

describe('the long form as a concept', () => {
  test.each([
    ['it', 'insufficienza cerebrospinale venosa cronica', 'ccsvi-long-it'],
    ['it', 'insufficienza venoso cerebrospinale', 'ccsvi-long-it'],
    ['fr', 'insuffisance veineuse chronique cérébrale et spinale', 'ccsvi-long-fr'],
    ['fr', 'insuffisance cérébrospinale veineuse chronique', 'ccsvi-long-fr'],
    ['fr', 'insuffisence veinale cérébrorachidienne chronique', 'ccsvi-long-fr'],
    ['de', 'zerebrospinale Veneninsuffizienz', 'ccsvi-long-de'],
    ['de', 'Chronische Cerebrosinale Venöse Insuffizienz', 'ccsvi-long-de'],
    ['pl', 'niewydolność mózgowo-rdzeniowych naczyń żylnych', 'ccsvi-long-pl'],
    ['pt', 'insuficiência venosa cérebro-espinhal crônica', 'ccsvi-long-pt'],
    ['es', 'insuficiencia venosa cerebroespinal crónica', 'ccsvi-long-es'],
    ['nl', 'chronische cerebro-spinale veneuze insufficiëntie', 'ccsvi-long-nl'],
    ['en', 'cerebrospinal venous insufficiency', 'ccsvi-long-en'],
  ])('[%s] %s', (_lang, phrase, term) => {
    expect(found(`(${phrase})`)).toEqual([{ term, text: phrase }]);
  });

  test.each([
    ['en', 'Chronic venous insufficiency of the legs'],
    ['it', "L'insufficienza venosa cronica degli arti inferiori"],
    ['fr', "L'insuffisance veineuse chronique (IVC) des jambes"],
    ['de', 'chronisch venöser Insuffizienz der unteren Extremitäten'],
    ['de', 'zerebrale venöse Insuffizienzen bei Migräne'],
    ['pl', 'przewlekła niewydolność żylna kończyn dolnych'],
    ['pt', 'insuficiência venosa crônica das pernas'],
    ['es', 'la insuficiencia venosa de las piernas'],
    ['en', 'chronic cerebrospinal venous outflow was insufficient'],
  ])('[%s] without the cerebrospinal qualifier, nothing: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  test('a long form fused into a compound keeps the long form only', () => {
    expect(texts('Chronische cerebro-spinale venöse Insuffizienztheorie (CCSVI)')).toEqual([
      'Chronische cerebro-spinale venöse Insuffizienz',
      'CCSVI',
    ]);
    expect(texts('chronischen zerebrospinalen venösen Insuffizienzen')).toEqual([
      'chronischen zerebrospinalen venösen Insuffizienzen',
    ]);
  });

  test('two long forms side by side are two mentions', () => {
    expect(
      texts('chronic cerebrospinal venous insufficiency chronic cerebrospinal venous insufficiency'),
    ).toEqual(['chronic cerebrospinal venous insufficiency', 'chronic cerebrospinal venous insufficiency']);
  });

  /** the words of one long form per language, and which of them carry the qualifier */
  const WORDS: Record<string, { words: string[]; qualifier: number[] }> = {
    en: { words: ['chronic', 'cerebrospinal', 'venous', 'insufficiency'], qualifier: [1] },
    it: { words: ['insufficienza', 'venosa', 'cronica', 'cerebrospinale'], qualifier: [3] },
    fr: { words: ['insuffisance', 'veineuse', 'céphalorachidienne', 'chronique'], qualifier: [2] },
    de: { words: ['chronischen', 'zerebrospinalen', 'venösen', 'Insuffizienz'], qualifier: [1] },
    pl: { words: ['przewlekłej', 'mózgowo-rdzeniowej', 'niewydolności', 'żylnej'], qualifier: [1] },
  };

  test('any word order, any case, is one mention covering the phrase; without the qualifier, none (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(WORDS)),
        fc.infiniteStream(fc.nat()),
        fc.boolean(),
        fc.boolean(),
        (lang, randoms, upper, dropQualifier) => {
          const { words, qualifier } = WORDS[lang]!;
          const shuffled = [...words]
            .map((w) => [randoms.next().value as number, w] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, w]) => w);
          const kept = dropQualifier
            ? shuffled.filter((w) => !qualifier.some((q) => words[q] === w))
            : shuffled;
          const phrase = kept.join(' ');
          const text = `Le texte: ${upper ? phrase.toUpperCase() : phrase}.`;
          const hits = found(text);
          if (dropQualifier) expect(hits).toEqual([]);
          else expect(hits.map((h) => h.text)).toEqual([upper ? phrase.toUpperCase() : phrase]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('abbreviations', () => {
  test('newspaper casing counts, mixed casing inside a word does not', () => {
    expect(texts('un nesso tra la Ccsvi e la sclerosi multipla')).toEqual(['Ccsvi']);
    expect(texts('CcSvI and ccSVI')).toEqual([]);
  });

  test('national abbreviations count next to MS words, not alone', () => {
    for (const abbr of ['IVCC', 'ICVC', 'IVCCS', 'IVCRC']) {
      expect(texts(`L'${abbr} et la sclérose en plaques`)).toEqual([abbr]);
      expect(texts(`Le rapport ${abbr} de 2019 sur les véhicules`)).toEqual([]);
    }
  });

  test('identifiers that merely contain the letters are not mentions', () => {
    for (const text of [
      'write to msccsvi@gmail.com',
      'see www.example.org/ccsvi today',
      'see http://example.org/ccsvi)',
      'the site ccsvi.nl has a forum',
      'npm i @ccsvi/core',
      'search?q=ccsvi',
      'call ccsvi() first',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
    for (const text of ['(IVCC/CCSVI) et la SEP', 'follow #ccsvi', 'about CCSVI.', 'die CCSVI-Hypothese']) {
      expect(texts(text).length, text).toBeGreaterThan(0);
    }
  });

  test('"MS" of "MS Excel" is no context for CCVI; MS patients are', () => {
    expect(texts('The CCVI table was made in MS Excel.')).toEqual([]);
    expect(texts('CCVI, seen in MS patients.')).toEqual(['CCVI']);
  });
});

describe('names and quotes', () => {
  test('a name split by quotes takes its opening quote; a quoted name does not take its quotes', () => {
    expect(texts('MS patients and the “liberation” treatment')).toEqual(['“liberation” treatment']);
    expect(texts("MS patients fight for access to new 'Zamboni' treatment")).toEqual(["'Zamboni' treatment"]);
    expect(texts('MS patients and the “liberation treatment”')).toEqual(['liberation treatment']);
    expect(texts('un intervento di “liberazione”, e la sclerosi multipla')).toEqual([
      'intervento di “liberazione”',
    ]);
  });

  test('a quoted name counts without other context; unquoted, it needs context', () => {
    expect(texts('El "procedimiento de liberación" ha sido criticado.')).toEqual([
      'procedimiento de liberación',
    ]);
    expect(texts('La « procédure de libération » a été critiquée.')).toEqual(['procédure de libération']);
    expect(texts('El procedimiento de liberación ha sido criticado.')).toEqual([]);
  });

  test('eponyms take both apostrophes, plurals and an adjective between', () => {
    expect(texts("Zamboni’s theories and Zamboni's hypothesis")).toEqual([
      'Zamboni’s theories',
      "Zamboni's hypothesis",
    ]);
    expect(texts("Zamboni's vascular theory")).toEqual(["Zamboni's vascular theory"]);
    expect(texts('Zamboni MS treatment for multiple sclerosis')).toEqual(['Zamboni MS treatment']);
    expect(texts('werd Zamboni`s theorie weerlegd')).toEqual(['Zamboni`s theorie']);
    expect(texts('l’hypothèse du Dr Zamboni qu’elle soit')).toEqual(['hypothèse du Dr Zamboni']);
    expect(texts('secondo la teoria del professor Paolo Zamboni')).toEqual([
      'teoria del professor Paolo Zamboni',
    ]);
    expect(texts('podważa teorię Zamboniego')).toEqual(['teorię Zamboniego']);
  });

  test('the surname alone, paraphrases and other nouns are not eponyms', () => {
    for (const text of [
      "To fully appreciate Zamboni's genius, look at his past.",
      'a hypothesis by Dr Zamboni about multiple sclerosis',
      'the Zamboni study of veins in MS',
      'wg hipotezy wysuniętej przez prof. Zamboniego',
      'le cure sperimentali di Zamboni per la sclerosi multipla',
      'Volgens het protocol van prof. Zamboni',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });
});

test('Japanese: an abbreviation next to kana, the long form with 症, the procedure names in context', () => {
  expect(texts('彼は、CCSVIが多発性硬化症と')).toEqual(['CCSVI']);
  expect(texts('慢性脳脊髄静脈不全症(CCSVI)')).toEqual(['慢性脳脊髄静脈不全症', 'CCSVI']);
  expect(texts('多発性硬化症の解放療法')).toEqual(['解放療法']);
  expect(texts('奴隷の解放療法')).toEqual([]);
});
