import { browser, type Browser } from 'wxt/browser';
import type { RemoteCard, RemoteCardEvent } from '../components/card/remote-types';
import type { CardContent } from '../components/card/types';
import type { ScanResult } from './on-demand-scan';

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

/**
 * Messages to the extension's own pages, each with the reply its sender gets: the background answers
 * them; an open popup listens to some (a frame's new count, a page context read).
 */
export type ToExtension = {
  'mentions:count': { request: { count: number }; reply: void };
  /** the frame found its first mention: it needs the highlight colours and the card (true once given) */
  'mentions:first': { request: NoFields; reply: boolean };
  /** the full view in a tab; `lang`: the topic's language there (the card's), else the browser's */
  'open:full-view': { request: { lang?: string }; reply: boolean };
  'settings:site-off': { request: { site: string; off: boolean }; reply: { ok: boolean; message?: string } };
  /** "Not about CCSVI?": hide every mention with this text on the page at `url` (or show them again) */
  'mentions:hide': { request: { url: string; text: string; hide: boolean }; reply: { ok: boolean } };
  'topic:card': {
    request: {
      /** the `lang` in force at the mention (its element's, else the document's); null when none */
      pageLang?: string | null;
      /** the language of the term that matched */
      termLang?: string | null;
    };
    reply: CardContent;
  };
  'tab:frames': { request: { tabId: number }; reply: TabFrames };
  /** next / previous mention across all frames of a tab (the keyboard commands; the active tab when absent) */
  'mentions:step-tab': { request: { tabId?: number; direction: 1 | -1 }; reply: boolean };
  /** a frame below the top opened (or closed) its card: the top frame relays Escape to it */
  'card:frame-card': { request: { open: boolean }; reply: boolean | undefined };
  /** Escape pressed in the top frame while a frame's card is open */
  'card:close-frame-cards': { request: NoFields; reply: void };
  /**
   * a frame below the top one asks the top frame to draw its card (null: to take it away); `token`
   * names the frame (it posts the same token to its parent window), `opening` counts its cards (a
   * message about an opening already closed is dropped); false when the top cannot
   */
  'card:remote': { request: { token: string; opening: number; card: RemoteCard | null }; reply: boolean };
  /** from the top frame: what the reader did on the card it draws for frame `toFrame` */
  'card:remote-event': { request: { toFrame: number; event: RemoteCardEvent }; reply: boolean };
  'privacy:scan-tab': { request: { tabId: number }; reply: ScanResult };
  /** from a frame's page-context script: its reading is done (the popup reads it again) */
  'page:context-ready': { request: NoFields; reply: void };
};

/** Messages to one frame of a tab (its content script and page-context script), each with its reply. */
export type ToFrame = {
  'mentions:list': { request: NoFields; reply: FrameMentions };
  /** scrolls to the mention and opens its card; false when the frame no longer has it */
  'mentions:reveal': { request: { id: number; byKeyboard?: boolean }; reply: boolean };
  /** whether a card is open in one of the frames below (so the top frame passes Escape on) */
  'card:frame-cards': { request: { open: boolean }; reply: boolean };
  'card:close': { request: NoFields; reply: boolean };
  'mentions:step': { request: { direction: 1 | -1 }; reply: boolean };
  /** true when the content script runs in the frame */
  ping: { request: NoFields; reply: boolean };
  /** the frame's page context, or null while it is being read */
  'page:context': { request: NoFields; reply: PageContextReport | null };
  'scan:on-demand': { request: NoFields; reply: boolean };
  /** to the top frame: draw (or take away) the card of frame `fromFrame` */
  'card:remote': {
    request: { token: string; opening: number; fromFrame: number; card: RemoteCard | null };
    reply: boolean;
  };
  /** to a frame whose card the top frame draws: what the reader did there */
  'card:remote-event': { request: { event: RemoteCardEvent }; reply: boolean };
};

/** The request of a message that carries nothing but its type. */
type NoFields = Record<never, never>;

/** A map of message types to their request fields and reply. */
type Protocol<M> = { [K in keyof M]: { request: object; reply: unknown } };

/** A message as it travels: its type and its request's fields. */
export type Message<M extends Protocol<M>, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & M[K]['request']
  : never;

/** Any message to a frame / to the extension's pages. */
export type FrameMessage = Message<ToFrame>;
export type ExtensionMessage = Message<ToExtension>;

export type Reply<M extends Protocol<M>, K extends keyof M> = M[K]['reply'];

export type Sender = Browser.runtime.MessageSender;

/**
 * How one context answers a message type. Returning undefined leaves the message unanswered here (another
 * context, or another script of the frame, may answer it); anything else, or a promise of it, is the reply.
 */
export type Handlers<M extends Protocol<M>> = {
  [K in keyof M]?: (message: Message<M, K>, sender: Sender) => Reply<M, K> | Promise<Reply<M, K>> | undefined;
};

/** The handlers of some message types, each required (what one module of a context answers). */
export type HandlersOf<M extends Protocol<M>, K extends keyof M> = Required<Pick<Handlers<M>, K>>;

/**
 * A context's one listener: dispatches each message on its type to the handler of that type (a handler of
 * the table itself, never an inherited property), until `signal` aborts.
 */
export function listen<M extends Protocol<M>>(handlers: Handlers<M>, signal?: AbortSignal): void {
  // Replies go through sendResponse, returning true to keep the channel open: Chromium's own `chrome`,
  // which the every-page script uses without the polyfill, ignores a returned promise; the polyfill and
  // Firefox take this form too. Only a caller that passes no sendResponse (the tests' double) gets the
  // promise. A handler that fails answers undefined, as if unanswered, rather than an error.
  const listener = (
    message: { type?: unknown } | null,
    sender: Sender,
    sendResponse?: (reply: unknown) => void,
  ): Promise<unknown> | true | undefined => {
    const type = message?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const reply = handlers[type as keyof M]!(message as never, sender);
    if (reply === undefined) return undefined;
    if (typeof sendResponse !== 'function') return Promise.resolve(reply);
    Promise.resolve(reply).then(sendResponse, (error: unknown) => {
      console.warn('CCSVI Evidence Context: a message handler failed', error);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/**
 * Sends to the background (and any open popup). The reply is undefined when no context answered; the
 * promise rejects when nothing listens at all (the extension reloading), so callers catch.
 */
export function sendToBackground<K extends keyof ToExtension>(
  message: Message<ToExtension, K>,
): Promise<Reply<ToExtension, K> | undefined> {
  return browser.runtime.sendMessage(message);
}

/** Sends to one frame of a tab; undefined when no script of the frame answered. */
export function sendToFrame<K extends keyof ToFrame>(
  tabId: number,
  frameId: number,
  message: Message<ToFrame, K>,
): Promise<Reply<ToFrame, K> | undefined> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

/** Sends to every frame of a tab; the first answer is the reply. */
export function sendToTab<K extends keyof ToFrame>(
  tabId: number,
  message: Message<ToFrame, K>,
): Promise<Reply<ToFrame, K> | undefined> {
  return browser.tabs.sendMessage(tabId, message);
}

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
  /** the topic's studies the page cites, and how each was recognised */
  cited: Array<{ studyId: string; by: string }>;
  /** references about the topic that match none of its studies */
  unverified: string[];
  /** the page is itself a fact-check of the topic (schema.org ClaimReview) */
  factCheck: { by: string; claim?: string; rating?: string } | null;
}

/**
 * Where a frame's page-context script keeps its state, in the extension's world of that frame (shared
 * with the content script, which gives `report.date` to the card: the card writes its page-age line
 * in its own language).
 */
const PAGE_CONTEXT_KEY = '__factContextPage';

export interface PageContextState {
  report: PageContextReport | null;
}

type PageContextWorld = typeof globalThis & { [PAGE_CONTEXT_KEY]?: PageContextState };

/** This frame's page-context state; undefined until the page-context script ran here. */
export function pageContextState(): PageContextState | undefined {
  return (globalThis as PageContextWorld)[PAGE_CONTEXT_KEY];
}

/** The page-context script keeps its state here (once per document). */
export function setPageContextState(state: PageContextState): void {
  (globalThis as PageContextWorld)[PAGE_CONTEXT_KEY] = state;
}

export interface TabFrames {
  /** frames that reported, with their counts */
  frames: Array<{ frameId: number; count: number }>;
  total: number;
}
