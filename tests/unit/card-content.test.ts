// The card's digest of the CCSVI topic (entrypoints/background/card-content.ts): what the content
// script gets instead of the knowledge base, and the background's answer to `topic:card`.
import { wordUses } from '../../core/glossary';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isCardContent } from '../../components/card/types';
import { buildCardContent, formatIsoDate, KEY_STUDY_IDS, startCardContent } from '../../entrypoints/background/card-content';
import { ccsviTopic } from '../../data';
import { resolveBasis, studyLink } from '../../data/links';

const content = buildCardContent(ccsviTopic);
const allLinks = () => [
  ...content.verdict.basedOn,
  ...content.keyPoints.flatMap((p) => p.basedOn),
  ...content.picture.rows.map((r) => r.source),
  ...content.picture.trials.map((t) => ({ label: t.name, href: t.href })),
  ...content.studies.map((s) => ({ label: s.label, href: s.href })),
];

test('name, verdict and its sources', () => {
  expect(content.name).toBe(ccsviTopic.name);
  expect(content.verdict.text).toBe(ccsviTopic.verdict.text);
  expect(content.verdict.basedOn.map((l) => l.href)).toEqual(ccsviTopic.verdict.basedOn.map((id) => resolveBasis(ccsviTopic, id)!.href));
});

test('key points keep their text and their "based on" links', () => {
  expect(content.keyPoints).toHaveLength(ccsviTopic.keyPoints.length);
  content.keyPoints.forEach((point, i) => {
    const source = ccsviTopic.keyPoints[i]!;
    expect(point.text).toBe(source.text);
    expect(point.basedOn.map((l) => l.label)).toEqual(source.basedOn.map((id) => resolveBasis(ccsviTopic, id)!.label));
  });
});

test('the evidence picture: four rows from 100% vs 0% down to 2% vs 3%, and the three trials', () => {
  expect(content.picture.title).toBe(ccsviTopic.evidencePicture.title);
  expect(content.picture.rows.map((r) => [r.label, r.msPercent, r.controlPercent])).toEqual([
    ['First report, 2009', 100, 0],
    ['Italian study, 2013, blinded', 30.9, 33.8],
    ['CoSMo, 2013, blinded', 3.26, 2.13],
    ['Canadian study, 2014, blinded', 2, 3],
  ]);
  expect(content.picture.trials.map((t) => t.name)).toEqual(['PREMiSe (2014)', 'Brave Dreams (2018)', 'Canadian trial (2018)']);
  for (const trial of content.picture.trials) {
    expect(trial.outcome.length).toBeGreaterThan(10);
    expect(trial.href).toMatch(/^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/|doi\.org\/10\.)/);
  }
});

test('up to three key studies, each with a DOI or PubMed link', () => {
  expect(content.studies).toHaveLength(3);
  content.studies.forEach((study, i) => {
    const source = ccsviTopic.studies.find((s) => s.id === KEY_STUDY_IDS[i])!;
    expect(study.label).toBe(source.shortName);
    expect(study.href).toBe(studyLink(source).href);
    expect(study.href).toMatch(/^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//);
    expect(['DOI', 'PubMed']).toContain(study.linkKind);
    expect(study.citation).toBe(source.journal);
  });
  expect(buildCardContent(ccsviTopic, ['cosmo-2013', 'no-such-study', 'premise-2014', 'laupacis-2011', 'traboulsee-2018']).studies.map((s) => s.label)).toEqual([
    'CoSMo study, 2013',
    'PREMiSe trial, 2014',
  ]);
});

test('every link is an absolute http(s) address with a label', () => {
  for (const link of allLinks()) {
    expect(link.label.trim()).not.toBe('');
    expect(() => new URL(link.href)).not.toThrow();
    expect(link.href).toMatch(/^https?:\/\//);
  }
});

test('last reviewed, in words', () => {
  expect(content.lastReviewed).toBe(ccsviTopic.lastReviewed);
  expect(content.lastReviewedLabel).toBe('3 December 2026');
  expect(formatIsoDate('2018-05')).toBe('May 2018');
  expect(formatIsoDate('2011')).toBe('2011');
});

test('small and serialisable: survives a message round trip unchanged', () => {
  const json = JSON.stringify(content);
  expect(JSON.parse(json)).toEqual(content);
  expect(isCardContent(JSON.parse(json))).toBe(true);
  expect(json.length).toBeLessThan(12_000);
  expect(isCardContent({ name: 'x' })).toBe(false);
  expect(isCardContent(null)).toBe(false);
});

test('the background answers topic:card with the digest', async () => {
  fakeBrowser.reset();
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  startCardContent();
  const listener = addListener.mock.calls[0]![0] as (message: unknown) => Promise<unknown> | undefined;
  expect(await listener({ type: 'topic:card' })).toEqual(content);
  expect(listener({ type: 'open:options' })).toBeUndefined();
});

test('what this means for you travels with the card, and each glossary word is explained once, at its first use', () => {
  expect(content.whatThisMeans.points.map((p) => p.text)).toEqual(ccsviTopic.whatThisMeans.points.map((p) => p.text));
  expect(content.whatThisMeans.disclaimer).toMatch(/not medical advice/);
  // reading order of the card: verdict, what it means, picture, key points, key studies
  const blocks = [
    content.verdict,
    ...content.whatThisMeans.points,
    content.picture,
    ...content.keyPoints,
    ...content.studies,
  ];
  const explained = blocks.flatMap((b) => b.gloss ?? []).map((g) => g.term);
  expect(explained.length).toBeGreaterThan(3);
  expect(new Set(explained).size).toBe(explained.length);
  expect(explained).toEqual(expect.arrayContaining(['Sham', 'Blinded', 'Venography']));
  const textOf = (b: (typeof blocks)[number]) =>
    'rows' in b ? JSON.stringify([b.rows, b.note, b.trials]) : 'conclusion' in b ? `${b.label} ${b.conclusion}` : b.text;
  for (const entry of ccsviTopic.glossary) {
    const first = blocks.find((b) => wordUses(textOf(b), [entry]).length > 0);
    if (first) expect(first.gloss?.map((g) => g.term), entry.id).toContain(entry.term);
  }
});
