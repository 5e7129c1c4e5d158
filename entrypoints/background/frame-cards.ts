import { browser } from 'wxt/browser';
import { sendToFrame, type HandlersOf, type ToExtension } from '../../utils/messages';

/**
 * Escape for cards open in frames: keys go to the focused document (usually the top one), so the top
 * frame is told when a frame below has a card open, and passes Escape on through here.
 */
export function startFrameCards(): HandlersOf<ToExtension, 'card:frame-card' | 'card:close-frame-cards'> {
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
