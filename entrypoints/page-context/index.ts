import { defineUnlistedScript } from '#imports';
import { createYieldToPage } from '../../core/scheduler';
import {
  listen,
  pageContextState,
  sendToBackground,
  setPageContextState,
  type PageContextState,
  type ToFrame,
} from '../../utils/messages';
import { readCitedStudies, readPageDate } from './read-context';

/**
 * Run by the background in a frame once its content script has found a mention there
 * (entrypoints/background/page-context.ts): reads the page's date at once (the card shows it), and the
 * studies it cites when the popup first asks for this frame's context; answers the popup's
 * `page:context` with what is read so far and says when more is ready. Once per document.
 */
export default defineUnlistedScript(() => {
  if (pageContextState()) return;
  const state: PageContextState = { report: null };
  setPageContextState(state);
  const yieldToPage = createYieldToPage(window);
  const ready = () =>
    sendToBackground({ type: 'page:context-ready' }).catch(() => {
      // Nobody listening (no popup open): it asks when it opens.
    });
  // A page that changed under a reading: nothing more to show, the mentions are still listed.
  const ignore = () => undefined;

  const dated = readPageDate(document, location.href, yieldToPage);
  void dated.then((report) => {
    state.report = {
      ...report,
      cited: state.report?.cited ?? [],
      unverified: state.report?.unverified ?? [],
    };
    void ready();
  }, ignore);

  let citing: Promise<void> | null = null;
  listen<ToFrame>({
    'page:context': () => {
      citing ??= Promise.all([dated, readCitedStudies(document, yieldToPage)]).then(([report, cited]) => {
        state.report = { ...report, ...cited };
        void ready();
      }, ignore);
      return state.report;
    },
  });
});
