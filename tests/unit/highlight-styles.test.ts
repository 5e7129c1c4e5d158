// The highlight colours reach a frame only when it finds its first mention.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startHighlightStyles } from '../../entrypoints/background/highlight-styles';
import { startMentionReporting } from '../../entrypoints/content/mention-reporting';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
});

test('the background gives the stylesheet to the one frame that asks', async () => {
  startHighlightStyles();
  const sender = { tab: { id: 4 }, frameId: 7 } as never;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'highlights:style' }, sender, () => {});
  expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledTimes(1);
  expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [7] }, files: ['/highlights.css'] });
  // Other messages, and messages from no tab (the popup), inject nothing.
  await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:count', count: 3 }, sender, () => {});
  await fakeBrowser.runtime.onMessage.trigger({ type: 'highlights:style' }, {} as never, () => {});
  expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledTimes(1);
});

test('a frame asks for the stylesheet once, when its first mention is found', () => {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return undefined;
  });
  const reporting = startMentionReporting(new AbortController().signal);
  reporting.report(0);
  expect(sent).toEqual([]);
  reporting.report(2);
  reporting.report(0);
  reporting.report(5);
  expect(sent.filter((m) => (m as { type: string }).type === 'highlights:style')).toHaveLength(1);
  expect(sent).toEqual([
    { type: 'highlights:style' },
    { type: 'mentions:count', count: 2 },
    { type: 'mentions:count', count: 0 },
    { type: 'mentions:count', count: 5 },
  ]);
});
