// How Chrome fills a messages.json entry: $NAME$ placeholders whose content may hold $1… substitutions.

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function formatMessage(
  entry: LocaleMessage | undefined,
  substitutions: string | string[] = [],
): string {
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const filled = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (all, ph: string) => {
      const content = entry.placeholders?.[ph.toLowerCase()]?.content;
      return content === undefined ? all : filled(content);
    })
    .replace(/\$\$/g, '$');
}
