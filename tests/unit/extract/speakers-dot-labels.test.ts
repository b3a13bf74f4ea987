import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * #16, round 9: the Public Papers of the Presidents (and The American Presidency Project's copies) label a
 * turn with a sentence of its own, "President Ortiz. …", "The President. …", "Q. …". Invented sentences.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('transcripts: a title and a name ending in a full stop open a turn (Public Papers)', () => {
  it('gives each labelled paragraph, and the plain ones after it, to the label', () => {
    const body = [
      'President Ortiz. It is a pleasure to welcome the Prime Minister to our capital. We spoke about trade.',
      'We also agreed to meet again in the autumn.',
      'Prime Minister Lindqvist. Thank you, Mr. President. I am grateful for the warm welcome.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['It is a pleasure to welcome the Prime Minister to our capital. We spoke about trade.', 'Ortiz'],
      ['We also agreed to meet again in the autumn.', 'Ortiz'],
      ['Thank you, Mr. President. I am grateful for the warm welcome.', 'Lindqvist'],
    ]);
  });

  it('gives "Q." to a reporter and "The President." to the one president the transcript names', () => {
    const body = [
      'The President. Good morning. I have a short statement on the harvest and then I will take questions.',
      'Q. President Ortiz, will the grain reserve be opened?',
      'The President. We will open it next week.',
    ].join('\n\n');
    // The headline names him in full, so the speaker is Halvard Ortiz, not a bare surname (round 9).
    expect(said(body, 'Remarks by President Halvard Ortiz on the Harvest')).toEqual([
      ['Good morning. I have a short statement on the harvest and then I will take questions.', 'Halvard Ortiz'],
      ['President Ortiz, will the grain reserve be opened?', 'a reporter'],
      ['We will open it next week.', 'Halvard Ortiz'],
    ]);
  });

  it('reads no label in prose: an abbreviation, a lone label, or a list of profiles in the third person', () => {
    const abbreviation = 'Gen. Marta Ruiz said the troops would leave. We have done our work, she said.\n\nSen. Paul Okafor disagreed.';
    expect(said(abbreviation).map((q) => q[1])).toEqual([]);
    const lone = 'President Ortiz. The name is on every poster in the city, and I saw it everywhere.\n\nHe won in May.';
    expect(said(lone)).toEqual([]);
    const profiles = [
      'Marta Ruiz. The mayor has run the city since 2019 and wants a second term.',
      'Paul Okafor. The councillor has promised cheaper buses.',
    ].join('\n\n');
    expect(said(profiles)).toEqual([]);
  });
});
