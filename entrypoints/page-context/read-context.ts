import { citableStudies } from '../../core/citable-studies';
import { summariseCitations } from '../../core/citations';
import { findFactCheck } from '../../core/claim-review';
import { createMatcher } from '../../core/matcher';
import { pageDateSteps, type PageDate } from '../../core/page-date';
import { readJsonLd } from '../../core/json-ld';
import { ReferenceCollector } from '../../core/page-references';
import { SlicedRunner, type YieldToPage } from '../../core/scheduler';
import { studies } from '../../data/ccsvi/studies';
import { citations } from '../../data/ccsvi/study-citations';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import type { PageContextReport } from '../../utils/messages';

type Dated = Pick<PageContextReport, 'url' | 'date' | 'factCheck'>;
type Cited = Pick<PageContextReport, 'cited' | 'unverified'>;

const topicMatcher = () => {
  const matcher = createMatcher(ccsviTermSet);
  return (text: string) => matcher.findMentions(text, { topicEstablished: true }).length > 0;
};

/**
 * The page's date (the card and the popup write their line from it), and whether it is a
 * fact-check: read as soon as a frame finds a mention, in slices of at most `budgetMs` of work.
 */
export async function readPageDate(
  doc: Document,
  url: string,
  yieldToPage: YieldToPage,
  budgetMs = 8,
): Promise<Dated> {
  const runner = new SlicedRunner(yieldToPage, budgetMs);
  let date: PageDate | null = null;
  const dateSteps = pageDateSteps({ doc, url });
  let next = 0;
  await runner.run(() => {
    if (next >= dateSteps.length) return false;
    date = dateSteps[next++]!();
    return date === null;
  });
  await yieldToPage();
  const factCheck = findFactCheck(readJsonLd(doc), topicMatcher());
  const found = date as PageDate | null;
  return {
    url,
    date: found,
    factCheck,
  };
}

/**
 * The topic's studies the page cites, and its references about the topic that match none: read only
 * when the popup asks (the card does not show them), in slices.
 */
export async function readCitedStudies(
  doc: Document,
  yieldToPage: YieldToPage,
  budgetMs = 8,
): Promise<Cited> {
  const runner = new SlicedRunner(yieldToPage, budgetMs);
  const collector = new ReferenceCollector(doc);
  await runner.run(() => collector.step());
  await yieldToPage();
  const isAboutTopic = topicMatcher();
  const citable = citableStudies(studies, citations.studies);
  const refs = collector.references();
  const summary: Cited = { cited: [], unverified: [] };
  let i = 0;
  await runner.run(() => {
    const part = summariseCitations(refs.slice(i, i + 10), citable, isAboutTopic);
    for (const c of part.cited)
      if (!summary.cited.some((x) => x.studyId === c.studyId)) summary.cited.push(c);
    for (const u of part.unverified) if (!summary.unverified.includes(u)) summary.unverified.push(u);
    i += 10;
    return i < refs.length;
  });
  return summary;
}

/** Both readings of one document: its date and the studies it cites. Reads the page only. */
export async function readPageContext(
  doc: Document,
  url: string,
  yieldToPage: YieldToPage,
  budgetMs = 8,
): Promise<PageContextReport> {
  const dated = await readPageDate(doc, url, yieldToPage, budgetMs);
  return { ...dated, ...(await readCitedStudies(doc, yieldToPage, budgetMs)) };
}
