/** The page context the popup shows, merged over the frames that read it. */
import type { PageContextView } from '../../components/popup/types';
import type { PageDate } from '../../core/page-date';
import type { PageContextReport } from '../../utils/messages';

function isReport(value: unknown): value is PageContextReport {
  const r = value as PageContextReport | null;
  return typeof r === 'object' && r !== null && Array.isArray(r.cited) && Array.isArray(r.unverified);
}

/**
 * The top frame first, then frames by id: the first frame's date line and fact-check that has one,
 * every frame's cited studies once, every text not verified once. null when no frame has read it yet.
 */
export function mergeContexts(
  replies: ReadonlyArray<{ frameId: number; reply: unknown }>,
  /** the "This page is from …" line for a date, in the popup's language */
  lineFor: (date: PageDate | null) => string | null,
): PageContextView | null {
  const reports = [...replies]
    .sort((a, b) => a.frameId - b.frameId)
    .flatMap((r) => (isReport(r.reply) ? [r.reply] : []));
  if (reports.length === 0) return null;
  const view: PageContextView = { dateLine: null, cited: [], unverified: [], factCheck: null };
  for (const r of reports) {
    view.dateLine ??= lineFor(r.date as PageDate | null);
    view.factCheck ??= r.factCheck ?? null;
    for (const c of r.cited) if (!view.cited.some((x) => x.studyId === c.studyId)) view.cited.push(c);
    for (const u of r.unverified) if (!view.unverified.includes(u)) view.unverified.push(u);
  }
  return view;
}
