import { describe, expect, it } from 'vitest';
import { isPhotoCaption } from '@/lib/extract/text';
import { extractLibrary } from '@/lib/extract';
import { one } from './helpers';

/* Invented people and places: family name first, then a given name of one or two parts. */
const peopleOf = (body: string) => one(body).lib.people.map((p) => p.name);
const speakerOf = (body: string, snippet: string) => one(body).article.quotes.find((q) => q.text.includes(snippet))?.speaker;

describe('a name written family name first keeps its last part', () => {
  it('keeps a given name whose last syllable is spelled like an acronym ("Un", not the UN)', () => {
    const body = 'North Korean envoy Ri Tae Un arrived in Hanoi on Monday.\n\n"We came to listen," Ri Tae Un said.';
    expect(peopleOf(body)).toContain('Ri Tae Un');
    expect(peopleOf(body)).not.toContain('Ri Tae');
    expect(speakerOf(body, 'We came to listen')).toBe('Ri Tae Un');
  });

  it('keeps a hyphenated given name whose small second syllable is spelled like an English word ("Seo-in", "Ha-on")', () => {
    const body = [
      'South Korean Foreign Minister Park Seo-in met Trade Minister Cho Ha-on in Busan.',
      'Park praised the talks. "This is a good start," she said.',
    ].join('\n\n');
    const people = peopleOf(body);
    expect(people).toContain('Park Seo-in');
    expect(people).toContain('Cho Ha-on');
    expect(people).not.toContain('Park');
    expect(speakerOf(body, 'This is a good start')).toBe('Park Seo-in');
  });

  it('does not take a command after the whole name for the person\'s words', () => {
    const body = 'Use Ri Tae Un or Park Seo-in, and say in the stem that "the line" is the border.';
    expect(speakerOf(body, 'the line')).toBeFalsy();
  });

  it('is one person in a library whether its syllables are joined by a hyphen or not', () => {
    const lib = extractLibrary([
      { id: 'a', title: 'Talks', body: 'North Korean envoy Ri Tae Un arrived in Hanoi.\n\n"We came to listen," Ri Tae Un said.', bodyStart: 0 },
      { id: 'b', title: 'Visit', body: 'Envoy Ri Tae-un left Hanoi on Friday.\n\n"We listened," Ri Tae-un said.', bodyStart: 0 },
    ]);
    const ris = lib.people.filter((p) => p.name.startsWith('Ri '));
    expect(ris).toHaveLength(1);
  });

  it('reads Chinese and Vietnamese names whole', () => {
    const body = [
      'Chinese Premier Zhao Weiping met Vietnamese Prime Minister Tran Van Duc and Deputy Minister Phạm Thu Hà in Hanoi.',
      '"Trade is up," Tran Van Duc said.',
    ].join('\n\n');
    const people = peopleOf(body);
    expect(people).toEqual(expect.arrayContaining(['Zhao Weiping', 'Tran Van Duc', 'Phạm Thu Hà']));
    expect(speakerOf(body, 'Trade is up')).toBe('Tran Van Duc');
  });

  it('still reads an English compound or a pronoun opening a sentence as no name', () => {
    const body = [
      'Sit-in protesters blocked the road to the port on Monday.',
      'Us against them is no way to run a city, Mayor Ana Ruiz said.',
    ].join('\n\n');
    const people = peopleOf(body);
    expect(people).toEqual(['Ana Ruiz']);
  });

  it('still reads the UN and the EU written in capitals as bodies, not people', () => {
    const body = 'UN envoy Lars Berg met EU officials in Geneva.\n\n"The talks went well," Berg said.';
    expect(peopleOf(body)).toEqual(['Lars Berg']);
  });
});

describe('a photo caption with the agency first', () => {
  const caption = 'Governor Ana Ruiz meets envoy Ri Tae Un in Busan, South Korea, June 3, 2021. REUTERS/Jo Park.';

  it('is read as a caption, like a credit in brackets', () => {
    expect(isPhotoCaption(caption, 0, caption.length)).toBe(true);
    expect(isPhotoCaption('Workers clear debris in Busan. AP Photo/Jo Park', 0, 47)).toBe(true);
    const prose = 'The governor met the envoy in Busan on Monday, aides said.';
    expect(isPhotoCaption(prose, 0, prose.length)).toBe(false);
  });

  it('gives no speaker to the quotation after it', () => {
    const body = [
      'Mayor Lee Min-jun opened the port talks in Busan on Monday.',
      caption,
      '"We will meet again next month," he added.',
    ].join('\n\n');
    expect(speakerOf(body, 'We will meet again')).not.toBe('Ana Ruiz');
    expect(speakerOf(body, 'We will meet again')).not.toBe('Ri Tae Un');
  });
});
