// Hit-testing's rect arithmetic (core/hit-test.ts), pure. The lookups against real layout, ranges,
// highlightsFromPoint and carets are in tests/browser/hit-test.test.ts.
import { isEmptyRect, pointInRect, rectAtPoint, type RectLike } from '../../core/hit-test';

const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({
  left,
  top,
  right,
  bottom,
});

describe('rect helpers', () => {
  test('pointInRect includes the edges and the slack', () => {
    const r = rect(10, 10, 20, 20);
    expect(pointInRect(10, 10, r)).toBe(true);
    expect(pointInRect(20, 20, r)).toBe(true);
    expect(pointInRect(21, 15, r)).toBe(false);
    expect(pointInRect(21, 15, r, 2)).toBe(true);
    expect(pointInRect(23, 15, r, 2)).toBe(false);
  });

  test('rectAtPoint skips empty boxes and returns the line box under the point', () => {
    const rects = [rect(0, 0, 0, 20), rect(10, 0, 40, 20), rect(0, 20, 30, 40)];
    expect(rectAtPoint(rects, 5, 10, 0)).toBeNull();
    expect(rectAtPoint(rects, 15, 10)).toBe(rects[1]);
    expect(rectAtPoint(rects, 5, 30)).toBe(rects[2]);
    expect(isEmptyRect(rect(5, 5, 5, 9))).toBe(true);
  });
});
