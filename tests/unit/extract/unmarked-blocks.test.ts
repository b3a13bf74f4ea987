import { describe, expect, it } from 'vitest';
import { one } from './helpers';
import { findSoundBites } from '@/lib/extract/sound-bites';
import { findPublishedTexts } from '@/lib/extract/published-text';
import { splitParagraphs } from '@/lib/extract/text';

/** Every quotation of an invented article: its words' start, its speaker. */
function quotesOf(body: string): { text: string; speaker: string | null }[] {
  return one(body).article.quotes.map((q) => ({ text: q.text.slice(0, 24), speaker: q.speaker }));
}

describe('sound bites in a broadcast script (issue #16)', () => {
  const script = [
    'INTRO: THE REFUGEE AGENCY SAYS IT IS EXPANDING ITS OPERATIONS IN THE PROVINCE. ANA SOTO REPORTS FROM GENEVA.',
    'TEXT: AGENCY SPOKESMAN PIETRO MARCHETTI SAYS HUNDREDS OF VILLAGERS HAVE FLED THEIR HOMES THIS WEEK.',
    '/// MARCHETTI ACT ///',
    'WE HAVE SEEN WHOLE VILLAGES EMPTIED IN A SINGLE NIGHT, AND THE PEOPLE HAVE NOWHERE TO GO.',
    '/// END ACT ///',
    'THE AGENCY SAYS IT IS SENDING MORE STAFF TO THE REGION NEXT MONTH.',
    '/// 2ND MARCHETTI ACT ///',
    'WE HAVE ASKED THE AUTHORITIES TO LET OUR TRUCKS THROUGH WITHOUT DELAY.',
  ].join('\n\n');

  it('gives the words after a named cue to the person the cue names, to the end cue', () => {
    const quotes = quotesOf(script);
    expect(quotes.filter((q) => q.text.startsWith('WE HAVE')).map((q) => q.speaker)).toEqual(['Pietro Marchetti', 'Pietro Marchetti']);
  });

  it('reads no script field as a speaker label: the reporter\'s lines are nobody\'s quotation', () => {
    const quotes = quotesOf(script);
    expect(quotes.some((q) => q.text.startsWith('AGENCY SPOKESMAN') || q.text.startsWith('THE AGENCY SAYS'))).toBe(false);
    expect(quotes.some((q) => q.speaker === 'Text' || q.speaker === 'Intro')).toBe(false);
  });

  it('reads the words inside the marks when the script puts the bite in marks too', () => {
    const body = 'Adviser Ana Soto said the talks would go well.\n\n/// SOTO ACT ///\n\n"All the parties have realized that they need to sit down and talk."\n\n/// END ACT ///';
    const [bite] = findSoundBites(body, splitParagraphs(body, ''));
    expect(body.slice(bite!.contentStart, bite!.contentEnd)).toBe('All the parties have realized that they need to sit down and talk.');
  });

  it('takes only the paragraph after a cue that no end cue closes, and nothing after a cue in another language', () => {
    const body = 'Ana Soto says the talks failed.\n\n/// SOTO ACT IN SPANISH, FADE UNDER ///\n\nMRS. SOTO SAYS THE TALKS FAILED.\n\n/// SOTO ACT ///\n\nWE HAVE NO DEAL.\n\nTHE TALKS RESUME MONDAY.';
    const bites = findSoundBites(body, splitParagraphs(body, ''));
    expect(bites.map((b) => body.slice(b.contentStart, b.contentEnd))).toEqual(['WE HAVE NO DEAL.']);
  });
});

describe('captioned texts on an archive page (issue #16)', () => {
  const page = [
    'Category: Defence',
    'Ana Ruiz – 2022 Comments on Exercise Northern Star',
    'The comments made by Ana Ruiz, the Secretary of State for Defence, on 4 September 2022.',
    'Exercises like this one matter more than ever while there is war in Europe.',
    'Northern Star is an invaluable opportunity for personnel to train in cold weather conditions.',
    'Tomas Berg – 2022 Speech at the Launch of HMS Example',
    'The speech made by Tomas Berg, the Prime Minister, at Portsmouth on 31 August 2022.',
    'Thank you very much Captain Lee.',
    'PRESS RELEASE : Minister meets counterpart [January 2025]',
    'The press release issued by the Foreign Office on 14 January 2025.',
    'The Minister met her counterpart in London this afternoon.',
  ].join('\n\n');

  it('gives each text to the person its caption names, to the next heading', () => {
    expect(quotesOf(page)).toEqual([
      { text: 'Exercises like this one ', speaker: 'Ana Ruiz' },
      { text: 'Northern Star is an inva', speaker: 'Ana Ruiz' },
      { text: 'Thank you very much Capt', speaker: 'Tomas Berg' },
    ]);
  });

  it('reads an office\'s release as nobody\'s words', () => {
    const body = 'The press release issued by 10 Downing Street on 14 January 2025.\n\nThe Prime Minister met the President this afternoon.';
    expect(findPublishedTexts(body, splitParagraphs(body, ''))).toEqual([]);
  });
});

describe('a hand-over whose colon was lost in copying (issue #16)', () => {
  it('reads "X, said" on a line of its own as "X said:"', () => {
    const body = 'The department launched a new portfolio of projects today.\n\nInternational Trade Secretary Dr Ana Ruiz MP, said\n\nIt has never been easier to find opportunities for global investment in the region and these projects prove it.';
    expect(quotesOf(body)).toEqual([{ text: 'It has never been easier', speaker: 'Ana Ruiz' }]);
  });

  it('leaves a paragraph that ends on "said" after an object alone', () => {
    const body = 'That is not what the minister said\n\nIt has never been easier to find opportunities for global investment in the region and these projects prove it.';
    expect(quotesOf(body)).toEqual([]);
  });
});

describe('names in official copy (issue #16)', () => {
  it('ends no sentence at a military rank\'s full stop: "Brig. Gen. Ana Ruiz provided the following readout:"', () => {
    const body = 'Pentagon Press Secretary Brig. Gen. Ana Ruiz provided the following readout:\n\nSecretary of Defense Tomas Berg spoke today with the defense ministers of five allies to discuss the situation.';
    expect(quotesOf(body)).toEqual([{ text: 'Secretary of Defense Tom', speaker: 'Ana Ruiz' }]);
  });

  it('reads "Liam Fox MP" as a person: post-nominal letters after a surname that is also an outlet\'s word', () => {
    const body = 'Talks were held in Leeds today.\n\nDr Liam Fox MP said:\n\nIt has never been easier to find opportunities for global investment in the UK and these projects show it.';
    expect(quotesOf(body)).toEqual([{ text: 'It has never been easier', speaker: 'Liam Fox' }]);
  });
});
