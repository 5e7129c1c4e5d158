// The popup's page logic (entrypoints/popup/page-mentions.ts): which pages content scripts cannot run
// in, merging the frames' lists, and one look at a tab through the browser API (fakeBrowser).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserPageApi,
  classifyUrl,
  hostOf,
  mayStillChange,
  mergeFrames,
  readPage,
  type PageApi,
} from '../../entrypoints/popup/page-mentions';
import { popupParams } from '../../entrypoints/popup/params';
import type { FrameMessage, FrameMentions, MentionSummary } from '../../utils/messages';

const summary = (id: number, text = 'CCSVI', highlighted = true): MentionSummary => ({
  id,
  termId: 'ccsvi',
  text,
  before: 'a ',
  after: ' b',
  highlighted,
  lang: 'en',
});
const frame = (url: string, mentions: MentionSummary[]): FrameMentions => ({
  frameId: -1,
  url,
  count: mentions.length,
  mentions,
});

describe('classifyUrl: where content scripts cannot run', () => {
  test.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['about:reader?url=https://example.com/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['moz-extension://0a1b/popup.html', 'browser-page'],
    ['data:text/html,<p>CCSVI</p>', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
  ])('%s → %s', (url, reason) => {
    expect(classifyUrl(url)).toEqual({ kind: 'restricted', reason });
  });

  test('web pages, files and unknown addresses are decided by whether the page answers', () => {
    expect(classifyUrl('https://News.Example.com/a?b')).toEqual({ kind: 'web', host: 'news.example.com' });
    expect(classifyUrl('http://127.0.0.1:8080/x')).toEqual({ kind: 'web', host: '127.0.0.1' });
    expect(classifyUrl('https://chrome.google.com/search')).toEqual({
      kind: 'web',
      host: 'chrome.google.com',
    });
    expect(classifyUrl('file:///home/me/ccsvi.html')).toEqual({ kind: 'file' });
    expect(classifyUrl(undefined)).toEqual({ kind: 'unknown' });
    expect(classifyUrl('not a url')).toEqual({ kind: 'unknown' });
    expect(hostOf('https://www.example.org/page')).toBe('www.example.org');
    expect(hostOf('file:///x.html')).toBeUndefined();
  });
});

describe('mergeFrames', () => {
  test('the top frame first, then frames by id; keys unique across frames', () => {
    const merged = mergeFrames([
      { frameId: 7, reply: frame('https://a.example/frame', [summary(0), summary(1)]) },
      { frameId: 0, reply: frame('https://a.example/', [summary(0), summary(1, 'Liberation Procedure')]) },
    ]);
    expect(merged.count).toBe(4);
    expect(merged.mentions.map((m) => m.key)).toEqual(['0:0', '0:1', '7:0', '7:1']);
    expect(merged.mentions[1]).toMatchObject({ frameId: 0, id: 1, text: 'Liberation Procedure' });
    expect(merged.mentions[2]!.frameId).toBe(7);
  });

  test('frames that did not answer, or answered nonsense, are skipped; a frame counts once', () => {
    const merged = mergeFrames([
      { frameId: 0, reply: frame('https://a.example/', [summary(0)]) },
      { frameId: 3, reply: null },
      { frameId: 4, reply: 'garbage' },
      { frameId: 0, reply: frame('https://a.example/', [summary(9)]) },
    ]);
    expect(merged.mentions.map((m) => m.key)).toEqual(['0:0']);
  });

  test('unhighlighted mentions (past the cap) are kept with their flag', () => {
    const merged = mergeFrames([
      { frameId: 0, reply: frame('https://a.example/', [summary(0), summary(1, 'CCSVI', false)]) },
    ]);
    expect(merged.count).toBe(2);
    expect(merged.mentions.filter((m) => !m.highlighted)).toHaveLength(1);
  });
});

describe('readPage through the browser API (fakeBrowser)', () => {
  /** What each frame's content script answers, per tab; a missing frame throws like a missing receiver. */
  let frames: Record<number, Record<number, FrameMentions>>;
  let sendMessage: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    frames = {};
    sendMessage = vi.fn(async (tabId: number, message: FrameMessage, options?: { frameId?: number }) => {
      const reply = frames[tabId]?.[options?.frameId ?? 0];
      if (!reply) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.type === 'ping') return true;
      if (message.type === 'mentions:list') return reply;
      return false;
    });
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
    // The background: frames that reported mentions (entrypoints/background/badge.ts).
    fakeBrowser.runtime.onMessage.addListener(
      (message: { type: string; tabId: number }, _sender, sendResponse) => {
        if (message.type !== 'tab:frames') return undefined;
        const list = Object.entries(frames[message.tabId] ?? {})
          .filter(([, f]) => f.count > 0)
          .map(([frameId, f]) => ({ frameId: Number(frameId), count: f.count }));
        sendResponse({ frames: list, total: list.reduce((s, f) => s + f.count, 0) });
        return true;
      },
    );
  });

  const open = async (url: string) => (await fakeBrowser.tabs.create({ url, active: true })).id!;

  test('all frames together: the top frame and every frame that reported mentions', async () => {
    const tabId = await open('https://forum.example/thread');
    frames[tabId] = {
      0: frame('https://forum.example/thread', [summary(0), summary(1)]),
      2: frame('https://embed.example/', []),
      5: frame('https://video.example/', [summary(0, 'Liberation Procedure')]),
    };
    const { state, url } = await readPage(browserPageApi, tabId);
    expect(url).toBe('https://forum.example/thread');
    expect(state).toMatchObject({ status: 'ready', count: 3, stillLoading: false });
    if (state.status !== 'ready') throw new Error('not ready');
    expect(state.mentions.map((m) => m.key)).toEqual(['0:0', '0:1', '5:0']);
    // Frame 2 reported nothing, so it is not asked for a list.
    expect(sendMessage.mock.calls.filter(([, , o]) => o?.frameId === 2)).toHaveLength(0);
  });

  test('a page without mentions is ready with none', async () => {
    const tabId = await open('https://example.com/');
    frames[tabId] = { 0: frame('https://example.com/', []) };
    expect((await readPage(browserPageApi, tabId)).state).toEqual({
      status: 'ready',
      count: 0,
      mentions: [],
      stillLoading: false,
    });
  });

  test('a restricted address is decided without asking the page', async () => {
    const tabId = await open('https://addons.mozilla.org/en-US/firefox/');
    expect((await readPage(browserPageApi, tabId)).state).toEqual({ status: 'unsupported', reason: 'store' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('a file the extension may not read, a PDF, and a page that does not answer', async () => {
    const file = await open('file:///home/me/notes.html');
    expect((await readPage(browserPageApi, file)).state).toEqual({ status: 'unsupported', reason: 'file' });
    const pdf = await open('https://example.com/paper.pdf');
    expect((await readPage(browserPageApi, pdf)).state).toEqual({ status: 'unsupported', reason: 'pdf' });
    const old = await open('https://example.com/opened-before-install');
    expect((await readPage(browserPageApi, old)).state).toEqual({
      status: 'unsupported',
      reason: 'no-answer',
    });
  });

  test('a file page whose script answers (file access allowed) is read like any page', async () => {
    const tabId = await open('file:///home/me/ccsvi.html');
    frames[tabId] = { 0: frame('file:///home/me/ccsvi.html', [summary(0)]) };
    expect((await readPage(browserPageApi, tabId)).state).toMatchObject({ status: 'ready', count: 1 });
  });

  test('a missing tab', async () => {
    expect((await readPage(browserPageApi, 999)).state).toEqual({ status: 'unsupported', reason: 'no-tab' });
  });
});

describe('readPage with a scripted browser (loading, scans, hidden addresses)', () => {
  function api(over: Partial<PageApi> & { alive?: () => boolean; url?: string; status?: string }): PageApi {
    return {
      getTab: async () => ({ id: 1, url: over.url, status: over.status ?? 'complete' }),
      tabFrames: async () => ({ frames: [], total: 0 }),
      sendToFrame: (async (_t: number, _f: number, m: FrameMessage) => {
        if (!(over.alive?.() ?? true)) throw new Error('no receiver');
        return m.type === 'ping' ? true : frame('https://seen-by-script.example/', [summary(0)]);
      }) as PageApi['sendToFrame'],
      scan: async () => ({ ok: true, frames: 1, alreadyRunning: false }),
      ...over,
    };
  }

  test('a loading tab whose script has not started yet: loading; once it answers: ready, still loading', async () => {
    let alive = false;
    const loading = api({ url: 'https://slow.example/', status: 'loading', alive: () => alive });
    expect((await readPage(loading, 1)).state).toEqual({ status: 'loading' });
    alive = true;
    expect((await readPage(loading, 1)).state).toMatchObject({
      status: 'ready',
      count: 1,
      stillLoading: true,
    });
  });

  test('no address and no answer (a browser page in Chrome, or no access): no-access', async () => {
    expect((await readPage(api({ url: undefined, alive: () => false }), 1)).state).toEqual({
      status: 'unsupported',
      reason: 'no-access',
    });
  });

  test('the address comes from the top frame when the browser hides it', async () => {
    expect((await readPage(api({ url: undefined }), 1)).url).toBe('https://seen-by-script.example/');
  });

  test('with scan: the background runs the content script (privacy mode, old tab) and the page is read', async () => {
    let alive = false;
    const scan = vi.fn(async () => {
      alive = true;
      return { ok: true as const, frames: 1, alreadyRunning: false };
    });
    const page = api({ url: 'https://example.com/', alive: () => alive, scan });
    expect((await readPage(page, 1, { scan: true })).state).toMatchObject({ status: 'ready', count: 1 });
    expect(scan).toHaveBeenCalledWith(1);
  });

  test('with scan refused as restricted: a browser page', async () => {
    const page = api({
      url: undefined,
      alive: () => false,
      scan: async () => ({ ok: false, reason: 'restricted', message: '…' }),
    });
    expect((await readPage(page, 1, { scan: true })).state).toEqual({
      status: 'unsupported',
      reason: 'browser-page',
    });
  });

  test('a frame that never answers is given up after the timeout', async () => {
    const page = api({
      url: 'https://example.com/',
      tabFrames: async () => ({ frames: [{ frameId: 4, count: 2 }], total: 3 }),
      sendToFrame: ((_t: number, frameId: number, m: FrameMessage) =>
        frameId === 4
          ? new Promise(() => {})
          : Promise.resolve(
              m.type === 'ping' ? true : frame('https://example.com/', [summary(0)]),
            )) as PageApi['sendToFrame'],
    });
    expect((await readPage(page, 1, { timeoutMs: 50 })).state).toMatchObject({ status: 'ready', count: 1 });
  });

  test('which states are worth looking at again', () => {
    expect(mayStillChange({ status: 'loading' })).toBe(true);
    expect(mayStillChange({ status: 'unsupported', reason: 'no-answer' })).toBe(true);
    expect(mayStillChange({ status: 'unsupported', reason: 'store' })).toBe(false);
    expect(mayStillChange({ status: 'ready', count: 0, mentions: [], stillLoading: false })).toBe(false);
  });
});

describe('popup.html query string', () => {
  test('?tab=ID uses that tab and stays open; ?view=full is the full view on Studies', () => {
    expect(popupParams('')).toEqual({
      tabId: undefined,
      view: 'popup',
      stayOpen: false,
      initialTab: undefined,
    });
    expect(popupParams('?tab=42')).toEqual({
      tabId: 42,
      view: 'popup',
      stayOpen: true,
      initialTab: undefined,
    });
    expect(popupParams('?tab=abc').tabId).toBeUndefined();
    expect(popupParams('?view=full')).toEqual({
      tabId: undefined,
      view: 'full',
      stayOpen: true,
      initialTab: 'studies',
    });
  });
});
