/** Small helpers the UI uses to link and resolve sources. */
import type { Harm, Statement, Study, Topic } from './topic-types';

export interface Link {
  href: string;
  label: string;
}

/** Best link for a study: DOI, else PubMed, else the page where the facts were seen. */
export function studyLink(
  study: Pick<Study, 'doi' | 'pmid' | 'sourceUrl'>,
  sourcePage = 'Source page',
): Link {
  if (study.doi) return { href: `https://doi.org/${encodeURI(study.doi)}`, label: `doi:${study.doi}` };
  if (study.pmid)
    return { href: `https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/`, label: `PubMed ${study.pmid}` };
  return { href: study.sourceUrl, label: sourcePage };
}

/** The study or statement with this id, if any. */
export function findSource(topic: Topic, id: string): Study | Statement | undefined {
  return topic.studies.find((s) => s.id === id) ?? topic.statements.find((s) => s.id === id);
}

export function findHarm(topic: Topic, id: string): Harm | undefined {
  return topic.harms.find((h) => h.id === id);
}

export interface ResolvedBasis extends Link {
  id: string;
  kind: 'study' | 'statement' | 'harm';
}

/** Resolve a `basedOn` id (study, statement or harm) to a label and a link for a "based on" list. */
export function resolveBasis(topic: Topic, id: string): ResolvedBasis | undefined {
  const study = topic.studies.find((s) => s.id === id);
  if (study) return { id, kind: 'study', label: study.shortName, href: studyLink(study).href };
  const statement = topic.statements.find((s) => s.id === id);
  if (statement) {
    const when = statement.date ? `, ${statement.date.slice(0, 4)}` : '';
    return { id, kind: 'statement', label: `${statement.body}${when}`, href: statement.url };
  }
  const harm = findHarm(topic, id);
  if (harm) {
    const href = harm.doi ? `https://doi.org/${encodeURI(harm.doi)}` : harm.url;
    return { id, kind: 'harm', label: harm.label, href };
  }
  return undefined;
}
