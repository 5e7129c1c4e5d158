/** schema.org JSON-LD in a page: its blocks, parsed, and the typed objects they hold. */

export type Json = unknown;
type JsonObject = Record<string, Json>;

export const isObject = (v: Json): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A node's `@type` names. */
export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Parsed JSON-LD blocks of the document (unparsable or huge blocks are skipped). */
export function readJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (text.length > 300_000) continue;
    try {
      out.push(JSON.parse(text));
    } catch {
      // Some sites leave raw control characters in strings; read those once more without them.
      try {
        // eslint-disable-next-line no-control-regex -- these control characters are what is removed
        out.push(JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')));
      } catch {
        // not JSON: ignored
      }
    }
  }
  return out;
}

/**
 * The objects with a `@type` in `data`: itself, the items of arrays, and what hangs under the `follow`
 * keys (e.g. '@graph', 'mainEntity'), each object before the ones under it; at most `maxDepth` levels down.
 */
export function* typedNodes(
  data: Json,
  follow: readonly string[],
  maxDepth: number,
  depth = 0,
): Generator<JsonObject> {
  if (depth > maxDepth) return;
  if (Array.isArray(data)) {
    for (const item of data) yield* typedNodes(item, follow, maxDepth, depth + 1);
  } else if (isObject(data)) {
    if (typesOf(data).length > 0) yield data;
    for (const key of follow) yield* typedNodes(data[key], follow, maxDepth, depth + 1);
  }
}
