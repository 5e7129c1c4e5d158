import { studyLink } from '../../data/links';
import type { Topic } from '../../data/topic-types';
import { ExternalLink } from './external-link';
import { citationOf, formatDate } from './format';

/** Every source the topic rests on, as a reference list, behind one disclosure. */
export function Sources({ topic, open = false }: { topic: Topic; open?: boolean }) {
  const otherReports = topic.harms.filter((h) => h.citation);
  const total = topic.studies.length + topic.statements.length + otherReports.length;
  const v = topic.views;
  return (
    <details class="sources" open={open}>
      <summary>{v.allSources({ count: total })}</summary>
      <h3>{v.studiesList}</h3>
      <ul class="reference-list">
        {topic.studies.map((study) => {
          const link = studyLink(study, v.sourcePage);
          return (
            <li key={study.id} data-citation="">
              {study.authors ? `${study.authors} ` : ''}
              {study.title ? `${study.title}. ` : ''}
              {citationOf(study)}. <ExternalLink href={link.href}>{link.label}</ExternalLink>
            </li>
          );
        })}
      </ul>
      <h3>{v.statementsList}</h3>
      <ul class="reference-list">
        {topic.statements.map((s) => (
          <li key={s.id}>
            {s.body}
            {s.date ? `, ${formatDate(s.date, topic.lang)}` : ''}.{' '}
            <ExternalLink href={s.url}>{v.statementLink}</ExternalLink>
          </li>
        ))}
      </ul>
      {otherReports.length > 0 && (
        <>
          <h3>{v.otherReports}</h3>
          <ul class="reference-list">
            {otherReports.map((h) => (
              <li key={h.id}>
                {h.citation}.{' '}
                <ExternalLink href={h.doi ? `https://doi.org/${encodeURI(h.doi)}` : h.url}>
                  {h.doi ? `doi:${h.doi}` : v.source}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** "Evidence last reviewed 24 November 2026 (evidence set 1.0.0)": the evidence's own version, not the extension's. */
export function LastReviewed({ topic }: { topic: Topic }) {
  return (
    <p class="last-reviewed small muted">
      {topic.views.lastReviewed.before}
      <time dateTime={topic.lastReviewed}>{formatDate(topic.lastReviewed, topic.lang)}</time>
      {topic.views.lastReviewed.after({ version: topic.version })}
    </p>
  );
}
