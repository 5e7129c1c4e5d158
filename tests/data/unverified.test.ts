import { ccsviTopic } from '../../data';
import type { Topic } from '../../data/topic-types';
import { allStrings } from './text-utils';
import { unverifiedFacts } from './unverified-facts';

const topic: Topic = ccsviTopic;
// Detection patterns are someone else's data and are not shown as fact; check everything else.
const { terms: _terms, ...shown } = topic;
const everywhere = allStrings(shown).join('\n').toLowerCase();

describe('no UNVERIFIED fact is present', () => {
  test('the list covers every kind of check', () => {
    const kinds = new Set(unverifiedFacts.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['publication-date', 'statement-field', 'study-field', 'text']);
  });

  for (const fact of unverifiedFacts) {
    switch (fact.kind) {
      case 'study-field':
        test(`study ${fact.studyId} has no ${fact.field} (${fact.reason})`, () => {
          const study = topic.studies.find((s) => s.id === fact.studyId);
          expect(study, 'the study exists').toBeDefined();
          expect(study && fact.field in study).toBe(false);
        });
        break;
      case 'statement-field':
        test(`statement ${fact.statementId} has no ${fact.field} (${fact.reason})`, () => {
          const statement = topic.statements.find((s) => s.id === fact.statementId);
          expect(statement, 'the statement exists').toBeDefined();
          expect(statement && fact.field in statement).toBe(false);
        });
        break;
      case 'text':
        test(`no "${fact.text}" anywhere (${fact.reason})`, () => {
          expect(everywhere.includes(fact.text.toLowerCase())).toBe(false);
        });
        break;
      case 'publication-date':
        test(`no publication date for ${fact.studyId} (${fact.reason})`, () => {
          const pubs = topic.timeline.filter(
            (t) => t.kind === 'publication' && t.basedOn?.includes(fact.studyId),
          );
          expect(pubs).toEqual([]);
        });
        break;
    }
  }

  test('every study missing authors, title or year is explained in the unverified list', () => {
    const explained = new Set(
      unverifiedFacts.flatMap((f) => (f.kind === 'study-field' ? [`${f.studyId}:${f.field}`] : [])),
    );
    const missing = topic.studies.flatMap((s) =>
      (['authors', 'title', 'year'] as const).filter((f) => s[f] === undefined).map((f) => `${s.id}:${f}`),
    );
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.filter((m) => !explained.has(m))).toEqual([]);
  });

  test('citation knowledge adds no identifier the sheet did not see: only PMC ids and pages the studies were read on', () => {
    for (const [id, c] of Object.entries(topic.citations.studies)) {
      const study = topic.studies.find((s) => s.id === id)!;
      if (c.pmcid) expect(study.sourceUrl, id).toContain(c.pmcid);
      for (const page of c.pages ?? []) expect(study.sourceUrl, id).toContain(page);
      for (const doi of c.dois ?? []) expect(study.sourceUrl, id).toContain(doi);
    }
  });

  test('the Buffalo figures, which circulate in several versions and were never seen in the paper, are not quoted', () => {
    for (const other of ['63%', '26%', '56%', '56.4', '22%', '22.4', '62.5', '25.9', '55%', '89%'])
      expect(new RegExp(`(?<![\\d.])${other.replace('.', '\\.')}`).test(everywhere), other).toBe(false);
    expect(topic.evidencePicture.rows.find((r) => r.studyId === 'zivadinov-2011')).toBeUndefined();
    expect(topic.studies.find((s) => s.id === 'zivadinov-2011')?.keyNumbers).toEqual([]);
  });

  test('only VERIFIED, VERIFIED-2 or PARTIAL statuses are stored', () => {
    const statuses = [
      ...topic.studies.flatMap((s) => [s.status, ...Object.values(s.fieldStatus ?? {})]),
      ...topic.statements.map((s) => s.status),
      ...topic.harms.map((h) => h.status),
      ...topic.timeline.map((t) => t.status),
      ...topic.evidencePicture.rows.map((r) => r.status),
    ];
    expect(statuses.filter((s) => !['VERIFIED', 'VERIFIED-2', 'PARTIAL'].includes(s))).toEqual([]);
    expect(everywhere.includes('unverified')).toBe(false);
  });
});
