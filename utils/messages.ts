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
  /** child frames of this frame's document that come before the mention (for order across frames) */
  frameSlot?: number;
}

export interface FrameMentions {
  frameId: number;
  url: string;
  count: number;
  mentions: MentionSummary[];
  /** this frame's index among its parent's child frames at each level from the top; [] for the top frame */
  framePath?: number[];
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
  /** next / previous mention across all frames of a tab (the keyboard commands; the active tab when absent) */
  | { type: 'mentions:step-tab'; tabId?: number; direction: 1 | -1 }
  /** a frame below the top opened (or closed) its card: the top frame relays Escape to it */
  | { type: 'card:frame-card'; open: boolean }
  /** Escape pressed in the top frame while a frame's card is open */
  | { type: 'card:close-frame-cards' }
  | { type: 'privacy:scan-tab'; tabId: number }
  /** from a frame's page-context script: its reading is done (the popup reads it again) */
  | { type: 'page:context-ready' };

/** Messages to a content script (one frame). */
export type ContentMessage =
  | { type: 'mentions:list' }
  | { type: 'mentions:reveal'; id: number; byKeyboard?: boolean }
  /** whether a card is open in one of the frames below (so the top frame passes Escape on) */
  | { type: 'card:frame-cards'; open: boolean }
  | { type: 'card:close' }
  | { type: 'mentions:step'; direction: 1 | -1 }
  | { type: 'ping' }
  /** the frame's page context (PageContextReport), or null while it is being read or where it is not read */
  | { type: 'page:context' }
  | { type: 'scan:on-demand' };

/** Set in a frame's content-script world by an on-demand injection, before the script itself runs. */
export const ON_DEMAND_FLAG = '__factContextOnDemand';

/**
 * What one frame's page-context script (entrypoints/page-context) found: read only in frames with a
 * mention, after the scan. Study ids are the topic's; texts not verified are as the page gives them.
 */
export interface PageContextReport {
  url: string;
  /** the page's publication date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') and where it was read */
  date: { date: string; source: string; updated: boolean } | null;
  /** "This page is from March 2011. Since then, …", when the page predates the decisive evidence */
  dateLine: string | null;
  /** the topic's studies the page cites, and how each was recognised */
  cited: Array<{ studyId: string; by: string }>;
  /** references about the topic that match none of its studies */
  unverified: string[];
  /** the page is itself a fact-check of the topic (schema.org ClaimReview) */
  factCheck: { by: string; claim?: string; rating?: string } | null;
}

/**
 * Where a frame's page-context script keeps its state, in the extension's world of that frame (shared
 * with the content script, which shows `report.dateLine` on the card).
 */
export const PAGE_CONTEXT_KEY = '__factContextPage';

export interface PageContextState {
  report: PageContextReport | null;
}

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
