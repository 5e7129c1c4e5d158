import { CARD_CSS } from '../../../components/card/card-css';
import { OWN_UI_TAG } from '../../../core/dom-rules';

/**
 * The card's place in the page: one `<fact-context-card>` element on <html> (outside any transformed,
 * fixed or clipped container of the page), with an open shadow root holding the card's styles and a
 * positioned frame Preact renders into. Made lazily, the first time a card opens, in the style of
 * Hypothesis's PreactContainer.
 */
export interface CardHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** positioned by the controller (left/top/max-height) */
  readonly frame: HTMLDivElement;
  /** Whether the event came from inside the card. */
  contains(event: Event): boolean;
  /** Puts the host on <html> (the first time, or if the page removed it), above everything else. */
  show(): void;
  hide(): void;
  remove(): void;
}

/** Events that stop at the card: the page's shortcuts and click handlers do not see them. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'click',
  'dblclick',
  'touchstart',
  'touchend',
  'contextmenu',
  'wheel',
  'copy',
  'selectstart',
] as const;

function applySheet(doc: Document, shadow: ShadowRoot, css: string): void {
  // A constructed sheet is not subject to the page's Content-Security-Policy; a <style> may be.
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox may refuse a sheet made in the content script's world: fall back to a <style>.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}

/**
 * Where the host goes: in the topmost open modal <dialog> when there is one (the rest of the page is
 * inert then, so a card outside it could take neither the pointer nor the keyboard), else on <html>.
 */
function containerFor(doc: Document): Element {
  let modals: Element[] = [];
  try {
    modals = Array.from(doc.querySelectorAll('dialog:modal'));
  } catch {
    // An engine without :modal: dialogs with the open attribute that are not inert.
    modals = Array.from(doc.querySelectorAll('dialog[open]')).filter(
      (d) => !(d as HTMLElement & { inert?: boolean }).inert,
    );
  }
  return modals[modals.length - 1] ?? doc.documentElement;
}

const hosts = new WeakMap<Document, CardHost>();

/** The one card host of a document: the frame's own card and the frames' cards the top frame draws share it. */
export function cardHostOf(doc: Document): CardHost {
  let host = hosts.get(doc);
  if (!host) hosts.set(doc, (host = createCardHost(doc)));
  return host;
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(OWN_UI_TAG.toLowerCase());
  // No style attribute (a strict style-src CSP would block it, and the page could see it): the host's
  // own look comes from the `:host` rule, whose !important beats the page's !important.
  const canPopover = typeof (host as Partial<HTMLElement>).showPopover === 'function';
  if (canPopover) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'open' });
  applySheet(doc, shadow, CARD_CSS);
  const frame = doc.createElement('div');
  frame.className = 'frame';
  shadow.append(frame);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());

  let popoverShown = false;
  return {
    host,
    shadow,
    frame,
    contains: (event) => event.composedPath().includes(host),
    show() {
      // Appended once; again only if the page took it out or a modal dialog opened or closed (each
      // append is a mutation the page can see). Moving it takes it out of the top layer.
      const container = containerFor(doc);
      if (!host.isConnected || host.parentNode !== container) {
        container.append(host);
        popoverShown = false;
      }
      // The top layer is above every z-index, and above a fullscreen element or a modal dialog opened before.
      if (canPopover && !popoverShown) {
        try {
          host.showPopover();
          popoverShown = true;
        } catch {
          // Not in the document or not allowed here: the max z-index has to do.
        }
      }
    },
    hide() {
      if (canPopover && popoverShown) {
        try {
          host.hidePopover();
        } catch {
          // Already hidden (the page's own code may have closed it).
        }
        popoverShown = false;
      }
    },
    remove() {
      host.remove();
    },
  };
}
