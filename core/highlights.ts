import { PAGE_TONES, type PageTone } from './contrast';

/** Every highlight this extension registers starts with this name, so tests and the page can tell them apart. */
export const HIGHLIGHT_PREFIX = 'fact-context';
export type HighlightStyle = 'underline' | 'background' | 'none';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;

/** Mentions on light pages keep the plain name; on mid-grey and dark pages the tone is added. */
export function mentionHighlightName(style: HighlightStyle, tone: PageTone = 'light'): string {
  return `${HIGHLIGHT_PREFIX}-mention-${style}${tone === 'light' ? '' : `-on-${tone}`}`;
}

/** The slice of the CSS Custom Highlight API this module needs (absent in old browsers and in Node). */
export interface HighlightApi {
  registry: { set(name: string, highlight: Highlight): unknown; delete(name: string): boolean };
  create(): Highlight;
}

export function highlightApiOf(win: typeof globalThis): HighlightApi | null {
  const css = (win as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (win as { Highlight?: new () => Highlight }).Highlight;
  if (!css?.highlights || !Ctor) return null;
  return { registry: css.highlights, create: () => new Ctor() };
}

/**
 * The set of highlighted mention ranges, registered under one name per style and page tone (the colours
 * that read on the page behind each mention: `toneOf`, light for all when not given). Changing the style
 * moves the same Highlight objects to other names; the ranges stay.
 */
export class MentionHighlights {
  /** one Highlight per page tone, made and registered when a mention of that tone first comes */
  private readonly byTone: Partial<Record<PageTone, Highlight>> = {};
  private readonly active: Highlight | null;
  private style: HighlightStyle;

  constructor(
    private readonly api: HighlightApi | null,
    style: HighlightStyle,
    private readonly toneOf: (range: AbstractRange) => PageTone = () => 'light',
  ) {
    this.style = style;
    this.active = api?.create() ?? null;
    this.register();
  }

  add(range: AbstractRange): void {
    if (!this.api) return;
    const tone = this.toneOf(range);
    let highlight = this.byTone[tone];
    if (!highlight) {
      highlight = this.byTone[tone] = this.api.create();
      if (this.style !== 'none') this.api.registry.set(mentionHighlightName(this.style, tone), highlight);
    }
    highlight.add(range);
  }

  remove(range: AbstractRange): void {
    for (const tone of PAGE_TONES) this.byTone[tone]?.delete(range);
    this.active?.delete(range);
  }

  get size(): number {
    return PAGE_TONES.reduce((n, tone) => n + (this.byTone[tone]?.size ?? 0), 0);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    this.register();
  }

  /** Marks one range as the one the reader is looking at (or none). */
  setActive(range: AbstractRange | null): void {
    this.active?.clear();
    if (range) this.active?.add(range);
  }

  /** Removes every range and the registrations. */
  dispose(): void {
    this.unregister();
    for (const tone of PAGE_TONES) this.byTone[tone]?.clear();
    this.active?.clear();
  }

  private register(): void {
    if (!this.api || !this.active) return;
    if (this.style !== 'none')
      for (const tone of PAGE_TONES) {
        const highlight = this.byTone[tone];
        if (highlight) this.api.registry.set(mentionHighlightName(this.style, tone), highlight);
      }
    this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  private unregister(): void {
    if (!this.api) return;
    for (const tone of PAGE_TONES) this.api.registry.delete(mentionHighlightName(this.style, tone));
    this.api.registry.delete(ACTIVE_HIGHLIGHT);
  }
}
