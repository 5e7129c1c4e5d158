import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../../utils/messages';

/** Content scripts cannot open extension pages themselves; the card asks here. */
export function startPageOpeners(): void {
  browser.runtime.onMessage.addListener((message: BackgroundMessage) => {
    if (message.type === 'open:full-view') {
      return browser.tabs
        .create({ url: `${browser.runtime.getURL('/popup.html')}?view=full` })
        .then(() => true);
    }
    return undefined;
  });
}
