import { browser } from 'wxt/browser';
import type { HandlersOf, ToExtension } from '../../utils/messages';
import { CARD_SCRIPT_FILE, HIGHLIGHT_CSS_FILE } from '../../utils/on-demand-scan';

/**
 * What a frame needs once it has a mention, and only then: the highlight colours and the card. A
 * stylesheet injected into every page makes the browser recompute the style of the whole document,
 * and the card's code would be parsed on pages that never show it; almost no page has a mention.
 * insertCSS adds a stylesheet the page does not see (no element, no adopted sheet), whose rules reach
 * the frame's shadow trees too.
 */
export function startFirstMention(): HandlersOf<ToExtension, 'mentions:first'> {
  return {
    'mentions:first': (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      return Promise.all([
        // Firefox applies a user sheet inside shadow trees too; Chromium's sheet reaches them by
        // inheritance from the root (core/highlight-css.ts).
        browser.scripting.insertCSS({
          target,
          files: [HIGHLIGHT_CSS_FILE],
          ...(import.meta.env.FIREFOX ? { origin: 'USER' as const } : {}),
        }),
        browser.scripting.executeScript({ target, files: [CARD_SCRIPT_FILE] }),
      ]).then(
        () => true,
        () => false,
      );
    },
  };
}
