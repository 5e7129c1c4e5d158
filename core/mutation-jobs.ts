/**
 * What a batch of DOM mutation records asks the scanner to do: a function of the records (it only reads
 * the nodes they name), so it can be tested on its own. Batches of any size go through it;
 * duplicates fold (one job per block or subtree), so a page that churns thousands of nodes a frame
 * costs a few jobs, not thousands.
 */
import { isBlockElement, skippedRegion } from './dom-rules';
import { containingBlock } from './text-segmenter';

/** The parts of a MutationRecord this module reads. */
export interface MutationLike {
  type: 'childList' | 'characterData' | 'attributes' | string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
  attributeName?: string | null;
}

export type ScanJob =
  /** read this subtree again (its mentions are replaced) */
  | { kind: 'tree'; root: Node }
  /** read the text directly in this block again (its mentions are replaced) */
  | { kind: 'own-text'; block: Node }
  /** this region is not read (an editor, say): drop the mentions inside it */
  | { kind: 'drop-inside'; root: Node }
  /** drop mentions whose text left the document or collapsed */
  | { kind: 'prune' }
  /** styles or sizes may have changed: look again at mentions that were hidden */
  | { kind: 'recheck-hidden' }
  /** look again at elements that may have a new open shadow root */
  | { kind: 'shadow-check'; element: Element }
  /** look for open shadow roots under this subtree (each is read as a root of its own), without reading its text */
  | { kind: 'sweep'; root: Node };

/** Attributes that make a region editable or an editor surface (dom-rules / editor-surfaces). */
export const EDITING_ATTRIBUTES: readonly string[] = [
  'contenteditable',
  'role',
  'aria-multiline',
  'aria-roledescription',
];
/** Attributes that may show or hide text. */
export const VISIBILITY_ATTRIBUTES: readonly string[] = ['class', 'style', 'hidden', 'open'];

/**
 * More records (or added nodes) for one parent in one batch than this, and more than half as many as
 * it has children: read the parent once instead of each node. A parent with many more children (a
 * long article given a few paragraphs) has only the new nodes read: the work follows the change.
 */
export const ADDED_PER_PARENT_LIMIT = 16;

const readWhole = (parent: Node, changes: number): boolean =>
  changes > ADDED_PER_PARENT_LIMIT && changes * 2 > parent.childNodes.length;

function isContained(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}

/**
 * Each record's type and target, read once (in Firefox every read of a record crosses into the page's
 * world), and the parents whose childList records are better read as a whole (readWhole).
 */
function readRecords(records: readonly MutationLike[]) {
  const types: string[] = [];
  const targets: Node[] = [];
  const counts = new Map<Node, number>();
  const busy = new Set<Node>();
  let last: Node | null = null;
  let lastCount = 0;
  for (const record of records) {
    const type = record.type;
    const target = record.target;
    types.push(type);
    targets.push(target);
    if (type !== 'childList') continue;
    // Records of one parent usually come in a row: count them without a map look-up each.
    if (target !== last) {
      if (last !== null) counts.set(last, lastCount);
      last = target;
      lastCount = counts.get(target) ?? 0;
    }
    ++lastCount;
  }
  if (last !== null) counts.set(last, lastCount);
  for (const [parent, count] of counts) if (readWhole(parent, count)) busy.add(parent);
  return { types, targets, busy };
}

/** Caches `f` for one batch: records of one batch share a few targets, whose ancestors are looked at once. */
function perBatch<T>(f: (node: Node) => T): (node: Node) => T {
  const known = new Map<Node, T>();
  return (node) => {
    if (known.has(node)) return known.get(node)!;
    const value = f(node);
    known.set(node, value);
    return value;
  };
}

/** The scan jobs for one batch of records, in a fixed order: removals first, then reading, then rechecks. */
export function jobsFromMutations(records: readonly MutationLike[]): ScanJob[] {
  const rules = {
    skippedRegion: perBatch(skippedRegion),
    containingBlock: perBatch((node) => containingBlock(node)),
  };
  // A parent with that many records for its size (a feed churned node by node) is read once as a whole,
  // without looking at each record's nodes: that costs less than the records themselves, in Firefox above all.
  const { types, targets, busy } = readRecords(records);
  let prune = false;
  let recheckHidden = false;
  const dropRoots = new Set<Node>();
  const treeRoots = new Set<Node>();
  const blocks = new Set<Node>();
  const shadowChecks = new Set<Element>();
  /** subtrees added inside regions that are not read: only their shadow roots are (as a full scan does) */
  const sweeps = new Set<Node>();
  const addedByParent = new Map<Node, Node[]>();

  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    const type = types[i];
    if (type === 'childList' && busy.has(target)) continue;
    const record = records[i]!;
    if (type === 'attributes') {
      const name = record.attributeName ?? '';
      if (EDITING_ATTRIBUTES.includes(name)) {
        if (!target.isConnected) continue;
        const region = rules.skippedRegion(target);
        // Now inside an editor: its old mentions go. Out of one: read it again.
        if (region !== null) dropRoots.add(region);
        else treeRoots.add(target);
        // An inline region that starts or stops being read changes the text of the block around it.
        const outside = (region ?? target).parentNode;
        if (outside !== null) blocks.add(rules.containingBlock(outside));
      } else {
        recheckHidden = true;
      }
      continue;
    }
    if (type === 'characterData') {
      prune = true;
      if (!target.isConnected) continue;
      const region = rules.skippedRegion(target);
      if (region !== null) dropRoots.add(region);
      else blocks.add(rules.containingBlock(target.parentNode ?? target));
      continue;
    }
    if (record.removedNodes.length > 0) prune = true;
    if (!target.isConnected) continue;
    const region = rules.skippedRegion(target);
    // Text on both sides of a removed node now runs together: its block reads its own text again.
    if (record.removedNodes.length > 0 && region === null) blocks.add(rules.containingBlock(target));
    if (record.addedNodes.length === 0) continue;
    if (region !== null) {
      dropRoots.add(region);
      for (let i = 0; i < record.addedNodes.length; i++) {
        const added = record.addedNodes[i]!;
        if (added.nodeType === 1 && added.parentNode === target) sweeps.add(added);
      }
      continue;
    }
    if (target.nodeType === 1) shadowChecks.add(target as Element);
    for (let i = 0; i < record.addedNodes.length; i++) {
      const added = record.addedNodes[i]!;
      // Added and taken out again within the batch: nothing to read.
      if (added.parentNode !== target || (added.nodeType !== 1 && added.nodeType !== 3)) continue;
      const list = addedByParent.get(target);
      if (list) list.push(added);
      else addedByParent.set(target, [added]);
    }
  }

  for (const parent of busy) {
    prune = true;
    if (!parent.isConnected) continue;
    const region = rules.skippedRegion(parent);
    if (region !== null) {
      dropRoots.add(region);
      sweeps.add(parent);
      continue;
    }
    treeRoots.add(parent);
    // Text around an inline parent (in its block) may now run together with the new text.
    blocks.add(rules.containingBlock(parent));
    if (parent.nodeType === 1) shadowChecks.add(parent as Element);
  }

  for (const [parent, added] of addedByParent) {
    if (readWhole(parent, added.length)) {
      treeRoots.add(parent);
      continue;
    }
    for (const node of added) {
      if (node.nodeType === 1 && isBlockElement(node as Element)) {
        treeRoots.add(node);
        // A block parts its parent's text: the lines on both sides are read again.
        blocks.add(rules.containingBlock(parent));
        continue;
      }
      blocks.add(rules.containingBlock(parent));
      // An inline element may still hold blocks (a span around paragraphs) or shadow hosts.
      if (node.nodeType === 1 && (node as Element).firstElementChild !== null) treeRoots.add(node);
      else if (node.nodeType === 1 && (node as Element).shadowRoot) shadowChecks.add(node as Element);
    }
  }

  const jobs: ScanJob[] = [];
  if (prune || dropRoots.size > 0) jobs.push({ kind: 'prune' });
  for (const root of dropRoots)
    if (root.parentNode === null || !isContained(root.parentNode, dropRoots))
      jobs.push({ kind: 'drop-inside', root });
  // A subtree inside another subtree that is read again, or inside a dropped region, needs no job of its own.
  for (const root of treeRoots) {
    if (root.parentNode !== null && isContained(root.parentNode, treeRoots)) continue;
    if (isContained(root, dropRoots)) {
      sweeps.add(root);
      continue;
    }
    jobs.push({ kind: 'tree', root });
  }
  for (const block of blocks) {
    if (isContained(block, treeRoots) || isContained(block, dropRoots)) continue;
    jobs.push({ kind: 'own-text', block });
  }
  for (const element of shadowChecks) jobs.push({ kind: 'shadow-check', element });
  for (const root of sweeps)
    if (root.parentNode === null || !isContained(root.parentNode, sweeps)) jobs.push({ kind: 'sweep', root });
  if (recheckHidden) jobs.push({ kind: 'recheck-hidden' });
  return jobs;
}
