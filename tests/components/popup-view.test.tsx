// The popup's views (components/popup): the mention list, the page states, the tabs and the site switch.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { MentionList, PopupView, SiteToggle, type PageMention, type PageState } from '../../components/popup';
import { ccsviTopic } from '../../data';

afterEach(cleanup);

const mention = (id: number, over: Partial<PageMention> = {}): PageMention => ({
  id,
  termId: 'ccsvi',
  text: 'CCSVI',
  before: `…before ${id} `,
  after: ` after ${id}…`,
  highlighted: true,
  lang: 'en',
  frameId: 0,
  key: `0:${id}`,
  ...over,
});

const ready = (mentions: PageMention[]): PageState => ({
  status: 'ready',
  count: mentions.length,
  mentions,
  stillLoading: false,
});

function renderPopup(page: PageState, extra: Partial<Parameters<typeof PopupView>[0]> = {}) {
  const handlers = {
    onChoose: vi.fn(),
    onReload: vi.fn(),
    onOpenOptions: vi.fn(),
    onToggleSite: vi.fn(),
    onOpenFull: vi.fn(),
  };
  render(<PopupView topic={ccsviTopic} mode="popup" page={page} {...handlers} {...extra} />);
  return handlers;
}

describe('mention list', () => {
  test('each mention is a button with its snippet and the term emphasised; choosing one calls onChoose', () => {
    const onChoose = vi.fn();
    const mentions = [
      mention(1),
      mention(2, {
        text: 'Liberation Procedure',
        termId: 'liberation-procedure',
        before: 'had the ',
        after: ' in 2010',
      }),
    ];
    render(<MentionList mentions={mentions} onChoose={onChoose} />);
    expect(screen.getByText(/of CCSVI on this page/).textContent).toBe('2 mentions of CCSVI on this page');
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons[1]!.textContent).toBe('had the Liberation Procedure in 2010');
    expect(buttons[1]!.querySelector('mark')!.textContent).toBe('Liberation Procedure');
    fireEvent.click(buttons[1]!);
    expect(onChoose).toHaveBeenCalledWith(mentions[1]);
  });

  test("each snippet carries its text's language; the count is a polite live region", () => {
    render(
      <MentionList mentions={[mention(1, { lang: 'it' }), mention(2, { lang: 'pl' })]} onChoose={() => {}} />,
    );
    const snippets = [...document.querySelectorAll('.snippet')].map((s) => s.getAttribute('lang'));
    expect(snippets).toEqual(['it', 'pl']);
    expect(screen.getByText(/of CCSVI on this page/).getAttribute('aria-live')).toBe('polite');
  });

  test('one mention is "1 mention"; frames are named', () => {
    render(<MentionList mentions={[mention(7, { frameId: 3, key: '3:7' })]} onChoose={() => {}} />);
    expect(screen.getByText(/of CCSVI on this page/).textContent).toBe('1 mention of CCSVI on this page');
    expect(screen.getByRole('button').textContent).toContain('in an embedded frame');
  });

  test('mentions past the highlight limit are counted and can be listed too', () => {
    const mentions = [
      mention(1),
      mention(2),
      mention(3, { highlighted: false }),
      mention(4, { highlighted: false }),
    ];
    render(<MentionList mentions={mentions} onChoose={() => {}} />);
    expect(screen.getByText(/of CCSVI on this page/).textContent).toBe('4 mentions of CCSVI on this page');
    expect(document.querySelectorAll('[data-mention]')).toHaveLength(2);
    expect(screen.getByText(/not highlighted \(past/).textContent).toMatch(/^2 more not highlighted/);
    const more = screen.getByRole('button', { name: 'List them too' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(document.querySelectorAll('[data-mention]')).toHaveLength(4);
    expect(screen.getAllByText('not highlighted')).toHaveLength(2);
  });
});

describe('the keys for the next and previous mention', () => {
  test('shown with the list, as people read them', () => {
    renderPopup(ready([mention(1)]), {
      shortcuts: { next: 'Alt+Shift+Period', previous: 'Alt+Shift+Comma' },
    });
    const line = document.querySelector('.step-keys')!;
    expect(line.textContent).toBe(
      'Alt + Shift + . goes to the next mention on the page. Alt + Shift + , goes to the previous one.',
    );
    expect([...line.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual([
      'Alt + Shift + .',
      'Alt + Shift + ,',
    ]);
  });

  test('only the keys that are set; none when neither is, or while they are read', () => {
    renderPopup(ready([mention(1)]), { shortcuts: { next: 'Ctrl+Shift+Y', previous: '' } });
    expect(document.querySelector('.step-keys')!.textContent).toBe(
      'Ctrl + Shift + Y goes to the next mention on the page. ',
    );
    cleanup();
    renderPopup(ready([mention(1)]), { shortcuts: { next: '', previous: '' } });
    expect(document.querySelector('.step-keys')).toBeNull();
    cleanup();
    renderPopup(ready([mention(1)]), { shortcuts: null });
    expect(document.querySelector('.step-keys')).toBeNull();
  });
});

describe('page states', () => {
  test('checking, then still loading', () => {
    renderPopup({ status: 'checking' });
    expect(screen.getByRole('status').textContent).toBe('Checking this page…');
    cleanup();
    renderPopup({ status: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Still reading this page…');
  });

  test('a page with mentions lists them; choosing one calls onChoose', () => {
    const mentions = [mention(1), mention(2)];
    const { onChoose } = renderPopup(ready(mentions));
    fireEvent.click(screen.getAllByRole('button', { name: /before 2 CCSVI after 2/ })[0]!);
    expect(onChoose).toHaveBeenCalledWith(mentions[1]);
    expect(screen.queryByText('See the evidence')).toBeNull();
  });

  test('no mentions: says so and still offers the topic', () => {
    renderPopup(ready([]));
    expect(screen.getByRole('status').textContent).toBe(
      'No mentions of CCSVI or the Liberation Procedure on this page.',
    );
    expect(screen.getByText(ccsviTopic.verdict.text)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See the evidence' }));
    expect(screen.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Key points' })).toBeTruthy();
  });

  test.each([
    ['browser-page', /browser’s own pages/],
    ['store', /add-on stores/],
    ['view-source', /source code/],
    ['file', /file on your computer.*access file URLs/],
    ['pdf', /PDF files cannot be checked/],
    ['no-access', /not allowed to read this page/],
  ] as const)('a page the extension cannot read (%s) is explained plainly', (reason, text) => {
    renderPopup({ status: 'unsupported', reason });
    expect(screen.getByRole('status').textContent).toMatch(text);
    expect(screen.queryByRole('button', { name: 'Reload the page' })).toBeNull();
    expect(screen.getByText(ccsviTopic.verdict.text)).toBeTruthy();
  });

  test('a page that does not answer offers a reload', () => {
    const { onReload } = renderPopup({ status: 'unsupported', reason: 'no-answer' });
    expect(screen.getByRole('status').textContent).toMatch(/reloading it usually helps/);
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(onReload).toHaveBeenCalled();
  });

  test('highlighting off on this site: says so and shows the switch off', () => {
    const { onToggleSite } = renderPopup(ready([]), {
      site: { host: 'example.com', on: false, reason: 'site-off' },
    });
    expect(screen.getByRole('status').textContent).toMatch(/off on this site/);
    const toggle = screen.getByRole('switch', { name: 'Highlight on example.com' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(onToggleSite).toHaveBeenCalledWith(true);
  });

  test('a notice after a vanished mention is announced', () => {
    renderPopup(ready([mention(1)]), { notice: 'That mention is no longer on the page.' });
    expect(screen.getByRole('alert').textContent).toBe('That mention is no longer on the page.');
  });
});

describe('tabs and controls', () => {
  test('five tabs; arrow keys, Home and End move between them; one tab stop', () => {
    renderPopup(ready([mention(1)]));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'This page',
      'Evidence',
      'Studies',
      'Timeline',
      'Safety',
    ]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panel.id);

    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Evidence' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Safety' }));
    expect(screen.getByRole('heading', { name: 'Safety warnings' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'This page' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Safety' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(screen.getByRole('tab', { name: 'This page' }).tabIndex).toBe(0);
  });

  test('clicking a tab shows its panel', () => {
    renderPopup(ready([]));
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(within(screen.getByRole('tabpanel')).getByRole('heading', { name: 'Timeline' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Studies' }));
    expect(
      within(screen.getByRole('tabpanel')).getByRole('heading', { name: 'Studies and statements' }),
    ).toBeTruthy();
  });

  test('options and full view buttons', () => {
    const { onOpenOptions, onOpenFull } = renderPopup(ready([]));
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /Open all studies and the timeline/ }));
    expect(onOpenFull).toHaveBeenCalled();
    expect(screen.getByText(/Evidence last reviewed/)).toBeTruthy();
  });

  test('full view: no "This page" tab, opens on Studies', () => {
    render(<PopupView topic={ccsviTopic} mode="full" onOpenOptions={() => {}} />);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Evidence',
      'Studies',
      'Timeline',
      'Safety',
    ]);
    expect(screen.getByRole('tab', { name: 'Studies' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByText(/Open all studies and the timeline/)).toBeNull();
  });

  test('the site switch shows its state and turns off', () => {
    const onToggle = vi.fn();
    render(
      <SiteToggle
        site={{ host: 'news.example.org', on: true, reason: 'on' }}
        onToggle={onToggle}
        onOpenOptions={() => {}}
      />,
    );
    const toggle = screen.getByRole('switch', { name: 'Highlight on news.example.org' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent).toBe('On');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  test('when the switch cannot help (off everywhere), it says why and links to Options', () => {
    const onOpenOptions = vi.fn();
    render(
      <SiteToggle
        site={{ host: 'example.com', on: false, reason: 'everywhere-off' }}
        onToggle={() => {}}
        onOpenOptions={onOpenOptions}
      />,
    );
    expect(screen.queryByRole('switch')).toBeNull();
    expect(document.body.textContent).toContain('Highlighting is turned off everywhere.');
    fireEvent.click(screen.getByRole('button', { name: 'Change in Options' }));
    expect(onOpenOptions).toHaveBeenCalled();
  });
});
