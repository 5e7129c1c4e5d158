// The hover card (components/card): what it shows, its links and its actions, as the reader meets them.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Card, type CardProps } from '../../components/card/Card';
import { buildCardContent } from '../../entrypoints/background/card-content';
import { ccsviTopic } from '../../data';

afterEach(cleanup);

const content = buildCardContent(ccsviTopic);

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
    onSettings: vi.fn(),
    onRetry: vi.fn(),
    ...overrides,
  };
  render(<Card {...props} />);
  return props;
}

const dialog = () => screen.getByRole('dialog', { name: 'CCSVI and the “Liberation Procedure”' });

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

test('the verdict with a link to every source it rests on', () => {
  renderCard();
  expect(screen.getByText(ccsviTopic.verdict.text)).toBeTruthy();
  const based = screen.getByText(ccsviTopic.verdict.text).nextElementSibling as HTMLElement;
  const links = within(based).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(content.verdict.basedOn.map((l) => l.label));
  links.forEach(expectExternal);
});

test('each key point with its "based on" links', () => {
  renderCard();
  const section = screen.getByRole('region', { name: 'Key points' });
  const items = [...section.querySelectorAll('.points > li')] as HTMLElement[];
  expect(items).toHaveLength(ccsviTopic.keyPoints.length);
  items.forEach((item, i) => {
    expect(item.textContent).toContain(ccsviTopic.keyPoints[i]!.text);
    expect(item.textContent).toContain('Based on:');
    const links = within(item).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(content.keyPoints[i]!.basedOn.map((l) => l.href));
    links.forEach(expectExternal);
  });
});

test("the evidence picture: each study's share with MS and in the comparison group, then the trials", () => {
  renderCard();
  const picture = screen.getByRole('region', { name: ccsviTopic.evidencePicture.title });
  const rows = picture.querySelectorAll('.rows > li');
  expect(rows).toHaveLength(4);
  expect(rows[0]!.textContent).toContain('First report, 2009');
  expect(rows[0]!.textContent).toContain('100% of people with MS');
  expect(rows[0]!.textContent).toContain('0% of people without MS');
  expect(rows[1]!.textContent).toContain('30.9% of people with MS');
  expect(rows[1]!.textContent).toContain('33.8% of people without MS');
  expect(rows[2]!.textContent).toContain('3.26% of people with MS');
  expect(rows[2]!.textContent).toContain('2.13% of healthy people');
  expect(rows[3]!.textContent).toContain('2% of people with MS');
  expect(rows[3]!.textContent).toContain('3% of unrelated healthy people');
  // The bars repeat the numbers: hidden from assistive technology.
  for (const bar of picture.querySelectorAll('.bar')) expect(bar.getAttribute('aria-hidden')).toBe('true');
  const fills = [...picture.querySelectorAll<HTMLElement>('.fill.ms')];
  expect(fills).toHaveLength(4);
  const trials = picture.querySelectorAll('.trials > li');
  expect([...trials].map((t) => t.textContent)).toEqual(ccsviTopic.evidencePicture.trials.map((t) => t.text));
  for (const trial of trials) expectExternal(within(trial as HTMLElement).getByRole('link'));
});

test('three key studies with working DOI or PubMed links', () => {
  renderCard();
  const section = screen.getByRole('region', { name: 'Key studies' });
  const links = within(section).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(['CoSMo study, 2013', 'Canadian vein X-ray study, 2014', 'Brave Dreams trial, 2018']);
  expect(links.map((a) => a.getAttribute('href'))).toEqual([
    'https://doi.org/10.1177/1352458513501231',
    'https://doi.org/10.1016/S0140-6736(13)61747-X',
    'https://pubmed.ncbi.nlm.nih.gov/29150995/',
  ]);
  links.forEach(expectExternal);
});

test('the last-reviewed date', () => {
  renderCard();
  expect(screen.getByText('Last reviewed 3 December 2026')).toBeTruthy();
});

test('actions call their callbacks', () => {
  const props = renderCard();
  fireEvent.click(screen.getByRole('button', { name: 'All studies and timeline' }));
  expect(props.onFullView).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Don’t highlight on this site' }));
  expect(props.onNeverOnSite).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  expect(props.onSettings).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(props.onClose).toHaveBeenCalledTimes(1);
});

test('Escape closes the card and stays inside it', () => {
  const props = renderCard();
  const outside = vi.fn();
  document.addEventListener('keydown', outside);
  fireEvent.keyDown(screen.getByRole('button', { name: 'Settings' }), { key: 'Escape' });
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
  expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
});

test('a notice after a failed action is announced', () => {
  renderCard({ notice: 'The setting could not be changed. Please try again.' });
  expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('could not be changed'))).toBe(true);
});

test('while loading, and when loading failed (with a retry)', () => {
  renderCard({ content: null, loadState: 'loading' });
  expect(screen.getByRole('dialog', { name: 'What the evidence says' })).toBeTruthy();
  expect(screen.getByText('Loading the evidence summary…')).toBeTruthy();
  cleanup();
  const props = renderCard({ content: null, loadState: 'error' });
  expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(props.onRetry).toHaveBeenCalledTimes(1);
  // The actions are there even without content.
  expect(screen.getByRole('button', { name: 'All studies and timeline' })).toBeTruthy();
});

test('the theme setting reaches the styles', () => {
  renderCard({ theme: 'dark' });
  expect(dialog().getAttribute('data-theme')).toBe('dark');
});
