import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, participants: m.participants }));

// Round 19 (meetW): invented releases, each in the shape a rule reads.

describe('a trip to a town frames the meetings of the paragraph right after it', () => {
  // A page line that names the country only ("Speech … in Estonia") leaves the article set in no town.
  const head = 'Speech by Secretary General, Anna Berg, in the former Republic of Estonia(1)\n\n';
  const list = 'Ms Berg met with President Tomas Vale, Prime Minister Lena Koss and Defence Minister Pavel Dorn.\n\n';

  it('“visited Tallinn on 4 May.” then, a paragraph below, “Ms Berg met with President A, Prime Minister B and …” is in Tallinn', () => {
    const body = `${head}Secretary General Anna Berg visited Tallinn on 4 May, the first of her visits to the new members.\n\n${list}The Secretary General will visit Riga in the coming weeks.`;
    expect(meetings(body, 'Secretary General visits Estonia', '2031-05-04').filter((m) => m.place === 'Tallinn')).toHaveLength(3);
  });

  it('not two paragraphs further on, nor after a visit named by its noun (“during a visit to Tallinn”)', () => {
    const further = `${head}Secretary General Anna Berg visited Tallinn on 4 May.\n\nDiscussions focused on reform.\n\n${list}`;
    const noun = `${head}The Secretary General outlined the plan earlier this week, during a visit to Tallinn.\n\n${list}`;
    for (const body of [further, noun]) expect(meetings(body, 'Secretary General visits Estonia', '2031-05-04').filter((m) => m.place === 'Tallinn' && m.participants.includes('Tomas Vale'))).toHaveLength(0);
  });
});

describe('a town a “where” clause refers back to places the meeting it tells', () => {
  it('“was discussed in Tallinn on 4 May, where he met with President A, Prime Minister B and …” is in Tallinn', () => {
    const body = 'The reform was also discussed by the Secretary General in Tallinn on 4 May, where he met with President Tomas Vale, '
      + 'Prime Minister Lena Koss and Defence Minister Pavel Dorn.';
    const got = meetings(body, 'Secretary General on tour', '2031-05-06');
    expect(got.filter((m) => m.place === 'Tallinn')).toHaveLength(3);
  });
});

describe('a subheading run into the text before “In <town>, …” leaves the sentence opening on its town', () => {
  it('“… agenda. More troops for the mission In Tallinn, on 4 May, the Secretary General met with …” is in Tallinn', () => {
    const body = 'The Secretary General is continuing his round of visits to outline his priorities. More troops for the mission In Tallinn, on 4 May, '
      + 'the Secretary General met with Prime Minister Lena Koss, Foreign Minister Tomas Vale and Defence Minister Pavel Dorn.';
    const got = meetings(body, 'Secretary General on tour', '2031-05-06');
    expect(got.filter((m) => m.place === 'Tallinn')).toHaveLength(3);
  });
});
