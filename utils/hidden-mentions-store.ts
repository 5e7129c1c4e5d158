import { storage } from '#imports';
import {
  HIDDEN_MENTIONS_KEY,
  hiddenMentionsFrom,
  today,
  withHidden,
  type HiddenMention,
} from '../core/hidden-mentions';

/** The mentions the reader hid ("Not about CCSVI?"), on this device only. Stored raw; every read is checked. */
export const hiddenMentionsItem = storage.defineItem<unknown>(`local:${HIDDEN_MENTIONS_KEY}`, {
  fallback: [],
});

export async function loadHiddenMentions(): Promise<HiddenMention[]> {
  try {
    return hiddenMentionsFrom(await hiddenMentionsItem.getValue());
  } catch {
    return [];
  }
}

// Changes are applied one after another, so two quick ones never read the same old list.
let updates: Promise<unknown> = Promise.resolve();

/** Hides a mention's text on a page (`hide`), or shows it again. */
export function setMentionHidden(change: { url: string; text: string; hide: boolean }): Promise<void> {
  const next = updates.then(async () => {
    const stored = await hiddenMentionsItem.getValue().catch(() => []);
    await hiddenMentionsItem.setValue(withHidden(stored, change, today()));
  });
  updates = next.catch(() => undefined);
  return next;
}

/** Shows every hidden mention again, on every page. */
export function clearHiddenMentions(): Promise<void> {
  const next = updates.then(() => hiddenMentionsItem.setValue([]));
  updates = next.catch(() => undefined);
  return next;
}

export function watchHiddenMentionsList(onChange: (records: HiddenMention[]) => void): () => void {
  return hiddenMentionsItem.watch((value) => onChange(hiddenMentionsFrom(value)));
}
