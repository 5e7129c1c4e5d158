/**
 * Which language the hover card speaks. With the reader's choice `page` (the default): the language
 * of the page where the mention is (its element's `lang`, else the document's), else the language of
 * the term that matched, then the browser's, then English; `browser`: the browser's, then English; a
 * fixed language: that one, then the browser's, then English. Only languages the topic is written in
 * count; region and script subtags are dropped ('fr-CA' → 'fr').
 */

/** 'page', 'browser', or a language code such as 'it' */
export type CardLanguageChoice = string;

export interface LanguageClues {
  /** the `lang` in force at the mention (its element's, else the document's); null when none */
  pageLang: string | null;
  /** the language of the term that matched */
  termLang: string | null;
  /** the browser's interface language */
  browserLang: string | null;
}

/** The primary language subtag, lower case: 'fr-CA' → 'fr', 'PT_br' → 'pt'; null for none or '*'. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

export function resolveCardLanguage(
  choice: CardLanguageChoice,
  clues: LanguageClues,
  available: readonly string[],
): string {
  const candidates =
    choice === 'page'
      ? [clues.pageLang, clues.termLang, clues.browserLang]
      : choice === 'browser'
        ? [clues.browserLang]
        : [choice, clues.browserLang];
  for (const candidate of candidates) {
    const lang = primaryLanguage(candidate);
    if (lang && available.includes(lang)) return lang;
  }
  return 'en';
}
