import { OWN_UI_TAG } from '../../core/dom-rules';
import { sendToBackground, type HandlersOf, type ToFrame } from '../../utils/messages';

/**
 * A card open in a frame below the top one gets no key presses while focus is in the top document.
 * Frames below report their card opening and closing; the top frame then listens for Escape and passes
 * it on (through the background, which knows the frames). Every frame closes its card when told.
 */
export function startFrameCardRelay(
  signal: AbortSignal,
  close: () => void,
): { cardOpen(open: boolean): void; handlers: HandlersOf<ToFrame, 'card:close' | 'card:frame-cards'> } {
  const isTop = window === window.top;
  let escapeListener: AbortController | null = null;
  let reported = false;

  const onKeyDown = (event: KeyboardEvent) => {
    // A frame's card that this page draws handles its own Escape (and puts focus back).
    if (event.key !== 'Escape' || event.isComposing || (event.target as Node | null)?.nodeName === OWN_UI_TAG)
      return;
    sendToBackground({ type: 'card:close-frame-cards' }).catch(() => undefined);
  };

  signal.addEventListener('abort', () => escapeListener?.abort());

  return {
    handlers: {
      'card:close': () => {
        close();
        return true;
      },
      'card:frame-cards': (message) => {
        if (!isTop) return undefined;
        if (message.open && !escapeListener) {
          escapeListener = new AbortController();
          window.addEventListener('keydown', onKeyDown, { capture: true, signal: escapeListener.signal });
        } else if (!message.open) {
          escapeListener?.abort();
          escapeListener = null;
        }
        return true;
      },
    },
    cardOpen(open) {
      if (isTop || open === reported || signal.aborted) return;
      reported = open;
      sendToBackground({ type: 'card:frame-card', open }).catch(() => undefined);
    },
  };
}
