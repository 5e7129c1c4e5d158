/** A short piece of text around a mention, for lists: whole words, collapsed white space. */
export function snippetAround(
  blockText: string,
  start: number,
  end: number,
  reach = 60,
): { before: string; after: string } {
  const clean = (s: string) => s.replace(/[\s\uE000]+/g, ' ');
  let from = Math.max(0, start - reach);
  let to = Math.min(blockText.length, end + reach);
  if (from > 0) {
    const space = blockText.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < blockText.length) {
    const space = blockText.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const before = clean(blockText.slice(from, start)).trimStart();
  const after = clean(blockText.slice(end, to)).trimEnd();
  return { before: (from > 0 ? '…' : '') + before, after: after + (to < blockText.length ? '…' : '') };
}
