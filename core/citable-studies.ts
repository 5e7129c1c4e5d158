/** What recognition needs to know about each of a topic's studies, from its record and citation knowledge. */
import type { Study, StudyCitation } from '../data/topic-types';
import { STOP, tokens } from './citation-words';

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

function surname(authors: string | undefined): string[] {
  const first = authors?.split(',')[0]?.trim();
  if (!first) return [];
  // 'Zamboni P' → zamboni; 'van Zuuren EJ' → van zuuren (initials are the trailing capitals).
  return tokens(first.replace(/\s+[A-Z]{1,3}$/, ''));
}

const journalTokens = (name: string) => tokens(name).filter((t) => !STOP.has(t));

function citableStudy(study: StudyRecord, knowledge: CitationKnowledge | undefined): CitableStudy {
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
