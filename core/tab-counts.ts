/** Mention counts per tab and frame, as the background keeps them. Pure, so it survives a worker restart as data. */
export type TabCounts = Record<string, Record<string, number>>;

export function withFrameCount(state: TabCounts, tabId: number, frameId: number, count: number): TabCounts {
  const frames = { ...(state[tabId] ?? {}) };
  if (count > 0) frames[frameId] = count;
  else delete frames[frameId];
  const next = { ...state };
  if (Object.keys(frames).length > 0) next[tabId] = frames;
  else delete next[tabId];
  return next;
}

export function withoutTab(state: TabCounts, tabId: number): TabCounts {
  if (!(tabId in state)) return state;
  const next = { ...state };
  delete next[tabId];
  return next;
}

export function tabTotal(state: TabCounts, tabId: number): number {
  return Object.values(state[tabId] ?? {}).reduce((sum, n) => sum + n, 0);
}

export function framesOf(state: TabCounts, tabId: number): Array<{ frameId: number; count: number }> {
  return Object.entries(state[tabId] ?? {})
    .map(([frameId, count]) => ({ frameId: Number(frameId), count }))
    .sort((a, b) => a.frameId - b.frameId);
}

/** The badge's text: the count, '' for none, '999+' past 999 (its tooltip is worded by the background). */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}
