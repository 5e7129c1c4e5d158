import { afterEach } from 'vitest';
import { createMatcher } from '../../../core/matcher';
import { HIGHLIGHT_PREFIX, highlightApiOf, MentionHighlights } from '../../../core/highlights';
import { PageScanner, type PageScannerOptions } from '../../../core/page-scanner';
import { ccsviTermSet } from '../../../data/ccsvi/terms';

export const ccsviMatcher = createMatcher(ccsviTermSet);

/** The extension's highlights as the browser holds them (CSS.highlights), by name. */
export function registeredHighlights(): Map<string, Highlight> {
  return new Map([...CSS.highlights].filter(([name]) => name.startsWith(HIGHLIGHT_PREFIX)));
}

const running = new Set<PageScanner>();

// Each test's scanners stop after it, so none of them reads the next test's page.
afterEach(() => {
  for (const scanner of running) scanner.stop();
  running.clear();
  CSS.highlights.clear();
  document.body.innerHTML = '';
});

/** A scanner of `doc` with the real CSS Custom Highlight API, stopped after the test. */
export function createScanner(options: Partial<PageScannerOptions> = {}, doc: Document = document) {
  const highlights = new MentionHighlights(highlightApiOf(window), 'underline');
  const scanner = new PageScanner(doc, {
    matcher: ccsviMatcher,
    highlights,
    maxHighlighted: 1000,
    yieldToPage: () => Promise.resolve(),
    ...options,
  });
  running.add(scanner);
  return { scanner, highlights };
}

/** Lets MutationObserver callbacks run, then waits for the scanner to finish what they queued. */
export async function settle(scanner: PageScanner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await scanner.idle();
  }
}

export const texts = (scanner: PageScanner) => scanner.mentions().map((m) => m.range.toString());
