// The hover card (components/card): what it shows, its links and its actions, as the reader meets them.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Card, type CardProps } from '../../components/card/Card';
import { buildCardContent } from '../../entrypoints/background/card-content';
import { ccsviTopic } from '../../data';

afterEach(cleanup);

const content = buildCardContent(ccsviTopic, { next: 'Alt+Shift+Period', previous: 'Alt+Shift+Comma' });

function renderCard(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    content,
    loadState: 'ready',
    theme: 'system',
    site: 'news.example.org',
    onClose: vi.fn(),
    onFullView: vi.fn(),
    onNeverOnSite: vi.fn(),
    onUndoNeverOnSite: vi.fn(),
    onRetry: vi.fn(),
    ...overrides,
  };
  render(<Card {...props} />);
  return props;
}

const dialog = () => screen.getByRole('dialog', { name: `Evidence check ${ccsviTopic.subjects.condition}` });

function expectExternal(link: HTMLElement) {
  expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  expect(link.getAttribute('target')).toBe('_blank');
  expect(link.getAttribute('rel')).toBe('noopener noreferrer');
}

test('a dialog named by its title and described by the verdict', () => {
  renderCard();
  const card = dialog();
  expect(card.getAttribute('aria-describedby')).toBeTruthy();
  const description = document.getElementById(card.getAttribute('aria-describedby')!);
  expect(description?.textContent).toBe(ccsviTopic.verdict.text);
  expect(card.getAttribute('tabindex')).toBe('-1');
  expect(card.getAttribute('dir')).toBe('ltr');
  expect(card.getAttribute('lang')).toBe('en');
});

test('the verdict with a link to each trial and the review it rests on', () => {
  renderCard();
  expect(screen.getByText(ccsviTopic.verdict.text)).toBeTruthy();
  const based = screen.getByText(ccsviTopic.verdict.text).nextElementSibling as HTMLElement;
  const links = within(based).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(content.verdict.basedOn.map((l) => l.label));
  links.forEach(expectExternal);
});

test('two or three key points and what this means for you, in plain text', () => {
  renderCard();
  const points = [...screen.getByRole('list', { name: 'Key points' }).querySelectorAll('li')];
  expect(points.length).toBeGreaterThanOrEqual(2);
  expect(points.length).toBeLessThanOrEqual(3);
  points.forEach((item, i) => expect(item.textContent).toContain(ccsviTopic.cardPoints[i]!.text));
  const means = screen.getByRole('region', { name: ccsviTopic.whatThisMeans.heading });
  for (const i of ccsviTopic.whatThisMeans.onCard)
    expect(means.textContent).toContain(ccsviTopic.whatThisMeans.points[i]!.text);
  expect(within(means).queryAllByRole('link')).toEqual([]);
});

test('which term this is: the idea or the treatment', () => {
  renderCard({ subject: 'procedure' });
  expect(
    screen.getByRole('dialog', { name: `Evidence check ${ccsviTopic.subjects.procedure}` }),
  ).toBeTruthy();
});

test('the last-reviewed date, and the keys', () => {
  renderCard();
  expect(document.querySelector('.meta')!.textContent).toBe(
    'Evidence last reviewed 3 December 2026. Esc closes this card. Alt + Shift + . goes to the next mention.',
  );
});

test('at most 8 Tab stops', () => {
  renderCard({ onNotAbout: vi.fn() });
  const stops = dialog().querySelectorAll('a[href], button');
  expect(stops.length).toBeLessThanOrEqual(8);
  expect(stops.length).toBe(1 + content.verdict.basedOn.length + 3);
});

test('actions call their callbacks', () => {
  const props = renderCard();
  fireEvent.click(screen.getByRole('button', { name: 'See all the studies and the timeline' }));
  expect(props.onFullView).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Don’t highlight on this site' }));
  expect(props.onNeverOnSite).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(props.onClose).toHaveBeenCalledTimes(1);
});

test('Escape closes the card and stays inside it', () => {
  const props = renderCard();
  const outside = vi.fn();
  document.addEventListener('keydown', outside);
  fireEvent.keyDown(screen.getByRole('button', { name: 'See all the studies and the timeline' }), {
    key: 'Escape',
  });
  document.removeEventListener('keydown', outside);
  expect(props.onClose).toHaveBeenCalledTimes(1);
  expect(outside).not.toHaveBeenCalled();
  fireEvent.keyDown(dialog(), { key: 'Enter' });
  expect(props.onClose).toHaveBeenCalledTimes(1);
});

test('after "Don’t highlight on this site": a confirmation naming the site, with Undo', () => {
  const props = renderCard({ siteOff: true });
  expect(screen.queryByRole('button', { name: 'Don’t highlight on this site' })).toBeNull();
  const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Highlighting is off'))!;
  expect(status.textContent).toContain('Highlighting is off on news.example.org.');
  fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
  expect(props.onUndoNeverOnSite).toHaveBeenCalledTimes(1);
});

test('no site (an about:blank frame): no site action', () => {
  renderCard({ site: null });
  expect(screen.queryByRole('button', { name: 'Don’t highlight on this site' })).toBeNull();
  expect(screen.getByRole('button', { name: 'See all the studies and the timeline' })).toBeTruthy();
});

test('a notice after a failed action is announced', () => {
  renderCard({ notice: 'The setting could not be changed. Please try again.' });
  expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('could not be changed'))).toBe(
    true,
  );
});

test('while loading, and when loading failed (with a retry)', () => {
  renderCard({ content: null, loadState: 'loading' });
  expect(screen.getByRole('dialog', { name: 'Evidence check what the evidence says' })).toBeTruthy();
  expect(screen.getByText('Loading the evidence summary…')).toBeTruthy();
  cleanup();
  const props = renderCard({ content: null, loadState: 'error' });
  expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(props.onRetry).toHaveBeenCalledTimes(1);
  // The actions are there even without content.
  expect(screen.getByRole('button', { name: 'See all the studies and the timeline' })).toBeTruthy();
});

test('the theme setting reaches the styles', () => {
  renderCard({ theme: 'dark' });
  expect(dialog().getAttribute('data-theme')).toBe('dark');
});

test('Tab and Shift+Tab stay inside the card: from the last control to the first and back', () => {
  renderCard({ onNotAbout: vi.fn() });
  const card = dialog();
  const stops = [...card.querySelectorAll<HTMLElement>('a[href], button')];
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  expect(last.textContent).toBe('Not about CCSVI?');
  last.focus();
  expect(fireEvent.keyDown(last, { key: 'Tab' })).toBe(false);
  expect(document.activeElement).toBe(first);
  expect(fireEvent.keyDown(first, { key: 'Tab', shiftKey: true })).toBe(false);
  expect(document.activeElement).toBe(last);
  // From the card itself (focused when it opens), Shift+Tab goes to its last control, not to the page.
  card.focus();
  fireEvent.keyDown(card, { key: 'Tab', shiftKey: true });
  expect(document.activeElement).toBe(last);
  // In between, the browser moves focus as usual.
  stops[1]!.focus();
  expect(fireEvent.keyDown(stops[1]!, { key: 'Tab' })).toBe(true);
});

test('Not about CCSVI? calls its callback; afterwards the card is a short confirmation naming the text, with Undo', () => {
  const props = renderCard({ onNotAbout: vi.fn(), onUndoNotAbout: vi.fn() });
  fireEvent.click(screen.getByRole('button', { name: 'Not about CCSVI?' }));
  expect(props.onNotAbout).toHaveBeenCalledTimes(1);
  cleanup();
  const after = renderCard({
    onNotAbout: vi.fn(),
    onUndoNotAbout: vi.fn(),
    notAboutHidden: true,
    notAboutText: 'Liberation  procedure ',
  });
  expect(screen.queryByRole('button', { name: 'Not about CCSVI?' })).toBeNull();
  expect(document.querySelector('.verdict')).toBeNull();
  const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('hidden'))!;
  expect(status.textContent).toContain('“Liberation procedure”: This mention is hidden on this page.');
  const stops = dialog().querySelectorAll('a[href], button');
  expect([...stops].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Close', 'Undo']);
  fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
  expect(after.onUndoNotAbout).toHaveBeenCalledTimes(1);
});

describe('a dated page: the age line and the key points', () => {
  const events = content.pageAge.events.map((e) => e.date).sort();
  const keyPoints = () => [...screen.getByRole('list', { name: 'Key points' }).querySelectorAll('li')];

  test('older than every trial: the line says what they found, and the key point saying it again goes', () => {
    renderCard({ pageDate: { date: '2011-03', updated: false } });
    expect(document.querySelector('.age')?.textContent).toMatch(/2011/);
    expect(keyPoints()).toHaveLength(content.keyPoints.length - 1);
    expect(keyPoints().map((li) => li.textContent)).not.toContain(
      content.keyPoints.find((p) => p.sameAsPageAge)!.text,
    );
  });

  test('between the trials: the line names only the later ones, so every key point stays', () => {
    const between = `${events[0]!.slice(0, 4)}-12`;
    expect(between > events[0]! && between < events.at(-1)!).toBe(true);
    renderCard({ pageDate: { date: between, updated: false } });
    expect(document.querySelector('.age')).not.toBeNull();
    expect(keyPoints()).toHaveLength(content.keyPoints.length);
  });

  test('no date: no line, every key point', () => {
    renderCard();
    expect(document.querySelector('.age')).toBeNull();
    expect(keyPoints()).toHaveLength(content.keyPoints.length);
  });
});
