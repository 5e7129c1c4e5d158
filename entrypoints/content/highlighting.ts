import { ccsviTermSet } from '../../data/ccsvi/terms';
import { HIGHLIGHT_CSS } from '../../core/highlight-css';
import { highlightApiOf, MentionHighlights } from '../../core/highlights';
import { compileMatcher } from '../../core/matcher';
import { PageScanner } from '../../core/page-scanner';
import { createYieldToPage } from '../../core/scheduler';

const DEFAULT_MAX_HIGHLIGHTED = 500;

/** Shadow roots do not see the document's ::highlight rules: each gets the same sheet. */
function styleShadowRoot(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Some browsers refuse sheets built in the extension's world; highlights then use the page's colours.
  }
}

/** Finds and highlights mentions in this frame until `signal` aborts. */
export function startHighlighting(signal: AbortSignal): PageScanner | null {
  if (document.designMode === 'on') return null;
  const highlights = new MentionHighlights(highlightApiOf(window), 'underline');
  const scanner = new PageScanner(document, {
    matcher: compileMatcher(ccsviTermSet),
    highlights,
    maxHighlighted: DEFAULT_MAX_HIGHLIGHTED,
    yieldToPage: createYieldToPage(window),
    onShadowRoot: styleShadowRoot,
  });
  signal.addEventListener('abort', () => {
    scanner.stop();
    highlights.dispose();
  });
  void scanner.start();
  return scanner;
}
