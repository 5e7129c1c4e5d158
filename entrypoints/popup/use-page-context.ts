import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageContextView } from '../../components/popup/types';
import type { BackgroundMessage } from '../../utils/messages';
import { browserPageApi, type PageApi } from './page-mentions';
import { mergeContexts } from './page-context';

/**
 * The page's date line, cited studies and fact-check, from the frames that have mentions (only those
 * read it). Asked again when those frames change and when a frame of the tab says its reading is done.
 */
export function usePageContext(
  tabId: number | undefined,
  frameIds: readonly number[],
  api: PageApi = browserPageApi,
): PageContextView | null {
  const [context, setContext] = useState<PageContextView | null>(null);
  const key = [...new Set(frameIds)].sort((a, b) => a - b).join(',');

  useEffect(() => {
    if (tabId === undefined || key === '') {
      setContext(null);
      return;
    }
    let current = true;
    const frames = key.split(',').map(Number);
    const read = () =>
      void Promise.all(
        frames.map((frameId) =>
          api.sendToFrame<unknown>(tabId, frameId, { type: 'page:context' }).then(
            (reply) => ({ frameId, reply }),
            () => ({ frameId, reply: null }),
          ),
        ),
      ).then((replies) => {
        if (current) setContext(mergeContexts(replies));
      });
    read();
    const onMessage = (message: BackgroundMessage, sender: { tab?: { id?: number } }) => {
      if (message?.type === 'page:context-ready' && sender.tab?.id === tabId) read();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      current = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, key, api]);

  return context;
}
