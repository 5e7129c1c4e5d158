/**
 * Facts that were not verified (data/ccsvi/SOURCES.md, "Left out"). Each one must be absent from the
 * topic; tests/data/unverified.test.ts checks this list.
 */
export type UnverifiedFact =
  /** a study field that must be absent */
  | {
      kind: 'study-field';
      studyId: string;
      field: 'authors' | 'title' | 'year' | 'issue' | 'doi' | 'pmid';
      reason: string;
    }
  /** a statement field that must be absent */
  | { kind: 'statement-field'; statementId: string; field: 'date'; reason: string }
  /** text that must not appear anywhere (case-insensitive) */
  | { kind: 'text'; text: string; reason: string }
  /** no timeline event may date this study's publication */
  | { kind: 'publication-date'; studyId: string; reason: string };

export const unverifiedFacts: readonly UnverifiedFact[] = [
  // Item 1, Zamboni JNNP 2009
  {
    kind: 'text',
    text: '100% sensitivity',
    reason: 'item 1: "100% sensitivity/specificity" wording not seen',
  },
  { kind: 'text', text: '100% specificity', reason: 'item 1: wording not seen' },
  // Item 2, Zamboni J Vasc Surg 2009
  { kind: 'study-field', studyId: 'zamboni-jvs-2009', field: 'doi', reason: 'item 2: DOI not seen' },
  { kind: 'study-field', studyId: 'zamboni-jvs-2009', field: 'pmid', reason: 'item 2: PMID not seen' },
  { kind: 'text', text: '27%', reason: 'item 2: relapse-free 27%→50% figure not seen' },
  { kind: 'text', text: '27 %', reason: 'item 2: same figure, other spacing' },
  { kind: 'text', text: 'relapse-free', reason: 'item 2: relapse-free and lesion figures cut off' },
  // Item 3, Zivadinov Neurology 2011
  { kind: 'study-field', studyId: 'zivadinov-2011', field: 'doi', reason: 'item 3: DOI not seen' },
  { kind: 'study-field', studyId: 'zivadinov-2011', field: 'pmid', reason: 'item 3: PMID not seen' },
  { kind: 'study-field', studyId: 'zivadinov-2011', field: 'issue', reason: 'item 3: issue (2) not seen' },
  { kind: 'text', text: '56.1', reason: 'item 3: exact abstract figures not seen' },
  { kind: 'text', text: '42.3', reason: 'item 3: exact abstract figures not seen' },
  { kind: 'text', text: '38.1', reason: 'item 3: exact abstract figures not seen' },
  { kind: 'text', text: '22.7', reason: 'item 3: exact abstract figures not seen' },
  { kind: 'text', text: '77(2)', reason: 'item 3: issue (2) given only by a page citing it' },
  {
    kind: 'text',
    text: 'Jul 12',
    reason: 'item 3: the date 2011 Jul 12 given by a citing page not verified',
  },
  { kind: 'text', text: '12 July', reason: 'item 3: the date given by a citing page not verified' },
  // Item 4, Medscape news item
  { kind: 'text', text: 'Medscape', reason: 'item 4: article and date not found' },
  { kind: 'text', text: 'Susan Jeffrey', reason: 'item 4: article not found' },
  { kind: 'text', text: 'Result, Not the Cause', reason: 'item 4: article not found' },
  // Item 11, Doepp 2010
  { kind: 'text', text: 'Doepp', reason: 'item 11: Doepp 2010 not found' },
  { kind: 'text', text: 'cerebrocervical venous congestion', reason: 'item 11: Doepp 2010 not found' },
  // Studies whose year, authors or title the sheet did not see
  {
    kind: 'study-field',
    studyId: 'mayer-jnnp',
    field: 'year',
    reason: 'item 11: year only inferred from the volume',
  },
  {
    kind: 'study-field',
    studyId: 'simka-funct-neurol',
    field: 'year',
    reason: 'item 11: year given as 2011/2012',
  },
  { kind: 'study-field', studyId: 'simka-funct-neurol', field: 'title', reason: 'item 11: title not given' },
  { kind: 'study-field', studyId: 'bmjopen-2023', field: 'title', reason: 'item 10: title not given' },
  // Items 7-9: DOIs of the three trials
  { kind: 'study-field', studyId: 'brave-dreams-2018', field: 'doi', reason: 'item 7: DOI not seen' },
  { kind: 'study-field', studyId: 'traboulsee-2018', field: 'doi', reason: 'item 8: DOI not seen' },
  // Item 10, Cochrane update
  {
    kind: 'study-field',
    studyId: 'cochrane-update',
    field: 'year',
    reason: 'item 10: publication year not seen',
  },
  { kind: 'study-field', studyId: 'cochrane-update', field: 'authors', reason: 'item 10: authors not seen' },
  {
    kind: 'publication-date',
    studyId: 'cochrane-update',
    reason: 'item 10: only the search date (Aug 2018) is known',
  },
  // Item 12, NICE IPG640
  {
    kind: 'statement-field',
    statementId: 'nice-ipg640',
    field: 'date',
    reason: 'item 12: IPG640 publication date not seen',
  },
  // Item 13, the Rhodes book
  { kind: 'text', text: 'Rhodes', reason: 'item 13: book not verified' },
  // Section 8: English names not seen verbatim
  { kind: 'text', text: 'Zamboni procedure', reason: 'section 8.2: not seen verbatim' },
  { kind: 'text', text: 'Zamboni method', reason: 'section 8.2: not seen verbatim' },
  // Addendum items not verified in a primary source (SOURCES.md)
  {
    kind: 'text',
    text: 'paralysed',
    reason: 'A11: "at least two deaths, one paralysed" seen only in news copies',
  },
  { kind: 'text', text: 'at least two deaths', reason: 'A11: seen only in news copies' },
  { kind: 'text', text: '38 of', reason: 'A5: flow restoration counts differ between news summaries' },
  { kind: 'text', text: '83%', reason: 'A5: lesion-free percentages seen only in a news summary' },
  { kind: 'text', text: '44%', reason: 'A1: the Canadian ultrasound arm figures seen only in a news report' },
  { kind: 'text', text: 'Doležal', reason: 'A9: abstract seen only on ResearchGate and a blog' },
  { kind: 'text', text: 'Goodbye to all that', reason: 'A14: editorial seen only on a blog' },
  { kind: 'text', text: 'Mostic', reason: 'issue 15, point 11: no private patient is named' },
  // Section 10: a wrong origin date from promotional sites
  { kind: 'text', text: '1998', reason: 'surprise 7: "1998" origin date is wrong' },
];
