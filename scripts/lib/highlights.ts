// Reading the extension's highlights from the page's own JS world.
//
// The content script never touches the DOM; it registers Highlight objects in
// CSS.highlights under names starting with "fact-context-mention". Other
// "fact-context-*" names are focus effects and are not mentions.
import type { ExtPage } from './browsers.ts';

export const MENTION_PREFIX = 'fact-context-mention';

export interface Mention {
  /** Registry name the range was found under. */
  name: string;
  /** The highlighted text. */
  text: string;
  /** Up to 40 characters before and after, from the same text nodes. */
  before: string;
  after: string;
  /** The range starts inside an (open) shadow root. */
  inShadow: boolean;
  /** The range starts inside a textarea, input or contenteditable element. */
  inEditable: boolean;
}

export interface HighlightSnapshot {
  /** false when the browser has no CSS Custom Highlight API. */
  supported: boolean;
  /** Every highlight name in the registry (mentions and focus effects). */
  names: string[];
  /** Sum of .size over the mention highlights. */
  size: number;
  mentions: Mention[];
}

/**
 * A JavaScript expression (a string on purpose: functions compiled by tsx can
 * carry helper calls that do not exist in the page) that evaluates to a
 * HighlightSnapshot for the window `win` (default: the page's window; pass
 * e.g. "document.querySelector('iframe').contentWindow" for a same-origin frame).
 */
export function snapshotExpression(win = 'window'): string {
  return `((win) => {
  const prefix = ${JSON.stringify(MENTION_PREFIX)};
  const reg = win.CSS && win.CSS.highlights;
  if (!reg) return { supported: false, names: [], size: 0, mentions: [] };
  const names = [];
  const mentions = [];
  let size = 0;
  const isEditable = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!(el && (el.closest('textarea, input, [contenteditable]:not([contenteditable="false"])') || el.isContentEditable));
  };
  for (const [name, highlight] of reg) {
    names.push(name);
    if (!name.startsWith(prefix)) continue;
    size += highlight.size;
    for (const r of highlight) {
      const doc = r.startContainer.ownerDocument || win.document;
      const range = doc.createRange();
      let text = '';
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        text = range.toString();
      } catch (e) {
        text = '<invalid range: ' + e + '>';
      }
      const s = r.startContainer, e = r.endContainer;
      const before = s.nodeType === 3 ? s.data.slice(Math.max(0, r.startOffset - 40), r.startOffset) : '';
      const after = e.nodeType === 3 ? e.data.slice(r.endOffset, r.endOffset + 40) : '';
      const root = s.getRootNode();
      mentions.push({ name, text, before, after, inShadow: root !== doc && root.nodeType === 11, inEditable: isEditable(s) });
    }
  }
  return { supported: true, names, size, mentions };
})(${win})`;
}

export function readHighlights(page: ExtPage, win = 'window'): Promise<HighlightSnapshot> {
  return page.evaluate<HighlightSnapshot>(snapshotExpression(win));
}

export interface WaitOptions {
  /** Keep polling until at least this many mentions are registered (default 1). */
  min?: number;
  /** ...and the count has not changed for this long (default 700 ms). */
  quietMs?: number;
  /** Give up after this long and return what is there (default 10 s). */
  timeoutMs?: number;
  win?: string;
}

/**
 * Polls until at least `min` mentions are registered and the count has been
 * stable for `quietMs`, or until `timeoutMs` passes. Returns the last snapshot
 * either way; the caller asserts on it.
 */
export async function waitForStableHighlights(
  page: ExtPage,
  options: WaitOptions = {},
): Promise<HighlightSnapshot> {
  const { min = 1, quietMs = 700, timeoutMs = 10_000, win = 'window' } = options;
  const start = Date.now();
  let last = await readHighlights(page, win);
  let lastChange = Date.now();
  for (;;) {
    const now = Date.now();
    if (last.size >= min && now - lastChange >= quietMs) return last;
    if (now - start >= timeoutMs) return last;
    await new Promise((r) => setTimeout(r, 100));
    const next = await readHighlights(page, win);
    if (next.size !== last.size) lastChange = Date.now();
    last = next;
  }
}

/** "…before [text] after…" on one line, for logs. */
export function describeMention(m: Mention): string {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return `…${squash(m.before)}[${squash(m.text)}]${squash(m.after)}…`;
}
