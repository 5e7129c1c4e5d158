/**
 * Where the card goes, given the mention's line boxes, the card's natural size and the viewport.
 * Pure arithmetic in viewport (CSS pixel) coordinates.
 *
 * Rules, in order:
 * - the card never covers the mention (any of its line boxes);
 * - it stays inside the viewport, MARGIN from each edge, shrinking in height (it scrolls inside);
 * - below the mention if it fits, else above, else whichever of the two has more room when that room
 *   is at least MIN_HEIGHT, else beside the mention (end side first), else the larger of above/below;
 * - horizontally it lines up with the start of the mention (left in left-to-right text, right in
 *   right-to-left text), moved inwards to stay inside the viewport.
 */
import type { RectLike } from './hit-test';

type CardSide = 'below' | 'above' | 'right' | 'left';

interface PlacementInput {
  /** the mention's line boxes (empty boxes are ignored) */
  anchor: readonly RectLike[];
  /** the line box to line up with (the one under the pointer); default: the first */
  lineUp?: RectLike;
  /** the card's size with no height limit (or with its own cap) */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  direction?: 'ltr' | 'rtl';
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

/** between the mention and the card */
const GAP = 6;
/** between the card and the viewport's edges */
const MARGIN = 8;
/** below this height a side is too cramped if another one fits */
const MIN_HEIGHT = 160;

/** The box around the rects that are not empty. */
function unionRect(rects: readonly RectLike[]): RectLike | null {
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
  const { viewport } = input;
  const width = Math.max(0, Math.min(input.card.width, viewport.width - 2 * MARGIN));
  const height = Math.max(0, input.card.height);
  const anchor = unionRect(input.anchor) ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const lineUp = input.lineUp ?? input.anchor.find((r) => r.right > r.left && r.bottom > r.top) ?? anchor;
  const rtl = input.direction === 'rtl';

  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const roomRight = viewport.width - MARGIN - (anchor.right + GAP);
  const roomLeft = anchor.left - GAP - MARGIN;

  const alignedLeft = () =>
    clamp(
      rtl ? lineUp.right - width : lineUp.left,
      MARGIN,
      Math.max(MARGIN, viewport.width - MARGIN - width),
    );

  const vertical = (side: 'below' | 'above'): Placement => {
    const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
    const maxHeight = Math.min(height, room);
    // A mention scrolled past an edge: keep the card inside, on its side of the mention.
    const top =
      side === 'below'
        ? Math.max(anchor.bottom + GAP, MARGIN)
        : Math.min(anchor.top - GAP - maxHeight, viewport.height - MARGIN - maxHeight);
    return { left: alignedLeft(), top, maxHeight, width, side };
  };

  const beside = (side: 'right' | 'left'): Placement => {
    const maxHeight = Math.min(height, Math.max(0, viewport.height - 2 * MARGIN));
    const top = clamp(anchor.top, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - maxHeight));
    const left = side === 'right' ? anchor.right + GAP : anchor.left - GAP - width;
    return { left, top, maxHeight, width, side };
  };

  if (roomBelow >= height) return vertical('below');
  if (roomAbove >= height) return vertical('above');
  const roomier = roomBelow >= roomAbove ? 'below' : 'above';
  if (Math.max(roomBelow, roomAbove) >= MIN_HEIGHT) return vertical(roomier);
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
