// A frame gets the highlight colours and the card only when it finds its first mention.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FoundMention } from '../../core/page-scanner';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { startFirstMention } from '../../entrypoints/background/first-mention';
import { CARD_BRIDGE, createCardHandle, type CardBridge } from '../../entrypoints/content/card-loader';
import type { CardController } from '../../entrypoints/content/card/controller';
import type { NavigationHandlers } from '../../entrypoints/content/card/mention-navigation';
import { navigationRequests } from '../../entrypoints/content/navigation-requests';
import { listen, type ToExtension } from '../../utils/messages';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
});

test('the background gives the stylesheet and the card script to the one frame that asks', async () => {
  listen<ToExtension>(startFirstMention());
  const sender = { tab: { id: 4 }, frameId: 7 } as never;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:first' }, sender, () => {});
  const target = { tabId: 4, frameIds: [7] };
  expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledWith(
    expect.objectContaining({ target, files: ['/highlights.css'] }),
  );
  expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target, files: ['/card.js'] });
  // Other messages, and messages from no tab (the popup), inject nothing.
  await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:count', count: 3 }, sender, () => {});
  await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:first' }, {} as never, () => {});
  expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledTimes(1);
  expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
});

test('the card handle asks once, at the first mention, and hands over what came before the card', async () => {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return true;
  });
  let mentions: FoundMention[] = [];
  const handle = createCardHandle(new AbortController().signal, {
    mentions: () => mentions,
    highlights: () => null,
  });
  handle.setSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 900 });
  handle.refresh();
  expect(sent).toEqual([]);
  const mention = { id: 1 } as FoundMention;
  mentions = [mention];
  handle.refresh();
  handle.reveal(mention, true);
  handle.refresh();
  expect(sent).toEqual([{ type: 'mentions:first' }]);

  // The card script arrives: it gets the latest settings, a refresh and the pending reveal, then every call.
  const card = { refresh: vi.fn(), setSettings: vi.fn(), reveal: vi.fn() } as unknown as CardController;
  const bridge = (globalThis as Record<string, unknown>)[CARD_BRIDGE] as CardBridge;
  const listing = handle.navigation();
  const navigation = {
    'mentions:list': vi.fn(),
    'mentions:reveal': vi.fn(),
    'mentions:step': vi.fn(),
  } as unknown as NavigationHandlers;
  bridge.attach(card, navigation);
  await expect(listing).resolves.toBe(navigation);
  expect(card.setSettings).toHaveBeenCalledWith(expect.objectContaining({ hoverDelayMs: 900 }));
  expect(card.refresh).toHaveBeenCalledTimes(1);
  expect(card.reveal).toHaveBeenCalledWith(mention, true);
  handle.refresh();
  expect(card.refresh).toHaveBeenCalledTimes(2);
  expect(sent).toHaveLength(1);
});

test('a frame the background could not give the card asks again at the next change', async () => {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return false;
  });
  const handle = createCardHandle(new AbortController().signal, {
    mentions: () => [{ id: 1 } as FoundMention],
    highlights: () => null,
  });
  handle.refresh();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  await new Promise((resolve) => setTimeout(resolve, 0));
  handle.refresh();
  expect(sent).toHaveLength(2);
});

describe('requests about the mentions (popup list, reveal, next/previous)', () => {
  const sender = {} as never;
  const list = { type: 'mentions:list' } as const;

  test('a frame without a mention answers at once, without asking for the card script', () => {
    const navigation = vi.fn();
    const requests = navigationRequests(() => 0, { navigation });
    expect(requests['mentions:list'](list, sender)).toMatchObject({ count: 0, mentions: [] });
    expect(requests['mentions:step']({ type: 'mentions:step', direction: 1 }, sender)).toBe(false);
    expect(requests.ping({ type: 'ping' }, sender)).toBe(true);
    expect(navigation).not.toHaveBeenCalled();
  });

  test('a frame with mentions answers through the card script once it is here', async () => {
    let arrive: (handlers: NavigationHandlers) => void = () => undefined;
    const ready = new Promise<NavigationHandlers>((resolve) => (arrive = resolve));
    const requests = navigationRequests(() => 2, { navigation: () => ready });
    const reply = requests['mentions:list'](list, sender);
    const answer = { frameId: -1, url: 'u', count: 2, mentions: [] };
    arrive({
      'mentions:list': () => answer,
      'mentions:reveal': () => true,
      'mentions:step': () => true,
    });
    await expect(reply).resolves.toBe(answer);
    await expect(requests['mentions:reveal']({ type: 'mentions:reveal', id: 3 }, sender)).resolves.toBe(true);
  });

  test('a card script whose answer fails: the request still ends, as if the frame had none', async () => {
    const failing = {
      'mentions:list': () => {
        throw new Error('broken');
      },
      'mentions:reveal': () => Promise.reject(new Error('broken')),
      'mentions:step': () => true,
    } as unknown as NavigationHandlers;
    const requests = navigationRequests(() => 1, { navigation: () => Promise.resolve(failing) });
    await expect(requests['mentions:list'](list, sender)).resolves.toMatchObject({ count: 0 });
    await expect(requests['mentions:reveal']({ type: 'mentions:reveal', id: 1 }, sender)).resolves.toBe(
      false,
    );
  });

  test('a card script that never comes: the request still ends, as if the frame had none', async () => {
    vi.useFakeTimers();
    try {
      const requests = navigationRequests(() => 1, { navigation: () => new Promise(() => undefined) });
      const reply = requests['mentions:list'](list, sender);
      await vi.advanceTimersByTimeAsync(5000);
      await expect(reply).resolves.toMatchObject({ count: 0, mentions: [] });
    } finally {
      vi.useRealTimers();
    }
  });
});
