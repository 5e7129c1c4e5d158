/**
 * Whether the text directly inside an element is rendered, asked without making the browser compute
 * styles it has skipped.
 *
 * `checkVisibility()` without `contentVisibilityAuto` forces style work for every element inside an
 * off-screen `content-visibility: auto` region, on every call (bench/README.md). With the option
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
export function parentElementOf(node: Node): Element | null {
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

/** Answers already known, shared by the calls of one pass (the mentions of a page share their ancestors). */
export interface RenderStateCache {
  states: Map<Element, RenderState>;
  /** whether a cheaply visible element skips its content (content-visibility: auto) */
  skipping: Map<Element, boolean>;
}

export const newRenderStateCache = (): RenderStateCache => ({ states: new Map(), skipping: new Map() });

export function renderStateOf(
  element: Element,
  cache: RenderStateCache = newRenderStateCache(),
): RenderState {
  const checkable = element as VisibilityCheckable;
  if (typeof checkable.checkVisibility !== 'function') return 'rendered';
  // The elements below the first cheaply visible one all share its answer.
  const below: Element[] = [];
  let state: RenderState = 'hidden';
  for (let el: Element | null = element; el !== null; el = parentElementOf(el)) {
    let known = cache.states.get(el);
    if (known === undefined && isCheaplyVisible(el)) cache.states.set(el, (known = 'rendered'));
    if (known === undefined) {
      below.push(el);
      continue;
    }
    state = known !== 'rendered' || below.length === 0 ? known : regionOrHidden(el, cache);
    break;
  }
  for (const el of below) cache.states.set(el, state);
  return state;
}

/** For text under a hidden child of `visible`: counts as rendered for now if `visible` skips its content. */
function regionOrHidden(visible: Element, cache: RenderStateCache): RenderState {
  let skips = cache.skipping.get(visible);
  if (skips === undefined) cache.skipping.set(visible, (skips = skipsItsContent(visible)));
  return skips ? visible : 'hidden';
}

/** The exact answer, forcing style work if need be: for a region the browser has just rendered. */
export function isRenderedNow(element: Element): boolean {
  const checkable = element as VisibilityCheckable;
  if (typeof checkable.checkVisibility !== 'function') return true;
  return checkable.checkVisibility({ visibilityProperty: true });
}

/**
 * Whether a textarea is laid out but not seen (transparent, or a pixel or two in size): the hidden input
 * of an editor that draws its own text (Ace, Monaco). One that is not rendered at all (display:none, or
 * an engine without checkVisibility) drives nothing.
 */
export function isTextareaDrivingText(textarea: Element): boolean {
  const checkable = textarea as VisibilityCheckable;
  if (typeof checkable.checkVisibility !== 'function' || !checkable.checkVisibility()) return false;
  const surface = textarea.parentElement;
  if (!surface || surface.nodeName === 'BODY' || surface.nodeName === 'HTML') return false;
  const style = textarea.ownerDocument.defaultView?.getComputedStyle(textarea);
  if (style && Number.parseFloat(style.opacity) < 0.1) return true;
  const box = textarea.getBoundingClientRect();
  // A box of no size at all is an engine that lays nothing out (happy-dom), not a hidden input.
  if (box.width === 0 && box.height === 0) return false;
  return box.width <= 2 || box.height <= 2;
}
