/**
 * Which mentions get a highlight: all of them up to a cap, the first of each block (paragraph), or
 * the first of the page. Every mention is counted either way; only the highlight is rationed.
 */

export type HighlightScope = 'all' | 'first-per-paragraph' | 'first-on-page';

/**
 * For mentions in document order, whether each deserves a highlight: at most `max` of them, and under
 * 'first-per-paragraph' only the first of each block, under 'first-on-page' only the first of all.
 */
export function chooseHighlighted(
  mentions: ReadonlyArray<{ block: unknown }>,
  max: number,
  scope: HighlightScope,
): boolean[] {
  const blocks = new Set<unknown>();
  let given = 0;
  return mentions.map((mention) => {
    let deserves = given < max;
    if (deserves && scope === 'first-on-page') deserves = given === 0;
    if (deserves && scope === 'first-per-paragraph') deserves = !blocks.has(mention.block);
    if (deserves) {
      given++;
      blocks.add(mention.block);
    }
    return deserves;
  });
}
