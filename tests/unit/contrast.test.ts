import fc from 'fast-check';
import { composite, parseCssColour, toneForBackground, UNDERLINE_COLOURS } from '../../core/contrast';
import { contrastRatio, hexToRgb } from '../lib/contrast';

const rgb = fc.record({
  r: fc.integer({ min: 0, max: 255 }),
  g: fc.integer({ min: 0, max: 255 }),
  b: fc.integer({ min: 0, max: 255 }),
});

test('the underline keeps at least 3:1 against any opaque page background', () => {
  fc.assert(
    fc.property(rgb, (background) => {
      const underline = hexToRgb(UNDERLINE_COLOURS[toneForBackground(background)]);
      return contrastRatio(underline, background) >= 3;
    }),
    { numRuns: 5000 },
  );
});

test('white, black and mid-grey pages', () => {
  expect(toneForBackground({ r: 255, g: 255, b: 255 })).toBe('light');
  expect(toneForBackground({ r: 0, g: 0, b: 0 })).toBe('dark');
  expect(toneForBackground({ r: 128, g: 128, b: 128 })).toBe('mid');
  expect(contrastRatio({ r: 255, g: 255, b: 255 }, { r: 0, g: 0, b: 0 })).toBeCloseTo(21, 5);
});

test('computed colours parse in both syntaxes, and transparency composes', () => {
  expect(parseCssColour('rgb(12, 34, 56)')).toEqual({ r: 12, g: 34, b: 56, a: 1 });
  expect(parseCssColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  expect(parseCssColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
  expect(parseCssColour('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  expect(parseCssColour('color(srgb 1 0 0)')).toBeNull();
  expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255 })).toEqual({
    r: 128,
    g: 128,
    b: 128,
  });
});
