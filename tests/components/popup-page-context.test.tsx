// The page's context in the popup's first view (components/popup/page-context.tsx) and on the card.
import { cleanup, render, screen } from '@testing-library/preact';
import { Card } from '../../components/card/Card';
import { PopupView, type PageContextView, type PageMention, type PageState } from '../../components/popup';
import { ccsviTopic } from '../../data';
import { buildCardContent } from '../../entrypoints/background/card-content';

afterEach(cleanup);

const mention: PageMention = {
  id: 1,
  termId: 'ccsvi',
  text: 'CCSVI',
  before: 'a ',
  after: ' b',
  highlighted: true,
  lang: 'en',
  frameId: 0,
  key: '0:1',
};
const ready: PageState = { status: 'ready', count: 1, mentions: [mention], stillLoading: false };
const LINE =
  'This page is from March 2011. Since then, three sham-controlled trials (2014–2018) found the procedure does not help.';

function renderPopup(context: PageContextView | null) {
  render(
    <PopupView
      topic={ccsviTopic}
      mode="popup"
      page={ready}
      context={context}
      onChoose={vi.fn()}
      onOpenOptions={vi.fn()}
    />,
  );
}

test('the date line opens the first view', () => {
  renderPopup({ dateLine: LINE, cited: [], unverified: [], factCheck: null });
  const panel = document.querySelector('[role="tabpanel"]:not([hidden])')!;
  expect(panel.firstElementChild!.textContent).toBe(LINE);
});

test('studies cited, with their role and what became of them, apart from the mentions; unknown items not verified', () => {
  renderPopup({
    dateLine: null,
    cited: [
      { studyId: 'zamboni-jnnp-2009', by: 'title' },
      { studyId: 'zivadinov-2011', by: 'title' },
    ],
    unverified: ['“CCSVI May Be the Result, Not the Cause of MS” by Susan Jeffrey in Medscape Medical News'],
    factCheck: null,
  });
  expect(document.querySelector('[data-page-age]')).toBeNull();
  const section = screen.getByRole('region', { name: 'Studies cited on this page' });
  const items = section.querySelectorAll('li');
  expect(items[0]!.textContent).toBe(
    'Zamboni 2009 (opens in a new tab), the first CCSVI report: Later blinded studies did not find the same. The largest found CCSVI rare, and about as common without MS.',
  );
  expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('https://doi.org/10.1136/jnnp.2008.157164');
  expect(items[1]!.textContent).toMatch(
    /^Zivadinov 2011 \(opens in a new tab\), the Buffalo ultrasound study: /,
  );
  expect(items[2]!.textContent).toMatch(/Medscape Medical News Not verified As the page gives it/);
  expect(document.querySelector('.mention-list')!.contains(section)).toBe(false);
});

test('a fact-check page: by whom, the claim and its rating', () => {
  renderPopup({
    dateLine: null,
    cited: [],
    unverified: [],
    factCheck: { by: 'Science Feedback', claim: 'CCSVI causes MS', rating: 'False' },
  });
  expect(document.querySelector('[data-fact-check]')!.textContent).toBe(
    'This page is itself a fact-check about CCSVI, by Science Feedback. It checks the claim “CCSVI causes MS” and rates it: False.',
  );
});

test('no context: none of it is shown', () => {
  renderPopup(null);
  expect(document.querySelector('[data-page-age], [data-fact-check], section.cited')).toBeNull();
});

test('the card shows the date line above the verdict, and nothing without one', () => {
  const props = {
    content: null,
    loadState: 'loading' as const,
    theme: 'light' as const,
    site: null,
    onClose: vi.fn(),
    onFullView: vi.fn(),
    onNeverOnSite: vi.fn(),
    onUndoNeverOnSite: vi.fn(),
    onSettings: vi.fn(),
  };
  const content = buildCardContent(ccsviTopic);
  render(
    <Card {...props} content={content} loadState="ready" pageDate={{ date: '2011-03-14', updated: false }} />,
  );
  expect(document.querySelector('.age')!.textContent).toBe(LINE);
  cleanup();
  render(<Card {...props} content={content} loadState="ready" />);
  expect(document.querySelector('.age')).toBeNull();
});
