/**
 * Classes of the questions blind-38's judges sent back (tests/fixtures/question-review/pending/review-blind-38*.judged.md),
 * each checked on invented text: a bare office glossed with a state that has no such office; a meeting's name cut
 * at an abbreviation or a joining "and".
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { wholeMeetingName } from '@/lib/generate/meeting-name-head';
import { withOfficeNamed } from '@/lib/generate/office-names';

const article = (id: string, title: string, date: string, paragraphs: string[], outlet: string): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date, outlet });
const bankOf = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles).questions;

describe('Q8: a bare office is glossed by its holder, never by an outlet’s state that has no such office (blind-38)', () => {
  const briefing = article('wh-briefing-2016', 'Background Briefing on Vice President Hale’s Meetings', '2016-03-08', [
    'SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. A little while ago the Vice President finished a meeting with Latvian Prime Minister Ozols, a meeting that lasted about an hour.',
    'And this was the Prime Minister’s first visit to Washington. He has only been in office for a few months, but we wanted to engage the new government early on to show our commitment to the people of Latvia.',
    'Tomorrow the Vice President will travel to Ottawa for talks on trade with Canadian officials.',
  ], 'The White House, Office of the Press Secretary');
  // The seat rule below drops this visit from the White House's own release: a department's release on it shows the gloss.
  const department = { ...briefing, id: 'state-briefing-2016', outlet: 'U.S. Department of State', body: briefing.body.replace('to Washington', 'to Ottawa').replace('travel to Ottawa', 'travel to Toronto') };
  const shown = bankOf([department]).map((q) => q.prompt).filter((p) => /Prime Minister/.test(p));

  it('names the holder the article last gave the title (“the Prime Minister [Ozols]’s first visit”), never “[US] Prime Minister”', () => {
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) {
      expect(p).not.toMatch(/\[US\] Prime Minister/);
      expect(p).toMatch(/Prime Minister(?: \[Ozols\]| Ozols)/);
    }
  });

  it('asks no “first visit to _____” whose answer is the seat of the government whose release the stem names (White House → Washington)', () => {
    expect(bankOf([briefing]).filter((q) => q.kind === 'where' && q.answer === 'Washington')).toEqual([]);
    const wire = { ...briefing, id: 'wire-2016', outlet: 'Baltic Wire' };
    expect(bankOf([wire]).filter((q) => q.kind === 'where' && q.answer === 'Washington').length).toBeGreaterThan(0);
  });

  it('puts the one holder’s name before a possessive, and still gives the outlet’s state to an office it has', () => {
    expect(withOfficeNamed('And this was the Prime Minister’s first visit to _____.', ['Anton Velikov'], 'US')).toBe('And this was the Prime Minister [Anton Velikov]’s first visit to _____.');
    expect(withOfficeNamed('The Prime Minister’s visit ends today.', [], 'UK')).toBe('The [UK] Prime Minister’s visit ends today.');
  });
});

describe('Q11: a meeting is named whole, as the article writes it (blind-38)', () => {
  it('keeps the head cut at an abbreviation, a joining “and” or a hyphen', () => {
    const s = 'Assistant Secretary Mara Quist previewed the 2014 U.S. Pacific Fisheries and Ocean Partnership Forum, in Suva, Fiji, on May 3-4.';
    expect(wholeMeetingName(s, 'Ocean Partnership Forum')).toBe('2014 U.S. Pacific Fisheries and Ocean Partnership Forum');
    expect(wholeMeetingName('Ministers attended the EU-Pacific Ocean Forum in Suva.', 'Pacific Ocean Forum')).toBe('EU-Pacific Ocean Forum');
    expect(wholeMeetingName('Ministers met at the Ocean Forum in Suva.', 'Ocean Forum')).toBe('Ocean Forum');
  });

  it('asks where the forum will take place by its whole name, not “the Ocean Partnership Forum”', () => {
    const week = article('dipnote-2014', 'The Week in Review', '2014-04-27', [
      'As Secretary Hale prepares to travel to the Pacific in the week ahead, Assistant Secretary Mara Quist previewed the 2014 U.S. Pacific Fisheries and Ocean Partnership Forum, in Suva, Fiji, on May 3-4.',
      'She said the forum would bring together ministers from fourteen island states to discuss fishing rights and ocean protection.',
    ], 'US Department of State');
    const asked = bankOf([week]).filter((q) => /Partnership Forum/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/the 2014 U\.S\. Pacific Fisheries and Ocean Partnership Forum/);
  });
});
