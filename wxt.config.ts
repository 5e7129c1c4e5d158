import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HIGHLIGHT_CSS, ROOT_HIGHLIGHT_CSS } from './core/highlight-css';

// The extension reads pages and never talks to a server: no host is ever fetched.
//
// Host access (reading every site; see entrypoints/background/privacy-mode.ts). In Chrome it is a
// required permission by default, so `npm run demo` and the e2e tests highlight without a permission
// prompt that automation cannot answer; privacy mode then stops all automatic reading but Chrome keeps
// the permission. `CCSVI_HOST_ACCESS=optional npm run build` makes it optional (optional_host_permissions):
// asked for when the reader turns privacy mode off, given back when they turn it on. Firefox always lets
// the reader grant or remove host permissions, so its build needs no flag.
const OPTIONAL_HOST_ACCESS = process.env.CCSVI_HOST_ACCESS === 'optional';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    // Words in public/_locales/<lang>/messages.json, in the browser's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'scripting', 'activeTab'],
    ...(browser !== 'firefox' && OPTIONAL_HOST_ACCESS
      ? { optional_host_permissions: ['<all_urls>'] }
      : { host_permissions: ['<all_urls>'] }),
    minimum_chrome_version: '105',
    // The toolbar button's own icon (assets/icon.svg, rendered by `npm run icons`); `icons` is found by WXT.
    action: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ccsvi-context@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The highlight colours reach a frame as an injected stylesheet once it has a mention (highlight-styles.ts).
    'build:publicAssets': (wxt, assets) => {
      const css = wxt.config.browser === 'firefox' ? HIGHLIGHT_CSS : ROOT_HIGHLIGHT_CSS;
      assets.push({ relativeDest: 'highlights.css', contents: css });
      // Chrome knows Portuguese only as pt_BR and pt_PT: the one Portuguese text serves both.
      const portuguese = 'public/_locales/pt_BR/messages.json';
      if (existsSync(portuguese))
        assets.push({
          relativeDest: '_locales/pt_PT/messages.json',
          contents: readFileSync(portuguese, 'utf8'),
        });
    },
    // The script that runs on every page talks to the browser natively (WXT's own `browser`, which
    // is `chrome` in Chromium): what it calls (messages, storage, i18n) answers with promises in
    // both browsers under Manifest V3, and the polyfill would be an eighth of what every page parses. Every other entry point keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'content')) return;
      const nativeBrowser = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      config.resolve = { ...config.resolve, alias: [nativeBrowser, ...rest] };
    },
    // The content script is registered at run time (privacy-mode.ts), never declared:
    // a declared <all_urls> script would make host access a permission Chrome never lets go.
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = (manifest.content_scripts ?? []).filter(
        (s) => !s.js?.includes('content-scripts/content.js'),
      );
      if (scripts.length > 0) manifest.content_scripts = scripts;
      else delete manifest.content_scripts;
    },
  },
  // Store reviewers get the source, not the caches, screenshots and benchmark downloads.
  zip: { excludeSources: ['.cache/**', 'artifacts/**', 'tests/e2e/fixtures/**', 'store/screenshots/**'] },
  vite: () => ({ plugins: [preact()] }),
});
