import { render as renderInto } from 'preact';
import { Card } from '../../../components/card/Card';
import type { CardAction, RemoteCard, RemoteCardEvent } from '../../../components/card/remote-types';
import type { RectLike } from '../../../core/hit-test';
import { listen, sendToBackground, type HandlersOf, type ToFrame } from '../../../utils/messages';
import { cardHostOf, type CardHost } from './host';
import { placeCardFrame, viewportOf } from './placement';

/** What a frame posts to its parent window before asking the top frame to draw its card. */
export const FRAME_TOKEN_KEY = 'factContextFrame';
/** What the top frame posts to its frames when it starts drawing their cards: they post their token again. */
export const FRAME_ANNOUNCE_KEY = 'factContextAnnounce';

/** How long the top frame waits for a frame's token to arrive (it travels apart from the request). */
const TOKEN_WAIT_MS = 300;

interface Shown {
  token: string;
  opening: number;
  fromFrame: number;
  card: RemoteCard;
  iframe: HTMLIFrameElement;
}

/** The mention's boxes from the frame's viewport to this one's: past the frame element's border and padding. */
function toTopViewport(iframe: HTMLIFrameElement, rects: readonly RectLike[]): RectLike[] {
  const box = iframe.getBoundingClientRect();
  const style = iframe.ownerDocument.defaultView!.getComputedStyle(iframe);
  const x = box.left + iframe.clientLeft + (parseFloat(style.paddingLeft) || 0);
  const y = box.top + iframe.clientTop + (parseFloat(style.paddingTop) || 0);
  return rects.map((r) => ({ left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y }));
}

/**
 * In the top frame: draws the cards that frames below it send (one at a time), placed beside their
 * mention, above the whole page instead of inside the frame's box; sends back what the reader does.
 * Only frames whose parent is the top frame are drawn (their position is known from their element).
 */
export interface RemoteCards {
  /** The top frame's own card opens in the same place: a frame's card shown there goes. */
  hide(): void;
}

/** `closeOwn`: closes the top frame's own card, which a frame's card replaces (they share one host). */
export function startRemoteCards(
  signal: AbortSignal,
  closeOwn: () => void,
  win: Window = window,
): RemoteCards {
  const doc = win.document;
  /** tokens posted by frames, and the window that posted each */
  const posted = new Map<string, MessageEventSource>();
  const arrivals = new Map<string, Array<() => void>>();
  /** per frame token, the last opening that frame closed: later messages about it are stale */
  const closedUpTo = new Map<string, number>();
  /** whether the event being dispatched inside the card came from the reader (not a page script) */
  let trusted = false;
  let ui: CardHost | null = null;
  let shown: Shown | null = null;
  let listeners: AbortController | null = null;
  let positionFrame = 0;
  /** where focus was before a card took it: it goes back there when the card closes */
  let restoreTo: HTMLElement | null = null;

  win.addEventListener(
    'message',
    (event) => {
      const token = (event.data as Record<string, unknown> | null)?.[FRAME_TOKEN_KEY];
      if (typeof token !== 'string' || !event.source || posted.has(token)) return;
      posted.set(token, event.source);
      for (const arrived of arrivals.get(token) ?? []) arrived();
    },
    { signal },
  );

  // Frames that posted their token before this script was here post it again.
  for (const element of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))
    element.contentWindow?.postMessage({ [FRAME_ANNOUNCE_KEY]: true }, '*');

  const frameOf = async (token: string): Promise<HTMLIFrameElement | null> => {
    if (!posted.has(token))
      await new Promise<void>((resolve) => {
        arrivals.set(token, [...(arrivals.get(token) ?? []), resolve]);
        setTimeout(resolve, TOKEN_WAIT_MS);
      });
    arrivals.delete(token);
    const source = posted.get(token);
    if (!source) return null;
    for (const element of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))
      if (element.contentWindow === source) return element;
    return null;
  };

  const send = (event: RemoteCardEvent) => {
    const about = shown;
    if (!about) return;
    sendToBackground({ type: 'card:remote-event', toFrame: about.fromFrame, event }).then(
      // The frame has no card open any more (or is gone): neither should this page.
      (open) => {
        if (open !== true && shown === about) hide();
      },
      () => {
        if (shown === about) hide();
      },
    );
  };
  /** Only what the reader does is passed on: a page script's synthetic clicks on the card are not. */
  const sendTrusted = (event: RemoteCardEvent) => {
    if (trusted) send(event);
  };

  const position = () => {
    positionFrame = 0;
    if (!shown || !ui) return;
    const { card, iframe } = shown;
    if (!iframe.isConnected) {
      send('gone');
      return hide();
    }
    placeCardFrame(
      ui.frame,
      toTopViewport(iframe, card.rects),
      card.lineIndex,
      card.direction,
      viewportOf(doc),
    );
  };
  const schedulePosition = () => {
    positionFrame ||= win.requestAnimationFrame(position);
  };

  const hide = () => {
    shown = null;
    listeners?.abort();
    listeners = null;
    const back = restoreTo;
    restoreTo = null;
    if (!ui) return;
    const hadFocus = ui.shadow.activeElement !== null;
    renderInto(null, ui.frame);
    ui.frame.removeAttribute('data-open');
    ui.hide();
    if (hadFocus && back?.isConnected) back.focus({ preventScroll: true });
  };

  const listenWhileShown = (host: HTMLElement) => {
    if (listeners) return;
    listeners = new AbortController();
    const options = { capture: true, passive: true, signal: listeners.signal };
    doc.addEventListener('scroll', schedulePosition, options);
    win.addEventListener('resize', schedulePosition, options);
    host.addEventListener('pointerenter', (event) => event.isTrusted && send('pointer-on'), options);
    host.addEventListener('pointerleave', (event) => event.isTrusted && send('pointer-off'), options);
    win.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) send(ui?.contains(event) ? 'press' : 'outside');
      },
      options,
    );
    // Each click or key inside the card says first whether the reader made it (the card's handlers run after).
    for (const type of ['click', 'keydown'] as const)
      ui?.shadow.addEventListener(type, (event) => (trusted = event.isTrusted), {
        capture: true,
        signal: listeners.signal,
      });
  };

  const draw = () => {
    if (!shown) return;
    const { view, focus } = shown.card;
    const { actions, ...props } = view;
    closeOwn();
    ui ??= cardHostOf(doc);
    ui.show();
    const act = (action: CardAction) => () => sendTrusted(action);
    const offers = (action: CardAction) => (actions.includes(action) ? act(action) : undefined);
    renderInto(
      <Card
        {...props}
        onClose={act('close')}
        onFullView={act('full-view')}
        onNeverOnSite={act('never-on-site')}
        onUndoNeverOnSite={act('undo-never-on-site')}
        onNotAbout={offers('not-about')}
        onUndoNotAbout={offers('undo-not-about')}
        onRetry={offers('retry')}
      />,
      ui.frame,
    );
    ui.frame.setAttribute('data-open', '');
    position();
    listenWhileShown(ui.host);
    if (!focus) return;
    const active = doc.activeElement as HTMLElement | null;
    if (active && active !== ui.host) restoreTo = active;
    ui.frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  };

  signal.addEventListener('abort', hide);

  const handlers: HandlersOf<ToFrame, 'card:remote'> = {
    'card:remote': async (message) => {
      if (signal.aborted) return false;
      const { token, opening } = message;
      const stale = () => opening <= (closedUpTo.get(token) ?? -1);
      if (!message.card) {
        closedUpTo.set(token, Math.max(opening, closedUpTo.get(token) ?? -1));
        if (shown?.token === token && shown.opening <= opening) hide();
        return true;
      }
      if (stale()) return true;
      const iframe = shown?.token === token && shown.iframe.isConnected ? shown.iframe : await frameOf(token);
      if (!iframe) return false;
      // Closed while the frame was looked for, or a newer opening already shown: this one is old.
      if (stale() || (shown?.token === token && shown.opening > opening)) return true;
      // Another frame's card was shown: that frame is told it is gone.
      if (shown && shown.token !== token) send('gone');
      shown = { token, opening, fromFrame: message.fromFrame, card: message.card, iframe };
      draw();
      return true;
    },
  };
  listen<ToFrame>(handlers, signal);
  return {
    hide() {
      if (!shown) return;
      send('gone');
      hide();
    },
  };
}
