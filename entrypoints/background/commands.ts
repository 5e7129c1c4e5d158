import { browser } from 'wxt/browser';
import { orderAcrossFrames, stepAcrossFrames, type FrameMentionRef } from '../../core/frame-order';
import { sendToFrame, type HandlersOf, type TabFrames, type ToExtension } from '../../utils/messages';

/** The mention each tab's keyboard steps were last at (lost when the worker stops: the next step starts over). */
const positions = new Map<number, { frameId: number; id: number }>();

async function framesWithMentions(tabFrames: () => Promise<TabFrames>): Promise<number[]> {
  const frames = (await tabFrames()).frames.filter((f) => f.count > 0).map((f) => f.frameId);
  return frames.length > 0 ? frames : [0];
}

/**
 * Moves to the next or previous mention of the tab in page order, across its frames: each frame with
 * mentions lists them (in its own document order, with its place among the frames), the lists are
 * merged, and the frame holding the next one reveals it with focus in its card.
 */
export async function stepInTab(
  tabId: number,
  direction: 1 | -1,
  tabFrames: () => Promise<TabFrames>,
): Promise<boolean> {
  const frameIds = await framesWithMentions(tabFrames);
  const lists = await Promise.all(
    frameIds.map((frameId) =>
      sendToFrame(tabId, frameId, { type: 'mentions:list' }).then(
        (list) => ({ frameId, list }),
        () => null,
      ),
    ),
  );
  const refs: FrameMentionRef[] = [];
  for (const entry of lists) {
    const list = entry?.list;
    if (!entry || !list) continue;
    list.mentions.forEach((m, index) =>
      refs.push({
        frameId: entry.frameId,
        framePath: list.framePath ?? [],
        frameSlot: m.frameSlot ?? 0,
        index,
        id: m.id,
      }),
    );
  }
  const next = stepAcrossFrames(orderAcrossFrames(refs), positions.get(tabId) ?? null, direction);
  if (!next) return false;
  positions.set(tabId, { frameId: next.frameId, id: next.id });
  return (
    (await sendToFrame(tabId, next.frameId, {
      type: 'mentions:reveal',
      id: next.id,
      byKeyboard: true,
    }).catch(() => false)) === true
  );
}

/** Keyboard shortcuts (manifest `commands`): move to the next or previous mention in the active tab. */
export function startCommands(
  tabFrames: (tabId: number) => Promise<TabFrames>,
): HandlersOf<ToExtension, 'mentions:step-tab'> {
  const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mention' && command !== 'previous-mention') return;
    const tabId = await activeTab();
    if (tabId === undefined) return;
    await stepInTab(tabId, command === 'next-mention' ? 1 : -1, () => tabFrames(tabId)).catch(
      () => undefined,
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => positions.delete(tabId));
  return {
    'mentions:step-tab': async (message) => {
      const tabId = message.tabId ?? (await activeTab());
      if (tabId === undefined) return false;
      return stepInTab(tabId, message.direction, () => tabFrames(tabId));
    },
  };
}
