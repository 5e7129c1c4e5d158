// The project's own evidence table: every identifier, link, date and number the CCSVI topic shows is
// traced to data/ccsvi/SOURCES.md, so a fresh clone is self-contained (no test reads outside the repo).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ccsviTopic } from '../../data';
import type { Topic } from '../../data/topic-types';
import { allStrings, numbersIn } from './text-utils';

const SOURCES = readFileSync(path.resolve(__dirname, '../../data/ccsvi/SOURCES.md'), 'utf8');

/** What the topic shows as fact: everything but the detection patterns. */
function shownFacts(topic: Topic) {
  // The content version and review date are the project's own, not facts from a source.
  const { terms: _terms, version: _version, lastReviewed: _reviewed, ...shown } = topic;
  const strings = allStrings(shown);
  const urls = strings.filter((s) => /^https?:\/\//.test(s));
  const prose = strings.filter((s) => !/^https?:\/\//.test(s));
  const dois = [
    ...topic.studies.flatMap((s) => (s.doi ? [s.doi] : [])),
    ...topic.harms.flatMap((h) => (h.doi ? [h.doi] : [])),
  ];
  const pmids = topic.studies.flatMap((s) => (s.pmid ? [s.pmid] : []));
  const registrations = topic.studies.flatMap((s) => (s.registration ? [s.registration] : []));
  const dates = [
    ...topic.timeline.map((t) => t.date),
    ...topic.statements.flatMap((s) => (s.date ? [s.date] : [])),
    ...topic.harms.flatMap((h) => (h.date ? [h.date] : [])),
  ];
  const numbers = new Set<string>();
  for (const text of prose) for (const n of numbersIn(text)) numbers.add(n);
  for (const s of topic.studies) {
    for (const g of s.design.groups) if (g.size !== undefined) numbers.add(String(g.size));
    if (s.year !== undefined) numbers.add(String(s.year));
  }
  for (const r of topic.evidencePicture.rows)
    for (const n of [r.msPercent, r.controlPercent]) numbers.add(String(n));
  return { urls, dois, pmids, registrations, dates, numbers };
}

/** Numbers written in SOURCES.md, normalised the same way ('1,767' and '1767' both count). */
const documented = new Set(numbersIn(SOURCES));

/** Identifiers and links that are in the topic but not in the document. */
function untraced(topic: Topic, doc: string, docNumbers: ReadonlySet<string>) {
  const f = shownFacts(topic);
  return [
    ...[...f.dois, ...f.pmids, ...f.registrations, ...f.urls, ...f.dates].filter((x) => !doc.includes(x)),
    ...[...f.numbers].filter((n) => !docNumbers.has(n)).map((n) => `number ${n}`),
  ];
}

test('every DOI, PubMed id, registration, link, date and number shown is in SOURCES.md', () => {
  const f = shownFacts(ccsviTopic);
  expect(f.dois.length).toBeGreaterThan(10);
  expect(f.urls.length).toBeGreaterThan(30);
  expect(f.numbers.size).toBeGreaterThan(50);
  expect(untraced(ccsviTopic, SOURCES, documented)).toEqual([]);
});

test('the check notices a fact missing from the document', () => {
  const withoutCosmoDoi = SOURCES.split('10.1177/1352458513501231').join('(removed)');
  expect(untraced(ccsviTopic, withoutCosmoDoi, documented)).toContain('10.1177/1352458513501231');
  const changed: Topic = {
    ...ccsviTopic,
    keyPoints: [{ text: 'CoSMo found 97.5% of people had it.', basedOn: ['cosmo-2013'] }],
  };
  expect(untraced(changed, SOURCES, documented)).toContain('number 97.5');
});

test('every study, statement and harm has a row, with a status word', () => {
  for (const id of [...ccsviTopic.studies, ...ccsviTopic.statements, ...ccsviTopic.harms].map((x) => x.id)) {
    const row = SOURCES.split('\n').find((line) => line.startsWith(`| ${id} |`));
    expect(row, id).toBeDefined();
    expect(row, id).toMatch(/VERIFIED|PARTIAL/);
  }
});

test('the addendum items A1 to A14 each have a status', () => {
  for (let i = 1; i <= 14; i++)
    expect(SOURCES, `A${i}`).toMatch(new RegExp(`\\| A${i} \\|[^\\n]*\\| (VERIFIED|PARTIAL|UNVERIFIED)`));
});

test('no test reads the upstream research folder any more', () => {
  const dir = path.resolve(__dirname, '..');
  const files = ['data', 'components', 'unit', 'browser'].flatMap((sub) => {
    return readdirSync(path.join(dir, sub), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(dir, sub, f));
  });
  const readers = files.filter((f) =>
    /\.\.\/shared|ccsvi-facts\.md/.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
  );
  expect(readers).toEqual([]);
});
