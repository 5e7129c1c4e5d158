// Plain language, enforced on what readers see: every view (hover card, each popup and full-view tab,
// welcome page, options) is rendered, its text read block by block, and checked: no sentence over 25
// words, 15 words a sentence on average at most, and no glossary word used before it is explained.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Card } from '../../components/card/Card';
import { OptionsPage } from '../../components/options/options-page';
import { PopupView, type PageState, type PopupTab } from '../../components/popup';
import { WelcomePage } from '../../components/welcome/welcome-page';
import { wordUses } from '../../core/glossary';
import { ccsviTopic, ccsviTopicIn, topicLanguages } from '../../data';
import type { GlossaryEntry, Topic } from '../../data/topic-types';
import { buildCardContent } from '../../entrypoints/background/card-content';
import { countWords, splitSentences } from '../data/text-utils';

afterEach(cleanup);

const MAX_WORDS = 25;
const MAX_AVERAGE = 15;
const INLINE = new Set([
  'A',
  'SPAN',
  'STRONG',
  'EM',
  'B',
  'I',
  'DFN',
  'TIME',
  'ABBR',
  'CODE',
  'MARK',
  'SMALL',
  'KBD',
  'SUP',
  'SUB',
  'BR',
  'SVG',
  'PATH',
]);

interface Chunk {
  text: string;
  /** a glossary definition (dt/dd) rather than running text */
  gloss: boolean;
  /** a quoted reference (a paper's own title and citation): not our sentence, so not held to the length rules */
  citation?: boolean;
}

/** The visible text of `root`, split at block elements, in document order. Screen-reader-only text counts too. */
function readBlocks(root: Element): Chunk[] {
  const chunks: Chunk[] = [];
  let current = '';
  let currentGloss = false;
  let currentCitation = false;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text)
      chunks.push(
        currentCitation ? { text, gloss: currentGloss, citation: true } : { text, gloss: currentGloss },
      );
    current = '';
  };
  const walk = (node: Node, gloss: boolean, citation: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      currentGloss = gloss;
      currentCitation = citation;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT' || node.hasAttribute('hidden')) return;
    const inline = INLINE.has(node.tagName.toUpperCase());
    const isGloss = gloss || node.tagName === 'DT' || node.tagName === 'DD';
    const isCitation = citation || node.hasAttribute('data-citation');
    if (!inline) flush();
    for (const child of node.childNodes) walk(child, isGloss, isCitation);
    if (!inline) flush();
  };
  walk(root, false, false);
  return chunks;
}

export interface Problem {
  kind: 'long sentence' | 'average' | 'unexplained word';
  detail: string;
}

/** Everything wrong with one view's text. */
function checkView(chunks: readonly Chunk[], glossary: readonly GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  const sentences: string[] = [];
  for (const chunk of chunks.filter((c) => !c.citation))
    for (const sentence of splitSentences(chunk.text)) {
      const words = countWords(sentence);
      if (words > MAX_WORDS) problems.push({ kind: 'long sentence', detail: `${words} words: ${sentence}` });
      // Labels, headings and list lines without a full stop are not sentences for the average.
      if (/[.!?…][”"’')\]»]?$/.test(sentence)) sentences.push(sentence);
    }
  const average = sentences.reduce((n, s) => n + countWords(s), 0) / Math.max(1, sentences.length);
  if (average > MAX_AVERAGE)
    problems.push({ kind: 'average', detail: `${average.toFixed(1)} words a sentence` });

  for (const entry of glossary) {
    const first = chunks.findIndex((c) => !c.gloss && wordUses(c.text, [entry]).length > 0);
    if (first === -1) continue;
    const explained = chunks.findIndex((c) => c.gloss && c.text === entry.explanation);
    const between = explained > first ? chunks.slice(first + 1, explained) : [];
    const atFirstUse = explained > first && between.every((c) => c.gloss);
    if (explained === -1 || (explained > first && !atFirstUse))
      problems.push({
        kind: 'unexplained word',
        detail: `${entry.term}: first used in “${chunks[first]!.text}”`,
      });
  }
  return problems;
}

const glossary = ccsviTopic.glossary;
const noop = () => {};

function renderCard(topic: Topic = ccsviTopic, notAboutHidden = false) {
  const { container } = render(
    <Card
      content={buildCardContent(topic)}
      loadState="ready"
      theme="system"
      site="news.example.org"
      onClose={noop}
      onFullView={noop}
      onNeverOnSite={noop}
      onUndoNeverOnSite={noop}
      onNotAbout={noop}
      onUndoNotAbout={noop}
      notAboutHidden={notAboutHidden}
      notAboutText="CCSVI"
    />,
  );
  return container;
}

const SAMPLE_MENTION = {
  id: 1,
  termId: 'ccsvi-abbr',
  text: 'CCSVI',
  before: 'I read about ',
  after: ' last year.',
  highlighted: true,
  lang: 'en',
  frameId: 0,
  key: '0:1',
};

function renderTab(mode: 'popup' | 'full', tab: PopupTab, topic: Topic = ccsviTopic, withMention = false) {
  const mentions = withMention ? [SAMPLE_MENTION] : [];
  const page: PageState = { status: 'ready', count: mentions.length, mentions, stillLoading: false };
  const { container } = render(
    <PopupView
      topic={topic}
      mode={mode}
      page={page}
      site={null}
      initialTab={tab}
      onOpenOptions={noop}
      onOpenFull={noop}
      shortcuts={{ next: 'Alt+Shift+Period', previous: 'Alt+Shift+Comma' }}
    />,
  );
  return container;
}

/** Every view, with the topic in one language (the interface in the test's browser language, English). */
const viewsFor = (topic: Topic): Array<[string, () => Element | Promise<Element>]> => [
  ['hover card', () => renderCard(topic)],
  ['hover card, after “Not about CCSVI?”', () => renderCard(topic, true)],
  ['popup, this page', () => renderTab('popup', 'page', topic)],
  ['popup, this page, with a mention and the keys', () => renderTab('popup', 'page', topic, true)],
  ['popup, evidence', () => renderTab('popup', 'evidence', topic)],
  ['full view, evidence', () => renderTab('full', 'evidence', topic)],
  ['full view, studies', () => renderTab('full', 'studies', topic)],
  ['full view, timeline', () => renderTab('full', 'timeline', topic)],
  ['full view, safety', () => renderTab('full', 'safety', topic)],
  [
    'welcome page, with its sample card',
    () => {
      const card = (
        <Card
          content={buildCardContent(topic)}
          loadState="ready"
          theme="system"
          site={null}
          onClose={noop}
          onFullView={noop}
          onNeverOnSite={noop}
          onUndoNeverOnSite={noop}
        />
      );
      return render(
        <WelcomePage
          hostAccess={false}
          accessRefused
          card={card}
          shortcuts={null}
          onGrantAccess={noop}
          onOpenOptions={noop}
        />,
      ).container;
    },
  ],
  [
    'options',
    async () => {
      fakeBrowser.reset();
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
        manifest_version: 3,
        name: 'x',
        version: '1',
      });
      vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([] as never);
      const { container } = render(<OptionsPage />);
      await screen.findByRole('heading', { name: 'Highlighting' });
      return container;
    },
  ],
];

describe.each(topicLanguages)('every view reads plainly, topic in %s', (lang) => {
  const topic = ccsviTopicIn(lang);
  test('the topic is in that language', () => expect(topic.lang).toBe(lang));
  for (const [name, renderView] of viewsFor(topic))
    test(name, async () => {
      const chunks = readBlocks(await renderView());
      expect(chunks.length, 'the view has text').toBeGreaterThan(3);
      expect(checkView(chunks, topic.glossary)).toEqual([]);
    });
});

describe('every view reads plainly', () => {
  test('the store listing (store/listing.md)', () => {
    // Each paragraph or list line of the reader-facing sections; headings and the screenshot notes are not prose.
    const listing = readFileSync(path.resolve(__dirname, '../../store/listing.md'), 'utf8').split(
      /^## Screenshots/m,
    )[0]!;
    const chunks = listing
      .split(/\n\s*\n|\n(?=- )/)
      .map((block) =>
        block
          .replace(/^#+ .*$/gm, '')
          .replace(/^- /, '')
          .trim(),
      )
      .filter((text) => text.length > 0)
      .map((text): Chunk => ({ text, gloss: false }));
    expect(chunks.length).toBeGreaterThan(8);
    expect(checkView(chunks, [])).toEqual([]);
  });

  test('the full evidence view explains glossary words at first use, with the word marked', () => {
    const container = renderTab('full', 'evidence');
    const marked = [...container.querySelectorAll('dfn')].map((d) => d.textContent!.toLowerCase());
    expect(marked.length).toBeGreaterThanOrEqual(4);
    expect(marked).toEqual(expect.arrayContaining(['sham', 'blinded']));
    const firstDd = container.querySelector('.key-points dd');
    expect(firstDd?.textContent).toBeTruthy();
  });

  test('what this means for you is in the card, next to the verdict, and in the full view', () => {
    const card = renderCard();
    const heading = [...card.querySelectorAll('h3')].find(
      (h) => h.textContent === ccsviTopic.whatThisMeans.heading,
    );
    expect(heading).toBeDefined();
    expect(card.textContent).toContain(ccsviTopic.whatThisMeans.disclaimer);
    cleanup();
    const full = renderTab('full', 'evidence');
    expect(screen.getByRole('region', { name: ccsviTopic.whatThisMeans.heading })).toBeTruthy();
    for (const p of ccsviTopic.whatThisMeans.points) expect(full.textContent).toContain(p.text);
  });
});

describe('the checker can fail', () => {
  const chunk = (text: string, gloss = false): Chunk => ({ text, gloss });
  const sham = glossary.find((g) => g.id === 'sham')!;

  test('a sentence over 25 words', () => {
    const long = `${'word '.repeat(26).trim()}.`;
    expect(checkView([chunk(long)], []).map((p) => p.kind)).toContain('long sentence');
  });

  test('an average over 15 words', () => {
    const twenty = `${'word '.repeat(20).trim()}.`;
    expect(checkView([chunk(twenty), chunk(twenty)], []).map((p) => p.kind)).toEqual(['average']);
  });

  test('a glossary word used before it is explained, or never', () => {
    expect(
      checkView([chunk('They had a sham.'), chunk('Other text.'), chunk(sham.explanation, true)], [sham]).map(
        (p) => p.kind,
      ),
    ).toEqual(['unexplained word']);
    expect(checkView([chunk('They had a sham.')], [sham]).map((p) => p.kind)).toEqual(['unexplained word']);
    expect(
      checkView([chunk('They had a sham.'), chunk('Sham', true), chunk(sham.explanation, true)], [sham]),
    ).toEqual([]);
    expect(checkView([chunk(sham.explanation, true), chunk('They had a sham.')], [sham])).toEqual([]);
  });

  test('the block reader keeps blocks apart and inline text together', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<p>One <a href="#">two</a> three.</p><dl><dt>Sham</dt><dd>Fake.</dd></dl><p hidden>Gone.</p>';
    expect(readBlocks(div)).toEqual([chunk('One two three.'), chunk('Sham', true), chunk('Fake.', true)]);
  });
});
