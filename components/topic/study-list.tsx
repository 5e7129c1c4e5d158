import { useId, useMemo, useState } from 'preact/hooks';
import { studyLink } from '../../data/links';
import type { Statement, Study } from '../../data/topic-types';
import type { Topic } from '../../data/topic-types';
import {
  arrangeItems,
  countByKind,
  EVIDENCE_KINDS,
  evidenceItems,
  kindLabel,
  type EvidenceItem,
  type KindFilter,
  type SortOrder,
} from './evidence-items';
import { ExternalLink } from './external-link';
import { GlossaryBox, GlossaryScope } from './glossary';
import { blindingTag, blindingText, citationOf, formatDate, formatGroup, statementKindText } from './format';

export interface StudyListProps {
  topic: Topic;
  initialFilter?: KindFilter;
  initialOrder?: SortOrder;
}

/** Every study and statement, filterable by kind and sortable by year; each opens to its details. */
export function StudyList({ topic, initialFilter = 'all', initialOrder = 'newest' }: StudyListProps) {
  const [filter, setFilter] = useState<KindFilter>(initialFilter);
  const [order, setOrder] = useState<SortOrder>(initialOrder);
  const items = useMemo(() => evidenceItems(topic), [topic]);
  const counts = useMemo(() => countByKind(items), [items]);
  const shown = arrangeItems(items, filter, order);
  const id = useId();
  const v = topic.views;

  return (
    <GlossaryScope>
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{v.studiesHeading}</h2>
        <GlossaryBox texts={shown.flatMap((item) => itemTexts(item, v))} label={v.wordsInList} />
        <div class="study-controls">
          <label>
            <span>{v.filterLabel}</span>
            <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as KindFilter)}>
              <option value="all">{v.filterAll({ count: counts.all })}</option>
              {EVIDENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {v.kinds[k].label} ({counts[k]})
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{v.orderLabel}</span>
            <select value={order} onChange={(e) => setOrder(e.currentTarget.value as SortOrder)}>
              <option value="newest">{v.newestFirst}</option>
              <option value="oldest">{v.oldestFirst}</option>
            </select>
          </label>
        </div>
        <p class="small muted" role="status">
          {v.showing({ shown: shown.length, total: items.length })}
        </p>
        <ul class="study-list">
          {shown.map((item) => (
            <li key={item.id} data-study={item.id}>
              <EvidenceEntry item={item} topic={topic} />
            </li>
          ))}
        </ul>
      </section>
    </GlossaryScope>
  );
}

/** Every text an entry shows (summary line and details), so its words can be explained above the list. */
function itemTexts(item: EvidenceItem, v: Topic['views']): string[] {
  if (item.type === 'statement') return [item.title, item.statement.summary];
  const s = item.study;
  return [
    item.title,
    blindingTag(v, s.design.blinding) ?? '',
    s.title ?? '',
    s.design.kind,
    blindingText(v, s.design.blinding),
    ...s.design.groups.map((g) => g.label),
    ...s.keyNumbers,
    s.conclusion,
    s.note ?? '',
    s.verification ?? '',
  ];
}

function EvidenceEntry({ item, topic }: { item: EvidenceItem; topic: Topic }) {
  const v = topic.views;
  const tags = [item.year === undefined ? v.yearNotConfirmed : String(item.year), kindLabel(item.kind, v)];
  if (item.type === 'study') {
    const blinding = blindingTag(v, item.study.design.blinding);
    if (blinding) tags.push(blinding);
  } else {
    tags[1] = statementKindText(v, item.statement.kind);
  }
  return (
    <details class="study">
      <summary>
        <span class="study-title">{item.title}</span>
        <span class="study-tags">{tags.join(' · ')}</span>
      </summary>
      <div class="study-body">
        {item.type === 'study' ? (
          <StudyDetails study={item.study} topic={topic} />
        ) : (
          <StatementDetails statement={item.statement} topic={topic} />
        )}
      </div>
    </details>
  );
}

export function StudyDetails({ study, topic }: { study: Study; topic: Topic }) {
  const v = topic.views;
  const link = studyLink(study, v.sourcePage);
  // A study that says how it was checked says so calmly; the generic line is for the others.
  const secondhand =
    !study.verification &&
    (study.status !== 'VERIFIED' || Object.values(study.fieldStatus ?? {}).some((s) => s !== 'VERIFIED'));
  return (
    <>
      {study.title && (
        <p class="study-full-title" data-citation="">
          {study.title}
        </p>
      )}
      <p class="small muted" data-citation="">
        {study.authors ? `${study.authors} ` : ''}
        {citationOf(study)}
        {study.registration ? `. ${v.trialRegistration} ${study.registration}` : ''}
      </p>
      <h4>{v.howItWasDone}</h4>
      <p>
        {capitalise(study.design.kind)}. {blindingText(v, study.design.blinding)}
      </p>
      {study.design.groups.length > 0 && (
        <p class="small">
          {v.groups} {study.design.groups.map((g) => formatGroup(g, topic.lang)).join('; ')}
        </p>
      )}
      {study.keyNumbers.length > 0 && (
        <>
          <h4>{v.keyNumbers}</h4>
          <ul class="plain-list">
            {study.keyNumbers.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{v.whatItFound}</h4>
      <p>{study.conclusion}</p>
      {study.note && <p class="small muted">{study.note}</p>}
      {study.verification && (
        <p class="small muted">
          {v.howWeChecked} {study.verification}
        </p>
      )}
      {secondhand && <p class="small muted">{v.checkedSecondhand}</p>}
      <p>
        <ExternalLink href={link.href} class="source-link">
          {v.readStudy} ({link.label})
        </ExternalLink>
      </p>
    </>
  );
}

export function StatementDetails({ statement, topic }: { statement: Statement; topic: Topic }) {
  const v = topic.views;
  return (
    <>
      <p class="small muted">
        {statementKindText(v, statement.kind)}
        {statement.date ? `, ${formatDate(statement.date, topic.lang)}` : ''}
      </p>
      <h4>{v.whatItSays}</h4>
      <p>{statement.summary}</p>
      {statement.status !== 'VERIFIED' && <p class="small muted">{v.checkedSecondhand}</p>}
      <p>
        <ExternalLink href={statement.url} class="source-link">
          {v.readStatement}
        </ExternalLink>
      </p>
    </>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
