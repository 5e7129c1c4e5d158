/**
 * Recognises references to a topic's studies in a page's references (pure: strings in, ids out).
 * Identifiers first (DOI, PMID, PMC id, trial registration, the study's own page); then a citation by
 * title, authors, journal, year, volume and pages, tolerant of case, punctuation, journal
 * abbreviations, small typos and cut-off titles. Never a guess: a reference that carries an identifier
 * of another work, or contradicts the study's year, is not matched; two equally good candidates match
 * neither.
 */
import type { CitableStudy } from './citable-studies';
import { scoreByDetails, type Score } from './citation-details';
import {
  doiMatches,
  hasIdentifier,
  identifiersIn,
  pageMatches,
  type PageReference,
} from './citation-identifiers';
import { tokens } from './citation-words';

export type RecognisedBy = 'doi' | 'pmid' | 'pmcid' | 'registration' | 'page' | 'title' | 'citation';

export interface Recognition {
  studyId: string;
  by: RecognisedBy;
}

/** The studies one reference cites. */
export function recogniseReference(ref: PageReference, studies: readonly CitableStudy[]): Recognition[] {
  const ids = identifiersIn(ref);
  const found: Recognition[] = [];
  let knownIdentifiers = 0;
  const add = (studyId: string, by: RecognisedBy) => {
    if (!found.some((f) => f.studyId === studyId)) found.push({ studyId, by });
  };
  for (const study of studies) {
    for (const doi of ids.dois)
      if (study.dois.some((k) => doiMatches(doi, k))) {
        add(study.id, 'doi');
        knownIdentifiers++;
      }
    for (const pmid of ids.pmids)
      if (study.pmids.includes(pmid)) {
        add(study.id, 'pmid');
        knownIdentifiers++;
      }
    for (const pmcid of ids.pmcids)
      if (study.pmcids.includes(pmcid)) {
        add(study.id, 'pmcid');
        knownIdentifiers++;
      }
    for (const reg of ids.registrations)
      if (study.registrations.includes(reg)) {
        add(study.id, 'registration');
        knownIdentifiers++;
      }
    for (const page of ids.pages) if (study.pages.some((k) => pageMatches(page, k))) add(study.id, 'page');
  }
  // A trial's registration number also marks later analyses of the same trial: it names the trial itself.
  const byRegistration = found.filter((f) => f.by === 'registration');
  if (byRegistration.length > 1) {
    const yearOf = (id: string) => studies.find((s) => s.id === id)?.year ?? Infinity;
    const trial = byRegistration.reduce((a, b) => (yearOf(b.studyId) < yearOf(a.studyId) ? b : a));
    return found.filter((f) => f.by !== 'registration' || f === trial);
  }
  if (found.length > 0) return found;
  // An identifier of some other work: this reference is that work, whatever its title looks like.
  if (ids.dois.length + ids.pmids.length + ids.pmcids.length + ids.registrations.length > knownIdentifiers)
    return [];

  const refTokens = tokens(ref.text);
  const scores = studies.map((s) => scoreByDetails(s, refTokens)).filter((s): s is Score => s !== null);
  if (scores.length === 0) return [];
  scores.sort((a, b) => b.score - a.score);
  if (scores.length > 1 && scores[0]!.score === scores[1]!.score) return [];
  return [{ studyId: scores[0]!.id, by: scores[0]!.by }];
}

// ---- a page's references, summed up ----------------------------------------------------------------

export interface CitationSummary {
  /** the topic's studies the page cites, each once, in page order */
  cited: Recognition[];
  /** references about the topic that match none of its studies: shown as not verified, as the page gives them */
  unverified: string[];
}

const shorten = (text: string, max = 220) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * Recognises every reference; a reference that matches no study is kept as "not verified" only when it
 * is part of the page's reference list (or carries an identifier) and is about the topic.
 */
export function summariseCitations(
  refs: ReadonlyArray<PageReference & { listed: boolean }>,
  studies: readonly CitableStudy[],
  isAboutTopic: (text: string) => boolean,
): CitationSummary {
  const cited: Recognition[] = [];
  const unverified: string[] = [];
  for (const ref of refs) {
    const found = recogniseReference(ref, studies);
    for (const r of found) if (!cited.some((c) => c.studyId === r.studyId)) cited.push(r);
    if (found.length > 0) continue;
    if (!(ref.listed || hasIdentifier(ref)) || !isAboutTopic(ref.text)) continue;
    // Empty brackets are leftovers of the page's own links ("[]"), not part of the reference.
    const text = shorten(ref.text.replace(/\s*\[\s*\]/g, '').trim());
    if (!unverified.includes(text)) unverified.push(text);
  }
  return { cited, unverified };
}
