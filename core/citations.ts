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
  identifiersIn,
  pageMatches,
  hasWorkIdentifier,
  type Identifiers,
  type PageReference,
} from './citation-identifiers';
import { tokens } from './citation-words';

export type RecognisedBy = 'doi' | 'pmid' | 'pmcid' | 'registration' | 'page' | 'title' | 'citation';

export interface Recognition {
  studyId: string;
  by: RecognisedBy;
}

const same = (found: string, known: string) => found === known;

/** Each kind of identifier, in order of trust: what a match is called, and when a found one is a study's own. */
const MATCHES: ReadonlyArray<
  [RecognisedBy, keyof Identifiers & keyof CitableStudy, (found: string, known: string) => boolean]
> = [
  ['doi', 'dois', doiMatches],
  ['pmid', 'pmids', same],
  ['pmcid', 'pmcids', same],
  ['registration', 'registrations', same],
  ['page', 'pages', pageMatches],
];

/** The studies one reference cites. */
export function recogniseReference(ref: PageReference, studies: readonly CitableStudy[]): Recognition[] {
  const ids = identifiersIn(ref);
  const found: Recognition[] = [];
  for (const study of studies) {
    const match = MATCHES.find(([, kind, matches]) =>
      ids[kind].some((id) => study[kind].some((known) => matches(id, known))),
    );
    if (match) found.push({ studyId: study.id, by: match[0] });
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
  if (hasWorkIdentifier(ids)) return [];

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
    if (!(ref.listed || hasWorkIdentifier(identifiersIn(ref))) || !isAboutTopic(ref.text)) continue;
    // Empty brackets are leftovers of the page's own links ("[]"), not part of the reference.
    const text = shorten(ref.text.replace(/\s*\[\s*\]/g, '').trim());
    if (!unverified.includes(text)) unverified.push(text);
  }
  return { cited, unverified };
}
