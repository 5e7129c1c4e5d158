/**
 * Declarative shadow DOM (`<template shadowrootmode="open">`), which a browser turns into a shadow root while
 * it parses the page. happy-dom's parser leaves such templates as plain templates, so the scan attaches the
 * roots itself; PageScanner then finds the open ones as it does in the browser (closed ones stay unseen, as
 * they are for the extension).
 */

/** Elements that may host a shadow root (besides custom elements), per the DOM standard. */
const VALID_HOSTS: ReadonlySet<string> = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._\u00B7\u00C0-\uFFFF]*-[a-z0-9._\u00B7\u00C0-\uFFFF-]*$/;

function canHostShadow(element: Element): boolean {
  return VALID_HOSTS.has(element.nodeName.toUpperCase()) || CUSTOM_ELEMENT_NAME.test(element.localName);
}

/**
 * Replaces every `<template shadowrootmode>` under `root` (and inside the roots it creates) with a shadow root
 * on the template's parent, as a browser's parser does. Returns each host with its root (closed ones too).
 */
export function attachDeclarativeShadowRoots(root: Document | ShadowRoot): Map<Element, ShadowRoot> {
  const attached = new Map<Element, ShadowRoot>();
  const pending: Array<Document | ShadowRoot> = [root];
  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    for (const template of Array.from(scope.querySelectorAll('template[shadowrootmode]'))) {
      const mode = template.getAttribute('shadowrootmode')!.toLowerCase();
      const host = template.parentElement;
      if ((mode !== 'open' && mode !== 'closed') || !host || !canHostShadow(host)) continue;
      if (host.shadowRoot || attached.has(host)) continue;
      let shadow: ShadowRoot;
      try {
        shadow = host.attachShadow({ mode });
      } catch {
        continue;
      }
      shadow.append((template as HTMLTemplateElement).content);
      template.remove();
      attached.set(host, shadow);
      pending.push(shadow);
    }
  }
  return attached;
}
