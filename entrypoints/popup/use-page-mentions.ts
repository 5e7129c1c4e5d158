import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageMention, PageState } from '../../components/popup/types';
import { listen, type ToExtension } from '../../utils/messages';
import { browserPageApi, mayStillChange, readPage, type PageApi } from './page-mentions';

/** Keep looking again while a page may still change (loading, content script starting) for this long. */
const SETTLE_MS = 12_000;
const RETRY_MS = 600;
/** A page that does not answer at first is shown as "checking" this long before saying it cannot be read. */
const GRACE_MS = 1_500;
/** Frames report counts as they scan; one refresh for a burst of reports. */
const DEBOUNCE_MS = 250;

export interface PageMentions {
  tabId: number | undefined;
  url: string | undefined;
  state: PageState;
  refresh(): void;
  /** scrolls the page to the mention, flashes it and opens its card; false if it is gone */
  reveal(mention: PageMention): Promise<boolean>;
  reload(): void;
}

/**
 * The mentions in one tab (the given one, else the active tab), kept current: the list is read again when
 * a frame of the tab reports a new count, and when the tab navigates or finishes loading. `null`: no tab
 * at all (the full view).
 */
export function usePageMentions(
  requestedTabId: number | undefined | null,
  api: PageApi = browserPageApi,
): PageMentions {
  const [tabId, setTabId] = useState<number | undefined>(requestedTabId ?? undefined);
  const [url, setUrl] = useState<string | undefined>();
  const [state, setState] = useState<PageState>({ status: 'checking' });
  const seq = useRef(0);
  const since = useRef(Date.now());
  /** the content script is asked for once per document: on opening, and after a navigation */
  const scanned = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const debounceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Which tab.
  useEffect(() => {
    if (requestedTabId !== undefined) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) =>
        tab?.id !== undefined ? setTabId(tab.id) : setState({ status: 'unsupported', reason: 'no-tab' }),
      () => setState({ status: 'unsupported', reason: 'no-tab' }),
    );
  }, [requestedTabId]);

  const refresh = useCallback(() => {
    if (tabId === undefined) return;
    const mine = ++seq.current;
    clearTimeout(retryTimer.current);
    void (async () => {
      const scan = !scanned.current;
      const { state: next, url: address } = await readPage(api, tabId, { scan });
      if (scan && next.status !== 'loading') scanned.current = true;
      if (mine !== seq.current) return;
      setUrl(address);
      const young = Date.now() - since.current < GRACE_MS;
      const unreadable = next.status === 'unsupported' && mayStillChange(next);
      setState((prev) =>
        young && unreadable ? (prev.status === 'ready' ? prev : { status: 'checking' }) : next,
      );
      if (mayStillChange(next) && Date.now() - since.current < SETTLE_MS) {
        retryTimer.current = setTimeout(refresh, RETRY_MS);
      }
    })();
  }, [tabId, api]);

  const refreshSoon = useCallback(() => {
    clearTimeout(debounceTimer.current);
    debounceTimer.current = setTimeout(refresh, DEBOUNCE_MS);
  }, [refresh]);

  useEffect(() => {
    if (tabId === undefined) return;
    since.current = Date.now();
    refresh();
    const stop = new AbortController();
    listen<ToExtension>(
      {
        'mentions:count': (_message, sender) => {
          if (sender.tab?.id === tabId) refreshSoon();
          // No reply: the background answers these messages.
          return undefined;
        },
      },
      stop.signal,
    );
    const onUpdated = (updatedId: number, change: { status?: string; url?: string }) => {
      if (updatedId !== tabId) return;
      if (change.status === 'loading' && change.url !== undefined) {
        since.current = Date.now();
        scanned.current = false;
        setState({ status: 'loading' });
      }
      if (change.status !== undefined || change.url !== undefined) refreshSoon();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      seq.current++;
      clearTimeout(retryTimer.current);
      clearTimeout(debounceTimer.current);
      stop.abort();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh, refreshSoon]);

  const reveal = useCallback(
    async (mention: PageMention) => {
      if (tabId === undefined) return false;
      const found = await api
        // Focus goes into the mention's card, as with the keyboard commands: the reader chose it.
        .sendToFrame(tabId, mention.frameId, {
          type: 'mentions:reveal',
          id: mention.id,
          byKeyboard: true,
        })
        .catch(() => false);
      if (found !== true) refresh();
      return found === true;
    },
    [tabId, api, refresh],
  );

  const reload = useCallback(() => {
    if (tabId === undefined) return;
    since.current = Date.now();
    setState({ status: 'loading' });
    void browser.tabs.reload(tabId).then(refreshSoon, refreshSoon);
  }, [tabId, refreshSoon]);

  return { tabId, url, state, refresh, reveal, reload };
}
