import { browser } from 'wxt/browser';

/**
 * "Host access": the browser's permission for the extension to read every site, which automatic
 * highlighting needs. Privacy mode works without it (activeTab: one tab, after a click on the toolbar
 * button). Shared by the options page and the background (entrypoints/background/privacy-mode.ts).
 */
export const HOST_ACCESS = { origins: ['<all_urls>'] };

/** Whether the extension may read every site now. */
export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(HOST_ACCESS);
  } catch {
    return false;
  }
}

/**
 * Whether the extension can give host access back (and ask for it again). Firefox treats an MV3
 * extension's host permissions as optional; Chrome only optional_host_permissions, which the default
 * build does not use (see wxt.config.ts: CCSVI_HOST_ACCESS).
 */
export function hostAccessIsOptional(): boolean {
  try {
    const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[] };
    if (manifest.optional_host_permissions?.includes('<all_urls>')) return true;
    return isFirefox();
  } catch {
    return false;
  }
}

export function isFirefox(): boolean {
  try {
    return browser.runtime.getURL('/').startsWith('moz-extension:');
  } catch {
    return false;
  }
}

/**
 * Asks the browser for host access. Must be the first thing a click handler does: browsers only show
 * the prompt during the click (Firefox not even after an `await`). Resolves false when refused.
 */
export function requestHostAccess(): Promise<boolean> {
  try {
    return browser.permissions.request(HOST_ACCESS).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives host access back, where the browser allows it. Resolves whether it is gone. */
export async function releaseHostAccess(): Promise<boolean> {
  if (!hostAccessIsOptional()) return false;
  try {
    await browser.permissions.remove(HOST_ACCESS);
  } catch {
    // Chrome refuses to remove a permission the manifest requires.
  }
  return !(await hasHostAccess());
}

/** Calls `onChange` whenever host access is granted or taken away (in the browser's own settings too). */
export function watchHostAccess(onChange: () => void): () => void {
  const permissions = browser.permissions;
  if (!permissions?.onAdded || !permissions.onRemoved) return () => {};
  const listener = () => onChange();
  try {
    permissions.onAdded.addListener(listener);
    permissions.onRemoved.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    permissions.onAdded.removeListener(listener);
    permissions.onRemoved.removeListener(listener);
  };
}
