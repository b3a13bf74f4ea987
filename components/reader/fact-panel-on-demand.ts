/**
 * An article's fact panels arrive inside a `<noscript>` (components/reader/fact-panels-html.ts): without
 * scripts the browser builds them and their buttons open them natively; with scripts it keeps them as one
 * string, and a panel is built here the first time it is asked for. Most readers open a few of an article's
 * dozens of panels, and the hidden rest were half the page's elements.
 */

// The panels' markup, parsed once per string (a page reached by a client-side visit brings its own).
const parsed = new WeakMap<Element, DocumentFragment>();

/** The panel with this id, built from the page's noscript markup if it is not in the document yet. */
export function factPanel(panelId: string): HTMLElement | null {
  const existing = document.getElementById(panelId);
  if (existing) return existing;
  for (const source of document.querySelectorAll('#fact-panels > noscript')) {
    let fragment = parsed.get(source);
    if (!fragment) {
      const template = document.createElement('template');
      template.innerHTML = source.textContent ?? '';
      fragment = template.content;
      parsed.set(source, fragment);
    }
    const panel = fragment.getElementById(panelId);
    if (panel) {
      source.parentElement!.append(panel);
      return panel;
    }
  }
  return null;
}
