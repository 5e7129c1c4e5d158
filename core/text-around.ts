import { skippedRegion, type EditorTest } from './dom-rules';
import { BLOCK_SEPARATOR, containingBlock, TextSegmenter, type Segment } from './text-segmenter';

/** The text read around a hit: its block's run of text (the core), with neighbouring text on each side. */
export interface TextAround {
  segment: Segment;
  /** where the run holding the hit starts and ends in `segment.text` */
  coreStart: number;
  coreEnd: number;
  /** the text nodes of that run */
  coreNodes: Text[];
}

export interface TextAroundOptions {
  /** at least this many characters of the neighbouring blocks on each side (0: the run alone) */
  margin: number;
  /** containingBlock's cache, shared across calls */
  blocks: Map<Node, Node>;
  editables: EditorTest;
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** a block's run of text longer than this is cut in pieces (as in a walk of the whole page) */
const MAX_RUN = 262_144;

/**
 * Reads the run of text that holds `hit` (its block's consecutive text, where a mention containing it
 * must lie) and `margin` characters around it, with the same segmenter as a walk of the whole page, so
 * the text and block boundaries are the ones that walk would see. Null when the hit lies in text the
 * segmenter skips.
 */
export function readTextAround(root: Node, hit: Text, options: TextAroundOptions): TextAround | null {
  const { margin, blocks } = options;
  const hitBlock = containingBlock(hit.parentNode!, blocks);
  if (margin === 0 && hitBlock.nodeType === 1 && (hitBlock === root || root.contains(hitBlock)))
    return readRunInBlock(hitBlock, hit, options);
  const back = hit.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  back.currentNode = hit;
  let from: Node = hit;
  let inRun = true;
  let before = 0;
  let nodesBefore = 0;
  for (let node = back.previousNode(); node !== null; node = back.previousNode()) {
    if (inRun && containingBlock(node.parentNode!, blocks) !== hitBlock) inRun = false;
    if (!inRun) {
      if (before >= margin) break;
      before += (node as Text).data.length;
    }
    from = node;
    nodesBefore++;
  }
  // Read from the start of a skipped region (the segmenter steps over it whole), not from inside it.
  from = skippedRegion(from) ?? from;

  const segmenter = new TextSegmenter(
    root,
    {
      from,
      targetLength: 1,
      maxLength: MAX_RUN,
      editables: options.editables,
      onShadowRoot: options.onShadowRoot,
    },
    blocks,
  );
  const segment: Segment = { text: '', runs: [] };
  const coreNodes: Text[] = [];
  let coreStart = -1;
  let coreEnd = -1;
  let after = 0;
  let runsBefore = 0;
  for (let part = segmenter.next(); part !== null && part !== 'paused'; part = segmenter.next()) {
    const offset = appendSegment(segment, part);
    if (coreStart < 0 && part.runs.some((r) => r.node === hit)) {
      coreStart = offset;
      coreEnd = segment.text.length;
      for (const r of part.runs) coreNodes.push(r.node);
      if (margin === 0) break; // a mention never crosses a block: the next run would be read and matched for nothing
    } else if (coreStart < 0) {
      runsBefore += part.runs.length;
      if (runsBefore > nodesBefore) return null; // past the hit without meeting it: it sits in skipped text
    } else {
      after += part.text.length;
      if (after >= margin) break;
    }
  }
  return coreStart < 0 ? null : { segment, coreStart, coreEnd, coreNodes };
}

/**
 * readTextAround without margin, for a hit whose block is an element: its run is that block's own text,
 * so a segmenter rooted at the block finds it without walking back to the run's start or on into the
 * next block to see where the run ends. Each of its segments is one run (targetLength 1).
 */
function readRunInBlock(block: Node, hit: Text, options: TextAroundOptions): TextAround | null {
  const segmenter = new TextSegmenter(
    block,
    { targetLength: 1, maxLength: MAX_RUN, editables: options.editables, onShadowRoot: options.onShadowRoot },
    options.blocks,
  );
  for (let part = segmenter.next(); part !== null && part !== 'paused'; part = segmenter.next()) {
    if (part.runs.some((r) => r.node === hit))
      return {
        segment: part,
        coreStart: 0,
        coreEnd: part.text.length,
        coreNodes: part.runs.map((r) => r.node),
      };
  }
  return null;
}

/** Appends a segment to another (taking over its runs), block-separated; returns where its text starts. */
function appendSegment(into: Segment, part: Segment): number {
  if (into.text.length > 0) into.text += BLOCK_SEPARATOR;
  const offset = into.text.length;
  into.text += part.text;
  for (const run of part.runs) {
    run.start += offset;
    into.runs.push(run);
  }
  return offset;
}
