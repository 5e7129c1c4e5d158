/**
 * Recognises references to a topic's studies in a page's references (pure: strings in, ids out).
 * Identifiers first (DOI, PMID, PMC id, trial registration, the study's own page); then a citation by
 * title, authors, journal, year, volume and pages, tolerant of case, punctuation, journal
 * abbreviations, small typos and cut-off titles. Never a guess: a reference that carries an identifier
 * of another work, or contradicts the study's year, is not matched; two equally good candidates match
 * neither.
 */
import type { Study, StudyCitation } from '../data/topic-types';

/** What recognition reads of a study's record and its citation knowledge (no words of any language). */
type StudyRecord = Omit<
  Study,
  'shortName' | 'keyNumbers' | 'conclusion' | 'note' | 'verification' | 'design'
>;
type CitationKnowledge = Omit<StudyCitation, 'role' | 'outcome'>;

/** What recognition needs to know about one study (derived from its record and its citation knowledge). */
export interface CitableStudy {
  id: string;
  /** lower case */
  dois: string[];
  pmids: string[];
  /** upper case, 'PMC123' */
  pmcids: string[];
  /** upper case, 'NCT01450072' */
  registrations: string[];
  /** host and path, lower case, no 'www.' */
  pages: string[];
  /** normalised title tokens */
  title: string[];
  /** normalised surname tokens of the first author */
  author: string[];
  /** normalised journal names (tokens without stop words) */
  journals: string[][];
  year?: number;
  volume?: string;
  firstPage?: string;
}

/** A reference as found on a page: its text and the addresses it links to. */
export interface PageReference {
  text: string;
  hrefs: readonly string[];
}

export type RecognisedBy = 'doi' | 'pmid' | 'pmcid' | 'registration' | 'page' | 'title' | 'citation';

export interface Recognition {
  studyId: string;
  by: RecognisedBy;
}

// ---- normalising -----------------------------------------------------------------------------------

const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'de', 'la', 'le', 'et', 'und', 'a', 'an', 'on']);

/** Lower case, no accents, hyphens inside words dropped ('cerebro-spinal'), other punctuation as spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\p{L})[-‐‑­](?=\p{L})/gu, '$1')
    .replace(/multiple sclerosis/g, 'ms')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const tokens = (text: string): string[] => {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
};

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Damerau-Levenshtein (optimal string alignment), small strings only.
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Same word, allowing one typo in words of 5+ letters and two in words of 9+. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || /\d/.test(a) || /\d/.test(b)) return false;
  return editDistance(a, b, shorter >= 9 ? 2 : 1) <= (shorter >= 9 ? 2 : 1);
}

// ---- identifiers -----------------------------------------------------------------------------------

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  }
}

/** A DOI as written, without the punctuation that ends the sentence or closes a bracket around it. */
function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const last = doi.at(-1);
    if (last === undefined) return doi;
    const count = (c: string) => doi.split(c).length - 1;
    if ('.,;:!?\'"”’>'.includes(last)) doi = doi.slice(0, -1);
    else if (last === ')' && count(')') > count('(')) doi = doi.slice(0, -1);
    else if (last === ']' && count(']') > count('[')) doi = doi.slice(0, -1);
    else return doi;
  }
}

export interface Identifiers {
  dois: string[];
  pmids: string[];
  pmcids: string[];
  registrations: string[];
  /** host + path of every link, lower case, no 'www.' */
  pages: string[];
}

/** Every identifier in a reference's text and links (decoded, normalised, de-duplicated). */
export function identifiersIn(ref: PageReference): Identifiers {
  const hay = [ref.text, ...ref.hrefs.map(decode)].join('\n');
  const uniq = (xs: string[]) => [...new Set(xs)];
  const dois = uniq(
    [...hay.matchAll(/\b(10\.\d{4,9}\/[^\s"<>]+)/gi)].map((m) =>
      trimDoi(m[1]!.replace(/[?#].*$/, '')).toLowerCase(),
    ),
  );
  const pmids = uniq(
    [
      ...[...hay.matchAll(/\bPMID\s*:?\s*(\d{1,9})\b/gi)].map((m) => m[1]!),
      ...[...hay.matchAll(/\bPubMed\s*(?:ID)?\s*:\s*(\d{4,9})\b/gi)].map((m) => m[1]!),
      ...[...hay.matchAll(/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})(?!\d)/gi)].map((m) => m[1]!),
      ...[...hay.matchAll(/ncbi\.nlm\.nih\.gov\/pubmed\/(?:\?term=)?(\d{1,9})(?!\d)/gi)].map((m) => m[1]!),
      ...[...hay.matchAll(/pubmed\.gov\/(\d{1,9})(?!\d)/gi)].map((m) => m[1]!),
      ...[...hay.matchAll(/europepmc\.org\/(?:abstract|article)\/MED\/(\d{1,9})(?!\d)/gi)].map((m) => m[1]!),
    ].map((p) => String(Number(p))),
  );
  const pmcids = uniq([...hay.matchAll(/\bPMC\s?(\d{4,9})(?!\d)/gi)].map((m) => `PMC${m[1]}`));
  const registrations = uniq([...hay.matchAll(/\bNCT\s?(\d{8})(?!\d)/gi)].map((m) => `NCT${m[1]}`));
  const pages = ref.hrefs.flatMap((href) => {
    try {
      const url = new URL(href);
      return [`${url.hostname.replace(/^www\./, '')}${url.pathname}`.toLowerCase()];
    } catch {
      return [];
    }
  });
  return { dois, pmids, pmcids, registrations, pages };
}

const doiMatches = (found: string, known: string) => found === known || found.startsWith(`${known}/`);
const pageMatches = (found: string, known: string) =>
  found.startsWith(known) && !/^[\p{L}\p{N}]/u.test(found.slice(known.length));

// ---- citations by title and details ------------------------------------------------------------

/** How much of the title the reference gives, in order, allowing one extra or missing word at a time. */
export function titleCoverage(title: readonly string[], ref: readonly string[]): number {
  if (title.length === 0) return 0;
  let best = 0;
  for (let start = 0; start < ref.length; start++) {
    if (!sameWord(ref[start]!, title[0]!) && !(title[1] && sameWord(ref[start]!, title[1]))) continue;
    let j = sameWord(ref[start]!, title[0]!) ? 0 : 1;
    let k = start;
    let matched = 0;
    while (j < title.length && k < ref.length) {
      if (sameWord(title[j]!, ref[k]!)) {
        matched++;
        j++;
        k++;
      } else if (k + 1 < ref.length && sameWord(title[j]!, ref[k + 1]!)) {
        k++;
      } else if (j + 1 < title.length && sameWord(title[j + 1]!, ref[k]!)) {
        j++;
      } else break;
    }
    best = Math.max(best, matched);
  }
  return best / title.length;
}

function containsRun(
  ref: readonly string[],
  run: readonly string[],
  same: (a: string, b: string) => boolean,
): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= ref.length; i++)
    if (run.every((t, k) => same(t, ref[i + k]!))) return true;
  return false;
}

/** 'J Neurol Neurosurg Psychiatry' against 'J. Neurol. Neurosurg. Psychiatr.' or the full name: word by word, one may abbreviate the other. */
function journalIn(ref: readonly string[], journal: readonly string[]): boolean {
  const significant = ref.filter((t) => !STOP.has(t));
  if (journal.length === 1) return significant.includes(journal[0]!);
  return containsRun(
    significant,
    journal,
    (a, b) => a === b || (a.length >= 1 && b.startsWith(a)) || (b.length >= 1 && a.startsWith(b)),
  );
}

const yearsIn = (ref: readonly string[]) => ref.filter((t) => /^(19|20)\d{2}$/.test(t)).map(Number);

interface Score {
  id: string;
  by: RecognisedBy;
  score: number;
}

function scoreByDetails(study: CitableStudy, ref: readonly string[]): Score | null {
  const years = yearsIn(ref);
  // A reference that names only other years is another paper (online-first a year early is allowed).
  if (study.year !== undefined && years.length > 0 && !years.some((y) => Math.abs(y - study.year!) <= 1))
    return null;
  const author = containsRun(ref, study.author, sameWord);
  const journal = study.journals.some((j) => journalIn(ref, j));
  const year = study.year !== undefined && years.includes(study.year);
  const volume = study.volume !== undefined && ref.includes(study.volume);
  const page = study.firstPage !== undefined && ref.includes(study.firstPage);
  const coverage = titleCoverage(study.title, ref);
  const matchedWords = Math.round(coverage * study.title.length);
  const corroboration = [author, journal, year, volume && page].filter(Boolean).length;

  if (study.title.length >= 8 && coverage >= 0.9)
    return { id: study.id, by: 'title', score: 10 + coverage + corroboration };
  if (coverage >= 0.6 && matchedWords >= 4 && corroboration >= 1)
    return { id: study.id, by: 'title', score: 5 + coverage + corroboration };
  if (journal && page && (volume || year)) return { id: study.id, by: 'citation', score: 3 + corroboration };
  if (author && journal && year && volume) return { id: study.id, by: 'citation', score: 3 + corroboration };
  return null;
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

/** Whether the reference carries a DOI, PMID, PMC id or registration number at all. */
export function hasIdentifier(ref: PageReference): boolean {
  const ids = identifiersIn(ref);
  return ids.dois.length + ids.pmids.length + ids.pmcids.length + ids.registrations.length > 0;
}

// ---- from the knowledge base -------------------------------------------------------------------

function surname(authors: string | undefined): string[] {
  const first = authors?.split(',')[0]?.trim();
  if (!first) return [];
  // 'Zamboni P' → zamboni; 'van Zuuren EJ' → van zuuren (initials are the trailing capitals).
  return tokens(first.replace(/\s+[A-Z]{1,3}$/, ''));
}

const journalTokens = (name: string) => tokens(name).filter((t) => !STOP.has(t));

export function citableStudy(study: StudyRecord, knowledge: CitationKnowledge | undefined): CitableStudy {
  return {
    id: study.id,
    dois: [study.doi, ...(knowledge?.dois ?? [])].filter((d): d is string => !!d).map((d) => d.toLowerCase()),
    pmids: study.pmid ? [study.pmid] : [],
    pmcids: knowledge?.pmcid ? [knowledge.pmcid.toUpperCase()] : [],
    registrations: study.registration ? [study.registration.toUpperCase()] : [],
    pages: (knowledge?.pages ?? []).map((p) => p.toLowerCase().replace(/^www\./, '')),
    title: study.title ? tokens(study.title) : [],
    author: surname(study.authors),
    journals: [study.journal, ...(knowledge?.journalAliases ?? [])]
      .map(journalTokens)
      .filter((j) => j.length > 0),
    ...(study.year !== undefined ? { year: study.year } : {}),
    ...(study.volume !== undefined ? { volume: study.volume } : {}),
    ...(study.pages ? { firstPage: tokens(study.pages.split(/[–-]/)[0] ?? '')[0] } : {}),
  };
}

export function citableStudies(
  studies: readonly StudyRecord[],
  knowledge: Readonly<Record<string, CitationKnowledge>>,
): CitableStudy[] {
  return studies.map((s) => citableStudy(s, knowledge[s.id]));
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
