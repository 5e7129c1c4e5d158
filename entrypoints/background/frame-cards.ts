import { browser } from 'wxt/browser';
import { CARD_SCRIPT_FILE } from '../../utils/on-demand-scan';
import { sendToFrame, type HandlersOf, type ToExtension } from '../../utils/messages';

/**
 * Cards of frames below the top one. Escape: keys go to the focused document (usually the top one),
 * so the top frame is told when a frame below has a card open, and passes Escape on through here.
 * Drawing: a frame's box would clip its card, so the top frame draws it (the card script, injected
 * there the first time, answers) and what the reader does there goes back to the frame.
 */
export function startFrameCards(): HandlersOf<
  ToExtension,
  'card:frame-card' | 'card:close-frame-cards' | 'card:remote' | 'card:remote-event'
> {
  const open = new Map<number, Set<number>>();
  browser.tabs.onRemoved.addListener((tabId) => open.delete(tabId));
  return {
    'card:frame-card': (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const frames = open.get(tabId) ?? new Set<number>();
      if (message.open) frames.add(sender.frameId ?? 0);
      else frames.delete(sender.frameId ?? 0);
      open.set(tabId, frames);
      return sendToFrame(tabId, 0, { type: 'card:frame-cards', open: frames.size > 0 }).catch(
        () => undefined,
      );
    },
    'card:remote': async (message, sender) => {
      const tabId = sender.tab?.id;
      const fromFrame = sender.frameId;
      if (tabId === undefined || !fromFrame) return false;
      const { token, opening, card } = message;
      const request = { type: 'card:remote', token, opening, fromFrame, card } as const;
      const ask = () => sendToFrame(tabId, 0, request).catch(() => undefined);
      let drawn = await ask();
      // No card script in the top frame yet (it has no mention of its own): bring it, then ask again.
      if (drawn === undefined && message.card) {
        const injected = await browser.scripting
          .executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_SCRIPT_FILE] })
          .then(
            () => true,
            () => false,
          );
        if (injected) drawn = await ask();
      }
      return drawn === true;
    },
    'card:remote-event': (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return sendToFrame(tabId, message.toFrame, { type: 'card:remote-event', event: message.event }).then(
        (done) => done === true,
        () => false,
      );
    },
    'card:close-frame-cards': (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const frames = [...(open.get(tabId) ?? [])];
      open.delete(tabId);
      return Promise.all(
        frames.map((frameId) => sendToFrame(tabId, frameId, { type: 'card:close' }).catch(() => undefined)),
      ).then(() => undefined);
    },
  };
}
