import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const speakers = (body: string) => extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.quotes.map((q) => [q.text.slice(0, 20), q.speaker]);

describe('speakers: the person a paragraph brings in', () => {
  it('gives "…,” he said" to the one person its paragraph names, against a speaker of an earlier paragraph', () => {
    const got = speakers('“The games matter,” said Scott Danberg, the sports director.\n\nThe opening ceremony was held June 22. Jon Stewart was the emcee of the ceremonies. When asked why he returns, he was quick to answer. “I keep coming back for these athletes,” he said.');
    expect(got[1]).toEqual(['I keep coming back f', 'Jon Stewart']);
  });

  it('leaves it open when the paragraph names someone else too', () => {
    const got = speakers('“The games matter,” said Scott Danberg, the sports director.\n\nJon Stewart met Tom Keller at the ceremony. “I keep coming back for these athletes,” he said.');
    expect(got[1]?.[1]).toBeNull();
    // A given name used for women only ("Maria") is not the "he" of the quotation.
    const named = speakers('“The games matter,” said Scott Danberg, the sports director.\n\nJon Stewart met Maria Keller at the ceremony. “I keep coming back for these athletes,” he said.');
    expect(named[1]?.[1]).toBe('Jon Stewart');
  });

  it('takes capitalised common words ("Air Mobility Wing", "Freestyle Swimming") for no one in a "She said:" block', () => {
    const got = speakers('Lynsey Kelly joined the Royal Air Force in 2001 under No.1 Air Mobility Wing. Düsseldorf 2023 marked Lynsey’s first Games and saw her win Bronze in the Women’s 100m Freestyle Swimming. She said:\n\n“Sport has given me a new outlook on life and a new team around me.”');
    expect(got[0]?.[1]).toBe('Lynsey Kelly');
  });
});

describe('speakers: an occupation before a name', () => {
  it('reads "Striker Ana Ruiz" at the start of a sentence as the role and the name', () => {
    expect(speakers('Striker Ana Ruiz scored twice. “We kept going,” she said.')).toEqual([['We kept going', 'Ana Ruiz']]);
    expect(speakers('Christopher Robin Milne spoke. “Fine,” he said.')).toEqual([['Fine', 'Christopher Robin Milne']]);
  });
});
