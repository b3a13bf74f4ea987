/**
 * Round 23: transcript speakers a label gives by title and surname only. "PRIME MINISTER TRUDEAU:" under a headline
 * naming "Prime Minister Trudeau of Canada" was no person (fresh38/01, fresh40/06), so his words were never asked; and
 * "NAJIB:" under a header naming "Minister for Defence Najib bin Abdul Razak" was read as "Abdul Razak", a given name
 * and his father's name (dev17). Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

const summit: ArticleInput = {
  id: 'harlan-vessel-2023',
  title: 'Remarks by President Harlan and Prime Minister Vessel of Norland in Joint Press Conference',
  date: '2023-03-24',
  bodyStart: 0,
  body: [
    'Parliament Hill',
    'Telby, Norland',
    'PRESIDENT HARLAN: Thank you all for coming. It is good to be back in Telby, and I want to thank our hosts for a warm welcome.',
    'PRIME MINISTER VESSEL: Good afternoon. President Harlan, thank you for making the trip north to see us this spring.',
    'Today, I am announcing an investment of two billion dollars in clean energy along the border we share.',
    'PRESIDENT HARLAN: We agreed to build the bridge at Marrow Falls together, and we will finish it before the winter.',
  ].join('\n\n'),
};

const availability: ArticleInput = {
  id: 'rowe-harun-2006',
  title: 'Press Availability with Secretary Rowe and Minister Harun following the Bilateral Meeting',
  date: '2006-06-04',
  bodyStart: 0,
  body: [
    'News Transcript',
    'Presenter: Secretary of Defense Martin J. Rowe and Minister for Defence Harun bin Abdul Karim June 04, 2006',
    'HARUN: Well, Secretary Rowe and I, we had a very useful discussion about the straits and the patrols we share.',
    'SECRETARY ROWE: Thank you very much. I certainly agree that our cooperation has grown, and we will keep it growing.',
  ].join('\n\n'),
};

describe('a label of title and surname that the headline names', () => {
  it('gives the turns to a person, not to the label written as a description', () => {
    const facts = extractLibrary([summit]);
    const vessel = facts.people.find((p) => p.name === 'Vessel');
    expect(vessel?.role).toBe('Prime Minister');
    const quotes = facts.articles[0]!.quotes.filter((q) => /two billion dollars|trip north/.test(q.text));
    expect(quotes.length).toBe(2);
    for (const q of quotes) expect(q.speakerId).toBe(vessel?.id);
  });

  it('leaves a surname the headline never titles a description as written', () => {
    const facts = extractLibrary([{ ...summit, title: 'Remarks by President Harlan in Joint Press Conference' }]);
    expect(facts.people.some((p) => p.name === 'Vessel')).toBe(false);
  });
});

describe('a patronymic name: the given name before "bin"', () => {
  it('names the minister by his whole name, and his label by it', () => {
    const facts = extractLibrary([availability]);
    expect(facts.people.some((p) => p.name === 'Abdul Karim')).toBe(false);
    const harun = facts.people.find((p) => p.name === 'Harun bin Abdul Karim');
    expect(harun).toBeDefined();
    const q = facts.articles[0]!.quotes.find((x) => x.text.includes('useful discussion'));
    expect(q?.speakerId).toBe(harun?.id);
  });
});
