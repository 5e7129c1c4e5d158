import type { Topic } from '../../data/topic-types';
import { GlossaryBox } from './glossary';
import { intlLocale } from './format';

const percent = (n: number, lang: string) =>
  new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 4 }).format(n / 100);

/** "How often CCSVI was found as studies got stricter": two bars per study, with the numbers as text. */
export function EvidencePicture({ topic }: { topic: Topic }) {
  const picture = topic.evidencePicture;
  const v = topic.views;
  return (
    <section aria-labelledby="picture-heading">
      <h2 id="picture-heading">{picture.title}</h2>
      <GlossaryBox
        texts={[
          ...picture.rows.flatMap((r) => [r.label, r.method, r.controlLabel, r.note ?? '']),
          picture.note,
          ...picture.trials.map((t) => t.text),
        ]}
        label={v.wordsUsedHere}
      />
      <ul class="picture">
        {picture.rows.map((row) => (
          <li key={row.studyId}>
            <p class="picture-label">
              <strong>{row.label}</strong> <span class="muted">({row.method})</span>
            </p>
            <div class="bar-row">
              <span class="bar-name">{v.withMs}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar bar-ms" style={{ width: `${Math.max(row.msPercent, 0.5)}%` }} />
              </span>
              <span class="bar-value">{percent(row.msPercent, topic.lang)}</span>
            </div>
            <div class="bar-row">
              <span class="bar-name">{row.controlLabel.replace(/^./, (c) => c.toUpperCase())}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar bar-control" style={{ width: `${Math.max(row.controlPercent, 0.5)}%` }} />
              </span>
              <span class="bar-value">{percent(row.controlPercent, topic.lang)}</span>
            </div>
            {row.note && <p class="small muted">{row.note}</p>}
          </li>
        ))}
      </ul>
      <p class="small muted">{picture.note}</p>
      <h3>{v.fairTests}</h3>
      <ul class="plain-list">
        {picture.trials.map((trial) => (
          <li key={trial.studyId}>{trial.text}</li>
        ))}
      </ul>
    </section>
  );
}
