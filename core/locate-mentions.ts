import type { Mention } from './matcher';
import type { Segment, TextRun } from './text-segmenter';

/** A mention placed in the DOM: boundary points in text nodes. */
export interface PlacedMention extends Mention {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** the block that holds the mention's first character */
  block: Node;
  text: string;
}

/** Index of the run holding character `offset` of the segment text (runs are sorted by start). */
function runAt(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps matcher offsets in a segment's text back to the text nodes they came from. */
export function placeMentions(segment: Segment, mentions: readonly Mention[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const mention of mentions) {
    const first = segment.runs[runAt(segment.runs, mention.start)]!;
    const last = segment.runs[runAt(segment.runs, mention.end - 1)]!;
    placed.push({
      ...mention,
      startNode: first.node,
      startOffset: mention.start - first.start,
      endNode: last.node,
      endOffset: mention.end - last.start,
      block: first.block,
      text: segment.text.slice(mention.start, mention.end),
    });
  }
  return placed;
}
