/**
 * Stored settings carry a version. Version 1 was the first draft's shape (a single style switch with
 * "off", a blocked-sites list and the hover delay in seconds); version 2 is `Settings` (core/settings.ts).
 * Each migration is pure and tolerant: what it does not understand it leaves for checkSettings to reject.
 */
export const SETTINGS_VERSION = 2;

export function migrateV1toV2(v1: unknown): Record<string, unknown> {
  if (!v1 || typeof v1 !== 'object' || Array.isArray(v1)) return {};
  const { style, blockedSites, hoverDelay, ...rest } = v1 as Record<string, unknown>;
  const v2: Record<string, unknown> = { ...rest };
  if (style === 'off') v2.highlightStyle = 'none';
  else if (style !== undefined) v2.highlightStyle = style;
  if (blockedSites !== undefined) v2.neverSites = blockedSites;
  if (typeof hoverDelay === 'number') v2.hoverDelayMs = Math.round(hoverDelay * 1000);
  else if (hoverDelay !== undefined) v2.hoverDelayMs = hoverDelay;
  return v2;
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Record<string, unknown>> = {
  2: migrateV1toV2,
};
