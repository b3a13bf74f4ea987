/**
 * "Pompeo met today with Saudi Deputy Defense Minister Khalid bin Salman in Washington." … "Pompeo met
 * today with Iraqi Speaker Mohammed al-Halbusi.": two meetings in one city on one day, each held with
 * someone the text names, are two meetings when the people met differ. Place and time alone would join them.
 */

/** The people a meeting's own words say it was held with: those named right after its trigger. */
export function counterpartsAfter(personsIn: (start: number, end: number) => string[], from: number, seg: string): string[] {
  const clause = seg.split(/[.;]/)[0] ?? '';
  return personsIn(from, from + Math.min(clause.length, 90));
}

/** Whether two meetings were held with different people: both name someone, and no one in common. */
export function metDifferentPeople(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if (!a || a.length === 0 || b.length === 0) return false;
  return !a.some((p) => b.includes(p));
}
