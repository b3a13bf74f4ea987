/**
 * Where a server component leaves HTML for the server rendering of `HtmlOnce` (components/ui/html-once.tsx):
 * on globalThis, because the RSC and HTML renderings are bundled apart and run in the same process.
 */
const holder = globalThis as typeof globalThis & { __citedHtmlHandoff?: Map<string, string> };

export function handOffStore(): Map<string, string> {
  return (holder.__citedHtmlHandoff ??= new Map());
}
