/** Characters that a page may put inside a word without changing how it reads (soft hyphens, zero-width joiners…). */
export const INVISIBLE_CHAR = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export interface VisibleText {
  text: string;
  /** `toOriginal[i]` is the index in the original text of visible character i; one extra entry for the end */
  toOriginal: Int32Array | null;
}

/** Removes invisible characters and keeps the way back to the original offsets. Cheap when there are none. */
export function stripInvisible(original: string): VisibleText {
  if (!INVISIBLE_CHAR.test(original)) return { text: original, toOriginal: null };
  const toOriginal = new Int32Array(original.length + 1);
  let visible = 0;
  for (let i = 0; i < original.length; i++) {
    if (INVISIBLE_CHAR.test(original[i]!)) continue;
    toOriginal[visible++] = i;
  }
  toOriginal[visible] = original.length;
  return { text: original.replace(INVISIBLE_CHARS, ''), toOriginal: toOriginal.subarray(0, visible + 1) };
}
