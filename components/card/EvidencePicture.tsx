import { Gloss } from './Gloss';
import type { CardContent } from './types';

type Picture = CardContent['picture'];

/** '3.26' stays '3.26', '100' stays '100': the figures are shown as the studies gave them. */
const percent = (n: number) => `${n}%`;

/** Bars start at a sliver so a small share is still visible, but 0 stays empty. */
const barWidth = (n: number) => (n <= 0 ? '0' : `max(2px, ${Math.min(100, n)}%)`);

/**
 * How often CCSVI was found as studies got stricter: one pair of bars per study (people with MS,
 * comparison group), then the three randomized trials' outcome lines. The numbers are text; the
 * bars only repeat them (hidden from assistive technology).
 */
export function EvidencePicture({ picture, idPrefix }: { picture: Picture; idPrefix: string }) {
  const titleId = `${idPrefix}-picture`;
  return (
    <section class="section picture" aria-labelledby={titleId}>
      <h3 class="h" id={titleId}>
        {picture.title}
      </h3>
      <Gloss items={picture.gloss} />
      <ol class="list rows">
        {picture.rows.map((row) => (
          <li class="row" key={row.label}>
            <div class="row-head">
              {row.source.href ? <a href={row.source.href} target="_blank" rel="noopener noreferrer">{row.label}</a> : row.label}
              <span class="method"> · {row.method}</span>
            </div>
            <div class="bar-line">
              <span class="bar" aria-hidden="true">
                <span class="fill ms" style={{ width: barWidth(row.msPercent) }} />
              </span>
              <span class="val">{percent(row.msPercent)} of people with MS</span>
            </div>
            <div class="bar-line">
              <span class="bar" aria-hidden="true">
                <span class="fill ctl" style={{ width: barWidth(row.controlPercent) }} />
              </span>
              <span class="val">
                {percent(row.controlPercent)} of {row.controlLabel}
              </span>
            </div>
            {row.note ? <div class="row-note">{row.note}</div> : null}
          </li>
        ))}
      </ol>
      <p class="pic-note">{picture.note}</p>
      {picture.trials.length > 0 ? (
        <>
          <h4 class="h">Randomized trials against a sham procedure</h4>
          <ul class="list trials">
            {picture.trials.map((trial) => (
              <li key={trial.name}>
                {trial.href ? <a href={trial.href} target="_blank" rel="noopener noreferrer">{trial.name}</a> : trial.name}
                {trial.outcome ? `: ${trial.outcome}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
