import type { RemoteCard } from '../../../components/card/remote-types';
import type { CardServices } from './card-services';
import { FRAME_ANNOUNCE_KEY, FRAME_TOKEN_KEY } from './remote-cards';

/**
 * A frame right below the top one has its card drawn by the top frame (its own box would clip the
 * card), under a random token; it draws the card itself once the top frame cannot (`active` is then
 * false for good).
 */
export function topFrameDrawing(win: Window, signal: AbortSignal, drawInTop: CardServices['drawInTop']) {
  let token =
    drawInTop && win !== win.top && win.parent === win.top ? Math.random().toString(36).slice(2) : null;
  let shown = false;
  /** how many cards were drawn by the top frame and closed: numbers each opening */
  let opening = 0;
  let announceListener = false;

  /** Posts the token to the parent window (the top frame finds the frame element by it), and again when asked. */
  const postToken = () => {
    if (!token) return;
    win.parent.postMessage({ [FRAME_TOKEN_KEY]: token }, '*');
    if (announceListener) return;
    announceListener = true;
    win.addEventListener(
      'message',
      (event) => {
        const data = event.data as Record<string, unknown> | null;
        if (event.source === win.parent && data?.[FRAME_ANNOUNCE_KEY]) postToken();
      },
      { signal },
    );
  };

  const takeAway = () => {
    if (token) drawInTop?.(token, opening++, null).catch(() => {});
  };

  return {
    get active() {
      return token !== null;
    },
    /** Asks the top frame to draw (or redraw) the card; false when it cannot. */
    send(card: RemoteCard): Promise<boolean> {
      if (!token || !drawInTop) return Promise.resolve(false);
      shown = true;
      postToken();
      return drawInTop(token, opening, card);
    },
    /** The card closed: the top frame takes its drawing away. */
    closed() {
      if (!shown) return;
      shown = false;
      takeAway();
    },
    /** The top frame could not draw: whatever it drew goes, and this frame draws its cards from now on. */
    stop() {
      takeAway();
      token = null;
      shown = false;
    },
  };
}
