import { describe, expect, it } from 'vitest';
import { factPanelsHtml } from '@/components/reader/fact-panels-html';
import type { ReaderFigureDto, ReaderMeetingDto, ReaderQuoteDto } from '@/db/queries/facts';

const EVIL = '<img src=x onerror=alert(1)>';
const range = { start: 10, end: 20 };

const quote: ReaderQuoteDto = {
  id: 'q1',
  sentence: { start: 0, end: 30 },
  range,
  person: { id: 'p1', name: `Ann ${EVIL}`, shortName: 'Ann', role: `Minister "of" ${EVIL}` },
  speaker: null,
  isFragment: false,
  echoes: [{ slug: 'other-report', label: `Other ${EVIL}`, range: { start: 5, end: 9 } }],
  disputes: [
    {
      conflictId: 'c1',
      about: `Who said it ${EVIL}`,
      claims: [
        { slug: 'here', label: 'Here', range, says: `Ann ${EVIL}`, isHere: true },
        { slug: 'there', label: 'There', range: null, says: 'Bob', isHere: false },
      ],
    },
  ],
};
const meeting: ReaderMeetingDto = {
  id: 'm1',
  sentence: { start: 40, end: 60 },
  range: { start: 41, end: 45 },
  what: `Talks ${EVIL}`,
  place: 'virtual',
  whenText: 'on Monday',
  date: '2022-01-10',
  participants: [
    { name: 'Ann', personId: 'p1' },
    { name: `Ruritania ${EVIL}`, personId: null },
  ],
  echoes: [],
  disputes: [],
};
const unplaced: ReaderMeetingDto = { ...meeting, id: 'm2', range: null };
const figure: ReaderFigureDto = {
  id: 'f1',
  sentence: { start: 70, end: 90 },
  range: { start: 71, end: 75 },
  raw: '100,000',
  unit: 'troops',
  about: `troops at the border ${EVIL}`,
  qualifier: 'about',
  claimant: null,
  status: null,
  echoes: [],
  disputes: [],
};

describe('the fact panels as HTML', () => {
  const html = factPanelsHtml('this-report', { quotes: [quote], meetings: [meeting, unplaced], figures: [figure] });

  it('sends the panels inside one noscript that no name or claim can close', () => {
    // Built on demand when scripts run (components/reader/fact-panel-on-demand.ts); built by the browser without them.
    const closing = factPanelsHtml('this-report', { quotes: [{ ...quote, person: { ...quote.person!, name: 'Ann</noscript><b>x</b>' } }], meetings: [], figures: [] });
    for (const panels of [html, closing]) {
      expect(panels.startsWith('<noscript><section ')).toBe(true);
      expect(panels.match(/<\/noscript/gi)).toEqual(['</noscript']);
      expect(panels.endsWith('</noscript>')).toBe(true);
    }
  });

  it('keeps every name, label and claim as text', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('Ann &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Minister &quot;of&quot; &lt;img');
  });

  it('has one native popover per fact with a place in the text, each titled and closable', () => {
    expect(html.match(/<section id="fact-[^"]+" popover="auto"/g)).toEqual([
      '<section id="fact-q1" popover="auto"',
      '<section id="fact-m1" popover="auto"',
      '<section id="fact-f1" popover="auto"',
    ]);
    expect(html).toContain('<h2 id="fact-f1-title" class="fact-panel-title">About 100,000 troops</h2>');
    expect(html).toContain('popovertarget="fact-q1" popovertargetaction="hide"');
    expect(html).toContain('Monday 10 January 2022<span class="text-stone-600"> (the article says “on Monday”)</span>');
    expect(html).toContain('<dd>Online</dd>');
  });

  it('links out to people, other reports (back to this fact), the timeline and the comparison', () => {
    expect(html).toContain('href="/people/p1"');
    expect(html).toContain(`href="/articles/other-report?cite=5-9&amp;from=${encodeURIComponent('/articles/this-report?cite=0-30#cited')}#cited"`);
    expect(html).toContain('href="/articles/there"');
    expect(html).toContain('href="/timeline#m1"');
    expect(html).toContain('href="/conflicts/c1"');
    expect(html).toContain('This report: Ann &lt;img');
    expect(html).toContain('No other report in the library gives this.');
  });
});
