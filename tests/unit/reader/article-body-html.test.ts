import { describe, expect, it } from 'vitest';
import { articleBodyHtml, type FactLook } from '@/components/reader/article-body';

const look = (label: string, name: string): FactLook => ({ markClass: 'bg-sky-100', chip: { panelId: 'fact-q1', label, name, className: 'bg-sky-800 text-white' } });

describe('the article body as HTML', () => {
  it('keeps an article’s markup-like text as text, in the words and in a chip’s labels', () => {
    const body = 'She said "<script>alert(1)</script>" & left.\n\nNext <b>paragraph</b>.';
    const html = articleBodyHtml(body, [{ id: 'q1', kind: 'quote', start: 9, end: 38 }], { q1: look('O"Neil <x>', 'Quote by <img src=x onerror=alert(1)>') });
    expect(html).not.toMatch(/<script|<b>|<img|<x>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-label="O&quot;Neil &lt;x&gt;"');
    expect(html).toContain('aria-label="Quote by &lt;img src=x onerror=alert(1)&gt;"');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it('draws a fact’s words and ends it with the button that opens its panel; a citation gets the anchor', () => {
    const body = 'Blinken said it was serious. Then he left.';
    const html = articleBodyHtml(
      body,
      [
        { id: 'cited', kind: 'cited', start: 0, end: 28 },
        { id: 'q1', kind: 'quote', start: 13, end: 27 },
      ],
      { q1: look('Blinken', 'Blinken: quotation by Antony Blinken') },
    );
    expect(html).toContain('<mark id="cited"');
    expect(html).toContain('<span class="fact-mark bg-sky-100" data-opens="fact-q1">it was serious</span><button type="button" popovertarget="fact-q1"');
    // The words are exactly the article's.
    expect(html.replace(/<[^>]+>/g, '')).toBe(body);
  });

  it('draws a meeting chip’s icon inline, in the chip’s text colour and hidden from screen readers', () => {
    const body = 'They met in Geneva on Friday.';
    const meeting: FactLook = { markClass: 'fact-meeting', chip: { panelId: 'fact-m1', icon: 'meeting', name: 'Meeting: talks in Geneva', className: 'text-teal-800' } };
    const html = articleBodyHtml(body, [{ id: 'm1', kind: 'meeting', start: 5, end: 28 }], { m1: meeting });
    const chip = /<button[^>]*popovertarget="fact-m1"[^>]*>(.*?)<\/button>/.exec(html)?.[1] ?? '';
    expect(chip).toMatch(/^<svg aria-hidden="true"[^>]* stroke="currentColor"[^>]*>.*<\/svg>$/);
    expect(html).not.toContain('fact-icon');
    expect(html.replace(/<[^>]+>/g, '')).toBe(body);
  });
});
