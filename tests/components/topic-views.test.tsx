// Topic views (components/topic): verdict and key points with their sources, the study list's sorting,
// filtering and details, the timeline, the safety warnings and the sources list.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import {
  EVIDENCE_KINDS,
  Sources,
  StudyList,
  Timeline,
  Verdict,
  KeyPoints,
  Warnings,
  LastReviewed,
} from '../../components/topic';
import { arrangeItems, evidenceItems, kindOfRole } from '../../components/topic/evidence-items';
import { formatDate } from '../../components/topic/format';
import { ccsviTopic } from '../../data';
import { resolveBasis, studyLink } from '../../data/links';

afterEach(cleanup);

const topic = ccsviTopic;

describe('verdict and key points', () => {
  test('the verdict renders with a link for every source it is based on', () => {
    render(<Verdict topic={topic} />);
    const section = screen.getByRole('region', { name: 'What the evidence says' });
    expect(section.textContent).toContain(topic.verdict.text);
    const links = within(section).getAllByRole('link');
    expect(links).toHaveLength(topic.verdict.basedOn.length);
    topic.verdict.basedOn.forEach((id, i) => {
      const basis = resolveBasis(topic, id)!;
      expect(links[i]!.textContent).toContain(basis.label);
      expect(links[i]!.getAttribute('href')).toBe(basis.href);
      expect(links[i]!.getAttribute('target')).toBe('_blank');
      expect(links[i]!.getAttribute('rel')).toContain('noopener');
    });
  });

  test('each key point lists its own sources', () => {
    render(<KeyPoints topic={topic} />);
    const items = [...document.querySelectorAll('.key-points > li')] as HTMLElement[];
    expect(items).toHaveLength(topic.keyPoints.length);
    items.forEach((item, i) => {
      const point = topic.keyPoints[i]!;
      expect(item.textContent).toContain(point.text);
      expect(item.textContent).toContain('Based on:');
      expect(
        within(item)
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toEqual(point.basedOn.map((id) => resolveBasis(topic, id)!.href));
    });
  });

  test('links say they open in a new tab, for screen readers', () => {
    render(<Verdict topic={topic} />);
    const first = screen.getAllByRole('link')[0]!;
    expect(first.textContent).toMatch(/\(opens in a new tab\)$/);
  });
});

describe('study list', () => {
  const titles = () => screen.getAllByRole('group').map((d) => d.querySelector('.study-title')!.textContent);
  const years = () =>
    screen.getAllByRole('group').map((d) => {
      const tag = d.querySelector('.study-tags')!.textContent!;
      return /^\d{4}/.test(tag) ? Number(tag.slice(0, 4)) : undefined;
    });

  test('lists every study and statement, newest first; those without a year last', () => {
    render(<StudyList topic={topic} />);
    expect(screen.getAllByRole('group')).toHaveLength(topic.studies.length + topic.statements.length);
    const ys = years();
    const known = ys.filter((y) => y !== undefined);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(ys.slice(known.length).every((y) => y === undefined)).toBe(true);
    expect(known[0]).toBe(2023);
  });

  test('sorts oldest first when asked', () => {
    render(<StudyList topic={topic} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: 'oldest' } });
    const known = years().filter((y) => y !== undefined);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(titles()[0]).toBe('Zamboni 2009, first report');
  });

  test('filters by kind: randomized trials only, then reviews and guidance (statements included)', () => {
    render(<StudyList topic={topic} />);
    const show = screen.getByRole('combobox', { name: 'Show' });
    fireEvent.change(show, { target: { value: 'trial' } });
    expect(titles()).toEqual([
      'Brave Dreams, later analysis, 2020',
      'Brave Dreams trial, 2018',
      'Canadian trial, 2018',
      'PREMiSe trial, 2014',
    ]);
    expect(screen.getByRole('status').textContent).toContain(
      `Showing 4 of ${topic.studies.length + topic.statements.length}`,
    );

    fireEvent.change(show, { target: { value: 'review' } });
    const shown = titles();
    expect(shown).toContain('Cochrane review update');
    expect(shown).toContain('NICE (UK), guidance IPG640');
    expect(shown).not.toContain('CoSMo study, 2013');
    const reviews = topic.studies.filter((s) => s.role === 'review' || s.role === 'meta-analysis').length;
    expect(shown).toHaveLength(reviews + topic.statements.length);
  });

  test('each kind option shows how many it holds', () => {
    render(<StudyList topic={topic} />);
    const options = within(screen.getByRole('combobox', { name: 'Show' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe(`All (${topic.studies.length + topic.statements.length})`);
    expect(options).toContain(`Randomized trials (4)`);
    expect(options).toHaveLength(EVIDENCE_KINDS.length + 1);
  });

  test('an expanded study shows its design, numbers, conclusion and a real https link', () => {
    render(<StudyList topic={topic} />);
    const cosmo = topic.studies.find((s) => s.id === 'cosmo-2013')!;
    const details = screen
      .getAllByRole('group')
      .find((d) => d.querySelector('.study-title')!.textContent === cosmo.shortName) as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(details.querySelector('summary')!);
    details.open = true;
    const body = details.querySelector('.study-body') as HTMLElement;
    expect(body.textContent).toContain('Case-control study, 35 Italian centres (ultrasound)');
    expect(body.textContent).toContain('the people reading the scans or scoring results did not know');
    expect(body.textContent).toContain('MS: 1,165');
    for (const n of cosmo.keyNumbers) expect(body.textContent).toContain(n);
    expect(body.textContent).toContain(cosmo.conclusion);
    const link = within(body).getByRole('link', { name: /Read the study/ });
    expect(link.getAttribute('href')).toBe('https://doi.org/10.1177/1352458513501231');
    expect(new URL(link.getAttribute('href')!).protocol).toBe('https:');
  });

  test('a statement opens to what it says and a link to it', () => {
    render(<StudyList topic={topic} initialFilter="review" />);
    const nice = topic.statements.find((s) => s.id === 'nice-ipg640')!;
    const details = screen
      .getAllByRole('group')
      .find((d) => d.querySelector('.study-title')!.textContent === nice.body)!;
    expect(details.textContent).toContain(nice.summary);
    expect(
      within(details)
        .getByRole('link', { name: /Read the statement/ })
        .getAttribute('href'),
    ).toBe(nice.url);
  });

  test('every study link is https (DOI, PubMed or an https source page)', () => {
    render(<StudyList topic={topic} />);
    const links = screen.getAllByRole('link', { name: /Read the study/ });
    expect(links).toHaveLength(topic.studies.length);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    for (const study of topic.studies) expect(studyLink(study).href).toMatch(/^https:\/\//);
  });
});

describe('evidence items (pure)', () => {
  test('roles map onto the four kinds', () => {
    expect(kindOfRole('original-claim')).toBe('original');
    expect(kindOfRole('open-label-treatment')).toBe('original');
    expect(kindOfRole('prevalence')).toBe('prevalence');
    expect(kindOfRole('randomized-trial')).toBe('trial');
    expect(kindOfRole('meta-analysis')).toBe('review');
    expect(kindOfRole('review')).toBe('review');
  });

  test('sorting keeps items of the same year in their order and unknown years last', () => {
    const items = evidenceItems(topic);
    const sorted = arrangeItems(items, 'all', 'oldest');
    const firstUnknown = sorted.findIndex((i) => i.year === undefined);
    expect(sorted.slice(firstUnknown).every((i) => i.year === undefined)).toBe(true);
    const same2011 = sorted.filter((i) => i.year === 2011).map((i) => i.id);
    expect(same2011).toEqual(items.filter((i) => i.year === 2011).map((i) => i.id));
  });
});

describe('timeline, safety, sources', () => {
  test('the timeline shows every event under its year, oldest first, with a source link', () => {
    render(<Timeline topic={topic} />);
    const events = [...document.querySelectorAll('.timeline > li')] as HTMLElement[];
    expect(events).toHaveLength(topic.timeline.length);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => Number(h.textContent));
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    expect(screen.getByText('First CCSVI report online').closest('li')!.textContent).toContain(
      '5 December 2008',
    );
    for (const li of events) expect(within(li).getAllByRole('link').length).toBeGreaterThan(0);
  });

  test('safety lists the FDA warnings and every reported harm with its source', () => {
    render(<Warnings topic={topic} />);
    const fda = topic.statements.filter((s) => s.kind === 'regulator');
    expect(screen.getAllByRole('link', { name: /Read the warning/ })).toHaveLength(fda.length);
    expect(document.body.textContent).toContain('10 May 2012');
    for (const harm of topic.harms) {
      const heading = screen.getByRole('heading', { name: new RegExp(harm.label.replace(/[()]/g, '.')) });
      expect(heading.closest('li')!.textContent).toContain(harm.text);
    }
  });

  test('sources list every study and statement; last reviewed shows the date', () => {
    render(
      <>
        <Sources topic={topic} open />
        <LastReviewed topic={topic} />
      </>,
    );
    const summary = document.querySelector('.sources summary')!;
    expect(summary.textContent).toMatch(/All sources \(\d+ sources\)/);
    for (const s of topic.statements) expect(document.body.textContent).toContain(s.body);
    expect(document.body.textContent).toContain(`Evidence last reviewed ${formatDate(topic.lastReviewed)}`);
  });

  test('dates are as precise as the data', () => {
    expect(formatDate('2009')).toBe('2009');
    expect(formatDate('2006-11')).toBe('November 2006');
    expect(formatDate('2008-12-05')).toBe('5 December 2008');
  });
});
