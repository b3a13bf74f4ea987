import { describe, expect, it } from 'vitest';
import { formatKb, formatMs, formatRate, formatRatio, markdownTable } from '@/bench/table';

describe('bench tables', () => {
  it('pads columns so the Markdown also reads as plain text, and escapes pipes', () => {
    const table = markdownTable(['db', 'req/s'], [['pglite', '90'], ['pg', 'a|b']]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[3]).toContain('a\\|b');
  });

  it('shows a dash, never a zero, for a figure that was not measured', () => {
    for (const format of [formatRate, formatMs, formatRatio, formatKb]) {
      expect(format(Number.NaN)).toBe('—');
      expect(format(undefined)).toBe('—');
    }
  });

  it('keeps small ratios distinguishable and large rates readable', () => {
    expect(formatRatio(0.0512)).toBe('0.051×');
    expect(formatRatio(0.734)).toBe('0.73×');
    expect(formatRate(12_345.4)).toBe('12,345');
    expect(formatMs(3.14)).toBe('3.1');
    expect(formatKb(163_840)).toBe('163.8 kB');
  });
});
