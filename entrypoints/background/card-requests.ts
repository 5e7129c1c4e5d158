import { browser } from 'wxt/browser';
import { resolveCardLanguage } from '../../core/language';
import { ccsviTopicIn, topicLanguages } from '../../data';
import type { HandlersOf, Message, ToExtension } from '../../utils/messages';
import { loadSettings } from '../../utils/settings-store';
import { readStepShortcuts } from '../../utils/step-shortcuts';
import { buildCardContent } from './card-content';

/** The language the card speaks for this request: the reader's choice, the page's, the browser's. */
async function cardLanguage(request: Message<ToExtension, 'topic:card'>): Promise<string> {
  const { settings } = await loadSettings();
  return resolveCardLanguage(
    settings.cardLanguage,
    {
      pageLang: request.pageLang ?? null,
      termLang: request.termLang ?? null,
      browserLang: browser.i18n.getUILanguage(),
    },
    topicLanguages,
  );
}

/** Answers the content script's `topic:card` with the CCSVI digest, in the card's language. */
export function startCardContent(): HandlersOf<ToExtension, 'topic:card'> {
  return {
    // The shortcuts are read each time: the reader may have changed them on the browser's page.
    'topic:card': (request) =>
      Promise.all([readStepShortcuts(), cardLanguage(request)]).then(([shortcuts, lang]) =>
        buildCardContent(ccsviTopicIn(lang), shortcuts),
      ),
  };
}
