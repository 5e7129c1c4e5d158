import { browser } from 'wxt/browser';
import { sendToFrame } from '../../utils/messages';

/** Keyboard shortcuts (manifest `commands`): move to the next or previous mention in the active tab. */
export function startCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mention' && command !== 'previous-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await sendToFrame(tab.id, 0, { type: 'mentions:step', direction: command === 'next-mention' ? 1 : -1 }).catch(() => undefined);
  });
}
