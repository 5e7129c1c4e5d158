// Every translation of the topic says the same facts as English: the same numbers, dates, DOIs, trial
// ids, guidance numbers and study names, text by text (data/ccsvi/text/README.md). Numbers are read
// with each language's own separators ('1.767' in Italian, '30,9 %' in French).
import { en, topicTexts, type TopicText } from '../../data/ccsvi/text';

/** Sample values for the sentences that take some, by their path in the text. */
const SAMPLES: Record<string, object> = {
  'pageAge.published': { date: '⟦date⟧' },
  'pageAge.updated': { date: '⟦date⟧' },
  'pageAge.since': { count: 2, total: 3, years: '2014–2018' },
  'card.neverOnSiteHint': { site: '⟦site⟧' },
  'card.siteOff': { site: '⟦site⟧' },
  'card.lastReviewed': { date: '⟦date⟧' },
  'views.wordsExplained': { count: 13 },
  'views.filterAll': { count: 26 },
  'views.showing': { shown: 7, total: 26 },
  'views.allSources': { count: 38 },
  // a version is an identifier, not a number: kept out of the numbers compared, like the dates
  'views.lastReviewed.after': { version: '⟦version⟧' },
};

/** Every text of a topic's words with its path; sentences are called with the sample values. */
export function textsOf(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (v: unknown, p: string) => {
    if (typeof v === 'string') out.set(p, v);
    else if (typeof v === 'function') out.set(p, String((v as (x: object) => unknown)(SAMPLES[p] ?? {})));
    else if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${p}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) visit(item, p ? `${p}.${k}` : k);
  };
  visit(value, path);
  return out;
}

/** Numbers written with digits, read with the language's separators, normalised ('1.767' in it → 1767). */
export function numbersIn(text: string, lang: string): number[] {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const spaceGroup = /\s/.test(group);
  const token = spaceGroup ? /\d+(?:[\s\u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?/g : /\d+(?:[.,]\d+)*/g;
  return [...text.matchAll(token)].map((m) => {
    let n = m[0];
    n = spaceGroup ? n.replace(/[\s\u00a0\u202f]/g, '') : n.split(group).join('');
    return Number(n.replace(decimal, '.').replace(/,/g, '.'));
  });
}

/** Identifiers and names that stay as they are in every language. */
const KEPT = [
  /10\.\d{4,9}\/[^\s,;)]+/g,
  /NCT\d{8}/g,
  /IPG\d+/g,
  /\b(?:CoSMo|PREMiSe|Brave Dreams|Zamboni|NICE|FDA|Cochrane|TVAM|CCSVI|CVZ)\b/g,
];
const keptIn = (text: string) =>
  [...new Set(KEPT.flatMap((re) => [...text.matchAll(re)].map((m) => m[0])))].sort();

const sorted = (ns: number[]) => [...ns].sort((a, b) => a - b);

/** What differs between English and a translation, text by text. */
export function differences(lang: string, text: TopicText): string[] {
  const source = textsOf(en);
  const target = textsOf(text);
  const problems: string[] = [];
  // A glossary word's forms are the words to look for in each language, as many as its grammar has.
  const ownForms = (path: string) => /^glossary\.[^.]+\.forms/.test(path);
  for (const path of source.keys())
    if (!target.has(path) && !ownForms(path)) problems.push(`${path}: missing`);
  for (const path of target.keys())
    if (!source.has(path) && !ownForms(path)) problems.push(`${path}: not in English`);
  for (const [path, english] of source) {
    const translated = target.get(path);
    if (translated === undefined || ownForms(path)) continue;
    const a = sorted(numbersIn(english, 'en'));
    const b = sorted(numbersIn(translated, lang));
    if (JSON.stringify(a) !== JSON.stringify(b))
      problems.push(`${path}: numbers ${JSON.stringify(a)} in English, ${JSON.stringify(b)} in ${lang}`);
    const kept = keptIn(english);
    const missing = kept.filter((k) => !keptIn(translated).includes(k));
    if (missing.length > 0) problems.push(`${path}: ${missing.join(', ')} missing`);
  }
  return problems;
}

test('a glossary word may have more or fewer forms than in English', () => {
  const copy = structuredClone({ ...en, pageAge: undefined, card: undefined, views: undefined }) as never;
  const text: TopicText = { ...(copy as TopicText), pageAge: en.pageAge, card: en.card, views: en.views };
  const [word] = Object.keys(text.glossary) as Array<keyof TopicText['glossary']>;
  text.glossary[word!].forms = [...text.glossary[word!].forms, 'another form', 'and one more'];
  expect(differences('en', text)).toEqual([]);
  text.glossary[word!].forms = text.glossary[word!].forms.slice(0, 1);
  expect(differences('en', text)).toEqual([]);
});

test('English against itself: nothing differs', () => {
  expect(differences('en', en)).toEqual([]);
});

test('the check can fail: a changed number, a lost DOI, a missing text', () => {
  const changed = structuredClone({ ...en, pageAge: undefined, card: undefined, views: undefined }) as never;
  const copy: TopicText = { ...(changed as TopicText), pageAge: en.pageAge, card: en.card, views: en.views };
  copy.explanation.stricter.text = copy.explanation.stricter.text.replace('1,767', '1,776');
  copy.studies['cosmo-2013'].keyNumbers = [...copy.studies['cosmo-2013'].keyNumbers.slice(0, 1)];
  copy.statements['fda-2012'].summary = copy.statements['fda-2012'].summary.replace('CCSVI', 'the condition');
  expect(differences('en', copy)).toEqual([
    'studies.cosmo-2013.keyNumbers[1]: missing',
    expect.stringMatching(/^explanation\.stricter\.text: numbers .*1767.*1776/),
    'statements.fda-2012.summary: CCSVI missing',
  ]);
});

test('numbers are read with each language’s separators', () => {
  expect(numbersIn('1,767 people; 3.26%; p = 0.01', 'en')).toEqual([1767, 3.26, 0.01]);
  expect(numbersIn('1.767 persone; 3,26%; p = 0,01', 'it')).toEqual([1767, 3.26, 0.01]);
  expect(numbersIn('1 767 personnes ; 30,9 % ; 1\u202f202 patients', 'fr')).toEqual([1767, 30.9, 1202]);
  expect(numbersIn('1767 osób; 3,26%; w 2014 r.', 'pl')).toEqual([1767, 3.26, 2014]);
  expect(numbersIn('im Jahr 2018. Insgesamt 3.069 Personen', 'de')).toEqual([2018, 3069]);
});

const translations = Object.entries(topicTexts).filter(([lang]) => lang !== 'en');

describe.each(translations)('%s says what English says', (lang, text) => {
  test('the same texts, numbers, identifiers and names', () => {
    expect(differences(lang, text)).toEqual([]);
  });

  test('the same number of groups per study (they are paired with sizes by position)', () => {
    for (const [id, study] of Object.entries(en.studies))
      expect(text.studies[id as keyof TopicText['studies']].groups.length, id).toBe(study.groups.length);
  });
});
