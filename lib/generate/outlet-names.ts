/** How questions name an outlet: the name people know it by, without a store's notes on where the copy came from. */

/**
 * The outlet as people know it: "U.S. Department of Defense (archived via webharvest.gov)" is the
 * U.S. Department of Defense; "The Conversation (republished on …)" is The Conversation.
 *
 * @example
 * outletName('GOV.UK (Foreign and Commonwealth Office), via government-world.com'); // → 'GOV.UK'
 */
export function outletName(outlet: string | null | undefined): string | null {
  const o = (outlet ?? '').replace(/\s*\([^)]*\)/g, '').replace(/\s*[,;]\s*(?:via|republished|archived)\b.*$/i, '').replace(/\s+/g, ' ').trim();
  return o || null;
}

/** Sites whose own name is an office: en.kremlin.ru calls itself "President of Russia", which in "a report by President of Russia" reads as a person (blind-53). */
const KNOWN_AS: Readonly<Record<string, string>> = { 'President of Russia': 'the Kremlin' };

/**
 * The outlet as a label names it: its name, or the name readers know the site by.
 *
 * @example
 * labelOutlet('President of Russia (en.kremlin.ru)'); // → 'the Kremlin'
 */
export function labelOutlet(outlet: string | null | undefined): string | null {
  const name = outletName(outlet);
  return name ? (KNOWN_AS[name] ?? name) : null;
}
