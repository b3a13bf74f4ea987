/**
 * RFC 4180 CSV that spreadsheets open safely: every field quoted when it needs to be, CRLF line ends, and
 * text that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM") prefixed with an apostrophe.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV document with a header row; a byte-order mark so that Excel reads it as UTF-8.
 *
 * @example
 * toCsv(['name', 'score'], [['Ana', 0.5]]) // '\uFEFFname,score\r\nAna,0.5\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
