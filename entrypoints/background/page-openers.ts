import { browser } from 'wxt/browser';
import type { HandlersOf, ToExtension } from '../../utils/messages';

/** Content scripts cannot open extension pages themselves; the card asks here. */
export function startPageOpeners(): HandlersOf<ToExtension, 'open:full-view'> {
  return {
    'open:full-view': ({ lang }) => {
      const param = lang && /^[a-z]{2,3}$/.test(lang) ? `&lang=${lang}` : '';
      return browser.tabs
        .create({ url: `${browser.runtime.getURL('/popup.html')}?view=full${param}` })
        .then(() => true);
    },
  };
}
