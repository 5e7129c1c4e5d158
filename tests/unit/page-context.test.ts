// The page-context script's reading (entrypoints/page-context/read-context.ts), the background that runs
// it only in frames with a mention (entrypoints/background/page-context.ts), and the popup's merge.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_CONTEXT_FILE, startPageContext } from '../../entrypoints/background/page-context';
import { readPageContext } from '../../entrypoints/page-context/read-context';
import { mergeContexts } from '../../entrypoints/popup/page-context';
import { listen, type PageContextReport, type ToExtension } from '../../utils/messages';

const SEED = readFileSync(path.resolve(__dirname, '../e2e/fixtures/seed-article.html'), 'utf8');
const DATED = readFileSync(path.resolve(__dirname, '../e2e/fixtures/dated-2011.html'), 'utf8');
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('reading a page', () => {
  test('the seed article: no date, two studies cited, two references not verified', async () => {
    let yields = 0;
    const report = await readPageContext(
      doc(SEED),
      'http://127.0.0.1/seed-article.html',
      async () => void yields++,
    );
    expect(report.date).toBeNull();
    expect(report.cited.map((c) => c.studyId)).toEqual(['zamboni-jnnp-2009', 'zivadinov-2011']);
    expect(report.unverified).toHaveLength(2);
    expect(report.factCheck).toBeNull();
    expect(yields).toBeGreaterThan(0);
  });

  test('a page dated 2011 by JSON-LD: the date line', async () => {
    const report = await readPageContext(doc(DATED), 'http://127.0.0.1/dated-2011.html', async () => {});
    expect(report.date).toEqual({ date: '2011-03-14', source: 'json-ld', updated: false });
    expect(report.cited).toEqual([{ studyId: 'zamboni-jnnp-2009', by: 'doi' }]);
    expect(report.unverified).toEqual([]);
  });

  test('a fact-check page says by whom', async () => {
    const html = `<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"CCSVI causes MS","author":{"name":"Science Feedback"},"reviewRating":{"alternateName":"False"}}</script><p>CCSVI</p>`;
    const report = await readPageContext(doc(html), 'https://example.org/check', async () => {});
    expect(report.factCheck).toEqual({ by: 'Science Feedback', claim: 'CCSVI causes MS', rating: 'False' });
  });

  test('a long page is read in slices that give the page back', async () => {
    const many = Array.from(
      { length: 400 },
      (_, i) => `<li>Author ${i}. CCSVI note ${i}. PMID: ${10_000_000 + i}</li>`,
    ).join('');
    let yields = 0;
    let clock = 0;
    // Each step costs 1 ms on this clock, so an 8 ms slice ends after a handful of steps.
    const original = performance.now;
    performance.now = () => (clock += 1);
    try {
      const report = await readPageContext(
        doc(`<h2>References</h2><ol>${many}</ol>`),
        'https://example.org/',
        async () => void yields++,
      );
      expect(report.unverified.length).toBeGreaterThan(100);
    } finally {
      performance.now = original;
    }
    expect(yields).toBeGreaterThan(5);
  });
});

describe('the background runs the reading only where a mention was found', () => {
  beforeEach(() => fakeBrowser.reset());

  test('once per frame and document, on the first report of a mention', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    listen<ToExtension>(startPageContext());
    const sender = (frameId: number, url = 'https://a.example/') => ({
      tab: { id: 7 } as never,
      frameId,
      url,
    });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:count', count: 0 }, sender(0), () => {});
    expect(executeScript).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:count', count: 3 }, sender(0), () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions:count', count: 5 }, sender(0), () => {});
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mentions:count', count: 1 },
      sender(4, 'https://b.example/'),
      () => {},
    );
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7, frameIds: [0] }, files: [PAGE_CONTEXT_FILE] }],
      [{ target: { tabId: 7, frameIds: [4] }, files: [PAGE_CONTEXT_FILE] }],
    ]);
  });
});

describe('the popup merges frames', () => {
  const report = (extra: Partial<PageContextReport>): PageContextReport => ({
    url: 'https://a.example/',
    date: null,
    cited: [],
    unverified: [],
    factCheck: null,
    ...extra,
  });

  test('top frame first; studies and texts once; frames still reading count as nothing', () => {
    const merged = mergeContexts(
      [
        {
          frameId: 3,
          reply: report({
            date: { date: '2010', source: 'json-ld', updated: false },
            cited: [
              { studyId: 'cosmo-2013', by: 'doi' },
              { studyId: 'premise-2014', by: 'pmid' },
            ],
            unverified: ['x'],
          }),
        },
        {
          frameId: 0,
          reply: report({
            date: { date: '2011', source: 'json-ld', updated: false },
            cited: [{ studyId: 'premise-2014', by: 'title' }],
            unverified: ['x'],
          }),
        },
        { frameId: 5, reply: null },
      ],
      (date) => `line for ${date?.date}`,
    );
    expect(merged).toEqual({
      dateLine: 'line for 2011',
      cited: [
        { studyId: 'premise-2014', by: 'title' },
        { studyId: 'cosmo-2013', by: 'doi' },
      ],
      unverified: ['x'],
      factCheck: null,
    });
    expect(
      mergeContexts(
        [
          { frameId: 0, reply: null },
          { frameId: 1, reply: undefined },
        ],
        () => 'a line',
      ),
    ).toBeNull();
  });
});
