/**
 * The mentions of one document, kept in document order whatever order they were found in, so that the
 * popup's list, next/previous, "first on the page", "first in each paragraph" and the highlight cap
 * all read the same order. Open shadow roots count at their host's place.
 */

/** A boundary point: a text node and an offset in it. */
export interface MentionBounds {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** `node`'s tree and, up through the shadow hosts, the node standing for it in each enclosing tree. */
function composedChain(node: Node): Array<{ root: Node; node: Node }> {
  const chain: Array<{ root: Node; node: Node }> = [];
  let current: Node = node;
  for (;;) {
    const root = current.getRootNode();
    chain.push({ root, node: current });
    const host = (root as Partial<ShadowRoot>).host;
    if (!host) return chain;
    current = host;
  }
}

/** -1 when point (a, ao) comes before (b, bo) in one tree, 1 after, 0 at the same place. */
function comparePointsInTree(a: Node, ao: number, b: Node, bo: number): number {
  if (a === b) return ao === bo ? 0 : ao < bo ? -1 : 1;
  const position = a.compareDocumentPosition(b);
  // b inside a (a is the shadow host standing for b's tree): the host comes first.
  if (position & CONTAINED_BY) return -1;
  return position & FOLLOWING ? -1 : 1;
}

/**
 * Document order of two boundary points, across open shadow roots (a shadow tree's text counts where
 * its host stands). Points in unrelated trees (one removed from the document) compare as equal.
 */
export function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset === bOffset ? 0 : aOffset < bOffset ? -1 : 1;
  const rootA = a.getRootNode();
  if (rootA === b.getRootNode()) return comparePointsInTree(a, aOffset, b, bOffset);
  const chainA = composedChain(a);
  const chainB = composedChain(b);
  for (const stepA of chainA) {
    const stepB = chainB.find((s) => s.root === stepA.root);
    if (!stepB) continue;
    // Only the original nodes carry offsets; a host stands for the start of its whole tree.
    const offsetA = stepA.node === a ? aOffset : 0;
    const offsetB = stepB.node === b ? bOffset : 0;
    if (stepA.node === stepB.node) return stepA.node === a ? -1 : stepB.node === b ? 1 : 0;
    return comparePointsInTree(stepA.node, offsetA, stepB.node, offsetB);
  }
  return 0;
}

/** Document order of two mentions: by start, then by end. */
export function compareMentions(a: MentionBounds, b: MentionBounds): number {
  return (
    comparePoints(a.startNode, a.startOffset, b.startNode, b.startOffset) ||
    comparePoints(a.endNode, a.endOffset, b.endNode, b.endOffset)
  );
}

/**
 * Mentions in document order. Insertion finds its place by binary search (most insertions, those of a
 * first scan, go at the end and cost one comparison).
 */
export class MentionStore<M extends MentionBounds> {
  private list: M[] = [];

  get size(): number {
    return this.list.length;
  }

  /** All mentions, first on the page first. */
  all(): readonly M[] {
    return this.list;
  }

  insert(mention: M): void {
    const list = this.list;
    const last = list[list.length - 1];
    if (last === undefined || compareMentions(last, mention) <= 0) {
      list.push(mention);
      return;
    }
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareMentions(list[mid]!, mention) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, mention);
  }

  /**
   * Sorts again if a move broke the order (a subtree moved with shadow hosts in it: the mentions of
   * their shadow roots are not in the moved light tree, so they are not read again). One comparison per
   * mention when nothing moved; true when the order changed.
   */
  restoreOrder(): boolean {
    const list = this.list;
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++)
      if (compareMentions(list[i - 1]!, list[i]!) > 0) sorted = false;
    if (sorted) return false;
    list.sort(compareMentions);
    return true;
  }

  /** Removes every mention `doomed` holds for; returns them. */
  removeWhere(doomed: (mention: M) => boolean): M[] {
    const removed: M[] = [];
    const kept: M[] = [];
    for (const mention of this.list) (doomed(mention) ? removed : kept).push(mention);
    if (removed.length > 0) this.list = kept;
    return removed;
  }

  clear(): M[] {
    const all = this.list;
    this.list = [];
    return all;
  }
}
