// Card placement (core/card-position.ts): below, flipped above, beside, clamped, right to left, and
// never over the mention.
import fc from 'fast-check';
import { anyInViewport, placeCard, type Placement } from '../../core/card-position';
import type { RectLike } from '../../core/hit-test';

const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({
  left,
  top,
  right,
  bottom,
});
/** Whether two rects overlap (touching edges do not count). */
const rectsOverlap = (a: RectLike, b: RectLike) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const viewport = { width: 1280, height: 900 };
const card = { width: 400, height: 500 };
const cardRect = (p: Placement): RectLike =>
  rect(p.left, p.top, p.left + p.width, p.top + Math.min(card.height, p.maxHeight));

test('below the mention, lined up with its start, when there is room', () => {
  const p = placeCard({ anchor: [rect(100, 100, 160, 120)], card, viewport });
  expect(p).toEqual({ side: 'below', left: 100, top: 126, maxHeight: 500, width: 400 });
});

test('flips above near the bottom edge', () => {
  const p = placeCard({ anchor: [rect(100, 700, 160, 720)], card, viewport });
  expect(p.side).toBe('above');
  expect(p.top + p.maxHeight).toBe(694);
  expect(p.maxHeight).toBe(500);
});

test('neither side fits whole: the roomier one, the card shrinks (and scrolls inside)', () => {
  const p = placeCard({ anchor: [rect(100, 300, 160, 320)], card: { width: 400, height: 700 }, viewport });
  expect(p.side).toBe('below');
  expect(p.top).toBe(326);
  expect(p.maxHeight).toBe(900 - 8 - 326);
});

test('too cramped above and below: beside the mention, end side first', () => {
  const short = { width: 1280, height: 300 };
  const p = placeCard({ anchor: [rect(100, 130, 160, 150)], card, viewport: short });
  expect(p.side).toBe('right');
  expect(p.left).toBe(166);
  expect(p.maxHeight).toBe(284);
  const rtl = placeCard({ anchor: [rect(900, 130, 960, 150)], card, viewport: short, direction: 'rtl' });
  expect(rtl.side).toBe('left');
  expect(rtl.left + rtl.width).toBe(894);
});

test('moved inwards at the right edge', () => {
  const p = placeCard({ anchor: [rect(1200, 100, 1260, 120)], card, viewport });
  expect(p.left).toBe(1280 - 8 - 400);
});

test('right to left: the card ends where the mention starts (its right edge)', () => {
  const p = placeCard({ anchor: [rect(700, 100, 760, 120)], card, viewport, direction: 'rtl' });
  expect(p.left + p.width).toBe(760);
  const clamped = placeCard({ anchor: [rect(20, 100, 80, 120)], card, viewport, direction: 'rtl' });
  expect(clamped.left).toBe(8);
});

test('lines up with the line box under the pointer, avoids the whole mention', () => {
  // A mention wrapping from the end of one line to the start of the next.
  const anchor = [rect(900, 100, 1000, 120), rect(40, 120, 90, 140)];
  const p = placeCard({ anchor, lineUp: anchor[1], card, viewport });
  expect(p.left).toBe(40);
  expect(p.top).toBe(146);
});

test('a viewport narrower than the card: the card narrows to fit', () => {
  const p = placeCard({ anchor: [rect(10, 100, 60, 120)], card, viewport: { width: 320, height: 800 } });
  expect(p.width).toBe(304);
  expect(p.left).toBe(8);
});

test('a pinned card whose mention scrolled out of view stays inside the viewport', () => {
  const below = placeCard({ anchor: [rect(100, 1200, 160, 1220)], card, viewport });
  expect(below.side).toBe('above');
  expect(below.top).toBeGreaterThanOrEqual(8);
  expect(below.top + below.maxHeight).toBeLessThanOrEqual(892);
  const above = placeCard({ anchor: [rect(100, -300, 160, -280)], card, viewport });
  expect(above.side).toBe('below');
  expect(above.top).toBe(8);
});

test('the card avoids all of the line boxes that are not empty; no boxes: the top left corner', () => {
  const p = placeCard({
    anchor: [rect(50, 60, 50, 80), rect(10, 10, 20, 20), rect(5, 15, 8, 30)],
    card,
    viewport,
  });
  expect(p).toEqual({ side: 'below', left: 10, top: 36, maxHeight: 500, width: 400 });
  expect(placeCard({ anchor: [], card, viewport })).toEqual({
    side: 'below',
    left: 8,
    top: 8,
    maxHeight: 500,
    width: 400,
  });
});

test('helpers', () => {
  expect(rectsOverlap(rect(0, 0, 10, 10), rect(10, 0, 20, 10))).toBe(false);
  expect(anyInViewport([rect(-50, -50, -10, -10)], viewport)).toBe(false);
  expect(anyInViewport([rect(-50, 10, 1, 20)], viewport)).toBe(true);
});

test('property: never over the mention, always inside the viewport (mention in view)', () => {
  const box = (vw: number, vh: number) =>
    fc
      .record({
        x: fc.integer({ min: 0, max: vw - 20 }),
        y: fc.integer({ min: 0, max: vh - 12 }),
        w: fc.integer({ min: 8, max: 300 }),
        h: fc.integer({ min: 10, max: 40 }),
      })
      .map(({ x, y, w, h }) => rect(x, y, Math.min(vw, x + w), Math.min(vh, y + h)));
  fc.assert(
    fc.property(
      fc.integer({ min: 240, max: 1920 }),
      fc.integer({ min: 200, max: 1200 }),
      fc.integer({ min: 200, max: 480 }),
      fc.integer({ min: 40, max: 900 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 3 }),
      (vw, vh, cw, ch, rtl, lines) => {
        const anchors = fc.sample(box(vw, vh), { numRuns: lines, seed: vw * 7 + vh });
        const p = placeCard({
          anchor: anchors,
          card: { width: cw, height: ch },
          viewport: { width: vw, height: vh },
          direction: rtl ? 'rtl' : 'ltr',
        });
        const placed = rect(p.left, p.top, p.left + p.width, p.top + Math.min(ch, p.maxHeight));
        for (const a of anchors) if (rectsOverlap(placed, a)) return false;
        const inside =
          placed.left >= 8 - 1e-9 &&
          placed.right <= vw - 8 + 1e-9 &&
          placed.top >= 8 - 1e-9 &&
          placed.bottom <= vh - 8 + 1e-9;
        return inside || p.maxHeight === 0;
      },
    ),
    { numRuns: 500 },
  );
});

test('cardRect helper sanity', () => {
  const p = placeCard({ anchor: [rect(100, 100, 160, 120)], card, viewport });
  expect(rectsOverlap(cardRect(p), rect(100, 100, 160, 120))).toBe(false);
});
