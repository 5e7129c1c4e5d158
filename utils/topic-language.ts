import { resolveCardLanguage } from '../core/language';
import { topicLanguages } from '../data';
import { uiLanguage } from './i18n';

/** The popup shows the topic in the browser's language; the full view opened from a card, in the card's. */
export function topicLanguageFor(params: { lang?: string } = {}): string {
  return resolveCardLanguage(
    params.lang ?? 'browser',
    { pageLang: null, termLang: null, browserLang: uiLanguage() },
    topicLanguages,
  );
}
