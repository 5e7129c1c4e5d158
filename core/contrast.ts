/**
 * Colour contrast (WCAG 2 relative luminance) and the highlight tone a page background needs: the
 * underline must keep at least 3:1 against the page where the mention is, whatever the system theme.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Rgba extends Rgb {
  /** 0 (transparent) to 1 */
  a: number;
}

/** The tone of the page behind a mention: which highlight colours read on it. */
export type PageTone = 'light' | 'mid' | 'dark';
export const PAGE_TONES: readonly PageTone[] = ['light', 'mid', 'dark'];

/** Underline colour per tone: amber on light pages, near-black on mid-grey ones, pale amber on dark ones. */
export const UNDERLINE_COLOURS: Record<PageTone, string> = {
  light: '#92400e',
  mid: '#1c1917',
  dark: '#fde68a',
};

/** Parses `rgb(…)` / `rgba(…)` as getComputedStyle gives it (also the space-separated form); null otherwise. */
export function parseCssColour(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!m) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** `top` drawn over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgb): Rgb {
  const mix = (t: number, b: number) => Math.round(t * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) };
}

/** The tone whose underline colour has at least 3:1 on `background` (the thresholds follow from the colours). */
export function toneForBackground(background: Rgb): PageTone {
  const l = relativeLuminance(background);
  if (l >= 0.4) return 'light';
  if (l >= 0.18) return 'mid';
  return 'dark';
}
