/**
 * Stored copies without a headline of their own: the store's note "(no headline in the stored copy)" and its
 * description of the text stand where a headline would. Labels and headline figures read them here.
 */

/**
 * A stored copy without a headline, by who spoke and what it was: "(no headline …) Hillary Rodham Clinton,
 * Secretary of State, Treaty Room, … — remarks with Javier Solana" → "Hillary Rodham Clinton: remarks with
 * Javier Solana". Read before the site suffix, which the dash would otherwise take.
 *
 * @example
 * untitledLabel('(no headline in the stored copy) Hillary Rodham Clinton, Secretary of State, Treaty Room — remarks with Javier Solana'); // → 'Hillary Rodham Clinton: remarks with Javier Solana'
 */
export function untitledLabel(title: string): string | null {
  const m = /^\(no headline[^)]*\)\s*([^,]+),.*\s[—–]\s(.+)$/i.exec(title.trim());
  return m?.[1] && m[2] ? `${m[1].trim()}: ${m[2].trim()}` : null;
}

/**
 * Whether a stored copy has no headline of its own: the title is the store's note and its description of the
 * text, except the who-spoke-and-what form untitledLabel reads.
 *
 * @example
 * isHeadless('(no headline in the stored copy) Rumsfeld meets Karzai and Fahim at Bagram'); // → true
 */
export function isHeadless(title: string): boolean {
  return /^\(no (?:English )?headline[^)]*\)/i.test(title.trim()) && untitledLabel(title) === null;
}
