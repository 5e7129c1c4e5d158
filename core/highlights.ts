/** Every highlight this extension registers starts with this name, so tests and the page can tell them apart. */
export const HIGHLIGHT_PREFIX = 'fact-context';
export type HighlightStyle = 'underline' | 'background' | 'none';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;

export function mentionHighlightName(style: HighlightStyle): string {
  return `${HIGHLIGHT_PREFIX}-mention-${style}`;
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
 * The set of highlighted mention ranges, registered under one name per style. Changing the style moves
 * the same Highlight object to another name; the ranges stay.
 */
export class MentionHighlights {
  private readonly mentions: Highlight | null;
  private readonly active: Highlight | null;
  private style: HighlightStyle;

  constructor(private readonly api: HighlightApi | null, style: HighlightStyle) {
    this.style = style;
    this.mentions = api?.create() ?? null;
    this.active = api?.create() ?? null;
    this.register();
  }

  add(range: AbstractRange): void {
    this.mentions?.add(range);
  }

  remove(range: AbstractRange): void {
    this.mentions?.delete(range);
    this.active?.delete(range);
  }

  get size(): number {
    return this.mentions?.size ?? 0;
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
    this.mentions?.clear();
    this.active?.clear();
  }

  private register(): void {
    if (!this.api || !this.mentions || !this.active) return;
    if (this.style !== 'none') this.api.registry.set(mentionHighlightName(this.style), this.mentions);
    this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  private unregister(): void {
    if (!this.api) return;
    this.api.registry.delete(mentionHighlightName(this.style));
    this.api.registry.delete(ACTIVE_HIGHLIGHT);
  }
}
