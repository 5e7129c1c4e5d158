import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { ensureBrowser } from './scripts/lib/ensure-browser.ts';

// Vitest 5 reports failures with Map.groupBy, which Node 20 lacks (Node 21+ has it).
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          globals: true,
          include: [
            'tests/unit/**/*.test.{ts,tsx}',
            'tests/data/**/*.test.{ts,tsx}',
            'tests/components/**/*.test.{ts,tsx}',
          ],
          restoreMocks: true,
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        // DOM behaviour where happy-dom differs from browsers (layout, visibility, TreeWalker): the
        // system Chromium through Playwright.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          restoreMocks: true,
          setupFiles: ['tests/setup/browser-i18n.ts'],
          // The property tests' knobs (SEED, RUNS, CHURN_MAX) reach the page as process.env.
          env: Object.fromEntries(
            ['SEED', 'RUNS', 'CHURN_MAX'].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])),
          ),
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: ensureBrowser('chromium', 'the DOM tests in a real browser'),
                args: [
                  '--no-sandbox',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
