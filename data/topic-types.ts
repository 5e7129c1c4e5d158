/**
 * Shape of one topic of the knowledge base (CCSVI today; the same type fits another controversy).
 * The hover card, the toolbar popup and the matcher all read a `Topic`.
 *
 * Rules the data follows (checked by tests/data):
 * - only facts marked VERIFIED or VERIFIED-2 in the research sheet appear; a field the sheet marks
 *   UNVERIFIED is absent, never guessed;
 * - every summary text names the studies, statements or harms it rests on (`basedOn`);
 * - every number in a text that cites a study appears in that study's record.
 */
import type { TopicText } from './ccsvi/text/en';
import type { TermSet } from './term-types';

/** Confidence of a fact, as labelled in the research sheet. UNVERIFIED facts are never stored. */
export type FactStatus =
  /** seen in a primary or authoritative source */
  | 'VERIFIED'
  /** seen only in a secondary source (news, blog, reference list) */
  | 'VERIFIED-2'
  /** only part was seen; only that part is used */
  | 'PARTIAL';

/** ISO 8601 date, only as precise as the source: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export type IsoDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

/** A short text and the ids (studies, statements or harms) that support it. */
export interface Based<Id extends string = string> {
  readonly text: string;
  readonly basedOn: readonly Id[];
}

export interface ExplanationSection<Id extends string = string> extends Based<Id> {
  readonly heading: string;
}

export type StudyRole =
  | 'original-claim'
  | 'open-label-treatment'
  | 'prevalence'
  | 'randomized-trial'
  /** people followed after treatment outside a trial, with no comparison group */
  | 'registry'
  /** a later analysis of a randomized trial's data */
  | 'follow-up-analysis'
  | 'meta-analysis'
  | 'review';

/**
 * Who did not know what:
 * - `none`: everyone knew who had MS or who was treated;
 * - `reported`: the paper says readers were blinded, but details are disputed or unclear;
 * - `assessor`: the people reading scans or scoring results did not know;
 * - `double`: patients and assessors did not know (sham-controlled trials);
 * - `unclear`: the research sheet does not say;
 * - `not-applicable`: reviews and meta-analyses.
 */
export type Blinding = 'none' | 'reported' | 'assessor' | 'double' | 'unclear' | 'not-applicable';

export interface StudyGroup {
  readonly label: string;
  /** number of people (or of studies, for a meta-analysis); absent when the sheet does not give it */
  readonly size?: number;
}

export interface StudyDesign {
  /** plain words, e.g. 'case-control study (ultrasound)' */
  readonly kind: string;
  readonly blinding: Blinding;
  readonly groups: readonly StudyGroup[];
}

/** Fields of a study whose confidence can differ from the study's overall status. */
export type StudyField =
  'authors' | 'title' | 'citation' | 'year' | 'doi' | 'pmid' | 'design' | 'keyNumbers' | 'conclusion';

export interface Study {
  readonly id: string;
  /** short author list, e.g. 'Zamboni P, Galeotti R, et al.'; absent when not seen */
  readonly authors?: string;
  /** absent when the sheet did not see it */
  readonly title?: string;
  readonly journal: string;
  /** print year; absent when the sheet did not see it */
  readonly year?: number;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
  /** article number, e.g. a Cochrane review number 'CD009903' */
  readonly articleId?: string;
  /** bare DOI, e.g. '10.1136/jnnp.2008.157164' */
  readonly doi?: string;
  /** PubMed id, digits only */
  readonly pmid?: string;
  /** trial registration, e.g. 'NCT01450072' */
  readonly registration?: string;
  /** short name used in the text, e.g. 'CoSMo' */
  readonly shortName: string;
  readonly design: StudyDesign;
  /** plain-language figures, each one short line */
  readonly keyNumbers: readonly string[];
  /** the result in plain words (ours, not the authors') */
  readonly conclusion: string;
  readonly role: StudyRole;
  /** the page where the research sheet saw the facts */
  readonly sourceUrl: string;
  /** overall confidence */
  readonly status: FactStatus;
  /** fields whose confidence differs from `status` */
  readonly fieldStatus?: Readonly<Partial<Record<StudyField, FactStatus>>>;
  /** one line for readers about caveats (e.g. figures that circulate in two versions) */
  readonly note?: string;
  /** one calm line on how the facts were checked (shown in the study details) */
  readonly verification?: string;
}

export type StatementKind = 'regulator' | 'health-technology-assessment' | 'ms-society' | 'professional-body';

export interface Statement {
  readonly id: string;
  readonly body: string;
  readonly kind: StatementKind;
  /** absent when the page is undated or the date was not verified */
  readonly date?: IsoDate;
  readonly summary: string;
  readonly url: string;
  readonly status: FactStatus;
}

export interface Harm {
  readonly id: string;
  /** short label for a "based on" list, e.g. 'FDA reports (2012)' */
  readonly label: string;
  readonly date?: IsoDate;
  readonly text: string;
  /** studies or statements reporting it */
  readonly basedOn?: readonly string[];
  /** citation when the source is not one of the topic's studies or statements */
  readonly citation?: string;
  readonly doi?: string;
  readonly url: string;
  readonly status: FactStatus;
}

export interface TimelineEvent {
  readonly date: IsoDate;
  readonly label: string;
  /**
   * `publication`: the date a study in `basedOn` appeared (online or in print);
   * `event`: anything else (meetings, rulings, a trial starting).
   */
  readonly kind: 'publication' | 'event';
  readonly basedOn?: readonly string[];
  /** source page when the event is not tied to a study or statement */
  readonly sourceUrl?: string;
  readonly status: FactStatus;
}

/**
 * What a reader of a page that cites a study should know about it: how to recognise the citation
 * (beyond the study's DOI, PMID and registration) and what became of the study. Kept per study, so
 * any page that cites it gets the same line.
 */
export interface StudyCitation {
  /** how a reference list would name it, e.g. 'Zamboni 2009' */
  readonly label: string;
  /** its place in the story, plain words, e.g. 'the first report' */
  readonly role: string;
  /** what became of it: one or two short sentences, only facts from the study records or the sheet */
  readonly outcome: string;
  /** PubMed Central id, e.g. 'PMC4132574', when the sheet saw the study there */
  readonly pmcid?: string;
  /** more DOIs of the same work (a review's versions) */
  readonly dois?: readonly string[];
  /** the study's own pages as host and path (no scheme), e.g. 'jnnp.bmj.com/content/80/4/392' */
  readonly pages?: readonly string[];
  /** other names of its journal, e.g. 'Journal of Neurology, Neurosurgery and Psychiatry' */
  readonly journalAliases?: readonly string[];
}

/** The evidence a page's age is measured against: a page written before it is told what came after. */
export interface DecisiveEvidence {
  /** studies whose publication (first timeline event) settles the question */
  readonly studyIds: readonly string[];
}

export interface TopicCitations {
  readonly studies: Readonly<Record<string, StudyCitation>>;
  readonly decisive: DecisiveEvidence;
}

/** One row of the "evidence got stricter" picture: share of people found to have CCSVI. */
export interface EvidenceRow {
  readonly studyId: string;
  /** short label, e.g. 'First report, 2009' */
  readonly label: string;
  /** how CCSVI was looked for, in plain words */
  readonly method: string;
  /** percent of people with MS found to have CCSVI */
  readonly msPercent: number;
  /** percent of comparison people found to have CCSVI */
  readonly controlPercent: number;
  readonly controlLabel: string;
  readonly status: FactStatus;
  readonly note?: string;
}

export interface TrialOutcome {
  readonly studyId: string;
  readonly text: string;
}

export interface EvidencePicture {
  readonly title: string;
  readonly rows: readonly EvidenceRow[];
  readonly trials: readonly TrialOutcome[];
  readonly note: string;
}

/**
 * A word a lay reader may not know. Views explain it where it is first used (components/topic/glossary).
 * `forms` are the spellings to look for, lower case, matched as whole words ('blinded', 'blinding').
 */
export interface GlossaryEntry {
  readonly id: string;
  /** the word as a heading, e.g. 'Meta-analysis' */
  readonly term: string;
  readonly forms: readonly string[];
  /** one or two short sentences, in plain words, without other glossary words */
  readonly explanation: string;
}

/** "What this means for you": attributed, calm advice-like points, and a plain "not medical advice". */
export interface WhatThisMeans<Id extends string = string> {
  readonly heading: string;
  readonly points: readonly Based<Id>[];
  /** which points the card has room for (indexes into points): the next steps */
  readonly onCard: readonly number[];
  readonly disclaimer: string;
}

export interface Topic {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  /** ISO date of the last content review */
  readonly lastReviewed: IsoDate;
  /** semantic version of the content */
  readonly version: string;
  readonly terms: TermSet;
  /** one sentence, at most 200 characters */
  readonly verdict: Based;
  /** 3 to 5 points, each at most two sentences */
  readonly keyPoints: readonly Based[];
  /**
   * the card's key points: the same facts as the first key points, said in a line each; `key` names
   * each (`trials` is the one a dated page's age line says again)
   */
  readonly cardPoints: readonly (Based & { readonly key: string })[];
  readonly explanation: readonly ExplanationSection[];
  readonly studies: readonly Study[];
  readonly statements: readonly Statement[];
  readonly harms: readonly Harm[];
  readonly timeline: readonly TimelineEvent[];
  readonly citations: TopicCitations;
  readonly evidencePicture: EvidencePicture;
  /** the one plain statement on safety, shown on the Safety tab and reused in the key points */
  readonly safety: Based;
  /** what the evidence means for a reader, shown next to the verdict */
  readonly whatThisMeans: WhatThisMeans;
  /** what the card calls the mentioned thing, by the kind of term that matched */
  readonly subjects: { readonly condition: string; readonly procedure: string };
  /** words explained at first use, and listed in the full view */
  readonly glossary: readonly GlossaryEntry[];
  /** the language of every text of this topic object (BCP 47, e.g. 'it') */
  readonly lang: string;
  /** the evidence views' own words, in that language */
  readonly views: TopicText['views'];
  /** the hover card's own words */
  readonly card: TopicText['card'];
  /** the "This page is from …" line */
  readonly pageAge: TopicText['pageAge'];
}
