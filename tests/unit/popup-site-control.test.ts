// The popup's on/off switch for a site (entrypoints/popup/site-control.ts).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../../core/settings';
import { siteChange, siteStateOf } from '../../entrypoints/popup/site-control';
import { loadSettings, updateSettings } from '../../utils/settings-store';

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  neverSites: [],
  onlySites: [],
  languages: [...DEFAULT_SETTINGS.languages],
  ...over,
});

test('state: on, off for the site, off everywhere, not in the only-sites list', () => {
  expect(siteStateOf(settings(), 'example.com')).toEqual({ host: 'example.com', on: true, reason: 'on' });
  expect(siteStateOf(settings({ neverSites: ['*.example.com'] }), 'news.example.com')).toMatchObject({
    on: false,
    reason: 'site-off',
  });
  expect(siteStateOf(settings({ enabled: false }), 'example.com')).toMatchObject({
    on: false,
    reason: 'everywhere-off',
  });
  expect(siteStateOf(settings({ onlySites: ['other.org'] }), 'example.com')).toMatchObject({
    on: false,
    reason: 'not-listed',
  });
});

test('off adds the host to "never" sites once; on removes every rule that matches it', () => {
  const off = siteChange(settings({ neverSites: ['a.org'] }), 'example.com', false)!;
  expect(off.neverSites).toEqual(['a.org', 'example.com']);
  expect(siteChange(settings({ neverSites: ['example.com'] }), 'example.com', false)!.neverSites).toEqual([
    'example.com',
  ]);
  const on = siteChange(
    settings({ neverSites: ['a.org', 'example.com', '*.example.com'] }),
    'example.com',
    true,
  )!;
  expect(on.neverSites).toEqual(['a.org']);
  expect(isActiveOn(settings(on), 'example.com')).toBe(true);
});

test('no change for a host that is not a valid site rule, or when the list is full', () => {
  expect(siteChange(settings(), '[::1]', false)).toBeNull();
  const full = Array.from({ length: 200 }, (_, i) => `site${i}.example`);
  expect(siteChange(settings({ neverSites: full }), 'example.com', false)).toBeNull();
});

test('through storage (fakeBrowser): turning a site off and on again', async () => {
  fakeBrowser.reset();
  await updateSettings(siteChange((await loadSettings()).settings, 'forum.example.org', false)!);
  expect((await loadSettings()).settings.neverSites).toEqual(['forum.example.org']);
  expect(siteStateOf((await loadSettings()).settings, 'forum.example.org').on).toBe(false);
  await updateSettings(siteChange((await loadSettings()).settings, 'forum.example.org', true)!);
  expect((await loadSettings()).settings.neverSites).toEqual([]);
});
