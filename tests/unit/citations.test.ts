import fc from 'fast-check';
import { citableStudies } from '../../core/citable-studies';
import { titleCoverage } from '../../core/citation-details';
import { identifiersIn, type PageReference } from '../../core/citation-identifiers';
import { normalise, sameWord, tokens } from '../../core/citation-words';
import { recogniseReference } from '../../core/citations';
import { ccsviTopic } from '../../data';
import type { Study } from '../../data/topic-types';

const STUDIES = citableStudies(ccsviTopic.studies, ccsviTopic.citations.studies);
const ref = (text: string, ...hrefs: string[]): PageReference => ({ text, hrefs });
const ids = (r: PageReference) => recogniseReference(r, STUDIES).map((x) => `${x.studyId}:${x.by}`);

/** The seed article's "Further Reading", as the page gives it. */
const SEED_REFERENCES = [
  'Zamboni P, Galeotti R, Menegatti E, et al. (April 2009). “Chronic cerebrospinal venous insufficiency in patients with multiple sclerosis”. J. Neurol. Neurosurg. Psychiatr. 80 (4): 392–9',
  '“CCSVI May Be the Result, Not the Cause of MS” by Susan Jeffrey in Medscape Medical News []',
  'CCSVI as the Cause of Multiple Sclerosis: The Science Behind the Controversial Theory by Marie A. Rhodes [Book Below]',
  'Zivadinov R, Marr K, Cutter G, Ramanathan M, Benedict RH, Kennedy C, Elfadil M, Yeh AE, Reuther J, Brooks C, Hunt K, Andrews M, Carl E, Dwyer MG, Hojnacki D, Weinstock-Guttman B. Prevalence, sensitivity, and specificity of chronic cerebrospinal venous insufficiency in MS. Neurology. 2011 Jul 12;77(2):138-44.',
];

describe('the seed article', () => {
  test('item 1 is Zamboni 2009 (JNNP), item 4 is Zivadinov 2011; the news story and the book match nothing', () => {
    expect(SEED_REFERENCES.map((t) => ids(ref(t)))).toEqual([
      ['zamboni-jnnp-2009:title'],
      [],
      [],
      ['zivadinov-2011:title'],
    ]);
  });
});

describe('identifiers', () => {
  test.each([
    ['doi:10.1136/jnnp.2008.157164.', 'zamboni-jnnp-2009:doi'],
    ['https://doi.org/10.1177/1352458513501231', 'cosmo-2013:doi'],
    ['see http://dx.doi.org/10.1016/S0140-6736(13)61747-X)', 'traboulsee-2014:doi'],
    ['(DOI: 10.1002/ANA.22228)', 'baracchini-2011:doi'],
    ['PMID: 24975855', 'premise-2014:pmid'],
    ['pmid19060024', 'zamboni-jnnp-2009:pmid'],
    ['PubMed ID: 21969411', 'laupacis-2011:pmid'],
    ['PMCID: PMC5833494', 'brave-dreams-2018:pmcid'],
    ['registered as NCT01450072;', 'premise-2014:registration'],
    ['Brave Dreams (NCT 01371760)', 'brave-dreams-2018:registration'],
  ])('in text: %s', (text, expected) => {
    expect(ids(ref(text))).toEqual([expected]);
  });

  test.each([
    ['https://doi.org/10.1371%2Fjournal.pone.0056031', 'plos-one-blind:doi'],
    ['http://www.plosone.org/article/info%3Adoi%2F10.1371%2Fjournal.pone.0056031', 'plos-one-blind:doi'],
    ['https://pubmed.ncbi.nlm.nih.gov/24014572/', 'cosmo-2013:pmid'],
    ['https://www.ncbi.nlm.nih.gov/pubmed/30266886', 'traboulsee-2018:pmid'],
    ['http://www.ncbi.nlm.nih.gov/pubmed/?term=21825217', 'marder-2011:pmid'],
    ['https://pubmed.gov/24014572', 'cosmo-2013:pmid'],
    ['https://europepmc.org/article/MED/37380203', 'bmjopen-2023:pmid'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4132574/', 'premise-2014:pmcid'],
    ['https://clinicaltrials.gov/ct2/show/NCT01371760', 'brave-dreams-2018:registration'],
    ['https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009903.pub3/full', 'cochrane-update:doi'],
    ['http://jnnp.bmj.com/content/80/4/392.full', 'zamboni-jnnp-2009:page'],
  ])('in a link: %s', (href, expected) => {
    expect(ids(ref('the study', href))).toEqual([expected]);
  });

  test('a reference with both an identifier and the study page is matched by the identifier', () => {
    expect(ids(ref('doi:10.1136/jnnp.2008.157164', 'http://jnnp.bmj.com/content/80/4/392.full'))).toEqual([
      'zamboni-jnnp-2009:doi',
    ]);
  });

  test('near misses are not matches', () => {
    expect(ids(ref('PMID: 190600241'))).toEqual([]);
    expect(ids(ref('doi:10.1136/jnnp.2008.1571645'))).toEqual([]);
    expect(ids(ref('NCT014500723'))).toEqual([]);
    expect(ids(ref('x', 'http://jnnp.bmj.com/content/80/4/3921'))).toEqual([]);
    // a review's other version is another document
    expect(ids(ref('doi:10.1002/14651858.CD009903'))).toEqual([]);
  });

  test('a DOI keeps its own brackets and loses the sentence around it', () => {
    expect(identifiersIn(ref('(see doi:10.1016/S0140-6736(13)61747-X).')).dois).toEqual([
      '10.1016/s0140-6736(13)61747-x',
    ]);
    expect(identifiersIn(ref('“10.1177/1352458513501231”,')).dois).toEqual(['10.1177/1352458513501231']);
  });

  test('one reference can cite two studies by identifier', () => {
    expect(ids(ref('PMID 24975855 and PMID 30266886'))).toEqual([
      'premise-2014:pmid',
      'traboulsee-2018:pmid',
    ]);
  });
});

describe('citations by title, authors and journal', () => {
  test('journal abbreviations and full names', () => {
    expect(ids(ref('Zamboni P, et al. J Neurol Neurosurg Psychiatry 2009;80:392–399'))).toEqual([
      'zamboni-jnnp-2009:citation',
    ]);
    expect(
      ids(
        ref(
          'Zamboni P. et al., Journal of Neurology, Neurosurgery, and Psychiatry, vol. 80, no. 4, pp. 392-399, 2009',
        ),
      ),
    ).toEqual(['zamboni-jnnp-2009:citation']);
    expect(ids(ref('Comi G et al. Mult Scler. 2013 Oct;19(11):1508-17.'))).toEqual(['cosmo-2013:citation']);
  });

  test('titles with case, punctuation and typos', () => {
    expect(
      ids(
        ref('CHRONIC CEREBRO-SPINAL VENOUS INSUFFICENCY IN PATIENTS WITH MULTIPLE SCLEROSIS (Zamboni, 2009)'),
      ),
    ).toEqual(['zamboni-jnnp-2009:title']);
    expect(
      ids(
        ref(
          'Traboulsee et al: "Prevalance of extracranial venous narowing on catheter venography in people with MS, their siblings and unrelated healthy controls", Lancet',
        ),
      ),
    ).toEqual(['traboulsee-2014:title']);
  });

  test('cut-off titles with a corroborating detail', () => {
    expect(
      ids(
        ref(
          'Zivadinov R et al. Prevalence, sensitivity, and specificity of chronic cerebrospinal venous… Neurology 2011',
        ),
      ),
    ).toEqual(['zivadinov-2011:title']);
    expect(ids(ref('“Safety and efficacy of venoplasty in MS: a randomized…”, Neurology (2018)'))).toEqual([
      'traboulsee-2018:title',
    ]);
  });

  test('a short, common title start alone is not enough', () => {
    expect(ids(ref('Chronic cerebrospinal venous insufficiency in patients…'))).toEqual([]);
    expect(ids(ref('No evidence of CCSVI'))).toEqual([]);
  });

  test('a contradicting year or a foreign identifier stops a title match', () => {
    const title = 'Chronic cerebrospinal venous insufficiency in patients with multiple sclerosis';
    expect(ids(ref(`Zamboni P. ${title}. J Neurol Neurosurg Psychiatry. 2015`))).toEqual([]);
    expect(ids(ref(`Someone. ${title}. doi:10.9999/other.2010.1`))).toEqual([]);
    expect(ids(ref(`Zamboni P. ${title}. 2008 (online first)`))).toEqual(['zamboni-jnnp-2009:title']);
  });

  test('two studies that fit equally well: neither is chosen', () => {
    const zamboni = STUDIES.find((s) => s.id === 'zamboni-jnnp-2009')!;
    const twin = { ...zamboni, id: 'twin', dois: [], pmids: [] };
    const text =
      'Zamboni P. Chronic cerebrospinal venous insufficiency in patients with multiple sclerosis. JNNP 2009';
    expect(recogniseReference(ref(text), [zamboni])).toHaveLength(1);
    expect(recogniseReference(ref(text), [zamboni, twin])).toEqual([]);
  });

  test('unrelated references are not matched', () => {
    for (const text of [
      'Smith J, Brown K. Statins and heart disease. Lancet. 2010;375:1000-5.',
      'Polman CH et al. Diagnostic criteria for multiple sclerosis: 2010 revisions to the McDonald criteria. Ann Neurol 2011;69:292-302.',
      'Traboulsee A et al. Revised recommendations of the Consortium of MS Centers Task Force for a standardized MRI protocol. AJNR 2016',
      'Neurology. 2011;77:1-10.',
    ]) {
      expect(ids(ref(text)), text).toEqual([]);
    }
  });
});

describe('building blocks', () => {
  test('normalise', () => {
    expect(normalise('Cerebro-Spinal  Venous—Insufficiency, in Multiple Sclerosis!')).toBe(
      'cerebrospinal venous insufficiency in ms',
    );
    expect(tokens('J. Neurol. Neurosurg. Psychiatr.')).toEqual(['j', 'neurol', 'neurosurg', 'psychiatr']);
  });

  test('sameWord allows small typos in long words only', () => {
    expect(sameWord('insufficiency', 'insufficency')).toBe(true);
    expect(sameWord('venous', 'veonus')).toBe(true);
    expect(sameWord('ms', 'mr')).toBe(false);
    expect(sameWord('2009', '2008')).toBe(false);
  });

  test('title coverage counts a cut-off title as partial', () => {
    const title = tokens(
      'Prevalence, sensitivity, and specificity of chronic cerebrospinal venous insufficiency in MS',
    );
    expect(titleCoverage(title, tokens('Prevalence, sensitivity, and specificity of chronic'))).toBeCloseTo(
      6 / 11,
    );
    expect(titleCoverage(title, title)).toBe(1);
  });

  test('any study, cited by its DOI in any common form, is found (property)', () => {
    const withDoi = (ccsviTopic.studies as readonly Study[]).filter((s) => s.doi);
    fc.assert(
      fc.property(
        fc.constantFrom(...withDoi),
        fc.constantFrom('doi:', 'DOI ', 'https://doi.org/', 'http://dx.doi.org/', 'https://doi.org/', ''),
        fc.constantFrom('', '.', ',', ';', ')', '].'),
        fc.boolean(),
        fc.string({ maxLength: 20 }).filter((s) => !/10\.\d|pmid|pmc|nct|doi/i.test(s)),
        (study, prefix, trailing, upper, words) => {
          const doi = upper ? study.doi!.toUpperCase() : study.doi!;
          expect(ids(ref(`${words} ${prefix}${doi}${trailing} ${words}`))).toEqual([`${study.id}:doi`]);
        },
      ),
    );
  });

  test('random text never matches a study by title or citation (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'venous',
            'ms',
            'ccsvi',
            'study',
            'in',
            'of',
            'patients',
            'Neurology',
            'Lancet',
            '2011',
            '2009',
            'et al',
            'the',
          ),
          { maxLength: 12 },
        ),
        (words) => {
          expect(ids(ref(words.join(' ')))).toEqual([]);
        },
      ),
    );
  });
});
