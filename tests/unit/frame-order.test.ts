import fc from 'fast-check';
import { orderAcrossFrames, stepAcrossFrames, type FrameMentionRef } from '../../core/frame-order';

const ref = (frameId: number, framePath: number[], frameSlot: number, index: number): FrameMentionRef => ({
  frameId,
  framePath,
  frameSlot,
  index,
  id: index + 1,
});

test('mentions of the top page around a frame, and those inside it and its own frame, read in page order', () => {
  // Top: m0 (before frame 0), frame 0 [a, nested frame 0 [x], b], m1 (after frame 0, before frame 1), frame 1 [c], m2.
  const top0 = ref(0, [], 0, 0);
  const a = ref(5, [0], 0, 0);
  const x = ref(9, [0, 0], 0, 0);
  const b = ref(5, [0], 1, 1);
  const top1 = ref(0, [], 1, 1);
  const c = ref(7, [1], 0, 0);
  const top2 = ref(0, [], 2, 2);
  const expected = [top0, a, x, b, top1, c, top2];
  fc.assert(
    fc.property(
      fc.shuffledSubarray(expected, { minLength: expected.length, maxLength: expected.length }),
      (shuffled) => {
        expect(orderAcrossFrames(shuffled)).toEqual(expected);
      },
    ),
  );
});

test('next and previous wrap around and start at the first or the last mention', () => {
  const ordered = [ref(0, [], 0, 0), ref(3, [0], 0, 0), ref(0, [], 1, 1)];
  expect(stepAcrossFrames(ordered, null, 1)).toBe(ordered[0]);
  expect(stepAcrossFrames(ordered, null, -1)).toBe(ordered[2]);
  expect(stepAcrossFrames(ordered, { frameId: 0, id: 1 }, 1)).toBe(ordered[1]);
  expect(stepAcrossFrames(ordered, { frameId: 0, id: 2 }, 1)).toBe(ordered[0]);
  expect(stepAcrossFrames(ordered, { frameId: 3, id: 1 }, -1)).toBe(ordered[0]);
  expect(stepAcrossFrames([], null, 1)).toBeNull();
});
