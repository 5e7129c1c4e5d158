import { ccsviTopic, topics } from '../../data';
import { findSource, resolveBasis, studyLink } from '../../data/links';
import type { IsoDate, Topic } from '../../data/topic-types';
import { countWords, splitSentences } from './text-utils';

const topic: Topic = ccsviTopic;
const studyIds = topic.studies.map((s) => s.id);
const statementIds = topic.statements.map((s) => s.id);
const harmIds = topic.harms.map((h) => h.id);
const knownIds = new Set([...studyIds, ...statementIds, ...harmIds]);

function isValidIsoDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const dt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return dt.getUTCDate() === Number(d);
  }
  return true;
}
const yearOf = (d: IsoDate) => Number(d.slice(0, 4));

describe('identity', () => {
  test('topic identity fields', () => {
    expect(topic.id).toBe('ccsvi');
    expect(topic.lastReviewed).toBe('2026-12-03');
    expect(topic.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(topic.name.length).toBeGreaterThan(topic.shortName.length);
    expect(topic.terms.topicId).toBe(topic.id);
  });

  test('topics list exports the CCSVI topic once, with unique ids', () => {
    expect(topics).toContain(ccsviTopic);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });
});

describe('ids and references', () => {
  test('every study, statement and harm id is unique across the topic', () => {
    const all = [...studyIds, ...statementIds, ...harmIds];
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    expect(all.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  test('every basedOn id resolves', () => {
    const refs = [
      ...topic.verdict.basedOn,
      ...topic.keyPoints.flatMap((k) => k.basedOn),
      ...topic.explanation.flatMap((e) => e.basedOn),
      ...topic.harms.flatMap((h) => h.basedOn ?? []),
      ...topic.timeline.flatMap((t) => t.basedOn ?? []),
    ];
    expect(refs.length).toBeGreaterThan(40);
    expect(refs.filter((id) => !knownIds.has(id))).toEqual([]);
  });

  test('every text block names at least one source', () => {
    const blocks = [topic.verdict, ...topic.keyPoints, ...topic.explanation];
    expect(blocks.filter((b) => b.basedOn.length === 0)).toEqual([]);
  });

  test('every evidence row, trial outcome and decisive study is a study', () => {
    const ids = [
      ...topic.evidencePicture.rows.map((r) => r.studyId),
      ...topic.evidencePicture.trials.map((t) => t.studyId),
      ...topic.citations.decisive.studyIds,
    ];
    expect(ids.filter((id) => !studyIds.includes(id))).toEqual([]);
  });

  test('every timeline event has a study/statement/harm or its own source page', () => {
    expect(topic.timeline.filter((t) => !t.basedOn?.length && !t.sourceUrl)).toEqual([]);
  });
});

describe('studies', () => {
  test('includes the core studies the brief names', () => {
    for (const id of [
      'zamboni-jnnp-2009',
      'zamboni-jvs-2009',
      'zivadinov-2011',
      'cosmo-2013',
      'traboulsee-2014',
      'mayer-jnnp',
      'baracchini-2011',
      'marder-2011',
      'plos-one-blind',
      'simka-funct-neurol',
      'premise-2014',
      'brave-dreams-2018',
      'traboulsee-2018',
      'laupacis-2011',
      'zwischenberger-2013',
      'cochrane-2012',
      'cochrane-update',
      'bmjopen-2023',
    ])
      expect(studyIds).toContain(id);
  });

  test('DOIs, PMIDs and registrations are well formed', () => {
    for (const s of topic.studies) {
      if (s.doi !== undefined) expect(s.doi, s.id).toMatch(/^10\.\d{4,9}\/\S+$/);
      if (s.pmid !== undefined) expect(s.pmid, s.id).toMatch(/^\d{6,9}$/);
      if (s.registration !== undefined) expect(s.registration, s.id).toMatch(/^NCT\d{8}$/);
    }
  });

  test('DOIs and PMIDs are not shared between studies', () => {
    const dois = topic.studies.flatMap((s) => (s.doi ? [s.doi] : []));
    const pmids = topic.studies.flatMap((s) => (s.pmid ? [s.pmid] : []));
    expect(new Set(dois).size).toBe(dois.length);
    expect(new Set(pmids).size).toBe(pmids.length);
  });

  test('years are plausible (2006-2024)', () => {
    for (const s of topic.studies)
      if (s.year !== undefined) expect(s.year, s.id).toBeGreaterThanOrEqual(2006);
    for (const s of topic.studies) if (s.year !== undefined) expect(s.year, s.id).toBeLessThanOrEqual(2024);
  });

  test('every study has a journal, a plain conclusion and an https link', () => {
    for (const s of topic.studies) {
      expect(s.journal.length, s.id).toBeGreaterThan(2);
      expect(s.conclusion.length, s.id).toBeGreaterThan(20);
      expect(new URL(s.sourceUrl).protocol, s.id).toMatch(/^https?:$/);
      expect(studyLink(s).href, s.id).toMatch(/^https:\/\/\S+$/);
    }
  });

  test('group sizes are positive whole numbers, except a review that found no trial', () => {
    for (const s of topic.studies)
      for (const g of s.design.groups)
        if (g.size !== undefined) {
          expect(Number.isInteger(g.size), s.id).toBe(true);
          expect(g.size > 0 || s.role === 'review', `${s.id} ${g.label}`).toBe(true);
        }
  });

  test('trials are double-blind and reviews/meta-analyses have no blinding of their own', () => {
    for (const s of topic.studies) {
      if (s.role === 'randomized-trial') expect(s.design.blinding, s.id).toBe('double');
      if (s.role === 'meta-analysis' || s.role === 'review')
        expect(s.design.blinding, s.id).toBe('not-applicable');
    }
    expect(
      topic.studies
        .filter((s) => s.role === 'randomized-trial')
        .map((s) => s.id)
        .sort(),
    ).toEqual(['brave-dreams-2018', 'premise-2014', 'traboulsee-2018']);
  });

  test('the Cochrane update covers exactly the randomized people of the three trials', () => {
    const update = topic.studies.find((s) => s.id === 'cochrane-update')!;
    const people = update.design.groups.find((g) => g.label === 'people')!.size;
    const randomized = topic.studies
      .filter((s) => s.role === 'randomized-trial')
      .flatMap((s) => s.design.groups.filter((g) => !/safety phase/.test(g.label)))
      .reduce((sum, g) => sum + (g.size ?? Number.NaN), 0);
    expect(randomized).toBe(people);
  });
});

describe('statements and harms', () => {
  test('statements have a body, a summary, a URL and a valid date when dated', () => {
    for (const s of topic.statements) {
      expect(s.body.length, s.id).toBeGreaterThan(3);
      expect(s.summary.length, s.id).toBeGreaterThan(20);
      expect(new URL(s.url).protocol, s.id).toMatch(/^https?:$/);
      if (s.date) {
        expect(isValidIsoDate(s.date), s.id).toBe(true);
        expect(yearOf(s.date)).toBeGreaterThanOrEqual(2006);
        expect(yearOf(s.date)).toBeLessThanOrEqual(2024);
      }
    }
  });

  test('regulators, NICE, the Dutch ruling and MS societies are all present', () => {
    for (const id of [
      'fda-2012',
      'fda-2017-tvam',
      'nice-draft-2011',
      'nice-ipg420',
      'nice-ipg640',
      'cvz-2011',
      'ms-society-uk',
      'ms-society-canada',
      'nmss-2012',
      'ms-ireland',
    ])
      expect(statementIds).toContain(id);
    expect(topic.statements.find((s) => s.id === 'fda-2012')?.date).toBe('2012-05-10');
    expect(topic.statements.find((s) => s.id === 'fda-2017-tvam')?.date).toBe('2017-03-08');
    expect(topic.statements.find((s) => s.id === 'cvz-2011')?.date).toBe('2011-05-23');
  });

  test('each harm has a source: a cited study/statement, or its own citation', () => {
    for (const h of topic.harms) {
      expect(Boolean(h.basedOn?.length) || Boolean(h.citation), h.id).toBe(true);
      expect(new URL(h.url).protocol, h.id).toMatch(/^https?:$/);
      if (h.date) expect(isValidIsoDate(h.date), h.id).toBe(true);
      if (h.doi) expect(h.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    }
  });

  test('the 2010 death is dated as the sheet gives it, marked as seen only in the news, and names no one', () => {
    const death = topic.harms.find((h) => h.id === 'death-abroad-2010')!;
    expect(`${death.label} ${death.text}`).not.toMatch(/Mostic|Mahir/);
    expect(death.date).toBe('2010-10-19');
    expect(death.status).toBe('VERIFIED-2');
  });
});

describe('timeline', () => {
  test('dates are valid ISO dates from 2006 to 2024', () => {
    for (const t of topic.timeline) {
      expect(isValidIsoDate(t.date), t.date).toBe(true);
      expect(yearOf(t.date)).toBeGreaterThanOrEqual(2006);
      expect(yearOf(t.date)).toBeLessThanOrEqual(2024);
    }
  });

  test('runs from the 2006 hypothesis to the 2023 meta-analysis in order', () => {
    expect(topic.timeline[0]!.date.startsWith('2006')).toBe(true);
    expect(topic.timeline.at(-1)?.basedOn).toContain('bmjopen-2023');
    for (let i = 1; i < topic.timeline.length; i++) {
      const a = topic.timeline[i - 1]!.date;
      const b = topic.timeline[i]!.date;
      const n = Math.min(a.length, b.length);
      expect(a.slice(0, n) <= b.slice(0, n), `${a} before ${b}`).toBe(true);
    }
  });

  test('publication events agree with the study year (online first may be a year earlier)', () => {
    const pubs = topic.timeline.filter((t) => t.kind === 'publication');
    expect(pubs.length).toBeGreaterThan(10);
    for (const t of pubs) {
      for (const id of t.basedOn ?? []) {
        const s = topic.studies.find((x) => x.id === id);
        expect(s, `${t.date} ${id}`).toBeDefined();
        if (s?.year !== undefined) expect([s.year - 1, s.year], `${t.date} ${id}`).toContain(yearOf(t.date));
      }
    }
  });

  test('dated statements appear in the timeline on the same date', () => {
    for (const s of topic.statements.filter((x) => x.date)) {
      const ev = topic.timeline.find((t) => t.basedOn?.includes(s.id));
      expect(ev?.date, s.id).toBe(s.date);
    }
  });

  test('the original claim, the trials and the meta-analyses all have a publication event', () => {
    const published = new Set(
      topic.timeline.filter((t) => t.kind === 'publication').flatMap((t) => t.basedOn ?? []),
    );
    const needed = topic.studies.filter((s) =>
      ['original-claim', 'randomized-trial', 'meta-analysis'].includes(s.role),
    );
    expect(needed.filter((s) => !published.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});

describe('study citations', () => {
  test('every study, and only a study, has citation knowledge', () => {
    expect(Object.keys(topic.citations.studies).sort()).toEqual([...studyIds].sort());
  });

  test('each line is plain: label and role short, what became of it in sentences under 25 words', () => {
    for (const [id, c] of Object.entries(topic.citations.studies)) {
      expect(c.label.length, id).toBeLessThanOrEqual(40);
      expect(c.role.split(/\s+/).length, id).toBeLessThanOrEqual(10);
      const sentences = splitSentences(c.outcome);
      expect(sentences.length, id).toBeLessThanOrEqual(2);
      for (const sentence of sentences) expect(countWords(sentence), sentence).toBeLessThan(25);
    }
  });

  test('identifiers are well formed', () => {
    for (const [id, c] of Object.entries(topic.citations.studies)) {
      if (c.pmcid) expect(c.pmcid, id).toMatch(/^PMC\d+$/);
      for (const doi of c.dois ?? []) expect(doi, id).toMatch(/^10\.\d{4,9}\/\S+$/);
    }
  });

  test('the decisive evidence is the three sham-controlled trials, each with a publication date', () => {
    const { studyIds } = topic.citations.decisive;
    for (const id of studyIds) {
      expect(topic.studies.find((s) => s.id === id)?.role, id).toBe('randomized-trial');
      expect(
        topic.timeline.some((t) => t.kind === 'publication' && t.basedOn?.includes(id)),
        id,
      ).toBe(true);
    }
    expect(studyIds).toHaveLength(3);
  });
});

describe('link helpers', () => {
  const get = (id: string) => topic.studies.find((s) => s.id === id)!;

  test('studyLink prefers DOI, then PubMed, then the source page', () => {
    expect(studyLink(get('cosmo-2013'))).toEqual({
      href: 'https://doi.org/10.1177/1352458513501231',
      label: 'doi:10.1177/1352458513501231',
    });
    expect(studyLink(get('brave-dreams-2018')).href).toBe('https://pubmed.ncbi.nlm.nih.gov/29150995/');
    expect(studyLink(get('zwischenberger-2013')).href).toBe(get('zwischenberger-2013').sourceUrl);
    expect(studyLink({ sourceUrl: 'https://example.org/x' })).toEqual({
      href: 'https://example.org/x',
      label: 'Source page',
    });
  });

  test('findSource returns studies and statements only', () => {
    expect(findSource(topic, 'cosmo-2013')).toBe(get('cosmo-2013'));
    expect(findSource(topic, 'fda-2012')).toBe(topic.statements.find((s) => s.id === 'fda-2012'));
    expect(findSource(topic, 'death-abroad-2010')).toBeUndefined();
    expect(findSource(topic, 'no-such-id')).toBeUndefined();
  });

  test('resolveBasis labels every basedOn id with a link', () => {
    for (const id of knownIds) {
      const r = resolveBasis(topic, id);
      expect(r?.label, id).toBeTruthy();
      expect(r?.href, id).toMatch(/^https?:\/\//);
    }
    expect(resolveBasis(topic, 'fda-2012')?.label).toContain('2012');
    expect(resolveBasis(topic, 'nope')).toBeUndefined();
  });
});
