import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HIGHLIGHT_CSS } from './core/highlight-css';

// The extension reads pages and never talks to a server: no host is ever fetched.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'CCSVI Evidence Context',
    description:
      'Highlights mentions of CCSVI and the "Liberation Procedure" and shows what the strongest evidence found.',
    permissions: ['storage'],
    minimum_chrome_version: '105',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ccsvi-context@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The highlight colours reach the page as a manifest stylesheet, so no element is ever added to it.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ relativeDest: 'highlights.css', contents: HIGHLIGHT_CSS });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), 'highlights.css'];
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
