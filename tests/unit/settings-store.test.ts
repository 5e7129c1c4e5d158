// The `sync:settings` storage item against the fake browser: versioning, migration on read, checks on
// write, and no lost update when changes come quickly.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_SIZE_LIMIT } from '../../core/settings';
import { SETTINGS_VERSION } from '../../core/settings-migrations';

type Store = typeof import('../../utils/settings-store');

/** A fresh copy of the store module, so its item runs its migrations against what is stored now. */
async function freshStore(): Promise<Store> {
  vi.resetModules();
  return import('../../utils/settings-store');
}

beforeEach(() => {
  fakeBrowser.reset();
});

test('nothing stored: defaults, no notice', async () => {
  const store = await freshStore();
  expect(await store.loadSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS }, notices: [] });
});

test('a version 1 value stored with version 1 is migrated when read, and stored back as version 2', async () => {
  await fakeBrowser.storage.sync.set({
    settings: { enabled: false, style: 'off', blockedSites: ['*.example.com', 'bad site'], hoverDelay: 0.75 },
    settings$: { v: 1 },
  });
  const store = await freshStore();
  const { settings, notices } = await store.loadSettings();
  expect(settings).toEqual({
    ...DEFAULT_SETTINGS,
    enabled: false,
    highlightStyle: 'none',
    neverSites: ['*.example.com'],
    hoverDelayMs: 750,
  });
  expect(notices.map((n) => n.field)).toEqual(['neverSites']);
  const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
  expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
  expect(raw.settings).toMatchObject({ highlightStyle: 'none', hoverDelayMs: 750 });
});

test('a value stored before versions existed (no meta) counts as version 1', async () => {
  await fakeBrowser.storage.sync.set({ settings: { style: 'background' } });
  const store = await freshStore();
  expect((await store.loadSettings()).settings.highlightStyle).toBe('background');
});

test('garbage stored as version 1 ends as valid settings', async () => {
  await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 1 } });
  const store = await freshStore();
  expect((await store.loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS });
});

test('malformed stored fields fall back with notices; the others are kept', async () => {
  await fakeBrowser.storage.sync.set({
    settings: { theme: 'dark', maxHighlights: -4, openCardOn: 'wink' },
    settings$: { v: SETTINGS_VERSION },
  });
  const store = await freshStore();
  const { settings, notices } = await store.loadSettings();
  expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', maxHighlights: 1 });
  expect(notices.map((n) => n.field).sort()).toEqual(['maxHighlights', 'openCardOn']);
});

test('a stored version newer than this one is still read field by field', async () => {
  await fakeBrowser.storage.sync.set({
    settings: { theme: 'light', futureThing: 1 },
    settings$: { v: SETTINGS_VERSION + 1 },
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const store = await freshStore();
  const { settings } = await store.loadSettings();
  expect(settings.theme).toBe('light');
});

test('updateSettings saves the change with the version; quick changes are all kept', async () => {
  const store = await freshStore();
  await Promise.all([
    store.updateSettings({ theme: 'dark' }),
    store.updateSettings({ hoverDelayMs: 800 }),
    store.updateSettings({ neverSites: ['a.com'] }),
    store.updateSettings({ enabled: false }),
  ]);
  expect((await store.loadSettings()).settings).toEqual({
    ...DEFAULT_SETTINGS,
    theme: 'dark',
    hoverDelayMs: 800,
    neverSites: ['a.com'],
    enabled: false,
  });
  expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
});

test('updateSettings refuses a value that is not allowed, and saves nothing', async () => {
  const store = await freshStore();
  await store.updateSettings({ theme: 'dark' });
  await expect(store.updateSettings({ neverSites: ['not a site'] })).rejects.toBeInstanceOf(
    store.InvalidSettingError,
  );
  await expect(store.updateSettings({ hoverDelayMs: 10_000 })).rejects.toThrow(/Hover delay/);
  expect((await store.loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  // The queue goes on after a refusal.
  await store.updateSettings({ theme: 'light' });
  expect((await store.loadSettings()).settings.theme).toBe('light');
});

test('settings too large to read back are never saved', async () => {
  const store = await freshStore();
  const many = Array.from({ length: 190 }, (_, i) => `a-rather-long-site-name-${i}.example.com`);
  expect(JSON.stringify(many).length).toBeGreaterThan(SETTINGS_SIZE_LIMIT);
  await expect(store.updateSettings({ neverSites: many })).rejects.toBeInstanceOf(
    store.SettingsTooLargeError,
  );
  await expect(store.saveSettings({ ...DEFAULT_SETTINGS, neverSites: many })).rejects.toBeInstanceOf(
    store.SettingsTooLargeError,
  );
  expect((await store.loadSettings()).settings.neverSites).toEqual([]);
});

test('updateSettings stores site patterns in their normal form', async () => {
  const store = await freshStore();
  await store.updateSettings({ onlySites: ['Example.COM'] });
  expect((await store.loadSettings()).settings.onlySites).toEqual(['example.com']);
});

test('watchSettings reports checked settings on every change', async () => {
  const store = await freshStore();
  const seen: unknown[] = [];
  const stop = store.watchSettings((checked) => seen.push(checked));
  await store.updateSettings({ theme: 'dark' });
  await fakeBrowser.storage.sync.set({ settings: { theme: 'nope' } });
  stop();
  await store.updateSettings({ theme: 'light' });
  expect(seen).toEqual([
    { settings: { ...DEFAULT_SETTINGS, theme: 'dark' }, notices: [] },
    { settings: { ...DEFAULT_SETTINGS }, notices: [expect.objectContaining({ field: 'theme' })] },
  ]);
});
