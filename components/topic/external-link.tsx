import type { ComponentChildren } from 'preact';

/** A link to a source outside the extension; it opens in a new tab and says so to screen readers. */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children}
      <span class="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
