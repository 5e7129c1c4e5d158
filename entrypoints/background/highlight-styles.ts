import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../../utils/messages';
import { HIGHLIGHT_CSS_FILE } from '../../utils/on-demand-scan';

/**
 * The highlight colours reach a frame only when it reports its first mention. A stylesheet injected into
 * every page makes the browser recompute the style of the whole document, though almost no page has a
 * mention. insertCSS adds a user stylesheet: the page sees no element and no adopted sheet.
 */
export function startHighlightStyles(): void {
  browser.runtime.onMessage.addListener((message: BackgroundMessage, sender) => {
    if (message.type !== 'highlights:style') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.scripting
      .insertCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [HIGHLIGHT_CSS_FILE] })
      .then(() => true, () => false);
  });
}
