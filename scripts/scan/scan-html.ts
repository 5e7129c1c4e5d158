/**
 * The command-line scan's engine: parses HTML with happy-dom (no scripts run, nothing is fetched) and runs the
 * extension's own PageScanner over it, so the matcher, the walking rules (skipped regions, blocks, open shadow
 * roots), the context rule and the dedupe are the very ones the browser uses.
 */
import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { MentionHighlights } from '../../core/highlights';
import { createMatcher } from '../../core/matcher';
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

/** A mention with where it is in the page's text: offsets into `document.body.textContent`, end exclusive. */
export interface LocatedMention extends ScanMention {
  start: number;
  end: number;
}

/** What scanPage reads from a page besides its mentions. */
export interface ScannedPage {
  /** the `lang` attribute of `<html>`, lower case, primary subtag only ('' when missing) */
  lang: string;
  /**
   * Labelled mentions, when the page carries them (`<meta name="ccsvi-mentions" content="START-END …">`,
   * offsets into the body's text, as `npm run eval -- --pages DIR` writes them); null otherwise.
   */
  labels: Array<{ start: number; end: number }> | null;
  mentions: LocatedMention[];
}

/** Finds the mentions in an HTML page, in document order (then open shadow roots, as the extension finds them). */
export async function scanHtml(html: string, options: ScanOptions = {}): Promise<ScanMention[]> {
  return (await scanPage(html, options)).mentions.map(({ topic, term, text, context }) => ({
    topic,
    term,
    text,
    context,
  }));
}

/** scanHtml, plus each mention's offsets in the body's text, the page's language and its labels if any. */
export async function scanPage(html: string, options: ScanOptions = {}): Promise<ScannedPage> {
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
      matcher: createMatcher(options.termSet ?? ccsviTermSet),
      highlights: new MentionHighlights(null, 'none'),
      maxHighlighted: 0,
      yieldToPage: () => Promise.resolve(),
      budgetMs: Infinity,
      isRendered,
    });
    await scanner.start();
    await scanner.idle();
    const contexts = new ContextFinder(options.contextChars ?? 40, isRendered);
    const offsetOf = bodyTextOffsets(doc);
    const mentions = scanner.mentions().map((m) => ({
      topic: m.topicId,
      term: m.termId,
      text: m.text,
      context: contexts.around(m.startNode, m.startOffset, m.endNode, m.endOffset) ?? m.text,
      start: (offsetOf.get(m.startNode) ?? -1) + m.startOffset,
      end: (offsetOf.get(m.endNode) ?? -1) + m.endOffset,
    }));
    scanner.stop();
    return { lang: pageLanguage(doc), labels: pageLabels(doc), mentions };
  } finally {
    await window.happyDOM.close();
  }
}

/** Where each text node of the body starts in `body.textContent`. */
function bodyTextOffsets(doc: Document): Map<Node, number> {
  const offsets = new Map<Node, number>();
  if (!doc.body) return offsets;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    offsets.set(node, offset);
    offset += (node as Text).data.length;
  }
  return offsets;
}

function pageLanguage(doc: Document): string {
  return (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase().split('-')[0]!;
}

function pageLabels(doc: Document): ScannedPage['labels'] {
  const meta = doc.querySelector('meta[name="ccsvi-mentions"]');
  if (!meta) return null;
  return (meta.getAttribute('content') ?? '')
    .split(/\s+/)
    .filter((pair) => /^\d+-\d+$/.test(pair))
    .map((pair) => {
      const [start, end] = pair.split('-').map(Number);
      return { start: start!, end: end! };
    });
}

/** The output: one JSON line per mention, then `{"total":N}`. */
export function formatScan(mentions: readonly ScanMention[]): string {
  const lines = mentions.map((m) =>
    JSON.stringify({ topic: m.topic, term: m.term, text: m.text, context: m.context }),
  );
  lines.push(JSON.stringify({ total: mentions.length }));
  return lines.join('\n') + '\n';
}
