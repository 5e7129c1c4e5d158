/** The text around a mention, for a reader of the scan's output. */
import { INVISIBLE_CHAR } from '../../core/invisible-chars';
import { BLOCK_SEPARATOR, TextSegmenter } from '../../core/text-segmenter';

/** How a block boundary is shown in a context. */
export const BLOCK_MARK = ' ¶ ';
/** Marks context cut short. */
export const ELLIPSIS = '…';

const INVISIBLE = new RegExp(INVISIBLE_CHAR.source, 'g');
const EDGE_START = /^[\s¶]+/;
const EDGE_END = /[\s¶]+$/;
const SEPARATORS = new RegExp(`\\s*${BLOCK_SEPARATOR}[\\s${BLOCK_SEPARATOR}]*`, 'g');

/** One root's scannable text, as the scanner sees it, with where each text node starts in it. */
export interface TextIndex {
  text: string;
  offsets: Map<Text, number>;
}

/**
 * Walks `root` (a document or shadow root, not into nested shadow roots) the way the scanner does. Text in
 * elements `isRendered` rejects is left out (the boundaries around it stay), so a context shows what a reader sees.
 */
export function indexText(root: Node, isRendered: (element: Element) => boolean = () => true): TextIndex {
  const segmenter = new TextSegmenter(root);
  const offsets = new Map<Text, number>();
  let text = '';
  for (let segment = segmenter.next(); segment !== null && segment !== 'paused'; segment = segmenter.next()) {
    if (text.length > 0) text += BLOCK_SEPARATOR;
    const { runs } = segment;
    text += segment.text.slice(0, runs[0]?.start ?? 0);
    runs.forEach((run, i) => {
      const dataEnd = run.start + run.node.data.length;
      const parent = run.node.parentElement;
      if (parent === null || isRendered(parent)) {
        offsets.set(run.node, text.length);
        text += segment.text.slice(run.start, dataEnd);
      }
      text += segment.text.slice(dataEnd, runs[i + 1]?.start ?? segment.text.length);
    });
  }
  return { text, offsets };
}

/** White space collapsed to one space, block boundaries shown as ` ¶ `, invisible characters dropped. */
export function readable(text: string): string {
  return text.replace(INVISIBLE, '').replace(SEPARATORS, BLOCK_MARK).replace(/\s+/g, ' ');
}

/** The last (`fromEnd`) or first `count` characters (code points) of `text`. */
function clip(text: string, count: number, fromEnd: boolean): { text: string; cut: boolean } {
  const chars = Array.from(text);
  if (chars.length <= count) return { text, cut: false };
  return { text: (fromEnd ? chars.slice(-count) : chars.slice(0, count)).join(''), cut: true };
}

/**
 * `chars` readable characters either side of `text[start, end)`, with the mention itself in the middle;
 * `…` marks a side that was cut short.
 */
export function contextAround(text: string, start: number, end: number, chars = 40): string {
  // Enough raw text for `chars` readable characters, even with runs of white space.
  const reach = chars * 8 + 16;
  const beforeRaw = text.slice(Math.max(0, start - reach), start);
  const afterRaw = text.slice(end, end + reach);
  const before = clip(readable(beforeRaw), chars, true);
  const after = clip(readable(afterRaw), chars, false);
  // At the very start or end of the text, a block mark leads nowhere.
  const beforeText =
    before.cut || start - reach > 0 ? before.text.trimStart() : before.text.replace(EDGE_START, '');
  const afterText =
    after.cut || end + reach < text.length ? after.text.trimEnd() : after.text.replace(EDGE_END, '');
  const cutBefore = beforeText.length > 0 && (before.cut || start - reach > 0);
  const cutAfter = afterText.length > 0 && (after.cut || end + reach < text.length);
  const middle = readable(text.slice(start, end));
  return `${cutBefore ? ELLIPSIS : ''}${beforeText}${middle}${afterText}${cutAfter ? ELLIPSIS : ''}`;
}

/** Finds mentions' contexts, indexing each root's text once. */
export class ContextFinder {
  private readonly indexes = new Map<Node, TextIndex>();

  constructor(
    private readonly chars = 40,
    private readonly isRendered: (element: Element) => boolean = () => true,
  ) {}

  /** The context of the text between two boundary points, or null when the nodes are not in the scanned text. */
  around(startNode: Text, startOffset: number, endNode: Text, endOffset: number): string | null {
    const root = startNode.getRootNode();
    let index = this.indexes.get(root);
    if (!index) {
      index = indexText(root, this.isRendered);
      this.indexes.set(root, index);
    }
    const startBase = index.offsets.get(startNode);
    const endBase = index.offsets.get(endNode);
    if (startBase === undefined || endBase === undefined) return null;
    return contextAround(index.text, startBase + startOffset, endBase + endOffset, this.chars);
  }
}
