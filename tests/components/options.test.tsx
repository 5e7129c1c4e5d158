// The options page against the fake browser: every control is labelled, changes reach storage at
// once, bad input is explained and not saved, imports and resets keep what they should.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/options/options-page';
import { DEFAULT_SETTINGS, LANGUAGES, type Settings } from '../../core/settings';
import { settingsFile } from '../../core/settings-file';
import { SETTINGS_VERSION } from '../../core/settings-migrations';
import { loadSettings, updateSettings } from '../../utils/settings-store';

const stored = async () => (await loadSettings()).settings;
let hostAccess: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  hostAccess = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => hostAccess);
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
  });
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: '_execute_action', description: '', shortcut: '' },
    { name: 'next-mention', description: 'Go to the next CCSVI mention', shortcut: 'Alt+Shift+Period' },
  ] as never);
});

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

async function renderPage() {
  const view = render(<OptionsPage />);
  await screen.findByRole('heading', { name: 'Highlighting' });
  return view;
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const checkbox = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

test('every setting has a labelled control showing the stored value', async () => {
  await updateSettings({
    highlightStyle: 'background',
    openCardOn: 'click',
    theme: 'dark',
    languages: ['en', 'it'],
  });
  await renderPage();
  expect(checkbox(/Highlight mentions of CCSVI/).checked).toBe(true);
  expect(radio('Coloured background').checked).toBe(true);
  expect(radio('Dotted underline').checked).toBe(false);
  expect(radio('No highlight')).toBeTruthy();
  expect(radio('Every mention').checked).toBe(true);
  expect(radio('The first mention in each paragraph')).toBeTruthy();
  expect(radio('Only the first mention on the page')).toBeTruthy();
  expect((screen.getByLabelText('Most highlights on one page') as HTMLInputElement).value).toBe('500');
  expect(screen.getAllByLabelText('Add a site')).toHaveLength(2);
  expect(radio('When I click a highlight').checked).toBe(true);
  const delay = screen.getByLabelText('Wait before the card opens') as HTMLInputElement;
  expect(delay.value).toBe('300');
  expect(delay.disabled).toBe(true);
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const code of LANGUAGES)
    expect(checkbox(english.of(code)!).checked).toBe(code === 'en' || code === 'it');
  expect(radio('Dark').checked).toBe(true);
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  expect(radio('On every page I visit').checked).toBe(true);
  expect(radio('Privacy mode: only when I click the toolbar button').checked).toBe(false);
  // Every form control has a name a screen reader can say.
  for (const control of document.querySelectorAll('input:not([type=file]), button')) {
    const labelled =
      control.getAttribute('aria-label') ||
      (control.id && document.querySelector(`label[for="${control.id}"]`)) ||
      (control.tagName === 'BUTTON' && control.textContent?.trim());
    expect(labelled, control.outerHTML).toBeTruthy();
  }
});

test('the keyboard shortcuts are listed, with the way to change them', async () => {
  await renderPage();
  const table = await screen.findByRole('table');
  expect(within(table).getByText('Open the toolbar popup')).toBeTruthy();
  expect(within(table).getByText('Not set')).toBeTruthy();
  expect(within(table).getByText('Alt + Shift + .')).toBeTruthy();
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  fireEvent.click(screen.getByRole('link', { name: /chrome:\/\/extensions\/shortcuts/ }));
  expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
});

test('changing a setting saves it at once and says so', async () => {
  await renderPage();
  fireEvent.click(radio('Coloured background'));
  await waitFor(async () => expect((await stored()).highlightStyle).toBe('background'));
  expect(await screen.findByText('Saved')).toBeTruthy();
  fireEvent.click(checkbox(/Highlight mentions of CCSVI/));
  fireEvent.click(radio('Only the first mention on the page'));
  fireEvent.click(radio('When I click a highlight'));
  fireEvent.click(checkbox('Japanese'));
  await waitFor(async () =>
    expect(await stored()).toMatchObject({
      enabled: false,
      highlightScope: 'first-on-page',
      openCardOn: 'click',
      languages: DEFAULT_SETTINGS.languages.filter((c) => c !== 'ja'),
    }),
  );
});

test('the hover delay and the cap are saved while valid, explained while not', async () => {
  await renderPage();
  fireEvent.input(screen.getByLabelText('Wait before the card opens'), { target: { value: '1250' } });
  expect(screen.getByText('1250 ms (1.25 seconds)')).toBeTruthy();
  await waitFor(async () => expect((await stored()).hoverDelayMs).toBe(1250));

  const cap = screen.getByLabelText('Most highlights on one page');
  fireEvent.input(cap, { target: { value: '0' } });
  expect(screen.getByText(/Type a whole number from 1 to 5,000/)).toBeTruthy();
  expect(cap.getAttribute('aria-invalid')).toBe('true');
  fireEvent.input(cap, { target: { value: '80' } });
  await waitFor(async () => expect((await stored()).maxHighlights).toBe(80));
  expect(screen.queryByText(/Type a whole number/)).toBeNull();
});

test('a bad site pattern is explained and not saved; a good one is added in its normal form and can be removed', async () => {
  await renderPage();
  const [never] = screen.getAllByLabelText('Add a site') as HTMLInputElement[];
  fireEvent.input(never!, { target: { value: 'my site.com' } });
  expect(screen.getByText('A site name has no spaces.')).toBeTruthy();
  fireEvent.submit(never!.form!);
  expect(never!.getAttribute('aria-invalid')).toBe('true');
  expect((await stored()).neverSites).toEqual([]);

  fireEvent.input(never!, { target: { value: 'https://News.Example.com/story' } });
  expect(screen.getByText('Matches news.example.com only.')).toBeTruthy();
  fireEvent.submit(never!.form!);
  await waitFor(async () => expect((await stored()).neverSites).toEqual(['news.example.com']));
  await waitFor(() => expect(never!.value).toBe(''));

  fireEvent.input(never!, { target: { value: 'news.example.com' } });
  fireEvent.submit(never!.form!);
  expect(await screen.findByText('news.example.com is already in this list.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Remove news.example.com' }));
  await waitFor(async () => expect((await stored()).neverSites).toEqual([]));
});

test('malformed stored settings: a visible notice, the other settings kept, no crash', async () => {
  await fakeBrowser.storage.sync.set({
    settings: { theme: 'dark', highlightStyle: 'glitter', hoverDelayMs: 'slow' },
    settings$: { v: SETTINGS_VERSION },
  });
  await renderPage();
  const notices = screen.getByRole('region', { name: 'Some saved settings could not be used' });
  expect(within(notices).getByText(/Highlight style/)).toBeTruthy();
  expect(within(notices).getByText(/Hover delay/)).toBeTruthy();
  expect(radio('Dark').checked).toBe(true);
  expect(radio('Dotted underline').checked).toBe(true);
  fireEvent.click(within(notices).getByRole('button', { name: 'OK' }));
  expect(screen.queryByRole('region', { name: 'Some saved settings could not be used' })).toBeNull();
});

function importFile(text: string, name = 'settings.json') {
  const input = document.getElementById('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  fireEvent.change(input);
}

test('import: good fields applied, bad fields noted and left as they were, missing fields kept', async () => {
  await updateSettings({ hoverDelayMs: 900, highlightStyle: 'background' });
  await renderPage();
  importFile(
    JSON.stringify({
      format: 'ccsvi-context-settings',
      version: SETTINGS_VERSION,
      settings: { theme: 'light', highlightStyle: 42, onlySites: ['ok.org', 'not ok'] },
    }),
  );
  const notices = await screen.findByRole('region', { name: 'Notes about the imported file' });
  expect(within(notices).getByText(/Highlight style/)).toBeTruthy();
  expect(within(notices).getByText(/left out \("not ok"\)/)).toBeTruthy();
  await waitFor(async () =>
    expect(await stored()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      onlySites: ['ok.org'],
      hoverDelayMs: 900,
      highlightStyle: 'background',
    }),
  );
  expect(screen.getByText(/Imported the settings from settings.json/)).toBeTruthy();
});

test('import: a file that is not a settings file changes nothing', async () => {
  await updateSettings({ theme: 'dark' });
  await renderPage();
  importFile('<html>not json</html>', 'page.html');
  expect(await screen.findByText(/not valid JSON/)).toBeTruthy();
  expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
});

test('import never turns privacy mode off', async () => {
  await updateSettings({ privacyMode: true });
  await renderPage();
  importFile(settingsFile({ ...DEFAULT_SETTINGS, privacyMode: false, theme: 'dark' }));
  expect(await screen.findByText(/turns privacy mode off. That was not changed/)).toBeTruthy();
  await waitFor(async () => expect(await stored()).toMatchObject({ theme: 'dark', privacyMode: true }));
});

test('export downloads the settings as a JSON file', async () => {
  await updateSettings({ theme: 'dark', neverSites: ['a.com'] });
  await renderPage();
  let blob: Blob | undefined;
  const createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:settings';
  });
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  let download: { href: string; download: string } | undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    download = { href: this.href, download: this.download };
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save settings to a file' }));
  expect(download).toEqual({ href: 'blob:settings', download: 'ccsvi-context-settings.json' });
  const file = JSON.parse(await blob!.text()) as { format: string; settings: Settings };
  expect(file.format).toBe('ccsvi-context-settings');
  expect(file.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', neverSites: ['a.com'] });
});

test('reset asks first, then puts every setting back to its default except privacy mode', async () => {
  await updateSettings({ theme: 'dark', neverSites: ['a.com'], maxHighlights: 7, privacyMode: true });
  await renderPage();
  fireEvent.click(screen.getByRole('button', { name: 'Reset all settings…' }));
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect((await stored()).theme).toBe('dark');
  fireEvent.click(screen.getByRole('button', { name: 'Reset all settings…' }));
  fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
  await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, privacyMode: true }));
  expect(radio('Same as my system (light or dark)').checked).toBe(true);
  expect(screen.getByText('No sites yet.')).toBeTruthy();
});

test('a change made elsewhere (the popup) shows up', async () => {
  await renderPage();
  await updateSettings({ neverSites: ['elsewhere.net'], theme: 'light' });
  expect(await screen.findByText('elsewhere.net')).toBeTruthy();
  await waitFor(() => expect(radio('Light').checked).toBe(true));
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
});

test('no language chosen: a warning', async () => {
  await updateSettings({ languages: ['en'] });
  await renderPage();
  fireEvent.click(checkbox('English'));
  expect(await screen.findByText(/No language is chosen/)).toBeTruthy();
  await waitFor(async () => expect((await stored()).languages).toEqual([]));
});

test('quick clicks, each while the one before is still being saved, all count', async () => {
  await renderPage();
  // Storage that takes a while to write, as a real browser's can.
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return set(items);
  });
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  // One click after another, each a moment after the last, while the saves are still in flight.
  for (const code of DEFAULT_SETTINGS.languages) {
    fireEvent.click(checkbox(english.of(code)!));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await waitFor(async () => expect((await stored()).languages).toEqual([]));
  for (const code of DEFAULT_SETTINGS.languages) expect(checkbox(english.of(code)!).checked).toBe(false);
});

describe('privacy mode', () => {
  const privacyRadio = () => radio('Privacy mode: only when I click the toolbar button');
  const automaticRadio = () => radio('On every page I visit');

  test('turning it on is saved at once; the page says what the extension can read', async () => {
    await renderPage();
    expect(await screen.findByText(/lets the extension read all sites/)).toBeTruthy();
    fireEvent.click(privacyRadio());
    await waitFor(async () => expect((await stored()).privacyMode).toBe(true));
    // Chrome's default build cannot give the permission back: the page says so and offers the way.
    expect(await screen.findByText(/Chrome still lists the permission/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Open this extension’s details/ })).toBeTruthy();
  });

  test('turning it off without host access asks the browser first; granted → saved', async () => {
    hostAccess = false;
    await updateSettings({ privacyMode: true });
    await renderPage();
    expect(await screen.findByText(/holds no permission to read sites/)).toBeTruthy();
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation(async () => (hostAccess = true));
    fireEvent.click(automaticRadio());
    expect(request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    await waitFor(async () => expect((await stored()).privacyMode).toBe(false));
  });

  test('turning it off, permission refused → privacy mode stays on, with a message', async () => {
    hostAccess = false;
    await updateSettings({ privacyMode: true });
    await renderPage();
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    fireEvent.click(automaticRadio());
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText(/did not give permission/)).toBeTruthy();
    expect((await stored()).privacyMode).toBe(true);
    await waitFor(() => expect(privacyRadio().checked).toBe(true));
  });

  test('automatic mode without host access (first run of the optional build) offers to allow it', async () => {
    hostAccess = false;
    await renderPage();
    expect(await screen.findByText(/has not given the extension permission/)).toBeTruthy();
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation(async () => (hostAccess = true));
    fireEvent.click(screen.getByRole('button', { name: 'Allow reading all sites' }));
    expect(request).toHaveBeenCalled();
    expect(await screen.findByText(/lets the extension read all sites/)).toBeTruthy();
  });
});

test('the footer tells the extension version apart from the evidence set', () => {
  const view = render(<OptionsPage extensionVersion="9.8.7" />);
  const footer = view.container.querySelector('footer.about')!;
  expect(footer.textContent).toContain('extension version 9.8.7');
  expect(footer.textContent).toMatch(/Evidence set \d+\.\d+\.\d+, last reviewed/);
});
