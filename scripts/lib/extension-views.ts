// Screenshots of the extension's own views on a page: the hover card and the toolbar popup.
// Used by the demo and by the store screenshots.
import type { ExtBrowser, ExtPage } from './browsers.ts';

/** Rests the pointer on the first highlighted mention until its hover card is open, then takes a screenshot. */
export async function screenshotCard(page: ExtPage, file: string): Promise<void> {
  const target = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    for (const [name, h] of CSS.highlights) if (name.startsWith('fact-context-mention')) for (const r of h) {
      const b = r.getClientRects()[0];
      if (b && b.top > 0 && b.bottom < innerHeight) return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
    }
    return null;
  })()`);
  if (!target) return;
  await page.mouseMove(2, 2);
  await page.mouseMove(target.x, target.y, { steps: 3 });
  const open = "!!document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.verdict')";
  for (let i = 0; i < 50 && !(await page.evaluate<boolean>(open)); i++)
    await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot(file);
  console.log(
    `Hover card: ${await page.evaluate<string>("document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.verdict')?.textContent || '(did not open)'")}`,
  );
  await page.mouseMove(2, 2);
}

/**
 * The toolbar popup for the article's tab, opened as a page with the test hook popup.html?tab=ID
 * (automation cannot click the toolbar button). The tab is found by asking each tab's content script.
 */
export async function screenshotPopup(
  browser: ExtBrowser,
  articleUrl: string,
  file: string,
  size = { width: 400, height: 580 },
): Promise<void> {
  const find = `(async () => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.url === ${JSON.stringify(articleUrl)}) return tab.id;
      const reply = await chrome.tabs.sendMessage(tab.id, { type: 'mentions:list' }, { frameId: 0 }).catch(() => null);
      if (reply && reply.url === ${JSON.stringify(articleUrl)}) return tab.id;
    }
    return null;
  })()`;
  const tabId = await browser.evaluateInBackground?.<number | null>(find);
  if (typeof tabId !== 'number') {
    console.error('Could not find the article tab for the popup screenshot.');
    return;
  }
  const popup = await browser.newExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport(size);
  for (let i = 0; i < 50; i++) {
    if (await popup.evaluate<boolean>("document.querySelectorAll('[data-mention]').length > 0")) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await popup.screenshot(file);
  const status = await popup.evaluate<string>(
    "(document.querySelector('.mentions-count') || document.querySelector('.status') || {}).textContent || ''",
  );
  await popup.close();
  console.log(`Popup for this tab: ${status}`);
}
