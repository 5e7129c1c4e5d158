import { browser } from 'wxt/browser';
import { storage } from '#imports';
import {
  badgeText,
  framesOf,
  tabTotal,
  withFrameCount,
  withoutTab,
  type TabCounts,
} from '../../core/tab-counts';
import type { HandlersOf, TabFrames, ToExtension } from '../../utils/messages';
import { t, tCount } from '../../utils/i18n';

/** Kept in session storage so the counts outlive the MV3 service worker being stopped. */
const countsItem = storage.defineItem<TabCounts>('session:tabCounts', { fallback: {} });

// Messages can arrive together; apply them one after another so no update is lost.
let queue: Promise<unknown> = Promise.resolve();
function update(change: (state: TabCounts) => TabCounts): Promise<TabCounts> {
  const next = queue.then(async () => {
    const state = change(await countsItem.getValue());
    await countsItem.setValue(state);
    return state;
  });
  queue = next.catch(() => undefined);
  return next;
}

async function showBadge(tabId: number, state: TabCounts): Promise<void> {
  const total = tabTotal(state, tabId);
  const text = badgeText(total);
  const title = total > 0 ? tCount('badgeCount', total) : t('badgeNone');
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text });
    await action.setTitle({ tabId, title });
    await action.setBadgeBackgroundColor({ tabId, color: '#92400e' });
  } catch {
    // The tab closed meanwhile.
  }
}

/** The frames of a tab that reported mentions, with their counts. */
export function tabFramesOf(tabId: number): Promise<TabFrames> {
  return countsItem.getValue().then((s) => ({ frames: framesOf(s, tabId), total: tabTotal(s, tabId) }));
}

export function startBadge(): HandlersOf<ToExtension, 'mentions:count' | 'tab:frames'> {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: its content script will report afresh.
    if (change.status === 'loading' && change.url !== undefined) {
      void update((s) => withoutTab(s, tabId)).then((s) => showBadge(tabId, s));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void update((s) => withoutTab(s, tabId)));
  return {
    'mentions:count': (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return update((s) => withFrameCount(s, tabId, sender.frameId ?? 0, message.count)).then((s) =>
        showBadge(tabId, s),
      );
    },
    'tab:frames': (message) => tabFramesOf(message.tabId),
  };
}
