// "Not about CCSVI?" records (core/hidden-mentions.ts): what is kept, how texts and pages match, and
// that whatever is stored, reading it never throws and gives only valid records.
import fc from 'fast-check';
import {
  checkHideRequest,
  hiddenMentionsFile,
  hiddenMentionsFrom,
  hiddenOnPage,
  hiddenSummary,
  hiddenTextKey,
  MAX_HIDDEN_MENTIONS,
  MAX_HIDDEN_TEXT,
  MAX_HIDDEN_URL,
  pageKey,
  today,
  withHidden,
  type HiddenMention,
} from '../../core/hidden-mentions';

const PAGE = 'https://forum.example.org/thread/42?page=2';
const DAY = '2026-12-03';

test('a page is its address without the part after #', () => {
  expect(pageKey(`${PAGE}#reply-7`)).toBe(PAGE);
  expect(pageKey(PAGE)).toBe(PAGE);
});

test('texts match whatever their case and white space', () => {
  expect(hiddenTextKey('  Liberation\n  Procedure ')).toBe('liberation procedure');
  expect(hiddenTextKey('CCSVI')).toBe(hiddenTextKey('ccsvi'));
});

test('hiding a text on a page hides every mention with that text there, and only there', () => {
  const stored = withHidden([], { url: `${PAGE}#top`, text: 'CCSVI', hide: true }, DAY);
  expect(stored).toEqual([{ url: PAGE, text: 'CCSVI', at: DAY }]);
  const here = hiddenOnPage(stored, `${PAGE}#elsewhere`);
  expect(here('CCSVI')).toBe(true);
  expect(here('ccsvi')).toBe(true);
  expect(here('Liberation Procedure')).toBe(false);
  expect(hiddenOnPage(stored, 'https://forum.example.org/thread/43')('CCSVI')).toBe(false);
});

test('showing it again removes the record; hiding twice keeps one', () => {
  let stored = withHidden([], { url: PAGE, text: 'CCSVI', hide: true }, DAY);
  stored = withHidden(stored, { url: PAGE, text: 'ccsvi', hide: true }, '2026-12-04');
  expect(stored).toHaveLength(1);
  expect(stored[0]!.at).toBe('2026-12-04');
  stored = withHidden(stored, { url: PAGE, text: 'CCSVI ', hide: false }, DAY);
  expect(stored).toEqual([]);
});

test('the oldest records go first past the limit', () => {
  let stored: HiddenMention[] = [];
  for (let i = 0; i <= MAX_HIDDEN_MENTIONS; i++)
    stored = withHidden(stored, { url: `https://example.org/${i}`, text: 'CCSVI', hide: true }, DAY);
  expect(stored).toHaveLength(MAX_HIDDEN_MENTIONS);
  expect(stored[0]!.url).toBe('https://example.org/1');
  expect(stored.at(-1)!.url).toBe(`https://example.org/${MAX_HIDDEN_MENTIONS}`);
});

test('a request from a card is checked', () => {
  expect(checkHideRequest({ url: `${PAGE}#x`, text: ' Liberation\nProcedure ', hide: true })).toEqual({
    url: PAGE,
    text: 'Liberation Procedure',
    hide: true,
  });
  expect(checkHideRequest({ url: PAGE, text: '   ', hide: true })).toBeNull();
  expect(checkHideRequest({ url: PAGE, text: 'x'.repeat(MAX_HIDDEN_TEXT + 1), hide: true })).toBeNull();
  expect(checkHideRequest({ url: 'x'.repeat(MAX_HIDDEN_URL + 1), text: 'CCSVI', hide: true })).toBeNull();
  expect(checkHideRequest({ url: PAGE, text: 'CCSVI', hide: 'yes' })).toBeNull();
  expect(checkHideRequest({ url: 42, text: 'CCSVI', hide: true })).toBeNull();
});

test('how many, on how many pages, and the file: the records and nothing else', () => {
  let stored: HiddenMention[] = [];
  stored = withHidden(stored, { url: PAGE, text: 'CCSVI', hide: true }, DAY);
  stored = withHidden(stored, { url: PAGE, text: 'Liberation Procedure', hide: true }, DAY);
  stored = withHidden(stored, { url: 'https://example.org/', text: 'CCSVI', hide: true }, DAY);
  expect(hiddenSummary(stored)).toEqual({ mentions: 3, pages: 2 });
  const file = JSON.parse(hiddenMentionsFile(stored, DAY));
  expect(file).toEqual({
    format: 'ccsvi-context-hidden-mentions',
    version: 1,
    saved: DAY,
    hidden: [
      { page: PAGE, text: 'CCSVI', hiddenOn: DAY },
      { page: PAGE, text: 'Liberation Procedure', hiddenOn: DAY },
      { page: 'https://example.org/', text: 'CCSVI', hiddenOn: DAY },
    ],
  });
  expect(today(new Date('2026-03-04T23:59:00Z'))).toBe('2026-03-04');
});

// ---- whatever is stored -------------------------------------------------------------------------

const RUNS = { numRuns: 300 };
const recordArb = fc.record({
  url: fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string({ maxLength: 30 })),
  text: fc.oneof(
    fc.constantFrom('CCSVI', 'ccsvi', ' Liberation  Procedure', ''),
    fc.string({ maxLength: 40 }),
  ),
  at: fc.oneof(fc.constant(DAY), fc.string({ maxLength: 12 })),
});
const storedArb = fc.oneof(
  fc.anything(),
  fc.array(fc.oneof(recordArb, fc.anything(), fc.record({ url: fc.anything(), text: fc.anything() }))),
  fc.array(recordArb, { minLength: 0, maxLength: 50 }),
);

function valid(r: HiddenMention): boolean {
  return (
    Object.keys(r).sort().join() === 'at,text,url' &&
    typeof r.url === 'string' &&
    r.url !== '' &&
    r.url.length <= MAX_HIDDEN_URL &&
    !r.url.includes('#') &&
    typeof r.text === 'string' &&
    hiddenTextKey(r.text) !== '' &&
    r.text.length <= MAX_HIDDEN_TEXT &&
    /^\d{4}-\d{2}-\d{2}$/.test(r.at)
  );
}

test('reading any stored value never throws and gives only valid records, one per page and text', () => {
  fc.assert(
    fc.property(storedArb, (stored) => {
      const records = hiddenMentionsFrom(stored);
      expect(records.every(valid)).toBe(true);
      const keys = records.map((r) => `${r.url}\n${hiddenTextKey(r.text)}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(records.length).toBeLessThanOrEqual(MAX_HIDDEN_MENTIONS);
    }),
    RUNS,
  );
});

test("the content script's reading never throws, and hides every text the full reading keeps for the page", () => {
  fc.assert(
    fc.property(
      storedArb,
      fc.webUrl({ withFragments: true }),
      fc.string({ maxLength: 20 }),
      (stored, url, text) => {
        const isHidden = hiddenOnPage(stored, url);
        expect(typeof isHidden(text)).toBe('boolean');
        for (const r of hiddenMentionsFrom(stored)) expect(hiddenOnPage(stored, r.url)(r.text)).toBe(true);
      },
    ),
    RUNS,
  );
});

test("on what the background writes, the content script's reading agrees exactly with the full one", () => {
  const changeArb = fc.record({
    url: fc.constantFrom(PAGE, `${PAGE}#reply`, 'https://example.org/', 'https://example.org/b'),
    text: fc.constantFrom('CCSVI', 'ccsvi', ' Liberation  Procedure', 'liberation procedure', 'IVCC'),
    hide: fc.boolean(),
  });
  fc.assert(
    fc.property(
      fc.array(changeArb, { maxLength: 30 }),
      fc.constantFrom(PAGE, 'https://example.org/', 'https://example.org/c'),
      fc.constantFrom('CCSVI', 'Liberation Procedure', 'IVCC', 'Zamboni'),
      (changes, url, text) => {
        let stored: unknown = [];
        for (const change of changes) stored = withHidden(stored, checkHideRequest(change)!, DAY);
        const expected = hiddenMentionsFrom(stored).some(
          (r) => r.url === pageKey(url) && hiddenTextKey(r.text) === hiddenTextKey(text),
        );
        expect(hiddenOnPage(stored, url)(text)).toBe(expected);
      },
    ),
    RUNS,
  );
});

test('a change applied to any stored value gives valid records, with the change made', () => {
  fc.assert(
    fc.property(storedArb, recordArb, fc.boolean(), (stored, change, hide) => {
      const request = checkHideRequest({ ...change, hide });
      fc.pre(request !== null);
      const records = withHidden(stored, request!, DAY);
      expect(records.every(valid)).toBe(true);
      expect(hiddenOnPage(records, change.url)(change.text)).toBe(hide);
      // Nothing else changes.
      const others = (list: HiddenMention[]) =>
        list.filter((r) => r.url !== request!.url || hiddenTextKey(r.text) !== hiddenTextKey(request!.text));
      const before = others(hiddenMentionsFrom(stored));
      expect(others(records)).toEqual(hide ? before.slice(-(MAX_HIDDEN_MENTIONS - 1)) : before);
    }),
    RUNS,
  );
});
