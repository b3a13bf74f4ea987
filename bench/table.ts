/**
 * Markdown tables and the number formats of the bench report. Pure: strings in, strings out. The same
 * text is printed to the terminal and written to bench-results/<timestamp>.md.
 */

/**
 * A GitHub-flavoured Markdown table, columns padded so that it also reads as plain text.
 * Cells may not contain `|` (it is escaped) or newlines (replaced by spaces).
 *
 * @example
 * markdownTable(['db', 'req/s'], [['pg', '120']])
 * // | db | req/s |
 * // |----|-------|
 * // | pg | 120   |
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const body = rows.map((row) => headers.map((_, i) => clean(row[i] ?? '')));
  const head = headers.map(clean);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** A blank for a figure that was not measured (NaN or undefined), so a missing value never reads as zero. */
const BLANK = '—';

/**
 * Requests per second: whole numbers, with a thousands separator from 10,000.
 *
 * @example
 * formatRate(1234.6) // '1235'
 */
export function formatRate(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return BLANK;
  const rounded = Math.round(value);
  return rounded >= 10_000 ? rounded.toLocaleString('en-US') : String(rounded);
}

/**
 * Milliseconds: one decimal below 10 ms, whole numbers above.
 *
 * @example
 * formatMs(3.14) // '3.1'
 * formatMs(250.4) // '250'
 */
export function formatMs(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return BLANK;
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/**
 * A ratio such as 0.05×; two significant decimals below 0.1 so that small ratios stay distinguishable.
 *
 * @example
 * formatRatio(0.0512) // '0.051×'
 * formatRatio(0.73) // '0.73×'
 */
export function formatRatio(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return BLANK;
  return `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`;
}

/**
 * Bytes as kB (1 kB = 1,000 bytes, as page-weight budgets are written), one decimal.
 *
 * @example
 * formatKb(163_840) // '163.8 kB'
 */
export function formatKb(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return BLANK;
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * The three load averages as the `uptime` command prints them.
 *
 * @example
 * formatLoad([1.234, 0.5, 0.25]) // '1.23 0.50 0.25'
 */
export function formatLoad(load: readonly number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}
