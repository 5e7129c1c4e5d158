import { readFileSync } from 'node:fs';
import path from 'node:path';
import { citableStudies } from '../../core/citable-studies';
import { summariseCitations } from '../../core/citations';
import { createMatcher } from '../../core/matcher';
import { ReferenceCollector, type FoundReference } from '../../core/page-references';
import { ccsviTopic } from '../../data';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const STUDIES = citableStudies(ccsviTopic.studies, ccsviTopic.citations.studies);
const matcher = createMatcher(ccsviTopic.terms);
const aboutCcsvi = (text: string) => matcher.findMentions(text, { topicEstablished: true }).length > 0;
const SEED = readFileSync(path.resolve(__dirname, '../e2e/fixtures/seed-article.html'), 'utf8');

/** All references of a document at once (the extension runs `step()` in slices). */
function collectReferences(doc: Document): FoundReference[] {
  const collector = new ReferenceCollector(doc);
  while (collector.step()) {
    // keep reading
  }
  return collector.references();
}

test('the seed article: its four "Further Reading" items, listed', () => {
  const refs = collectReferences(doc(SEED));
  expect(refs).toHaveLength(4);
  expect(refs.every((r) => r.listed)).toBe(true);
  expect(refs[0]!.text).toMatch(/^Zamboni P, Galeotti R/);
  expect(refs[3]!.text).toMatch(/^Zivadinov R, Marr K/);
});

test('the seed article: Zamboni 2009 and Zivadinov 2011 cited; the news story and the book not verified', () => {
  const summary = summariseCitations(collectReferences(doc(SEED)), STUDIES, aboutCcsvi);
  expect(summary.cited).toEqual([
    { studyId: 'zamboni-jnnp-2009', by: 'title' },
    { studyId: 'zivadinov-2011', by: 'title' },
  ]);
  expect(summary.unverified).toHaveLength(2);
  // As the page gives it, less the empty brackets its links left behind.
  expect(summary.unverified[0]).toBe(
    '“CCSVI May Be the Result, Not the Cause of MS” by Susan Jeffrey in Medscape Medical News',
  );
  expect(summary.unverified[1]).toMatch(/^CCSVI as the Cause of Multiple Sclerosis: The Science Behind/);
});

test('links and identifiers in the text are references too; comments, sidebars and our card are not', () => {
  const page = doc(`<article><p>A forum post about CCSVI.</p>
    <p>The trial is <a href="https://pubmed.ncbi.nlm.nih.gov/24975855/">here</a>.</p>
    <p>CCSVI was studied again (doi:10.1177/1352458513501231).</p>
    <p>A CCSVI paper nobody checked: PMID: 11111111.</p>
    <p>Unrelated: PMID 22222222 on statins.</p></article>
    <aside><p>Sidebar: PMID: 30266886 about CCSVI</p></aside>
    <div id="comments"><p>See PMID 29150995 on CCSVI</p></div>
    <fact-context-card><p>PMID: 21969411 CCSVI</p></fact-context-card>`);
  const refs = collectReferences(page);
  expect(refs.map((r) => r.listed)).toEqual([false, false, false, false]);
  const summary = summariseCitations(refs, STUDIES, aboutCcsvi);
  expect(summary.cited.map((c) => `${c.studyId}:${c.by}`)).toEqual(['premise-2014:pmid', 'cosmo-2013:doi']);
  expect(summary.unverified).toEqual(['A CCSVI paper nobody checked: PMID: 11111111.']);
});

test('a list under "References" that is not about the topic shows nothing', () => {
  const page = doc(
    `<p>CCSVI</p><h2>References</h2><ul><li>Smith J. Statins. Lancet 2010.</li><li>Doe A. Knees. BMJ 2009.</li></ul>`,
  );
  const refs = collectReferences(page);
  expect(refs).toHaveLength(2);
  expect(summariseCitations(refs, STUDIES, aboutCcsvi)).toEqual({ cited: [], unverified: [] });
});

test('reference lists marked by class, and headings in other languages', () => {
  const page = doc(`<div class="reflist"><ol><li>Comi G et al. Mult Scler 2013;19(11):1508-17</li></ol></div>
    <h3>Bibliografía</h3><ul><li>Traboulsee AL. Lancet 2014;383:138-45</li></ul>`);
  const summary = summariseCitations(collectReferences(page), STUDIES, aboutCcsvi);
  expect(summary.cited.map((c) => c.studyId)).toEqual(['cosmo-2013', 'traboulsee-2014']);
});

test('a long page is read in many small steps', () => {
  const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
  const collector = new ReferenceCollector(doc(`<article>${paragraphs}<p>PMID: 24975855</p></article>`));
  let steps = 0;
  while (collector.step()) steps++;
  expect(steps).toBeGreaterThan(5);
  expect(collector.references().map((r) => r.text)).toEqual(['PMID: 24975855']);
});

test('a long page without any identifier is not walked node by node', () => {
  const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
  const collector = new ReferenceCollector(doc(`<article>${paragraphs}</article>`));
  let steps = 0;
  while (collector.step()) steps++;
  // lists, links, and one look at the whole text
  expect(steps).toBe(2);
  expect(collector.references()).toEqual([]);
});
