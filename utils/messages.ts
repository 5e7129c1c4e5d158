import { browser } from 'wxt/browser';

/** One mention as the popup lists it: no page text beyond a short snippet around the term. */
export interface MentionSummary {
  id: number;
  termId: string;
  text: string;
  before: string;
  after: string;
  highlighted: boolean;
  /** BCP 47 language of the text around the mention (core/mention-language.ts) */
  lang: string;
}

export interface FrameMentions {
  frameId: number;
  url: string;
  count: number;
  mentions: MentionSummary[];
}

/** Messages to the background service worker. */
export type BackgroundMessage =
  | { type: 'mentions:count'; count: number }
  /** the frame found its first mention: it needs the highlight colours and the card */
  | { type: 'mentions:first' }
  | { type: 'open:full-view' }
  | { type: 'settings:site-off'; site: string; off: boolean }
  | { type: 'topic:card' }
  | { type: 'tab:frames'; tabId: number }
  | { type: 'privacy:scan-tab'; tabId: number };

/** Messages to a content script (one frame). */
export type ContentMessage =
  | { type: 'mentions:list' }
  | { type: 'mentions:reveal'; id: number }
  | { type: 'mentions:step'; direction: 1 | -1 }
  | { type: 'ping' }
  | { type: 'scan:on-demand' };

/** Set in a frame's content-script world by an on-demand injection, before the script itself runs. */
export const ON_DEMAND_FLAG = '__factContextOnDemand';

export interface TabFrames {
  /** frames that reported, with their counts */
  frames: Array<{ frameId: number; count: number }>;
  total: number;
}

export function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToFrame<T>(tabId: number, frameId: number, message: ContentMessage): Promise<T> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<T>;
}
