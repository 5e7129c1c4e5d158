// The popup wired to the browser (entrypoints/popup/app.tsx) against fakeBrowser: the active tab's
// mentions from every frame, revealing one (and closing), live updates, the site switch, options.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/app';
import { popupParams } from '../../entrypoints/popup/params';
import type { FrameMessage, FrameMentions, MentionSummary } from '../../utils/messages';
import { loadSettings } from '../../utils/settings-store';

const summary = (id: number, text = 'CCSVI'): MentionSummary => ({
  id,
  termId: 'ccsvi',
  text,
  before: `before ${id} `,
  after: ` after ${id}`,
  highlighted: true,
  lang: 'en',
});
const frame = (url: string, mentions: MentionSummary[]): FrameMentions => ({
  frameId: -1,
  url,
  count: mentions.length,
  mentions,
});

let frames: Record<number, FrameMentions>;
let revealed: Array<{ frameId: number; id: number }>;
let sendMessage: ReturnType<typeof vi.fn>;
let tabId: number;
let close: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fakeBrowser.reset();
  revealed = [];
  frames = {
    0: frame('https://forum.example.org/t/1', [summary(0), summary(1, 'Liberation Procedure')]),
    3: frame('https://embed.example.net/', [summary(0)]),
  };
  sendMessage = vi.fn(async (_tab: number, message: FrameMessage, options?: { frameId?: number }) => {
    const f = frames[options?.frameId ?? 0];
    if (!f) throw new Error('Receiving end does not exist.');
    if (message.type === 'ping') return true;
    if (message.type === 'mentions:list') return f;
    if (message.type === 'mentions:reveal') {
      if (!f.mentions.some((m) => m.id === message.id)) return false;
      revealed.push({ frameId: options?.frameId ?? 0, id: message.id });
      return true;
    }
    return undefined;
  });
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender, sendResponse) => {
    if (message.type !== 'tab:frames') return undefined;
    const list = Object.entries(frames)
      .map(([frameId, f]) => ({ frameId: Number(frameId), count: f.count }))
      .filter((f) => f.count > 0);
    sendResponse({ frames: list, total: list.reduce((s, f) => s + f.count, 0) });
    return true;
  });
  const win = await fakeBrowser.windows.create({ focused: true });
  tabId = (
    await fakeBrowser.tabs.create({ url: 'https://forum.example.org/t/1', active: true, windowId: win!.id })
  ).id!;
  close = vi.spyOn(window, 'close').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

const mentionButtons = () => document.querySelectorAll<HTMLButtonElement>('[data-mention]');

test('lists the active tab’s mentions from all frames', async () => {
  render(<App params={popupParams('')} />);
  await waitFor(() => expect(mentionButtons()).toHaveLength(3));
  expect(screen.getByText(/of CCSVI on this page/).textContent).toBe('3 mentions of CCSVI on this page');
  expect(mentionButtons()[2]!.textContent).toContain('in an embedded frame');
  expect(
    screen.getByRole('switch', { name: 'Highlight on forum.example.org' }).getAttribute('aria-checked'),
  ).toBe('true');
});

test('choosing a mention reveals it in its frame and closes the popup', async () => {
  render(<App params={popupParams('')} />);
  await waitFor(() => expect(mentionButtons()).toHaveLength(3));
  fireEvent.click(mentionButtons()[2]!);
  await waitFor(() => expect(close).toHaveBeenCalled());
  expect(revealed).toEqual([{ frameId: 3, id: 0 }]);
  expect(sendMessage).toHaveBeenCalledWith(
    tabId,
    { type: 'mentions:reveal', id: 0, byKeyboard: true },
    { frameId: 3 },
  );
});

test('with ?tab=ID the popup uses that tab and stays open after a choice', async () => {
  const other = (await fakeBrowser.tabs.create({ url: 'https://other.example/', active: false })).id!;
  render(<App params={popupParams(`?tab=${other}`)} />);
  await waitFor(() => expect(mentionButtons()).toHaveLength(3));
  expect(sendMessage.mock.calls.every(([t]) => t === other)).toBe(true);
  fireEvent.click(mentionButtons()[0]!);
  await waitFor(() => expect(revealed).toHaveLength(1));
  expect(close).not.toHaveBeenCalled();
});

test('a mention that vanished: says so, refreshes, stays open', async () => {
  render(<App params={popupParams('')} />);
  await waitFor(() => expect(mentionButtons()).toHaveLength(3));
  frames[0] = frame('https://forum.example.org/t/1', [summary(1, 'Liberation Procedure')]);
  fireEvent.click(mentionButtons()[0]!);
  await screen.findByRole('alert');
  expect(screen.getByRole('alert').textContent).toMatch(/no longer on the page/);
  await waitFor(() => expect(mentionButtons()).toHaveLength(2));
  expect(close).not.toHaveBeenCalled();
});

test('a new count from one of the tab’s frames refreshes the list', async () => {
  render(<App params={popupParams('')} />);
  await waitFor(() => expect(mentionButtons()).toHaveLength(3));
  frames[0] = frame('https://forum.example.org/t/1', [summary(0), summary(1), summary(2)]);
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'mentions:count', count: 3 },
    { tab: { id: tabId } as never },
    () => {},
  );
  await waitFor(() => expect(mentionButtons()).toHaveLength(4));
});

test('the site switch adds the host to "never" sites', async () => {
  render(<App params={popupParams('')} />);
  const toggle = await screen.findByRole('switch', { name: 'Highlight on forum.example.org' });
  fireEvent.click(toggle);
  await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
  expect((await loadSettings()).settings.neverSites).toEqual(['forum.example.org']);
  fireEvent.click(toggle);
  await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
  expect((await loadSettings()).settings.neverSites).toEqual([]);
});

test('Options opens the options page and closes the popup', async () => {
  const openOptionsPage = vi.fn(async () => {});
  (fakeBrowser.runtime as unknown as { openOptionsPage: unknown }).openOptionsPage = openOptionsPage;
  render(<App params={popupParams('')} />);
  fireEvent.click(screen.getByRole('button', { name: 'Options' }));
  await waitFor(() => expect(close).toHaveBeenCalled());
  expect(openOptionsPage).toHaveBeenCalled();
});

test('a browser page is reported without asking it anything', async () => {
  const internal = (await fakeBrowser.tabs.create({ url: 'chrome://settings/', active: false })).id!;
  render(<App params={popupParams(`?tab=${internal}`)} />);
  expect((await screen.findByText(/browser’s own pages/)).textContent).toMatch(/not allowed to read it/);
  expect(sendMessage.mock.calls.filter(([t]) => t === internal)).toHaveLength(0);
});

test('the full view asks no tab anything', async () => {
  render(<App params={popupParams('?view=full')} />);
  expect(screen.getByRole('tab', { name: 'Studies' }).getAttribute('aria-selected')).toBe('true');
  await new Promise((r) => setTimeout(r, 50));
  expect(sendMessage).not.toHaveBeenCalled();
});
