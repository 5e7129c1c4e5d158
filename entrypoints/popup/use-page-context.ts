import { useEffect, useState } from 'preact/hooks';
import type { PageContextView } from '../../components/popup/types';
import { listen, type ToExtension } from '../../utils/messages';
import { browserPageApi, type PageApi } from './page-mentions';
import { mergeContexts } from './page-context';
import type { PageDate } from '../../core/page-date';

/**
 * The page's date line, cited studies and fact-check, from the frames that have mentions (only those
 * read it). Asked again when those frames change and when a frame of the tab says its reading is done.
 */
export function usePageContext(
  tabId: number | undefined,
  frameIds: readonly number[],
  /** the "This page is from …" line for a date, in the popup's language */
  lineFor: (date: PageDate | null) => string | null,
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
          api.sendToFrame(tabId, frameId, { type: 'page:context' }).then(
            (reply) => ({ frameId, reply }),
            () => ({ frameId, reply: null }),
          ),
        ),
      ).then((replies) => {
        if (current) setContext(mergeContexts(replies, lineFor));
      });
    read();
    const stop = new AbortController();
    listen<ToExtension>(
      {
        'page:context-ready': (_message, sender) => {
          if (sender.tab?.id === tabId) read();
          return undefined;
        },
      },
      stop.signal,
    );
    return () => {
      current = false;
      stop.abort();
    };
  }, [tabId, key, api]);

  return context;
}
