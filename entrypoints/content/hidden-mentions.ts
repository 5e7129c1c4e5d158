import { browser } from 'wxt/browser';
import { HIDDEN_MENTIONS_KEY, hiddenOnPage } from '../../core/hidden-mentions';

/**
 * The reader's "Not about CCSVI?" choices for this page: read from storage.local the first time the
 * returned function is called (once the page has a mention; most pages never do), then followed as they
 * change. (The listener outlives a stopped scan: a stopped scanner ignores the call, and the code is
 * smaller without the bookkeeping; the content script has a size budget.)
 */
export function watchHiddenMentions(apply: (isHidden: (text: string) => boolean) => void): () => void {
  let started = false;
  const use = (stored: unknown) => apply(hiddenOnPage(stored, location.href));
  return () => {
    if (started) return;
    started = true;
    browser.storage.local.get(HIDDEN_MENTIONS_KEY).then((s) => use(s[HIDDEN_MENTIONS_KEY]), use);
    // Only storage.local has this key.
    browser.storage.onChanged.addListener((changes) => {
      const change = changes[HIDDEN_MENTIONS_KEY];
      if (change) use(change.newValue);
    });
  };
}
