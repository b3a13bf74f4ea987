/**
 * The people index holds only people (issues #15 and #16): plans, fields of policy, bases and units, feasts, peoples
 * and the words of headings were read as names and offered as speakers ("Indo-Pacific Economic Framework", "Futenma
 * Air Station", "Yom Kippur", "Sunni Muslims", "For Immediate Release", "Joe. Thank you"), and a kremlin.ru label
 * that writes the name twice with the post glued on gave "Mahmoud Abbas Abbas MahmoudPresident" (blind-50).
 * Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

function peopleOf(body: string, title = 'Talks in Valmora'): string[] {
  const input: ArticleInput = { id: 'valmora', title, date: '2023-05-02', bodyStart: 0, body };
  return extractLibrary([input]).people.map((p) => p.name).sort();
}

function speakersOf(body: string): string[] {
  const input: ArticleInput = { id: 'valmora', title: 'Press statements', date: '2023-05-02', bodyStart: 0, body };
  const facts = extractLibrary([input]);
  const byId = new Map(facts.people.map((p) => [p.id, p.name]));
  return (facts.articles[0]?.quotes ?? []).map((q) => (q.speakerId ? byId.get(q.speakerId) : null) ?? 'none');
}

describe('a plan, an agreement or a series of talks', () => {
  it('is no person', () => {
    const names = peopleOf([
      'Ministers signed up to Coastal Trade Framework rules on Monday and opened Harbour Security Dialogue sessions in Valmora.',
      '"We will build on Northern Growth Partnership projects," Foreign Minister Tessa Orlen said.',
    ].join('\n\n'));
    expect(names).toEqual(['Tessa Orlen']);
  });
});

describe('a field of policy that ends an office', () => {
  it('ends the title, and the name after it is the person', () => {
    const names = peopleOf('"The port will reopen," Minister of Coastal Affairs Dana Whitcombe said on Monday.');
    expect(names).toEqual(['Dana Whitcombe']);
  });
});

describe('a base, a camp or a unit', () => {
  it('is no person', () => {
    const names = peopleOf([
      'Soldiers of Drava Reconstruction Team flew from Kestrel Air Base to Camp Harrow on Monday.',
      '"The runway is ready," Sergeant Ivo Marsh said.',
    ].join('\n\n'));
    expect(names).toEqual(['Ivo Marsh']);
  });
});

describe('a feast or a people', () => {
  it('is no person', () => {
    const names = peopleOf([
      'On Yom Kippur, Sunni Muslims and Norwegians gathered in Valmora for the vigil.',
      '"Peace is near," Mayor Elin Brask said.',
    ].join('\n\n'));
    expect(names).toEqual(['Elin Brask']);
  });
});

describe('the words of a heading or of thanks', () => {
  it('are no part of a name', () => {
    const names = peopleOf([
      'For Immediate Release',
      'Tessa Orlen Remarks at Harbour Forum',
      'Valmora Kestrel Ministerial Meeting',
      '"Thank you, Joe. Thank you all for coming to Valmora," Orlen said.',
    ].join('\n\n'));
    expect(names.filter((n) => /Release|Remarks|Thank|Meeting/.test(n))).toEqual([]);
  });
});

describe('a transcript label that writes the name twice, surname first the second time, with the post glued on', () => {
  it('names the speaker once', () => {
    const body = [
      'President of Valmora Tessa Orlen: Good afternoon. We discussed trade and the harbour at length today.',
      'Ivo Danel Marsh Marsh Ivo DanelPresident of the Republic of Kestrel (retranslated): Thank you, Madam President. We agreed on the harbour.',
    ].join('\n\n');
    expect(speakersOf(body)).toEqual(['Tessa Orlen', 'Ivo Danel Marsh']);
  });
});
