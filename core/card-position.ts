/**
 * Where the card goes, given the mention's line boxes, the card's natural size and the viewport.
 * Pure arithmetic in viewport (CSS pixel) coordinates.
 *
 * Rules, in order:
 * - the card never covers the mention (any of its line boxes);
 * - it stays inside the viewport, `margin` from each edge, shrinking in height (it scrolls inside);
 * - below the mention if it fits, else above, else whichever of the two has more room when that room
 *   is at least `minHeight`, else beside the mention (end side first), else the larger of above/below;
 * - horizontally it lines up with the start of the mention (left in left-to-right text, right in
 *   right-to-left text), moved inwards to stay inside the viewport.
 */
import type { RectLike } from './hit-test';

export type CardSide = 'below' | 'above' | 'right' | 'left';

export interface PlacementInput {
  /** the mention's line boxes (empty boxes are ignored) */
  anchor: readonly RectLike[];
  /** the line box to line up with (the one under the pointer); default: the first */
  lineUp?: RectLike;
  /** the card's size with no height limit (or with its own cap) */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  direction?: 'ltr' | 'rtl';
  /** between the mention and the card */
  gap?: number;
  /** between the card and the viewport's edges */
  margin?: number;
  /** below this height a side is too cramped if another one fits */
  minHeight?: number;
}

export interface Placement {
  left: number;
  top: number;
  /** the most height the card may take here (it scrolls inside beyond) */
  maxHeight: number;
  /** the card's width, narrowed if the viewport is narrower */
  width: number;
  side: CardSide;
}

export const DEFAULT_GAP = 6;
export const DEFAULT_MARGIN = 8;
export const DEFAULT_MIN_HEIGHT = 160;

export function unionRect(rects: readonly RectLike[]): RectLike | null {
  let u: { left: number; top: number; right: number; bottom: number } | null = null;
  for (const r of rects) {
    if (r.right - r.left <= 0 || r.bottom - r.top <= 0) continue;
    if (!u) u = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    else {
      u.left = Math.min(u.left, r.left);
      u.top = Math.min(u.top, r.top);
      u.right = Math.max(u.right, r.right);
      u.bottom = Math.max(u.bottom, r.bottom);
    }
  }
  return u;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

export function placeCard(input: PlacementInput): Placement {
  const gap = input.gap ?? DEFAULT_GAP;
  const margin = input.margin ?? DEFAULT_MARGIN;
  const minHeight = input.minHeight ?? DEFAULT_MIN_HEIGHT;
  const { viewport } = input;
  const width = Math.max(0, Math.min(input.card.width, viewport.width - 2 * margin));
  const height = Math.max(0, input.card.height);
  const anchor = unionRect(input.anchor) ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const lineUp = input.lineUp ?? input.anchor.find((r) => r.right > r.left && r.bottom > r.top) ?? anchor;
  const rtl = input.direction === 'rtl';

  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const roomRight = viewport.width - margin - (anchor.right + gap);
  const roomLeft = anchor.left - gap - margin;

  const alignedLeft = () =>
    clamp(
      rtl ? lineUp.right - width : lineUp.left,
      margin,
      Math.max(margin, viewport.width - margin - width),
    );

  const vertical = (side: 'below' | 'above'): Placement => {
    const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
    const maxHeight = Math.min(height, room);
    // A mention scrolled past an edge: keep the card inside, on its side of the mention.
    const top =
      side === 'below'
        ? Math.max(anchor.bottom + gap, margin)
        : Math.min(anchor.top - gap - maxHeight, viewport.height - margin - maxHeight);
    return { left: alignedLeft(), top, maxHeight, width, side };
  };

  const beside = (side: 'right' | 'left'): Placement => {
    const maxHeight = Math.min(height, Math.max(0, viewport.height - 2 * margin));
    const top = clamp(anchor.top, margin, Math.max(margin, viewport.height - margin - maxHeight));
    const left = side === 'right' ? anchor.right + gap : anchor.left - gap - width;
    return { left, top, maxHeight, width, side };
  };

  if (roomBelow >= height) return vertical('below');
  if (roomAbove >= height) return vertical('above');
  const roomier = roomBelow >= roomAbove ? 'below' : 'above';
  if (Math.max(roomBelow, roomAbove) >= minHeight) return vertical(roomier);
  const sides: Array<['right' | 'left', number]> = rtl
    ? [
        ['left', roomLeft],
        ['right', roomRight],
      ]
    : [
        ['right', roomRight],
        ['left', roomLeft],
      ];
  for (const [side, room] of sides) if (room >= width) return beside(side);
  return vertical(roomier);
}

/** Whether two rects overlap (touching edges do not count). */
export function rectsOverlap(a: RectLike, b: RectLike): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether any part of the rects is inside the viewport. */
export function anyInViewport(
  rects: readonly RectLike[],
  viewport: { width: number; height: number },
): boolean {
  return rects.some(
    (r) =>
      r.right > 0 &&
      r.left < viewport.width &&
      r.bottom > 0 &&
      r.top < viewport.height &&
      r.right > r.left &&
      r.bottom > r.top,
  );
}
