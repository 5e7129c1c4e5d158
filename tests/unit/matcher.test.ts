import { createMatcher } from '../../core/matcher';
import { ccsviTermSet } from '../../data/ccsvi/terms';

const matcher = createMatcher(ccsviTermSet);
const found = (text: string, topicEstablished = false) =>
  matcher
    .findMentions(text, { topicEstablished })
    .map((m) => ({ term: m.termId, text: text.slice(m.start, m.end) }));

/** [language, sentence, the exact mention text, term id] — every surface form of the fact sheet, section 8. */
const SURFACE_FORMS: Array<[string, string, string, string]> = [
  // English abbreviations
  ['en', 'Doctors disagree about CCSVI today.', 'CCSVI', 'ccsvi-abbr'],
  ['en', 'follow #ccsvi for news', 'ccsvi', 'ccsvi-abbr'],
  ['en', '20 days post-CCSVI operation', 'CCSVI', 'ccsvi-abbr'],
  ['en', 'the web forum on CSSVI was busy', 'CSSVI', 'cssvi-typo'],
  ['en', 'CCVI is a disputed vein condition in multiple sclerosis', 'CCVI', 'ccvi-abbr'],
  // English long forms
  [
    'en',
    'a chronic cerebrospinal venous insufficiency claim',
    'chronic cerebrospinal venous insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'so-called chronic cerebro-spinal venous insufficiency',
    'chronic cerebro-spinal venous insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'Chronic Cerebral Spinal Venous Insufficiency (sic)',
    'Chronic Cerebral Spinal Venous Insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'a chronic cerebral spinal venous insufficiency',
    'chronic cerebral spinal venous insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'on chronic cerebrovascular venous insufficiency',
    'chronic cerebrovascular venous insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'No chronic cerebral venous insufficiency was found',
    'chronic cerebral venous insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'Chronic Cerebrovenous Insufficiency headline',
    'Chronic Cerebrovenous Insufficiency',
    'ccsvi-long-en',
  ],
  [
    'en',
    'CHRONIC CEREBROSPINAL VENOUS INSUFFICIENCY!',
    'CHRONIC CEREBROSPINAL VENOUS INSUFFICIENCY',
    'ccsvi-long-en',
  ],
  // English procedure names
  ['en', 'he had the CCSVI procedure abroad', 'CCSVI procedure', 'ccsvi-procedure-en'],
  ['en', 'FDA: CCSVI treatment in MS patients', 'CCSVI treatment', 'ccsvi-procedure-en'],
  ['en', 'CCSVI venoplasty was offered', 'CCSVI venoplasty', 'ccsvi-procedure-en'],
  ['en', 'MS patients asked for the liberation procedure.', 'liberation procedure', 'liberation-en'],
  ['en', 'In MS, liberation procedures were popular.', 'liberation procedures', 'liberation-en'],
  ['en', 'MS: the Liberation Therapy for veins', 'Liberation Therapy', 'liberation-en'],
  ['en', 'MS patients: Liberation Treatment', 'Liberation Treatment', 'liberation-en'],
  ['en', 'MS care: the Liberation Method', 'Liberation Method', 'liberation-en'],
  ['en', 'MS and the Zamboni liberation procedure', 'Zamboni liberation procedure', 'liberation-en'],
  ['en', 'MS and the Zamboni liberation therapy', 'Zamboni liberation therapy', 'liberation-en'],
  ['en', 'veins and Zamboni\u2019s technique', 'Zamboni\u2019s technique', 'zamboni-method-en'],
  ['en', "MS and Zamboni's procedure", "Zamboni's procedure", 'zamboni-method-en'],
  ['en', 'MS and the Zamboni method', 'Zamboni method', 'zamboni-method-en'],
  ['en', "in MS, Zamboni's theory", "Zamboni's theory", 'zamboni-theory-en'],
  ['en', 'veins: the Zamboni hypothesis', 'Zamboni hypothesis', 'zamboni-theory-en'],
  ['en', 'MS: Zamboni treatment', 'Zamboni treatment', 'zamboni-method-en'],
  [
    'en',
    'FDA warns about transvascular autonomic modulation',
    'transvascular autonomic modulation',
    'tvam-long-en',
  ],
  ['en', 'jugular vein angioplasty sold as TVAM', 'TVAM', 'tvam-abbr'],
  // Italian
  [
    'it',
    "l'insufficienza venosa cronica cerebrospinale (CCSVI)",
    'insufficienza venosa cronica cerebrospinale',
    'ccsvi-long-it',
  ],
  [
    'it',
    'una insufficienza venosa cerebrospinale cronica',
    'insufficienza venosa cerebrospinale cronica',
    'ccsvi-long-it',
  ],
  [
    'it',
    'la insufficienza venosa cerebro-spinale cronica',
    'insufficienza venosa cerebro-spinale cronica',
    'ccsvi-long-it',
  ],
  ['it', 'guarita grazie al metodo Zamboni', 'metodo Zamboni', 'zamboni-method-it'],
  ['it', 'la tecnica di liberazione delle vene', 'tecnica di liberazione delle vene', 'zamboni-method-it'],
  // French
  [
    'fr',
    "l'insuffisance veineuse céphalorachidienne chronique (IVCC)",
    'insuffisance veineuse céphalorachidienne chronique',
    'ccsvi-long-fr',
  ],
  [
    'fr',
    'une insuffisance veineuse cerebrospinale chronique',
    'insuffisance veineuse cerebrospinale chronique',
    'ccsvi-long-fr',
  ],
  [
    'fr',
    "l'insuffisance veineuse chronique cérébro-spinale",
    'insuffisance veineuse chronique cérébro-spinale',
    'ccsvi-long-fr',
  ],
  ['fr', 'IVCC et sclérose en plaques', 'IVCC', 'ivcc-abbr'],
  ['fr', 'sclérose en plaques : la procédure de libération', 'procédure de libération', 'liberation-fr'],
  ['fr', 'SEP, veines : thérapie de libération', 'thérapie de libération', 'liberation-fr'],
  // Spanish
  [
    'es',
    'la insuficiencia venosa cerebroespinal crónica (IVCEC)',
    'insuficiencia venosa cerebroespinal crónica',
    'ccsvi-long-es',
  ],
  [
    'es',
    'la insuficiencia venosa cefalorraquídea crónica',
    'insuficiencia venosa cefalorraquídea crónica',
    'ccsvi-long-es',
  ],
  [
    'es',
    'la insuficiencia venosa cefalorraquidea cronica',
    'insuficiencia venosa cefalorraquidea cronica',
    'ccsvi-long-es',
  ],
  ['es', 'la sigla IVCEC', 'IVCEC', 'ivcec-abbr'],
  ['es', 'esclerosis múltiple: procedimiento de liberación', 'procedimiento de liberación', 'liberation-es'],
  ['es', 'esclerosis múltiple: terapia de liberación', 'terapia de liberación', 'liberation-es'],
  // German, with cases
  [
    'de',
    'Die chronische cerebrospinale venöse Insuffizienz',
    'chronische cerebrospinale venöse Insuffizienz',
    'ccsvi-long-de',
  ],
  [
    'de',
    'der chronischen cerebrospinalen venösen Insuffizienz (CCSVI)',
    'chronischen cerebrospinalen venösen Insuffizienz',
    'ccsvi-long-de',
  ],
  [
    'de',
    'Chronische Cerebro-Spinale Venöse Insuffizienz',
    'Chronische Cerebro-Spinale Venöse Insuffizienz',
    'ccsvi-long-de',
  ],
  [
    'de',
    'einer chronischen zerebrospinalen venoesen Insuffizienz',
    'chronischen zerebrospinalen venoesen Insuffizienz',
    'ccsvi-long-de',
  ],
  [
    'de',
    'Multiple Sklerose: Liberation Treatment (Befreiungs-Behandlung)',
    'Befreiungs-Behandlung',
    'liberation-de',
  ],
  // Polish, with cases and without diacritics
  [
    'pl',
    'Przewlekła mózgowo-rdzeniowa niewydolność żylna to hipoteza',
    'Przewlekła mózgowo-rdzeniowa niewydolność żylna',
    'ccsvi-long-pl',
  ],
  [
    'pl',
    'leczenie przewlekłej mózgowo-rdzeniowej niewydolności żylnej',
    'przewlekłej mózgowo-rdzeniowej niewydolności żylnej',
    'ccsvi-long-pl',
  ],
  [
    'pl',
    'z przewlekłą mózgowo-rdzeniową niewydolnością żylną',
    'przewlekłą mózgowo-rdzeniową niewydolnością żylną',
    'ccsvi-long-pl',
  ],
  [
    'pl',
    'przewlekla mozgowo-rdzeniowa niewydolnosc zylna',
    'przewlekla mozgowo-rdzeniowa niewydolnosc zylna',
    'ccsvi-long-pl',
  ],
  ['pl', 'stwardnienie rozsiane: Procedura Uwolnienia', 'Procedura Uwolnienia', 'liberation-pl'],
  ['pl', 'SM i zabieg CCSVI', 'zabieg CCSVI', 'liberation-pl'],
  // Portuguese
  [
    'pt',
    'a insuficiência venosa crônica cérebro-espinhal (IVCCE)',
    'insuficiência venosa crônica cérebro-espinhal',
    'ccsvi-long-pt',
  ],
  [
    'pt',
    'a insuficiência venosa cérebro-espinhal crônica',
    'insuficiência venosa cérebro-espinhal crônica',
    'ccsvi-long-pt',
  ],
  [
    'pt',
    'a insuficiência venosa cerebrospinal crónica',
    'insuficiência venosa cerebrospinal crónica',
    'ccsvi-long-pt',
  ],
  ['pt', 'a sigla IVCCE', 'IVCCE', 'ivcce-abbr'],
  ['pt', 'esclerose múltipla e a terapia de liberação', 'terapia de liberação', 'liberation-pt'],
  ['pt', 'esclerose múltipla e a terapia de libertação', 'terapia de libertação', 'liberation-pt'],
  // Dutch
  [
    'nl',
    'chronische cerebrospinale veneuze insufficiëntie bij MS',
    'chronische cerebrospinale veneuze insufficiëntie',
    'ccsvi-long-nl',
  ],
  [
    'nl',
    'Chronische Cerebro-Spinale Veneuze Insufficiëntie',
    'Chronische Cerebro-Spinale Veneuze Insufficiëntie',
    'ccsvi-long-nl',
  ],
  // Japanese
  ['ja', '慢性脳脊髄静脈不全(CCSVI)とは', '慢性脳脊髄静脈不全', 'ccsvi-long-ja'],
];

describe('every surface form is found once, as one mention covering the phrase', () => {
  test.each(SURFACE_FORMS)('[%s] %s', (_lang, sentence, expectedText, termId) => {
    const hits = found(sentence).filter((h) => h.term !== 'ccsvi-abbr' || termId === 'ccsvi-abbr');
    expect(hits).toContainEqual({ term: termId, text: expectedText });
    expect(hits.filter((h) => h.text === expectedText)).toHaveLength(1);
    expect(sentence.match(matcher.anchors!)).not.toBeNull();
  });
});

/** The false friends of section 8.4: none may be flagged, whatever else is on the page. */
const FALSE_FRIENDS: Array<[string, string]> = [
  ['the ice resurfacer', 'The Zamboni cleaned the rink between periods.'],
  ['Zamboni alone, even near MS words', 'Dr Paolo Zamboni spoke about multiple sclerosis and veins.'],
  ['the Zamboni machine method', 'Frank Zamboni built his machine in 1949; Zamboni drivers love it.'],
  ['leg venous insufficiency', 'Chronic venous insufficiency of the legs causes varicose veins and ulcers.'],
  ['Polish leg venous insufficiency', 'Przewlekła niewydolność żylna kończyn dolnych.'],
  [
    'memory liberation in code',
    'The hwloc structure needs a special liberation procedure to free its memory.',
  ],
  ['political liberation', 'The national liberation treatment of prisoners was debated in parliament.'],
  ['prisoner release in French', 'La procédure de libération conditionnelle du détenu.'],
  ['CSV identifiers', 'class GenericCSVIngestor extends cCSVIO; import ccsviewr; TmncCSVIE'],
  ['CCVI as a Roman numeral', 'Chapter CCVI of the annals begins here.'],
  ['CCVI as another index', 'The Climate Change Vulnerability Index (CCVI) ranks regions.'],
  [
    'bare angioplasty',
    'Balloon angioplasty and venoplasty treat May-Thurner syndrome; PTA of the iliac artery.',
  ],
  ['TV-am the broadcaster', 'TVAM was a breakfast television broadcaster in Britain.'],
  ['IVCC elsewhere', 'The IVCC conference on vehicles opens in May.'],
  ['Brave Dreams the book', 'Brave Dreams is a book by Marco Marozzi.'],
];

describe('false friends are never flagged', () => {
  test.each(FALSE_FRIENDS)('%s', (_name, sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe('ambiguous forms count only with context (both ways)', () => {
  const cases: Array<[string, string, string]> = [
    [
      'liberation procedure',
      'Memory needs a special liberation procedure.',
      'Patients with multiple sclerosis sought the liberation procedure.',
    ],
    ["Zamboni's method", "Zamboni's method keeps the ice smooth.", "Zamboni's method widens neck veins."],
    ['CCVI', 'Volume CCVI of the series.', 'CCVI, a vein theory of multiple sclerosis.'],
    ['TVAM', 'TVAM aired cartoons.', 'TVAM means ballooning the jugular vein.'],
    ['IVCC', "L'IVCC a publié un rapport.", "L'IVCC et la sclérose en plaques."],
    [
      'procédure de libération',
      'La procédure de libération du prisonnier.',
      'Sclérose en plaques et procédure de libération des veines.',
    ],
  ];
  test.each(cases)('%s: not alone, yes with context', (_term, alone, withContext) => {
    expect(found(alone)).toEqual([]);
    expect(found(withContext).length).toBeGreaterThan(0);
  });

  test('an unambiguous mention in the same text establishes the topic', () => {
    const text = `CCSVI was news. ${'Filler words. '.repeat(60)}Then came the liberation therapy.`;
    expect(found(text).map((h) => h.term)).toEqual(['ccsvi-abbr', 'liberation-en']);
  });

  test('a page that already named the topic lets ambiguous forms count', () => {
    const text = 'Then came the liberation therapy.';
    expect(found(text, false)).toEqual([]);
    expect(found(text, true)).toEqual([{ term: 'liberation-en', text: 'liberation therapy' }]);
  });

  test('the context window is bounded', () => {
    const far = `multiple sclerosis ${'x '.repeat(ccsviTermSet.contextWindow)}a special liberation procedure`;
    expect(found(far)).toEqual([]);
  });
});

describe('tolerance for how real text varies', () => {
  test.each([
    [
      'a soft hyphen inside a word',
      'chronic cerebro\u00ADspinal venous insuffi\u00ADciency',
      'ccsvi-long-en',
    ],
    ['zero-width spaces', 'CC\u200BSVI', 'ccsvi-abbr'],
    ['non-breaking spaces', 'chronic\u00A0cerebrospinal\u00A0venous\u00A0insufficiency', 'ccsvi-long-en'],
    ['a line break and repeated spaces', 'chronic cerebrospinal\n   venous  insufficiency', 'ccsvi-long-en'],
    ['an en dash', 'chronic cerebro\u2013spinal venous insufficiency', 'ccsvi-long-en'],
    ['a non-breaking hyphen', 'chronic cerebro\u2011spinal venous insufficiency', 'ccsvi-long-en'],
    ['typographic quotes around a word', 'MS and the \u201Cliberation\u201D procedure', 'liberation-en'],
    ['an accent missing', 'insuffisance veineuse cephalorachidienne chronique', 'ccsvi-long-fr'],
  ])('%s', (_name, text, termId) => {
    expect(found(text).map((h) => h.term)).toEqual([termId]);
  });

  test('offsets point into the original text, invisible characters included', () => {
    const text = 'x CC\u00ADSVI y';
    const [mention] = matcher.findMentions(text);
    expect(mention).toMatchObject({ start: 2, end: 8, topicId: 'ccsvi', termId: 'ccsvi-abbr' });
  });

  test('accented letters never break a word', () => {
    expect(found('éCCSVI')).toEqual([]);
    expect(found('CCSVIé')).toEqual([]);
    expect(found('«CCSVI»')).toEqual([{ term: 'ccsvi-abbr', text: 'CCSVI' }]);
  });

  test('mixed case inside a word is not CCSVI', () => {
    expect(found('CcSvI')).toEqual([]);
  });
});

test('a long form followed by its abbreviation is two mentions', () => {
  const text = 'chronic cerebrospinal venous insufficiency (CCSVI)';
  expect(matcher.findMentions(text)).toEqual([
    { start: 0, end: 42, topicId: 'ccsvi', termId: 'ccsvi-long-en' },
    { start: 44, end: 49, topicId: 'ccsvi', termId: 'ccsvi-abbr' },
  ]);
});

test('a match never crosses a block separator', () => {
  expect(found('chronic cerebrospinal\uE000venous insufficiency')).toEqual([]);
});

test('needsContext reflects the term list', () => {
  expect(matcher.needsContext('liberation-en')).toBe(true);
  expect(matcher.needsContext('ccsvi-abbr')).toBe(false);
});

describe('compiling is deferred and shared', () => {
  test('createMatcher builds no term regex; the first findMentions does, once', () => {
    const built = vi.spyOn(globalThis, 'RegExp');
    const small = createMatcher(ccsviTermSet);
    // the anchors' one regex only
    expect(built).toHaveBeenCalledTimes(1);
    built.mockClear();
    expect(small.findMentions('nothing here')).toEqual([]);
    const termRegexes = built.mock.calls.filter(([, flags]) => flags === 'gu');
    expect(termRegexes).toHaveLength(1);
    expect(small.findMentions('CCSVI again')).toHaveLength(1);
    expect(built.mock.calls.filter(([, flags]) => flags === 'gu')).toHaveLength(1);
  });
});

test('no terms (every language switched off): nothing is found, at once', () => {
  const none = createMatcher({ ...ccsviTermSet, terms: [] });
  expect(none.anchors).toBeNull();
  const started = performance.now();
  expect(none.findMentions('CCSVI and the liberation procedure, item 1 of 2')).toEqual([]);
  expect(none.findMentions('')).toEqual([]);
  expect(performance.now() - started).toBeLessThan(1000);
});
