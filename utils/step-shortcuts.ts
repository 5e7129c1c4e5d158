import { browser } from 'wxt/browser';

export interface StepShortcuts {
  next: string;
  previous: string;
}

/**
 * The keys for the next and previous mention as the browser reports them ('' when unset). Read each
 * time: the reader may have changed them on the browser's own page.
 */
export async function readStepShortcuts(): Promise<StepShortcuts> {
  const commands = (await browser.commands?.getAll().catch(() => [])) ?? [];
  const key = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
  return { next: key('next-mention'), previous: key('previous-mention') };
}
