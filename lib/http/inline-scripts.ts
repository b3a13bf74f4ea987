import { createHash } from 'node:crypto';

/**
 * The CSP hash sources ('sha256-…') of every inline script in an HTML page: what a policy must list for those
 * scripts, and only those, to run. A script with a `src` is not inline (the policy's 'self' covers it), and a
 * data block (`type="application/json"` or similar) runs nothing, but hashing it too is harmless.
 *
 * @example
 * inlineScriptHashes('<script>a()</script><script src="/x.js"></script>') // ["'sha256-…'"] (one hash)
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  // React and Next escape "</script" inside a script's text, so the first closing tag ends it.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(match[1]!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
