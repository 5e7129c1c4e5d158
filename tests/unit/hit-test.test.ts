// Hit-testing's rect arithmetic (core/hit-test.ts), pure. The lookups against real layout, ranges,
// highlightsFromPoint and carets are in tests/browser/hit-test.test.ts.
import { isEmptyRect, rectAtPoint, type RectLike } from '../../core/hit-test';

const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({
  left,
  top,
  right,
  bottom,
});

describe('rect helpers', () => {
  test('rectAtPoint includes the edges and 2 pixels around them', () => {
    const r = [rect(10, 10, 20, 20)];
    expect(rectAtPoint(r, 10, 10)).toBe(r[0]);
    expect(rectAtPoint(r, 20, 20)).toBe(r[0]);
    expect(rectAtPoint(r, 22, 15)).toBe(r[0]);
    expect(rectAtPoint(r, 15, 8)).toBe(r[0]);
    expect(rectAtPoint(r, 23, 15)).toBeNull();
    expect(rectAtPoint(r, 15, 7)).toBeNull();
  });

  test('rectAtPoint skips empty boxes and returns the line box under the point', () => {
    const rects = [rect(0, 0, 0, 20), rect(10, 0, 40, 20), rect(0, 20, 30, 40)];
    expect(rectAtPoint(rects, 1, 10)).toBeNull();
    expect(rectAtPoint(rects, 15, 10)).toBe(rects[1]);
    expect(rectAtPoint(rects, 5, 30)).toBe(rects[2]);
    expect(isEmptyRect(rect(5, 5, 5, 9))).toBe(true);
  });
});
