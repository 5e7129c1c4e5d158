import { placeCard } from '../../../core/card-position';
import type { RectLike } from '../../../core/hit-test';

/** The size of a document's viewport, without its scrollbars. */
export function viewportOf(doc: Document): { width: number; height: number } {
  const root = doc.documentElement;
  const win = doc.defaultView!;
  const standards = doc.compatMode === 'CSS1Compat';
  return {
    width: standards && root.clientWidth > 0 ? root.clientWidth : win.innerWidth,
    height: standards && root.clientHeight > 0 ? root.clientHeight : win.innerHeight,
  };
}

/** Places the card's positioned frame beside the mention's line boxes (viewport coordinates of `doc`). */
export function placeCardFrame(
  frame: HTMLDivElement,
  rects: readonly RectLike[],
  lineIndex: number,
  direction: 'ltr' | 'rtl',
  view: { width: number; height: number },
): void {
  const style = frame.style;
  style.maxHeight = '';
  style.width = '';
  const placement = placeCard({
    anchor: rects,
    lineUp: rects[lineIndex] ?? rects[0],
    card: { width: frame.offsetWidth, height: frame.offsetHeight },
    viewport: view,
    direction,
  });
  style.left = `${Math.round(placement.left)}px`;
  style.top = `${Math.round(placement.top)}px`;
  style.width = `${Math.floor(placement.width)}px`;
  style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
  frame.dataset.side = placement.side;
}
