import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../../utils/messages';
import { sendToFrame } from '../../utils/messages';

/**
 * Escape for cards open in frames: keys go to the focused document (usually the top one), so the top
 * frame is told when a frame below has a card open, and passes Escape on through here.
 */
export function startFrameCards(): void {
  const open = new Map<number, Set<number>>();
  browser.runtime.onMessage.addListener((message: BackgroundMessage, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (message.type === 'card:frame-card') {
      const frames = open.get(tabId) ?? new Set<number>();
      if (message.open) frames.add(sender.frameId ?? 0);
      else frames.delete(sender.frameId ?? 0);
      open.set(tabId, frames);
      return sendToFrame(tabId, 0, { type: 'card:frame-cards', open: frames.size > 0 }).catch(
        () => undefined,
      );
    }
    if (message.type === 'card:close-frame-cards') {
      const frames = [...(open.get(tabId) ?? [])];
      open.delete(tabId);
      return Promise.all(
        frames.map((frameId) => sendToFrame(tabId, frameId, { type: 'card:close' }).catch(() => undefined)),
      );
    }
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => open.delete(tabId));
}
