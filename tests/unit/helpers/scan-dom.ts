import { createMatcher } from '../../../core/matcher';
import { MentionHighlights, type HighlightApi } from '../../../core/highlights';
import { PageScanner, type PageScannerOptions } from '../../../core/page-scanner';
import { ccsviTermSet } from '../../../data/ccsvi/terms';

export const ccsviMatcher = createMatcher(ccsviTermSet);

/** A stand-in for CSS.highlights (happy-dom has none) that records what is registered. */
export function fakeHighlightApi() {
  const registry = new Map<string, Set<AbstractRange>>();
  class FakeHighlight extends Set<AbstractRange> {}
  const api: HighlightApi = {
    registry: {
      set: (name, highlight) => registry.set(name, highlight as unknown as Set<AbstractRange>),
      delete: (name) => registry.delete(name),
    },
    create: () => new FakeHighlight() as unknown as Highlight,
  };
  return { api, registry };
}

export function createScanner(options: Partial<PageScannerOptions> = {}, doc: Document = document) {
  const { api, registry } = fakeHighlightApi();
  const highlights = new MentionHighlights(api, 'underline');
  const scanner = new PageScanner(doc, {
    matcher: ccsviMatcher,
    highlights,
    maxHighlighted: 1000,
    yieldToPage: () => Promise.resolve(),
    ...options,
  });
  return { scanner, highlights, registry };
}

/** Lets MutationObserver callbacks run, then waits for the scanner to finish what they queued. */
export async function settle(scanner: PageScanner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await scanner.idle();
  }
}

export const texts = (scanner: PageScanner) => scanner.mentions().map((m) => m.range.toString());
