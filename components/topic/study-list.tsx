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
import {
  BLINDING_TAG,
  BLINDING_TEXT,
  citationOf,
  formatDate,
  formatGroup,
  STATEMENT_KIND_TEXT,
} from './format';

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

  return (
    <GlossaryScope>
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Studies and statements</h2>
        <GlossaryBox texts={shown.flatMap(itemTexts)} label="Words used in this list" />
        <div class="study-controls">
          <label>
            <span>Show</span>
            <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as KindFilter)}>
              <option value="all">All ({counts.all})</option>
              {EVIDENCE_KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label} ({counts[k.kind]})
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Order</span>
            <select value={order} onChange={(e) => setOrder(e.currentTarget.value as SortOrder)}>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </label>
        </div>
        <p class="small muted" role="status">
          Showing {shown.length} of {items.length}. Open one to see how it was done and what it found.
        </p>
        <ul class="study-list">
          {shown.map((item) => (
            <li key={item.id} data-study={item.id}>
              <EvidenceEntry item={item} />
            </li>
          ))}
        </ul>
      </section>
    </GlossaryScope>
  );
}

/** Every text an entry shows (summary line and details), so its words can be explained above the list. */
function itemTexts(item: EvidenceItem): string[] {
  if (item.type === 'statement') return [item.title, item.statement.summary];
  const s = item.study;
  return [
    item.title,
    BLINDING_TAG[s.design.blinding] ?? '',
    s.title ?? '',
    s.design.kind,
    BLINDING_TEXT[s.design.blinding],
    ...s.design.groups.map((g) => g.label),
    ...s.keyNumbers,
    s.conclusion,
    s.note ?? '',
    s.verification ?? '',
  ];
}

function EvidenceEntry({ item }: { item: EvidenceItem }) {
  const tags = [item.year === undefined ? 'year not confirmed' : String(item.year), kindLabel(item.kind)];
  if (item.type === 'study') {
    const blinding = BLINDING_TAG[item.study.design.blinding];
    if (blinding) tags.push(blinding);
  } else {
    tags[1] = STATEMENT_KIND_TEXT[item.statement.kind];
  }
  return (
    <details class="study">
      <summary>
        <span class="study-title">{item.title}</span>
        <span class="study-tags">{tags.join(' · ')}</span>
      </summary>
      <div class="study-body">
        {item.type === 'study' ? (
          <StudyDetails study={item.study} />
        ) : (
          <StatementDetails statement={item.statement} />
        )}
      </div>
    </details>
  );
}

const CHECKED_SECONDHAND =
  'Some details were checked only in a secondary source (a news story, blog or reference list).';

export function StudyDetails({ study }: { study: Study }) {
  const link = studyLink(study);
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
        {study.registration ? `. Trial registration ${study.registration}` : ''}
      </p>
      <h4>How it was done</h4>
      <p>
        {capitalise(study.design.kind)}. {BLINDING_TEXT[study.design.blinding]}
      </p>
      {study.design.groups.length > 0 && (
        <p class="small">Groups: {study.design.groups.map(formatGroup).join('; ')}</p>
      )}
      {study.keyNumbers.length > 0 && (
        <>
          <h4>Key numbers</h4>
          <ul class="plain-list">
            {study.keyNumbers.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <h4>What it found</h4>
      <p>{study.conclusion}</p>
      {study.note && <p class="small muted">{study.note}</p>}
      {study.verification && <p class="small muted">How we checked: {study.verification}</p>}
      {secondhand && <p class="small muted">{CHECKED_SECONDHAND}</p>}
      <p>
        <ExternalLink href={link.href} class="source-link">
          Read the study ({link.label})
        </ExternalLink>
      </p>
    </>
  );
}

export function StatementDetails({ statement }: { statement: Statement }) {
  return (
    <>
      <p class="small muted">
        {STATEMENT_KIND_TEXT[statement.kind]}
        {statement.date ? `, ${formatDate(statement.date)}` : ''}
      </p>
      <h4>What it says</h4>
      <p>{statement.summary}</p>
      {statement.status !== 'VERIFIED' && <p class="small muted">{CHECKED_SECONDHAND}</p>}
      <p>
        <ExternalLink href={statement.url} class="source-link">
          Read the statement
        </ExternalLink>
      </p>
    </>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
