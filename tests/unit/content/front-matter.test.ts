import { describe, expect, it } from 'vitest';
import { frontMatterProblem } from '@/lib/content/front-matter';

describe('front matter of an article file', () => {
  it('accepts the shapes the library uses, and plain text without a block', () => {
    expect(frontMatterProblem('---\ntitle: "US offers no concessions"\noutlet: "The Federal"\nsource: "002.txt"\n---\nBody text.')).toBeNull();
    expect(frontMatterProblem("---\ntitle: 'It''s a deal'\ndate: 2022-01-26\n---\nBody.")).toBeNull();
    expect(frontMatterProblem('---\r\ntitle: Plain words\r\n---\r\nBody.')).toBeNull();
    expect(frontMatterProblem('\uFEFF---\ntitle: "Escaped \\" quote"\n---\nBody.')).toBeNull();
    expect(frontMatterProblem('Headline on the first line\n\nBody.')).toBeNull();
  });

  it('refuses a quotation mark that is never closed, with the field named', () => {
    expect(frontMatterProblem('---\ntitle: "x\n---\nBody')).toMatch(/title.*never closed/);
    expect(frontMatterProblem("---\noutlet: 'AFP\ntitle: T\n---\nBody")).toMatch(/outlet.*never closed/);
  });

  it('refuses an empty block, a block never closed, a block without a title, and a block with nothing after it', () => {
    expect(frontMatterProblem('---\n---\nBody')).toMatch(/empty/);
    expect(frontMatterProblem('---\ntitle: "T"\nBody without the closing line')).toMatch(/never closed/);
    expect(frontMatterProblem('---\noutlet: "AFP"\n---\nBody')).toMatch(/no title/);
    expect(frontMatterProblem('---\ntitle: ""\n---\nBody')).toMatch(/no title/);
    expect(frontMatterProblem('---\ntitle: "T"\n---\n\n')).toMatch(/no text/);
    expect(frontMatterProblem('---')).toMatch(/never closed/);
  });

  it('refuses lines that are not "name: value", text after a closing quote, and dates it cannot read', () => {
    expect(frontMatterProblem('---\ntitle: "T"\njust words\n---\nBody')).toMatch(/just words.*name: value/);
    expect(frontMatterProblem('---\ntitle: "T" and more\n---\nBody')).toMatch(/after its closing/);
    expect(frontMatterProblem('---\ntitle: "T"\ndate: 26 January\n---\nBody')).toMatch(/YYYY-MM-DD/);
  });
});
