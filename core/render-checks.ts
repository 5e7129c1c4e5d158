/**
 * Whether the text of an element is rendered, for the scanner: one cache per pass (styles are computed
 * once for many checks), a custom check where the caller gives one (the command-line scan), and a watch
 * on content-visibility:auto regions, whose text is only known once the browser renders them.
 */
import type { PageScannerOptions } from './page-scanner';
import { newRenderStateCache, renderStateOf, type RenderState } from './render-state';

export function createRenderChecks(
  options: Pick<PageScannerOptions, 'isRendered'>,
  signal: AbortSignal,
  /** a watched region was rendered */
  onRegionShown: (region: Element) => void,
) {
  let cache = newRenderStateCache();
  const watchedRegions = new WeakSet<Element>();
  return {
    /** Forgets the states seen (styles may have changed since). */
    reset(): void {
      cache = newRenderStateCache();
    },
    stateOf(element: Element | null): RenderState {
      if (!element) return 'hidden';
      const custom = options.isRendered;
      if (!custom) return renderStateOf(element, cache);
      let state = cache.states.get(element);
      if (state === undefined) {
        state = custom(element) ? 'rendered' : 'hidden';
        cache.states.set(element, state);
      }
      return state;
    },
    /** Calls onRegionShown each time the browser starts rendering `region` (once watched, always). */
    watchRegion(region: Element): void {
      if (watchedRegions.has(region)) return;
      watchedRegions.add(region);
      region.addEventListener(
        'contentvisibilityautostatechange',
        (event) => {
          if ((event as Event & { skipped?: boolean }).skipped !== true) onRegionShown(region);
        },
        { signal },
      );
    },
  };
}

/** The render checks of one scanner. */
export type RenderChecks = ReturnType<typeof createRenderChecks>;
