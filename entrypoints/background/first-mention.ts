import { browser } from 'wxt/browser';
import type { HandlersOf, ToExtension } from '../../utils/messages';
import { CARD_SCRIPT_FILE, HIGHLIGHT_CSS_FILE } from '../../utils/on-demand-scan';

/**
 * What a frame needs once it has a mention, and only then: the highlight colours and the card. A
 * stylesheet injected into every page makes the browser recompute the style of the whole document,
 * and the card's code would be parsed on pages that never show it; almost no page has a mention.
 * insertCSS adds a user stylesheet: the page sees no element and no adopted sheet, and its rules
 * reach the frame's shadow trees too (core/highlight-css.ts).
 */
export function startFirstMention(): HandlersOf<ToExtension, 'mentions:first'> {
  return {
    'mentions:first': (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      return Promise.all([
        browser.scripting.insertCSS({ target, files: [HIGHLIGHT_CSS_FILE] }),
        browser.scripting.executeScript({ target, files: [CARD_SCRIPT_FILE] }),
      ]).then(
        () => true,
        () => false,
      );
    },
  };
}
