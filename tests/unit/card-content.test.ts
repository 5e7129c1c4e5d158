// The card's digest of the CCSVI topic (entrypoints/background/card-content.ts): what the content
// script gets instead of the knowledge base, and the background's answer to `topic:card`.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isCardContent } from '../../components/card/types';
import { wordUses } from '../../core/glossary';
import { formatDate } from '../../components/topic/format';
import { buildCardContent } from '../../entrypoints/background/card-content';
import { startCardContent } from '../../entrypoints/background/card-requests';
import { ccsviTopic } from '../../data';
import { resolveBasis } from '../../data/links';
import { listen, type ToExtension } from '../../utils/messages';

const content = buildCardContent(ccsviTopic, { next: 'Alt+Shift+Period', previous: 'Alt+Shift+Comma' });

test('what the mention names: the idea or the treatment', () => {
  expect(content.subjects).toEqual(ccsviTopic.subjects);
  expect(content.subjects.condition).toMatch(/^CCSVI, /);
  expect(content.subjects.procedure).toMatch(/Liberation Procedure/);
});

test('the verdict links only the sham-controlled trials and the review of them (each link is a Tab stop)', () => {
  expect(content.verdict.text).toBe(ccsviTopic.verdict.text);
  const decisive = ccsviTopic.verdict.basedOn.filter((id) =>
    ['randomized-trial', 'review'].includes(ccsviTopic.studies.find((s) => s.id === id)?.role ?? ''),
  );
  expect(decisive).toEqual(['premise-2014', 'brave-dreams-2018', 'traboulsee-2018', 'cochrane-update']);
  expect(content.verdict.basedOn.map((l) => l.href)).toEqual(
    decisive.map((id) => resolveBasis(ccsviTopic, id)!.href),
  );
  for (const link of content.verdict.basedOn)
    expect(link.href).toMatch(/^https:\/\/(doi\.org\/10\.|pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/)/);
});

test('a few key points, in plain text (their sources are in the full view)', () => {
  expect(content.keyPoints.map((p) => p.text)).toEqual(ccsviTopic.cardPoints.map((p) => p.text));
  expect(content.whatThisMeans.points.map((p) => p.text)).toEqual(
    ccsviTopic.whatThisMeans.onCard.map((i) => ccsviTopic.whatThisMeans.points[i]!.text),
  );
  expect(content.keyPoints.length).toBeGreaterThanOrEqual(2);
  expect(content.keyPoints.length).toBeLessThanOrEqual(3);
  for (const point of [...content.keyPoints, ...content.whatThisMeans.points])
    expect(point.basedOn).toEqual([]);
});

test('last reviewed, in words, and the shortcuts', () => {
  expect(content.lastReviewed).toBe(ccsviTopic.lastReviewed);
  expect(content.lastReviewedLabel).toBe('Evidence last reviewed 3 December 2026.');
  expect(formatDate('2018-05')).toBe('May 2018');
  expect(formatDate('2011')).toBe('2011');
  expect(content.shortcuts).toEqual({ next: 'Alt+Shift+Period', previous: 'Alt+Shift+Comma' });
});

test('small and serialisable: survives a message round trip unchanged', () => {
  const json = JSON.stringify(content);
  expect(JSON.parse(json)).toEqual(content);
  expect(isCardContent(JSON.parse(json))).toBe(true);
  expect(json.length).toBeLessThan(6_000);
  expect(isCardContent({ name: 'x' })).toBe(false);
  expect(isCardContent(null)).toBe(false);
});

test("the background answers topic:card with the digest and the browser's shortcuts", async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: 'next-mention', shortcut: 'Alt+Shift+Period' },
    { name: 'previous-mention', shortcut: '' },
  ] as never);
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listen<ToExtension>(startCardContent());
  const listener = addListener.mock.calls[0]![0] as (message: unknown) => Promise<unknown> | undefined;
  expect(await listener({ type: 'topic:card' })).toEqual({
    ...content,
    shortcuts: { next: 'Alt+Shift+Period', previous: '' },
  });
  expect(listener({ type: 'open:full-view' })).toBeUndefined();
});

test('what this means for you travels with the card, and each glossary word is explained once, at its first use', () => {
  expect(content.whatThisMeans.points.length).toBe(2);
  expect(content.whatThisMeans.disclaimer).toMatch(/not medical advice/);
  // reading order of the card: verdict, what it means, key points (written to need few glossary words)
  const blocks = [content.verdict, ...content.whatThisMeans.points, ...content.keyPoints];
  const explained = blocks.flatMap((b) => b.gloss ?? []).map((g) => g.term);
  expect(new Set(explained).size).toBe(explained.length);
  for (const entry of ccsviTopic.glossary) {
    const first = blocks.find((b) => wordUses(b.text, [entry]).length > 0);
    if (first)
      expect(
        first.gloss?.map((g) => g.term),
        entry.id,
      ).toContain(entry.term);
  }
});
