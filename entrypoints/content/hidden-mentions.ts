import { browser } from 'wxt/browser';
import { HIDDEN_MENTIONS_KEY, hiddenOnPage } from '../../core/hidden-mentions';

/**
 * The reader's "Not about CCSVI?" choices for this page: read from storage.local the first time `load`
 * is called (once the page has a mention; most pages never do), then followed as they change.
 */
export function watchHiddenMentions(
  signal: AbortSignal,
  apply: (isHidden: (text: string) => boolean) => void,
): () => void {
  let started = false;
  const use = (stored: unknown) => signal.aborted || apply(hiddenOnPage(stored, location.href));
  return () => {
    if (started) return;
    started = true;
    browser.storage.local.get(HIDDEN_MENTIONS_KEY).then(
      (s) => use(s[HIDDEN_MENTIONS_KEY]),
      () => undefined,
    );
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && HIDDEN_MENTIONS_KEY in changes) use(changes[HIDDEN_MENTIONS_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  };
}
