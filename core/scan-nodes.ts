/** Small questions about the page's nodes that the scanner asks while it reads (read only, no writes). */
import { isBlockElement, isSkippedElement, markTextareaDrivenSurface } from './dom-rules';
import type { MutationRules } from './mutation-jobs';
import { isTextareaDrivingText } from './render-state';
import { containingBlock } from './text-segmenter';

/** The size of a document's HTML as loaded (0 when the browser does not tell, or for a frame written by script). */
export function htmlBytesOf(doc: Document): number {
  const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    { decodedBodySize?: number } | undefined;
  return entry?.decodedBodySize ?? 0;
}

/** The outermost skipped region (editor, script, field, our card) holding `node`, or null. */
export function skippedRegion(node: Node): Node | null {
  let region: Node | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) region = el;
  }
  return region;
}

/** What jobsFromMutations asks about the page's nodes. */
export const MUTATION_RULES: MutationRules = {
  skippedRegion,
  isBlock: isBlockElement,
  containingBlock: (node) => containingBlock(node),
};

/** Whether `node` is inside `root`, or inside a shadow tree whose host (or its host…) is. */
export function composedContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n !== null; n = (n.getRootNode() as Partial<ShadowRoot>).host ?? null) {
    if (root.contains(n)) return true;
  }
  return false;
}

/**
 * Whether a tree read of `root` reads the text of `block` whole. An inline root (a span added to a
 * paragraph) holds only part of its block's run of text: that run is read by the block's own-text job,
 * as a full scan reads it, never cut at the inline element's edges.
 */
export function holdsBlock(root: Node, block: Node): boolean {
  return block === root || root.contains(block);
}

/** The element whose rendering decides whether a text node shows: its parent, or the shadow host. */
export function renderingElement(node: Text): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as Partial<ShadowRoot>).host ?? null;
}

/** Textareas that drive an editor drawing its own text (Ace, Monaco): their surfaces are skipped. */
export function noteTextareaSurfaces(root: Node): void {
  const textareas = (root as ParentNode).querySelectorAll?.('textarea');
  if (!textareas) return;
  for (const textarea of Array.from(textareas)) {
    if (isTextareaDrivingText(textarea)) markTextareaDrivenSurface(textarea);
  }
}
