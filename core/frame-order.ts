/**
 * Document order of mentions across the frames of a tab: each frame is placed by its path from the top
 * (its index among its parent's child frames, `window.frames` order, at each level), and each mention by
 * the number of its document's child frames that come before it. Pure, for the background's next and
 * previous commands.
 */

export interface FrameMentionRef {
  frameId: number;
  /** index among the parent's child frames at each level from the top; [] for the top frame */
  framePath: readonly number[];
  /** child frames of the mention's own document that come before it */
  frameSlot: number;
  /** the mention's index in its frame's list (already in document order) */
  index: number;
  id: number;
}

/** A key that sorts like the page reads: mention slots and child frame indexes interleaved (2s vs 2i+1). */
function keyOf(ref: FrameMentionRef): number[] {
  return [...ref.framePath.map((i) => 2 * i + 1), 2 * ref.frameSlot, ref.index];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function orderAcrossFrames<T extends FrameMentionRef>(refs: readonly T[]): T[] {
  return [...refs].sort((a, b) => compareKeys(keyOf(a), keyOf(b)) || a.frameId - b.frameId);
}

/** The mention `direction` steps from `current` (or the first / last one when there is no current one), wrapping around. */
export function stepAcrossFrames<T extends FrameMentionRef>(
  ordered: readonly T[],
  current: { frameId: number; id: number } | null,
  direction: 1 | -1,
): T | null {
  if (ordered.length === 0) return null;
  const at = current ? ordered.findIndex((r) => r.frameId === current.frameId && r.id === current.id) : -1;
  if (at === -1) return direction === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[(at + direction + ordered.length) % ordered.length]!;
}
