import { describe, expect, it } from 'vitest';
import { one } from '../helpers';

const said = (body: string) => one(body).article.quotes.map((q) => [q.speaker, q.pass]);

describe('pass epithet: an age or a nationality standing for the subject of the sentence before', () => {
  it('reads "the 23-year-old said" and "said the 25-year-old, who …"', () => {
    expect(said('Tatyana McFadden won her fourth gold medal of the Games. “It was the hardest race I have ever done,” the 23-year-old said.'))
      .toEqual([['Tatyana McFadden', 'epithet']]);
    expect(said('Shelley Chaplin scored 18 points in the final. “We knew we had to start well,” said the 25-year-old, who won silver in London.'))
      .toEqual([['Shelley Chaplin', 'epithet']]);
  });

  it('reads a nationality only when the sentence before shows it', () => {
    expect(said('Canadian Michelle Stilwell won the 200 metres. “I am just so happy with how the race went today,” the Canadian said.'))
      .toEqual([['Michelle Stilwell', 'epithet']]);
    expect(said('Michelle Stilwell won the 200 metres. “I am just so happy with how the race went today,” the Canadian said.'))
      .toEqual([[null, 'none']]);
  });
});
