/**
 * Whether the text directly inside an element is rendered, asked without making the browser compute
 * styles it has skipped.
 *
 * `checkVisibility()` without `contentVisibilityAuto` forces style work for every element inside an
 * off-screen `content-visibility: auto` region (about 5 ms per call on Node's all.html). With the option
 * it is cheap but answers "no" for such text, which the reader can still scroll to. So a "no" is looked
 * into through the element's ancestors, which are cheap to ask: when the first visible ancestor is a
 * `content-visibility: auto` element, the text counts as rendered for now, and that ancestor is
 * returned so the caller can look again once the browser renders the region.
 */

/** 'rendered', 'hidden', or the content-visibility:auto element that skips the text at the moment */
export type RenderState = 'rendered' | 'hidden' | Element;

/** Older engines (and happy-dom) lack checkVisibility: then everything counts as rendered. */
type VisibilityCheckable = Omit<Element, 'checkVisibility'> & Partial<Pick<Element, 'checkVisibility'>>;

const CHEAP = { visibilityProperty: true, contentVisibilityAuto: true } as const;

/** The element above `node`, crossing out of a shadow root to its host. */
function parentElementOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as Partial<ShadowRoot>).host ?? null;
}

function isCheaplyVisible(element: Element): boolean {
  return element.checkVisibility(CHEAP);
}

function skipsItsContent(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  return view !== null && view.getComputedStyle(element).contentVisibility === 'auto';
}

export function renderStateOf(element: Element): RenderState {
  const checkable = element as VisibilityCheckable;
  if (typeof checkable.checkVisibility !== 'function') return 'rendered';
  if (isCheaplyVisible(element)) return 'rendered';
  for (let parent = parentElementOf(element); parent !== null; parent = parentElementOf(parent)) {
    if (isCheaplyVisible(parent)) return skipsItsContent(parent) ? parent : 'hidden';
  }
  return 'hidden';
}

/** The exact answer, forcing style work if need be: for a region the browser has just rendered. */
export function isRenderedNow(element: Element): boolean {
  const checkable = element as VisibilityCheckable;
  if (typeof checkable.checkVisibility !== 'function') return true;
  return checkable.checkVisibility({ visibilityProperty: true });
}
