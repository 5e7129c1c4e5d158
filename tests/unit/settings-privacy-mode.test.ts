// Privacy mode in the background: the content script is registered only when privacy mode is off and
// host access is granted; in privacy mode it is unregistered and host access given back where allowed.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID, syncAutomaticScanning } from '../../entrypoints/background/privacy-mode';
import { scanTab } from '../../utils/on-demand-scan';
import { updateSettings } from '../../utils/settings-store';

let registered: Array<{ id: string }>;
let hostAccess: boolean;
let manifest: Record<string, unknown>;
let running: Set<number>;

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  hostAccess = true;
  manifest = { manifest_version: 3, name: 'x', version: '1', host_permissions: ['<all_urls>'] };
  running = new Set();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => manifest as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => hostAccess);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => {
    hostAccess = false;
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => registered as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(
    async (scripts: Array<{ id: string }>) => {
      registered.push(...scripts);
    },
  );
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered = [];
  });
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(
    async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 666) throw new Error('Cannot access a chrome:// URL');
      running.add(target.tabId);
      return [{ frameId: 0, result: undefined }] as never;
    },
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
    if (!running.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return true;
  });
});

test('privacy mode off with host access: the content script is registered in every frame, without a stylesheet', async () => {
  expect(await syncAutomaticScanning()).toEqual({ privacyMode: false, hostAccess: true, registered: true });
  expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
    expect.objectContaining({
      id: CONTENT_SCRIPT_ID,
      matches: ['<all_urls>'],
      js: ['content-scripts/content.js'],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
    }),
  ]);
  expect(registered[0]).not.toHaveProperty('css');
  // A second sync changes nothing.
  await syncAutomaticScanning();
  expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
});

test('a registration persisted by an earlier version with a stylesheet for every page is replaced', async () => {
  registered = [{ id: CONTENT_SCRIPT_ID, css: ['highlights.css'] } as { id: string }];
  await syncAutomaticScanning();
  expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [CONTENT_SCRIPT_ID] });
  expect(registered).toEqual([
    expect.objectContaining({ id: CONTENT_SCRIPT_ID, js: ['content-scripts/content.js'] }),
  ]);
  expect(registered[0]).not.toHaveProperty('css');
});

test('when it is newly registered, tabs already open get the script at once (not browser pages, not twice)', async () => {
  await fakeBrowser.tabs.create({ url: 'https://a.example/' });
  await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
  const b = await fakeBrowser.tabs.create({ url: 'http://b.example/' });
  running.add(b.id!);
  await syncAutomaticScanning();
  const injected = vi
    .mocked(fakeBrowser.scripting.executeScript)
    .mock.calls.map(([i]) => (i as { target: { tabId: number } }).target.tabId);
  expect(injected).toHaveLength(1);
});

test('privacy mode on: unregistered; host access given back where the browser allows (optional permission)', async () => {
  await syncAutomaticScanning();
  manifest = { ...manifest, host_permissions: undefined, optional_host_permissions: ['<all_urls>'] };
  await updateSettings({ privacyMode: true });
  expect(await syncAutomaticScanning()).toEqual({ privacyMode: true, hostAccess: false, registered: false });
  expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
  expect(registered).toEqual([]);
});

test('privacy mode on in a build where host access is required (Chrome default): unregistered, permission kept', async () => {
  await syncAutomaticScanning();
  await updateSettings({ privacyMode: true });
  expect(await syncAutomaticScanning()).toEqual({ privacyMode: true, hostAccess: true, registered: false });
  expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
});

test('privacy mode off without host access: nothing registered (on demand only)', async () => {
  hostAccess = false;
  expect(await syncAutomaticScanning()).toEqual({ privacyMode: false, hostAccess: false, registered: false });
  expect(fakeBrowser.scripting.registerContentScripts).not.toHaveBeenCalled();
});

test('a build that declares the content script in its manifest is left alone', async () => {
  manifest = {
    ...manifest,
    content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/content.js'] }],
  };
  await updateSettings({ privacyMode: true });
  await syncAutomaticScanning();
  expect(fakeBrowser.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  expect(fakeBrowser.scripting.registerContentScripts).not.toHaveBeenCalled();
});

test('browsers without matchOriginAsFallback get the registration without it', async () => {
  vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValueOnce(
    new Error("Unexpected property: 'matchOriginAsFallback'."),
  );
  await syncAutomaticScanning();
  expect(registered).toEqual([expect.not.objectContaining({ matchOriginAsFallback: true })]);
});

describe('scanTab (the toolbar button in privacy mode)', () => {
  test('injects the content script, and no stylesheet yet, into every frame of the tab', async () => {
    expect(await scanTab(5)).toEqual({ ok: true, frames: 1, alreadyRunning: false });
    expect(fakeBrowser.scripting.insertCSS).not.toHaveBeenCalled();
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 5, allFrames: true },
      files: ['/content-scripts/content.js'],
    });
  });

  test('does nothing where the script already runs', async () => {
    running.add(5);
    expect(await scanTab(5)).toEqual({ ok: true, frames: 1, alreadyRunning: true });
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('says so when the browser does not let extensions read the page', async () => {
    expect(await scanTab(666)).toMatchObject({ ok: false, reason: 'restricted' });
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValueOnce(
      new Error('Missing host permission for the tab'),
    );
    expect(await scanTab(7)).toMatchObject({ ok: false, reason: 'no-access' });
  });
});
