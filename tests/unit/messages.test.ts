// The message protocol's runtime (utils/messages.ts): one listener per context that dispatches on type,
// and the senders.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  listen,
  sendToFrame,
  sendToTab,
  type Handlers,
  type Sender,
  type ToFrame,
} from '../../utils/messages';

type Listener = (
  message: unknown,
  sender: Sender,
  sendResponse?: (reply: unknown) => void,
) => Promise<unknown> | true | undefined;

/** Starts a router and returns the one listener it added. */
function listener(handlers: Handlers<ToFrame>, signal?: AbortSignal): Listener {
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listen<ToFrame>(handlers, signal);
  expect(addListener).toHaveBeenCalledTimes(1);
  return addListener.mock.calls[0]![0] as Listener;
}

const sender = { tab: { id: 3 }, frameId: 0 } as Sender;

beforeEach(() => fakeBrowser.reset());

test('each type goes to its handler; a plain value is sent back as a promise of it', async () => {
  const reveal = vi.fn((message: { id: number }) => message.id === 2);
  const listen = listener({ ping: () => true, 'mentions:reveal': reveal, 'page:context': () => null });
  await expect(listen({ type: 'ping' }, sender)).resolves.toBe(true);
  await expect(listen({ type: 'mentions:reveal', id: 2 }, sender)).resolves.toBe(true);
  await expect(listen({ type: 'mentions:reveal', id: 5 }, sender)).resolves.toBe(false);
  expect(reveal).toHaveBeenLastCalledWith({ type: 'mentions:reveal', id: 5 }, sender);
  // null is an answer (no page context yet), unlike undefined.
  await expect(listen({ type: 'page:context' }, sender)).resolves.toBeNull();
});

test('no handler, a handler that returns undefined, an inherited name or no type: left unanswered', () => {
  const frameCards = vi.fn(() => undefined);
  const listen = listener({ 'card:frame-cards': frameCards });
  // Unanswered means no promise at all, so another context's listener (the background's) can answer.
  expect(listen({ type: 'card:frame-cards', open: true }, sender)).toBeUndefined();
  expect(frameCards).toHaveBeenCalledTimes(1);
  expect(listen({ type: 'ping' }, sender)).toBeUndefined();
  expect(listen({ type: 'constructor' }, sender)).toBeUndefined();
  expect(listen({ type: 'toString' }, sender)).toBeUndefined();
  expect(listen({ type: 7 }, sender)).toBeUndefined();
  expect(listen(null, sender)).toBeUndefined();
});

test('a promise from a handler is the reply; the listener goes when the signal aborts', async () => {
  const stop = new AbortController();
  const listen = listener({ 'mentions:step': async (message) => message.direction === 1 }, stop.signal);
  await expect(listen({ type: 'mentions:step', direction: 1 }, sender)).resolves.toBe(true);
  const removeListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
  stop.abort();
  expect(removeListener).toHaveBeenCalledWith(listen);
});

test('with sendResponse (a browser without the polyfill), the reply goes through it and the channel stays open', async () => {
  const listen = listener({ 'mentions:step': async (message) => message.direction === 1, ping: () => true });
  const sendResponse = vi.fn();
  expect(listen({ type: 'mentions:step', direction: 1 }, sender, sendResponse)).toBe(true);
  expect(listen({ type: 'ping' }, sender, sendResponse)).toBe(true);
  expect(listen({ type: 'page:context' }, sender, sendResponse)).toBeUndefined();
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(2));
  expect(sendResponse.mock.calls).toEqual([[true], [true]]);
});

test('with sendResponse, a handler that fails answers undefined rather than leaving the sender waiting', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const listen = listener({ ping: () => Promise.reject(new Error('broken')) as never });
  const sendResponse = vi.fn();
  expect(listen({ type: 'ping' }, sender, sendResponse)).toBe(true);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(undefined));
  expect(warn).toHaveBeenCalled();
  warn.mockRestore();
});

test('a frame is addressed by its id; a tab message goes to every frame', async () => {
  const sendMessage = vi.fn(async () => true);
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
  await expect(sendToFrame(4, 2, { type: 'mentions:reveal', id: 9 })).resolves.toBe(true);
  expect(sendMessage).toHaveBeenLastCalledWith(4, { type: 'mentions:reveal', id: 9 }, { frameId: 2 });
  await sendToTab(4, { type: 'scan:on-demand' });
  expect(sendMessage).toHaveBeenLastCalledWith(4, { type: 'scan:on-demand' });
});
