import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '@/lib/generate/people';
import { one } from './helpers';

const names = (body: string) => one(body).lib.people.map((p) => p.name);

describe('the people index: shapes that name no one', () => {
  it('a possessive before a holiday noun names the day, not a person', () => {
    const body = 'On International Women’s Day Ana Ruiz met Tom Hale. On Mother’s Day Ana Ruiz said she would rest.';
    expect(names(body)).not.toContain('International Women');
    expect(names(body)).not.toContain('Mother');
    expect(names(body)).toContain('Ana Ruiz');
  });

  it('a possessive person before a lower-case noun stays a person', () => {
    expect(names('Tom Hale’s day began early. Hale said he was tired.')).toContain('Tom Hale');
  });

  it('one word after a title and "of" is where the office is, not who holds it', () => {
    const body = 'In Lahore, he also met with Ana Ruiz, the Chief Minister of Kalinor. Ruiz said the talks went well.';
    expect(names(body)).not.toContain('Kalinor');
    expect(names(body)).toContain('Ana Ruiz');
  });

  it('a state of two words is a place: "from New Jersey" names no one, and "he" still finds the speaker', () => {
    const body = 'President Tom Hale spoke to reporters as he headed back from New Jersey.\n\n“We will see what happens,” he said.';
    const { lib, article } = one(body);
    expect(lib.people.map((p) => p.name)).toEqual(['Tom Hale']);
    expect(article.quotes[0]?.speaker).toBe('Tom Hale');
  });

  it('keeps the period of a middle initial', () => {
    expect(names('The talks involved US President George W. Bush and Yasuo Fukuda.')).toContain('George W. Bush');
    // and the name stays one a question may offer, while a sentence's end inside a name does not
    expect(looksLikePersonName('George W. Bush')).toBe(true);
    expect(looksLikePersonName('David Miliband. Do')).toBe(false);
  });
});

describe('a person known by one name', () => {
  it('is indexed when "he" or "she" takes up the word that opened the sentence before, and speaks after "He asks:"', () => {
    const body = 'Meanwhile, Nabeel wonders why people are upset Sabahi lost. He asks:\n\n“Why are we laying the blame on him? Who thought he could win?”';
    const { lib, article } = one(body);
    expect(lib.people.map((p) => p.name)).toContain('Nabeel');
    expect(article.quotes[0]?.speaker).toBe('Nabeel');
  });

  it('not a body or a place, which the next sentence calls "it"', () => {
    expect(names('Meanwhile, Gazprom cut supplies to the west. It said the pipeline needed repairs.')).not.toContain('Gazprom');
  });
});
