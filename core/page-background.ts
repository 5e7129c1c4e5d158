import { composite, parseCssColour, toneForBackground, type PageTone, type Rgb } from './contrast';
import { parentElementOf } from './render-state';

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
/** The canvas browsers paint behind a page that asks for a dark colour scheme and sets no background. */
const DARK_CANVAS: Rgb = { r: 18, g: 18, b: 18 };

const CHEAP = { contentVisibilityAuto: true } as const;

/** Not rendered now, as the browser can tell without computing styles (engines without the check: never). */
function isSkipped(el: Element): boolean {
  return typeof el.checkVisibility === 'function' && !el.checkVisibility(CHEAP);
}

/**
 * The tone of the page where each range is drawn: the computed background of the nearest painted
 * ancestor (translucent ones composed over what lies below), else the canvas. Background images are not
 * seen. Answers are cached for one task, since styles can change between scanner passes.
 */
export function createToneOf(win: Window): (range: AbstractRange) => PageTone {
  let cache = new Map<Element, Rgb>();
  let clearQueued = false;

  const canvas = (): Rgb => {
    const scheme = win.getComputedStyle(win.document.documentElement).colorScheme;
    return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? DARK_CANVAS : WHITE;
  };

  const backgroundOf = (start: Element | null): Rgb => {
    const layers: Array<{ el: Element; colour: ReturnType<typeof parseCssColour> }> = [];
    let el = start;
    let below: Rgb | null = null;
    while (el) {
      const known = cache.get(el);
      if (known) {
        below = known;
        break;
      }
      // Inside a region the browser skips (content-visibility: auto, off screen) asking for a style would
      // make it compute the whole region: such elements count as transparent, and the region decides.
      const colour = isSkipped(el) ? null : parseCssColour(win.getComputedStyle(el).backgroundColor);
      layers.push({ el, colour });
      if (colour && colour.a >= 0.99) {
        below = { r: colour.r, g: colour.g, b: colour.b };
        layers.pop();
        cache.set(el, below);
        break;
      }
      el = parentElementOf(el);
    }
    let result = below ?? canvas();
    for (let i = layers.length - 1; i >= 0; i--) {
      const { el: layer, colour } = layers[i]!;
      if (colour && colour.a > 0) result = composite(colour, result);
      cache.set(layer, result);
    }
    return result;
  };

  return (range) => {
    if (!clearQueued) {
      clearQueued = true;
      setTimeout(() => {
        cache = new Map();
        clearQueued = false;
      }, 0);
    }
    const node = range.startContainer;
    const el =
      node.nodeType === 1
        ? (node as Element)
        : (node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null);
    return toneForBackground(backgroundOf(el));
  };
}
