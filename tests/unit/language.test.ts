import fc from 'fast-check';
import { primaryLanguage, resolveCardLanguage, type LanguageClues } from '../../core/language';

const AVAILABLE = ['en', 'it', 'fr', 'pl'];
const clues = (c: Partial<LanguageClues>): LanguageClues => ({
  pageLang: null,
  termLang: null,
  browserLang: null,
  ...c,
});

test('region and script subtags are dropped; junk is no language', () => {
  expect(primaryLanguage('fr-CA')).toBe('fr');
  expect(primaryLanguage('PT_br')).toBe('pt');
  expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
  expect(primaryLanguage(' it ')).toBe('it');
  for (const none of ['', '*', 'x', '123', null, undefined]) expect(primaryLanguage(none)).toBeNull();
});

test("the page's language first, then the term's, the browser's, English", () => {
  const page = 'page';
  expect(
    resolveCardLanguage(page, clues({ pageLang: 'it-IT', termLang: 'fr', browserLang: 'pl' }), AVAILABLE),
  ).toBe('it');
  // A page in a language the topic is not written in: the term's language.
  expect(
    resolveCardLanguage(page, clues({ pageLang: 'ja', termLang: 'fr', browserLang: 'pl' }), AVAILABLE),
  ).toBe('fr');
  expect(
    resolveCardLanguage(page, clues({ pageLang: 'ja', termLang: 'ja', browserLang: 'pl-PL' }), AVAILABLE),
  ).toBe('pl');
  expect(
    resolveCardLanguage(page, clues({ pageLang: 'ja', termLang: 'ja', browserLang: 'de' }), AVAILABLE),
  ).toBe('en');
  expect(resolveCardLanguage(page, clues({}), AVAILABLE)).toBe('en');
});

test("the reader's choice: the browser's language, or a fixed one", () => {
  const c = clues({ pageLang: 'it', termLang: 'it', browserLang: 'fr-CA' });
  expect(resolveCardLanguage('browser', c, AVAILABLE)).toBe('fr');
  expect(resolveCardLanguage('pl', c, AVAILABLE)).toBe('pl');
  // A fixed language the topic is not written in yet: the browser's, then English.
  expect(resolveCardLanguage('nl', c, AVAILABLE)).toBe('fr');
  expect(resolveCardLanguage('nl', clues({ browserLang: 'sv' }), AVAILABLE)).toBe('en');
});

const tag = fc.oneof(
  fc.constantFrom(
    'en',
    'it',
    'fr',
    'pl',
    'ja',
    'de',
    'fr-CA',
    'it-CH',
    'pl_PL',
    'EN-gb',
    '',
    '*',
    'x-klingon',
  ),
  fc.string({ maxLength: 12 }),
);
const maybeTag = fc.option(tag, { nil: null });
const choice = fc.oneof(fc.constantFrom('page', 'browser'), tag);
const anyClues = fc.record({ pageLang: maybeTag, termLang: maybeTag, browserLang: maybeTag });

test('property: always an available language, taken from the first clue that fits, in order', () => {
  fc.assert(
    fc.property(choice, anyClues, (ch, c) => {
      const lang = resolveCardLanguage(ch, c, AVAILABLE);
      expect(AVAILABLE).toContain(lang);
      const order =
        ch === 'page'
          ? [c.pageLang, c.termLang, c.browserLang]
          : ch === 'browser'
            ? [c.browserLang]
            : [ch, c.browserLang];
      const first = order.map(primaryLanguage).find((l) => l !== null && AVAILABLE.includes(l));
      expect(lang).toBe(first ?? 'en');
    }),
  );
});

test('property: a region subtag never changes the result', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...AVAILABLE, 'ja', 'de'),
      fc.constantFrom('CA', 'CH', 'BE', 'US'),
      (lang, region) => {
        const plain = resolveCardLanguage('page', clues({ pageLang: lang }), AVAILABLE);
        expect(resolveCardLanguage('page', clues({ pageLang: `${lang}-${region}` }), AVAILABLE)).toBe(plain);
      },
    ),
  );
});
