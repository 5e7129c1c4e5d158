/**
 * What the popup knows about a tab: whether the extension can read it, and its mentions across all
 * frames. The browser calls go through `PageApi`, so the logic runs against fakes in tests.
 */
import { browser } from 'wxt/browser';
import type { PageMention, PageState, UnsupportedReason } from '../../components/popup/types';
import type { ScanResult } from '../../utils/on-demand-scan';
import {
  sendToBackground,
  sendToFrame,
  type FrameMentions,
  type Message,
  type Reply,
  type TabFrames,
  type ToFrame,
} from '../../utils/messages';

export interface TabInfo {
  id?: number;
  /** absent when the extension may not see it (browser pages, in Chrome) */
  url?: string;
  status?: string;
}

export interface PageApi {
  getTab(tabId: number): Promise<TabInfo | undefined>;
  tabFrames(tabId: number): Promise<TabFrames | undefined>;
  sendToFrame<K extends keyof ToFrame>(
    tabId: number,
    frameId: number,
    message: Message<ToFrame, K>,
  ): Promise<Reply<ToFrame, K> | undefined>;
  /**
   * Asks the background to run the content script in the tab now (privacy mode, or a tab opened before
   * the extension): opening the popup is the click that lets it (activeTab).
   */
  scan(tabId: number): Promise<ScanResult | undefined>;
}

export const browserPageApi: PageApi = {
  getTab: (tabId) => browser.tabs.get(tabId) as Promise<TabInfo>,
  tabFrames: (tabId) => sendToBackground({ type: 'tab:frames', tabId }),
  sendToFrame,
  scan: (tabId) => sendToBackground({ type: 'privacy:scan-tab', tabId }),
};

export type UrlKind =
  | { kind: 'restricted'; reason: Extract<UnsupportedReason, 'browser-page' | 'store' | 'view-source'> }
  | { kind: 'file' }
  | { kind: 'web'; host: string }
  /** no URL given: decided by whether the page answers */
  | { kind: 'unknown' };

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-error:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'jar:',
  'data:',
  'javascript:',
]);

/** Add-on stores, where browsers never run extensions' content scripts. */
function isStore(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && path.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    (host === 'microsoftedge.microsoft.com' && path.startsWith('/addons')) ||
    host === 'addons.opera.com'
  );
}

/** Decides by the address alone whether content scripts can run in a tab. */
export function classifyUrl(url: string | undefined): UrlKind {
  if (!url) return { kind: 'unknown' };
  if (/^view-source:/i.test(url)) return { kind: 'restricted', reason: 'view-source' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === 'file:') return { kind: 'file' };
  if (scheme === 'http:' || scheme === 'https:') {
    return isStore(parsed)
      ? { kind: 'restricted', reason: 'store' }
      : { kind: 'web', host: parsed.hostname.toLowerCase() };
  }
  if (BROWSER_SCHEMES.has(scheme)) return { kind: 'restricted', reason: 'browser-page' };
  return { kind: 'unknown' };
}

/** The site a tab belongs to, for the on/off switch (web pages only). */
export function hostOf(url: string | undefined): string | undefined {
  const kind = classifyUrl(url);
  return kind.kind === 'web' ? kind.host : undefined;
}

const isFrameMentions = (value: unknown): value is FrameMentions =>
  typeof value === 'object' && value !== null && Array.isArray((value as FrameMentions).mentions);

/** All frames' replies as one list: the top frame first, then frames by id, each in page order. */
export function mergeFrames(replies: ReadonlyArray<{ frameId: number; reply: unknown }>): {
  count: number;
  mentions: PageMention[];
} {
  const mentions: PageMention[] = [];
  const seen = new Set<number>();
  for (const { frameId, reply } of [...replies].sort((a, b) => a.frameId - b.frameId)) {
    if (seen.has(frameId) || !isFrameMentions(reply)) continue;
    seen.add(frameId);
    for (const m of reply.mentions) mentions.push({ ...m, frameId, key: `${frameId}:${m.id}` });
  }
  return { count: mentions.length, mentions };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export interface ReadOptions {
  /** how long one frame may take to answer */
  timeoutMs?: number;
  /** when the page does not answer, ask the background to run the content script there, then ask again */
  scan?: boolean;
}

export interface PageReading {
  state: PageState;
  /**
   * The tab's address: from the tab when the browser shows it (Firefox), else as the top frame reports it
   * (Chrome shows tab addresses only with the "tabs" permission or an explicit host permission).
   */
  url: string | undefined;
}

/**
 * One look at a tab: restricted by its address → unsupported; the top frame does not answer a ping →
 * loading (the tab is loading) or unsupported (file without permission, PDF, or no content script);
 * else every frame that reported mentions, plus the top frame, is asked for its list.
 */
export async function readPage(api: PageApi, tabId: number, options: ReadOptions = {}): Promise<PageReading> {
  const timeoutMs = options.timeoutMs ?? 1500;
  const tab = await api.getTab(tabId).catch(() => undefined);
  if (!tab) return { state: { status: 'unsupported', reason: 'no-tab' }, url: undefined };
  const result = (state: PageState, url = tab.url): PageReading => ({ state, url });
  const url = classifyUrl(tab.url);
  if (url.kind === 'restricted') return result({ status: 'unsupported', reason: url.reason });
  const loading = tab.status === 'loading';

  const ping = () =>
    withTimeout(api.sendToFrame(tabId, 0, { type: 'ping' }), timeoutMs).then(
      (r) => r === true,
      () => false,
    );
  let alive = await ping();
  if (!alive && options.scan && !loading) {
    const scan = await withTimeout(api.scan(tabId), 4 * timeoutMs).catch(() => undefined);
    if (scan?.ok === false && scan.reason === 'restricted')
      return result({ status: 'unsupported', reason: 'browser-page' });
    alive = await ping();
  }
  if (!alive) {
    if (loading) return result({ status: 'loading' });
    if (url.kind === 'file') return result({ status: 'unsupported', reason: 'file' });
    if (tab.url && /\.pdf(?:[?#]|$)/i.test(tab.url)) return result({ status: 'unsupported', reason: 'pdf' });
    // No address and no answer: a browser page, or a site the extension has no access to.
    return result({ status: 'unsupported', reason: url.kind === 'unknown' ? 'no-access' : 'no-answer' });
  }

  const frames = await api.tabFrames(tabId).catch(() => undefined);
  const frameIds = [...new Set([0, ...(frames?.frames ?? []).map((f) => f.frameId)])];
  const replies = await Promise.all(
    frameIds.map((frameId) =>
      withTimeout(api.sendToFrame(tabId, frameId, { type: 'mentions:list' }), timeoutMs).then(
        (reply) => ({ frameId, reply }),
        () => ({ frameId, reply: null }),
      ),
    ),
  );
  const top = replies.find((r) => r.frameId === 0)?.reply;
  const topUrl = isFrameMentions(top) && typeof top.url === 'string' ? top.url : undefined;
  return result({ status: 'ready', ...mergeFrames(replies), stillLoading: loading }, tab.url ?? topUrl);
}

/** Whether a state may change by itself soon (worth looking again). */
export function mayStillChange(state: PageState): boolean {
  return (
    state.status === 'checking' ||
    state.status === 'loading' ||
    (state.status === 'ready' && state.stillLoading) ||
    (state.status === 'unsupported' &&
      (state.reason === 'no-answer' || state.reason === 'file' || state.reason === 'pdf'))
  );
}
