import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const speakers = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.quotes.map((q) => [q.text.slice(0, 20), q.speaker, q.pass]);

describe('speaker-label: the interviewer the headline names', () => {
  const body = 'QUESTION: Secretary Blinken, welcome. How are you today?\n\nSECRETARY BLINKEN: Thank you very much for having me here today.';
  it('gives the questions of an interview to the interviewer its headline names', () => {
    const got = speakers(body, 'Secretary Antony J. Blinken With Yalda Hakim of Impact on BBC World News');
    expect(got[0]?.[1]).toBe('Yalda Hakim');
  });
  it('leaves a press conference’s guest alone: a title is no interviewer', () => {
    const got = speakers(body, 'Joint Press Conference With Prime Minister Kishida of Japan');
    expect(got[0]?.[1]).toBe('a reporter');
  });
});

describe('colon-paragraph: a sentence that hands over without a speech verb', () => {
  it('gives the block after "X, who …, made the point that …:" to X', () => {
    const body = 'Yvette Cooper, who today launched the white paper, made the point that unemployment should remain a focus for Government:\n\n“Unemployment is around 400,000 lower than we expected it would be.”';
    expect(speakers(body)[0]?.[1]).toBe('Yvette Cooper');
  });
});

describe('pronouns after a newcomer', () => {
  it('gives "He said:" to the person the sentence before introduced', () => {
    const body = 'The team captain has been named as former Army Major Bernie Broad. He served in the Grenadier Guards for 30 years.\n\nHe said:\n\nThe Games are empowering and inspire all of us as competitors to be the best version of ourselves.';
    expect(speakers(body).find((q) => String(q[0]).startsWith('The Games'))?.[1]).toBe('Bernie Broad');
  });
  it('leaves the pronoun open when someone else was named since', () => {
    expect(speakers('Tarjei Vik met Dagrun Holmsen on Monday.\n\nShe added: “The budget is safe.”')[0]?.[1]).toBeNull();
  });
});
