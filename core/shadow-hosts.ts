/**
 * The elements of a tree that may hold an open shadow root, a few at a time.
 *
 * Any element can be a shadow host, so a small tree is walked whole. A content script runs in its own
 * JavaScript world, where every element it touches gets a wrapper of its own: walking a page of a
 * hundred thousand elements costs several times what the page's own scripts would pay. On such a page
 * only custom elements (a hyphen in the name: web components, the usual hosts) are looked at, found by
 * one native XPath query; elements added later are walked whole by the scanner's mutation jobs. Whether
 * a tree is large is told by the caller when it knows (from the length of the text it read), else by
 * counting its elements.
 */

/** Above this many elements, only custom elements are looked at. */
export const WHOLE_WALK_MAX_ELEMENTS = 20_000;
/** Text longer than this comes with more elements than a walk should visit. */
const WHOLE_WALK_MAX_TEXT = 500_000;
// name() rather than local-name(): the same answer for HTML elements, and cheaper in Chromium.
const CUSTOM_ELEMENTS = ".//*[contains(name(), '-')]";

export interface HostCursor {
  /** the next candidate, or null at the end */
  next(): Element | null;
}

function elementCount(root: Node): number {
  const parent = root as { getElementsByTagName?: (name: string) => HTMLCollection };
  if (typeof parent.getElementsByTagName === 'function') return parent.getElementsByTagName('*').length;
  return (root as ParentNode).querySelectorAll?.('*').length ?? 0;
}

function walkerCursor(root: Node, doc: Document): HostCursor {
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  return {
    next() {
      // Moved out of the root since the last step: start over (a shadow root found twice is scanned once).
      if (!root.contains(walker.currentNode)) walker.currentNode = root;
      return walker.nextNode() as Element | null;
    },
  };
}

function customElementsCursor(root: Node, doc: Document): HostCursor | null {
  let found: XPathResult;
  try {
    found = doc.evaluate(CUSTOM_ELEMENTS, root, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
  } catch {
    return null; // no XPath here (or not on this root): walk
  }
  let i = 0;
  return {
    next() {
      while (i < found.snapshotLength) {
        const element = found.snapshotItem(i++) as Element;
        if (element.isConnected && root.contains(element)) return element;
      }
      return null;
    },
  };
}

/**
 * A cursor over the candidates under `root` (not `root` itself), or null when it has no element.
 * `textLength`: the length of the root's text, when the caller has read it.
 */
export function shadowHostCandidates(root: Node, textLength?: number): HostCursor | null {
  if ((root as ParentNode).firstElementChild == null) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const large =
    textLength !== undefined
      ? textLength > WHOLE_WALK_MAX_TEXT
      : elementCount(root) > WHOLE_WALK_MAX_ELEMENTS;
  if (large) {
    const custom = customElementsCursor(root, doc);
    if (custom) return custom;
  }
  return walkerCursor(root, doc);
}
