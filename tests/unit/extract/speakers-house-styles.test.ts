import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 5 of #16: the house styles of the blind set's sources list, each on sentences of the real
 * articles added to tests/fixtures/realnews-dev (kremlin.ru, GOV.UK/FCO, Wikinews, VOA Special English).
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('transcripts: a speaker label on a line of its own (kremlin.ru)', () => {
  it('gives the paragraphs below the label to its speaker, the short label after the long one too', () => {
    const body = [
      'Vladimir Putin had a working meeting with acting head of the region Artur Parfenchikov.',
      'President of Russia Vladimir Putin:',
      'Mr. Parfenchikov, how long have you been working in the republic?',
      'Acting Head of the Republic of Karelia Artur Parfenchikov:',
      'Five months.',
      'Vladimir Putin:',
      'This is a very short time of course, but nevertheless, you are now responsible for the republic.',
      'Russian President Vladimir Putin.',
      'With regard to housing: subsidies for young families. One of the callers is right.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Mr. Parfenchikov, how long have you been working in the republic?', 'Vladimir Putin'],
      ['Five months.', 'Artur Parfenchikov'],
      ['This is a very short time of course, but nevertheless, you are now responsible for the republic.', 'Vladimir Putin'],
      // The caption between the paragraphs is no part of the turn; "With regard to housing:" is no label.
      ['With regard to housing: subsidies for young families. One of the callers is right.', 'Vladimir Putin'],
    ]);
  });

  it('never makes a transcript of headings that end with a colon', () => {
    const body = 'The plan was published on Monday.\n\nKey Points:\n\nThe plan costs more than expected.\n\nNext Steps:\n\nThe council votes in May.';
    expect(said(body)).toEqual([]);
  });
});

describe('interviews: Wikinews marks its questions "((Wikinews))" and "((WN))"', () => {
  const body = [
    'Laura Hale interviews Elena Congost Mohedano for Wikinews',
    '((Wikinews)) Having won a medal in London are you going to get another one in this one?',
    'Elena Congost Mohedano : Yes! I train all year to go to win a medal.',
    '((WN)) Which event?',
    'Elena Congost Mohedano: In 1500m.',
  ].join('\n\n');

  it('gives the questions to the reporter the story names, the answers to the label', () => {
    expect(said(body)).toEqual([
      ['Having won a medal in London are you going to get another one in this one?', 'Laura Hale'],
      ['Yes! I train all year to go to win a medal.', 'Elena Congost Mohedano'],
      ['Which event?', 'Laura Hale'],
      ['In 1500m.', 'Elena Congost Mohedano'],
    ]);
  });

  it('leaves the questions without a speaker when the story names no reporter', () => {
    const speakers = said(body.replace('Laura Hale interviews', 'Wikinews interviewed')).map((q) => q[1]);
    expect(speakers).toEqual([null, 'Elena Congost Mohedano', null, 'Elena Congost Mohedano']);
  });
});

describe('statements handed over by "X said:" without quotation marks (GOV.UK/FCO)', () => {
  it('keeps the first paragraph and a plain one between two that speak in the first person', () => {
    const body = [
      'A Foreign & Commonwealth Office spokesperson said:',
      'The UK is deeply concerned about the ongoing campaign of intimidation by the Maduro regime in Venezuela.',
      'On 16 December, the Venezuelan Supreme Court stripped the parliamentary immunity of 4 more members of the National Assembly.',
      'We support the effective implementation of the EU sanctions regime on Venezuela.',
      'The Assembly meets again in January.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The UK is deeply concerned about the ongoing campaign of intimidation by the Maduro regime in Venezuela.', 'A Foreign & Commonwealth Office spokesperson'],
      ['On 16 December, the Venezuelan Supreme Court stripped the parliamentary immunity of 4 more members of the National Assembly.', 'A Foreign & Commonwealth Office spokesperson'],
      ['We support the effective implementation of the EU sanctions regime on Venezuela.', 'A Foreign & Commonwealth Office spokesperson'],
    ]);
  });

  it('reads the hand-over with any verb of saying', () => {
    const body = 'Some were displeased with the tone of the concession speech. Facebook user Rose-Marie Ingrid Lemessy-Forde quipped:\n\nOutgoing PM speech was like Angostura bitters. She could have at least congratulated Dr. Rowley.';
    expect(said(body)).toEqual([['Outgoing PM speech was like Angostura bitters. She could have at least congratulated Dr. Rowley.', 'Rose-Marie Ingrid Lemessy-Forde']]);
  });

  it('goes on with a quotation whose next paragraph closes without opening again', () => {
    const body = [
      'A Foreign & Commonwealth Office spokesperson said:',
      '“The United Kingdom congratulates Jeanine Áñez on taking on her new responsibilities as interim President of Bolivia.',
      'Free and fair elections will rebuild confidence in democracy for the Bolivian people.”',
    ].join('\n\n');
    expect(said(body).map((q) => q[1])).toEqual(['A Foreign & Commonwealth Office spokesperson', 'A Foreign & Commonwealth Office spokesperson']);
    expect(said(body)[1]?.[0]).toBe('Free and fair elections will rebuild confidence in democracy for the Bolivian people.');
  });
});

describe('VOA scripts with dropped spaces', () => {
  it('opens a quotation after "says," and ends a sentence at "Thursday.President"', () => {
    expect(said('Political science major Ana Cristina Garanton took part in the marches. She says,"We are fighting for the rights we should have as students."')).toEqual([
      ['We are fighting for the rights we should have as students.', 'Ana Cristina Garanton'],
    ]);
    expect(said('The White House released the strategy on Thursday.President Obama said it reflects the world as it is."We must pursue a strategy of national renewal," he said.')).toEqual([
      ['We must pursue a strategy of national renewal', 'Obama'],
    ]);
  });
});

describe('speakers of wire and sport copy', () => {
  it('reads a team or a person before a title: "Canada coach Bill Johnson said", "Putin aide Yuri Ushakov said"', () => {
    expect(said('Canada beat Germany in the final. “We played our best game of the tournament when it mattered the most,” Canada coach Bill Johnson said.')[0]?.[1]).toBe('Bill Johnson');
    expect(said('The talks ended late. “The two presidents spoke for two hours,” Putin aide Yuri Ushakov told reporters.')[0]?.[1]).toBe('Yuri Ushakov');
  });

  it('makes a subject of a name after an opening phrase, for the "he" that follows', () => {
    expect(said('Shortly after the vote, Crimea’s pro-Russian leader Sergei Aksyonov hailed the result. “We are going home,” he said.')[0]?.[1]).toBe('Sergei Aksyonov');
  });

  it('lets a building speak for its government: "The White House said in a statement:"', () => {
    expect(said('President Obama spoke to President Putin for an hour. The White House said in a statement: “President Obama emphasized that Russia’s actions were in violation of Ukrainian sovereignty.”')[0]?.[1]).toBe('The White House');
  });

  it('resolves "the captain" to the captain the story named', () => {
    expect(said('Gliders captain Shelley Chaplin was pleased with the win. “We showed today what we are capable of when we play as a team,” the captain said.')[0]?.[1]).toBe('Shelley Chaplin');
  });

  it('gives a bare quotation to the one person the paragraph before says spoke', () => {
    expect(said('NASA’s Juno team celebrated at the laboratory.\n\nScott Bolton spoke to reporters after the engine burn.\n\n“Juno performed perfectly, which is always nice when you are driving around Jupiter.”')[0]?.[1]).toBe('Scott Bolton');
  });

  it('tells two namesakes apart by the subject of the sentence before, unless both were its subject', () => {
    const brown = 'Gordon Brown announced his resignation on Tuesday evening, with his wife Sarah Brown at his side.\n\n“My wife Sarah and I have been privileged to see the very best of humanity,” Brown said.';
    expect(said(brown)[0]?.[1]).toBe('Gordon Brown');
    expect(said('Ana Ruiz and her brother Tom Ruiz spoke. “We will appeal,” Ruiz said.')[0]?.[1]).toBeNull();
  });
});

describe('organisations that speak', () => {
  it('reads "Human Rights Watch said": "Watch" ends the names of monitoring groups', () => {
    expect(said('The court rejected the appeal. “The verdict is a travesty of justice,” Human Rights Watch said in a statement.')[0]?.[1]).toBe('Human Rights Watch');
  });
});
