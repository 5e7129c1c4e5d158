import { browser } from 'wxt/browser';
import { HIDDEN_MENTIONS_KEY, hiddenOnPage } from '../../../core/hidden-mentions';

/**
 * The reader's "Not about CCSVI?" choices for this page, read from storage.local by the card script
 * (injected only into a frame that found a mention, so most pages never read them), then followed as
 * they change.
 */
export function watchHiddenMentions(apply: (isHidden: (text: string) => boolean) => void): void {
  const use = (stored: unknown) => apply(hiddenOnPage(stored, location.href));
  browser.storage.local.get(HIDDEN_MENTIONS_KEY).then((s) => use(s[HIDDEN_MENTIONS_KEY]), use);
  // Only storage.local has this key.
  browser.storage.onChanged.addListener((changes) => {
    const change = changes[HIDDEN_MENTIONS_KEY];
    if (change) use(change.newValue);
  });
}
