import { browser } from 'wxt/browser';
import type { HandlersOf, ToExtension } from '../../utils/messages';

/** Content scripts cannot open extension pages themselves; the card asks here. */
export function startPageOpeners(): HandlersOf<ToExtension, 'open:full-view'> {
  return {
    'open:full-view': () =>
      browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?view=full` }).then(() => true),
  };
}
