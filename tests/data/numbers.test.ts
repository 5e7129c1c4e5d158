import { ccsviTopic } from '../../data';
import type { Topic } from '../../data/topic-types';
import { numbersIn, percentsIn } from './text-utils';

const topic: Topic = ccsviTopic;
const timelineYears = new Set(topic.timeline.map((t) => String(Number(t.date.slice(0, 4)))));
const isYear = (n: string) => /^20(0[6-9]|1\d|2[0-4])$/.test(n);

/** Numbers and percentages a cited source (study, statement or harm) backs. */
function backing(t: Topic, ids: readonly string[]) {
  const numbers = new Set<string>();
  const percents = new Set<string>();
  for (const id of ids) {
    const study = t.studies.find((s) => s.id === id);
    const statement = t.statements.find((s) => s.id === id);
    const harm = t.harms.find((h) => h.id === id);
    const texts: string[] = [];
    if (study) {
      texts.push(...study.keyNumbers);
      const sizes = study.design.groups.flatMap((g) => (g.size === undefined ? [] : [g.size]));
      for (const n of [...sizes, sizes.reduce((a, b) => a + b, 0)]) numbers.add(String(n));
      if (study.year) numbers.add(String(study.year));
    }
    if (statement) {
      texts.push(statement.summary);
      if (statement.date) numbers.add(String(Number(statement.date.slice(0, 4))));
    }
    if (harm) {
      texts.push(harm.text);
      if (harm.date) numbers.add(String(Number(harm.date.slice(0, 4))));
    }
    for (const text of texts) {
      numbersIn(text).forEach((n) => numbers.add(n));
      percentsIn(text).forEach((p) => percents.add(p));
    }
  }
  return { numbers, percents };
}

/** Numbers in `text` that none of the cited sources backs (years may also come from the timeline). */
function unbacked(t: Topic, text: string, ids: readonly string[]): string[] {
  const { numbers, percents } = backing(t, ids);
  const bad = percentsIn(text)
    .filter((p) => !percents.has(p))
    .map((p) => `${p}%`);
  for (const n of numbersIn(text.replace(/\d+(?:\.\d+)?\s?%/g, ' '))) {
    if (numbers.has(n) || percents.has(n)) continue;
    if (isYear(n) && timelineYears.has(n)) continue;
    bad.push(n);
  }
  return bad;
}

const cited = [
  { where: 'verdict', text: topic.verdict.text, ids: topic.verdict.basedOn },
  ...topic.keyPoints.map((k, i) => ({ where: `key point ${i + 1}`, text: k.text, ids: k.basedOn })),
  ...topic.explanation.map((e) => ({ where: e.heading, text: e.text, ids: e.basedOn })),
  ...topic.harms.filter((h) => h.basedOn).map((h) => ({ where: h.id, text: h.text, ids: h.basedOn ?? [] })),
  ...topic.timeline
    .filter((e) => e.basedOn)
    .map((e) => ({ where: e.date, text: e.label, ids: e.basedOn ?? [] })),
  ...topic.evidencePicture.trials.map((e) => ({ where: e.studyId, text: e.text, ids: [e.studyId] })),
];

describe('numbers in the text agree with the records they cite', () => {
  test('the checker catches a wrong figure', () => {
    expect(unbacked(topic, 'CCSVI in 56.1% of people with MS.', ['zivadinov-2011'])).toEqual(['56.1%']);
    expect(unbacked(topic, 'CoSMo studied 1,800 people.', ['cosmo-2013'])).toEqual(['1800']);
    expect(unbacked(topic, 'CoSMo studied 1,767 people.', ['traboulsee-2014'])).toEqual(['1767']);
    expect(unbacked(topic, 'CoSMo studied 1,767 people, 3.26% with CCSVI.', ['cosmo-2013'])).toEqual([]);
  });

  test('there are figures to check', () => {
    expect(cited.flatMap((c) => numbersIn(c.text)).length).toBeGreaterThan(30);
  });

  for (const c of cited)
    test(`${c.where}`, () => {
      expect(unbacked(topic, c.text, c.ids)).toEqual([]);
    });
});

describe('evidence picture', () => {
  const rows = topic.evidencePicture.rows;

  test('each row quotes figures from its own study record', () => {
    for (const r of rows) {
      const study = topic.studies.find((s) => s.id === r.studyId);
      const percents = new Set(study?.keyNumbers.flatMap(percentsIn));
      expect(percents.has(String(r.msPercent)), `${r.studyId} MS ${r.msPercent}%`).toBe(true);
      expect(percents.has(String(r.controlPercent)), `${r.studyId} controls ${r.controlPercent}%`).toBe(true);
      expect(r.msPercent).toBeGreaterThanOrEqual(0);
      expect(r.msPercent).toBeLessThanOrEqual(100);
    }
  });

  test('rows go from the first report to the blinded studies, and the gap closes', () => {
    expect(rows.map((r) => r.studyId)).toEqual([
      'zamboni-jnnp-2009',
      'plos-one-blind',
      'cosmo-2013',
      'traboulsee-2014',
    ]);
    const gaps = rows.map((r) => Math.abs(r.msPercent - r.controlPercent));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(gaps[i - 1]!);
    expect(gaps.at(-1)!).toBeLessThanOrEqual(2);
  });

  test('the row labels carry the study year', () => {
    for (const r of rows) {
      const year = topic.studies.find((s) => s.id === r.studyId)?.year;
      expect(r.label, r.studyId).toContain(String(year));
    }
  });

  test('one outcome line for each randomized trial', () => {
    const trials = topic.studies
      .filter((s) => s.role === 'randomized-trial')
      .map((s) => s.id)
      .sort();
    expect(topic.evidencePicture.trials.map((t) => t.studyId).sort()).toEqual(trials);
    for (const t of topic.evidencePicture.trials) {
      const year = topic.studies.find((s) => s.id === t.studyId)?.year;
      expect(t.text, t.studyId).toContain(`(${year})`);
      expect(t.text.length).toBeLessThanOrEqual(100);
    }
  });
});
