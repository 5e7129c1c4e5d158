import { defineUnlistedScript } from '#imports';
import { createYieldToPage } from '../../core/scheduler';
import {
  listen,
  PAGE_CONTEXT_KEY,
  sendToBackground,
  type PageContextState,
  type ToFrame,
} from '../../utils/messages';
import { readPageContext } from './read-context';

/**
 * Run by the background in a frame once its content script has found a mention there
 * (entrypoints/background/page-context.ts): reads the page's date and references, then answers the
 * popup's `page:context` and leaves the result where the card finds it. Once per document.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, PageContextState | undefined>;
  if (world[PAGE_CONTEXT_KEY]) return;
  const state: PageContextState = { report: null };
  world[PAGE_CONTEXT_KEY] = state;

  listen<ToFrame>({ 'page:context': () => state.report });

  void readPageContext(document, location.href, createYieldToPage(window)).then(
    (report) => {
      state.report = report;
      sendToBackground({ type: 'page:context-ready' }).catch(() => {
        // Nobody listening (no popup open): it asks when it opens.
      });
    },
    () => {
      // A page that changed under the reading: nothing to show, the mentions are still listed.
    },
  );
});
