/**
 * The command-line scan's engine: parses HTML with happy-dom (no scripts run, nothing is fetched) and runs the
 * extension's own PageScanner over it, so the matcher, the walking rules (skipped regions, blocks, open shadow
 * roots), the context rule and the dedupe are the very ones the browser uses.
 */
import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { MentionHighlights } from '../../core/highlights';
import { compileMatcher } from '../../core/matcher';
import { PageScanner } from '../../core/page-scanner';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import type { TermSet } from '../../data/term-types';
import { ContextFinder } from './context';
import { attachDeclarativeShadowRoots } from './declarative-shadow';
import { createStaticIsRendered } from './is-rendered';

/** One mention, as printed: one JSON object per line. */
export interface ScanMention {
  topic: string;
  term: string;
  /** the matched characters exactly as they are in the page */
  text: string;
  /** about `contextChars` readable characters either side, white space collapsed, blocks shown as ` ¶ ` */
  context: string;
}

export interface ScanOptions {
  /** the page's address (relative links resolve against it); default `file:///scan-input.html` */
  url?: string;
  /** default: the CCSVI term set, as the extension uses it */
  termSet?: TermSet;
  contextChars?: number;
}

/** Settings that keep a page inert: no script runs, no file, style sheet, frame or image is loaded. */
const INERT_SETTINGS = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  enableCSSFileLoading: false,
  disableCSSFileLoading: true,
  enableIframePageLoading: false,
  disableIframePageLoading: true,
  enableImageFileLoading: false,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
  },
};

/** Finds the mentions in an HTML page, in document order (then open shadow roots, as the extension finds them). */
export async function scanHtml(html: string, options: ScanOptions = {}): Promise<ScanMention[]> {
  const window = new Window({
    url: options.url ?? 'file:///scan-input.html',
    // Anything the page would log stays out of the scan's output.
    console: new VirtualConsole(new VirtualConsolePrinter()) as unknown as Console,
    settings: INERT_SETTINGS,
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const shadowRoots = attachDeclarativeShadowRoots(doc);
    const isRendered = createStaticIsRendered({ shadowRootOf: (el) => shadowRoots.get(el) ?? el.shadowRoot });
    const scanner = new PageScanner(doc, {
      matcher: compileMatcher(options.termSet ?? ccsviTermSet),
      highlights: new MentionHighlights(null, 'none'),
      maxHighlighted: 0,
      yieldToPage: () => Promise.resolve(),
      budgetMs: Infinity,
      isRendered,
    });
    await scanner.start();
    await scanner.idle();
    const contexts = new ContextFinder(options.contextChars ?? 40, isRendered);
    const mentions = scanner.mentions().map((m) => ({
      topic: m.topicId,
      term: m.termId,
      text: m.text,
      context: contexts.around(m.startNode, m.startOffset, m.endNode, m.endOffset) ?? m.text,
    }));
    scanner.stop();
    return mentions;
  } finally {
    await window.happyDOM.close();
  }
}

/** The output: one JSON line per mention, then `{"total":N}`. */
export function formatScan(mentions: readonly ScanMention[]): string {
  const lines = mentions.map((m) => JSON.stringify({ topic: m.topic, term: m.term, text: m.text, context: m.context }));
  lines.push(JSON.stringify({ total: mentions.length }));
  return lines.join('\n') + '\n';
}
