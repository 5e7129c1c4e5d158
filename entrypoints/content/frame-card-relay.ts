import { browser } from 'wxt/browser';
import type { ContentMessage } from '../../utils/messages';
import { sendToBackground } from '../../utils/messages';

/**
 * A card open in a frame below the top one gets no key presses while focus is in the top document.
 * Frames below report their card opening and closing; the top frame then listens for Escape and passes
 * it on (through the background, which knows the frames). Every frame closes its card when told.
 */
export function startFrameCardRelay(
  signal: AbortSignal,
  close: () => void,
): { cardOpen(open: boolean): void } {
  const isTop = window === window.top;
  let escapeListener: AbortController | null = null;
  let reported = false;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    sendToBackground({ type: 'card:close-frame-cards' }).catch(() => undefined);
  };

  const listener = (message: ContentMessage): Promise<unknown> | undefined => {
    if (message.type === 'card:close') {
      close();
      return Promise.resolve(true);
    }
    if (message.type === 'card:frame-cards' && isTop) {
      if (message.open && !escapeListener) {
        escapeListener = new AbortController();
        window.addEventListener('keydown', onKeyDown, { capture: true, signal: escapeListener.signal });
      } else if (!message.open) {
        escapeListener?.abort();
        escapeListener = null;
      }
      return Promise.resolve(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(listener);
    escapeListener?.abort();
  });

  return {
    cardOpen(open) {
      if (isTop || open === reported || signal.aborted) return;
      reported = open;
      sendToBackground({ type: 'card:frame-card', open }).catch(() => undefined);
    },
  };
}
