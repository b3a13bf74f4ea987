import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/** Invented sentences (not from the five articles), one per attribution pattern. */
const speakerOf = (body: string, snippet: string) => {
  const { article } = one(body);
  const q = article.quotes.find((x) => x.text.includes(snippet));
  return q ? { speaker: q.speaker, text: q.text, method: q.method, isFragment: q.isFragment } : null;
};

describe('speaker patterns on unseen sentences', () => {
  it('X said after the quote, and said X (inverted)', () => {
    expect(speakerOf('“The harbour will reopen next spring,” Maria Okafor said.', 'harbour')?.speaker).toBe('Maria Okafor');
    expect(speakerOf('“We expect a long winter for the farmers,” said Tomas Berg.', 'long winter')?.speaker).toBe('Tomas Berg');
  });

  it('inverted with a date and a title between verb and name', () => {
    const r = speakerOf('“The bridge cannot carry more trucks this year,” said, Tuesday, March 3, the Port Authority director Helena Voss, after an inspection.', 'bridge');
    expect(r?.speaker).toBe('Helena Voss');
  });

  it('inverted with an appositive title: demanded the … minister, NAME', () => {
    expect(speakerOf('“The council must publish the budget before the vote,” demanded the Dutch finance minister, Pieter Lam.', 'budget')?.speaker).toBe('Pieter Lam');
  });

  it('according to X, X told reporters, as X put it', () => {
    expect(speakerOf('According to Karim Haddad, “the reservoirs are already half empty this summer.”', 'reservoirs')?.speaker).toBe('Karim Haddad');
    expect(speakerOf('“Nobody will lose a job over this merger,” Greta Lind told reporters in Oslo.', 'merger')?.speaker).toBe('Greta Lind');
    expect(speakerOf('As Paolo Ferri put it, “the league has run out of patience with the club.”', 'patience')?.speaker).toBe('Paolo Ferri');
  });

  it('colon form: X …, saying: “…', () => {
    const r = speakerOf('Company spokesman Ivo Marsh later rejected the report, saying: “There is no plan to close the plant in Leeds.', 'close the plant');
    expect(r?.speaker).toBe('Ivo Marsh');
  });

  it('“he said” goes to the last speaker of the right gender, not the last name mentioned', () => {
    const body = [
      'Mayor Anton Weiss said the tunnel would open in May, and he said talks with Governor Lisa Brandt were going well.',
      '“We have the money and the workers to finish it on time,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'money and the workers')?.speaker).toBe('Anton Weiss');
  });

  it('a role noun resolves to the person the article gave that role', () => {
    const body = 'Health Minister Rosa Delgado visited the clinic on Monday.\n\nThe minister stressed that the hospital needed “at least forty more nurses before the winter arrives”.';
    expect(speakerOf(body, 'forty more nurses')?.speaker).toBe('Rosa Delgado');
  });

  it('possessive title: “X’s deputy NAME” is NAME, and “X’s chief of staff” stays a description', () => {
    expect(speakerOf('Ms Moreau’s deputy Jan Kowal said the plan was “simply too expensive for a small town like ours”.', 'too expensive')?.speaker).toBe('Jan Kowal');
    const r = speakerOf('Carla Nunez’s chief of staff called the vote “close”, but he told reporters that “the coalition will hold until the summer.”', 'coalition will hold');
    expect(r?.speaker).toMatch(/chief of staff/);
  });

  it('anonymous sources are kept as written', () => {
    expect(speakerOf('“The deal is off the table for now,” a senior diplomat told Reuters.', 'off the table')?.speaker).toBe('a senior diplomat');
  });

  it('removes an attribution written inside the marks', () => {
    const r = speakerOf('“The river will flood the lower town, warned Olga Petrenko. If it rains again, the dam will not hold.”', 'river');
    expect(r?.speaker).toBe('Olga Petrenko');
    expect(r?.text).not.toContain('warned');
    expect(r?.text).toContain('If it rains again');
  });

  it('continues a quotation over paragraphs that open with a mark and never close until the last', () => {
    const body = [
      'Union leader Sam Okoye said: “We will strike on Monday if the offer is not improved.',
      '“Our members have waited three years for a fair raise.',
      '“Nobody wants this, but we have no other choice left. ”',
      'The company did not comment.',
    ].join('\n\n');
    const { article } = one(body);
    const speakers = article.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Sam Okoye', 'Sam Okoye', 'Sam Okoye']);
    expect(article.quotes[1]?.method).toBe('continued');
  });

  it('survives broken marks: a closing mark stuck to a word and a closing “ written the wrong way', () => {
    const a = one('The mayor promised “cleaner streets, more buses ”with help from the region, said Ada Lowe.').article;
    expect(a.quotes[0]?.text).toBe('cleaner streets, more buses');
    const b = one('Judge Omar Reyes said the verdict would “change how courts work. “Reyes also thanked the jury.').article;
    expect(b.quotes[0]?.text).toBe('change how courts work.');
    expect(b.quotes[0]?.speaker).toBe('Omar Reyes');
  });

  it('keeps one-word scare quotes as fragments', () => {
    const r = speakerOf('Critics called the reform a “disaster” for renters.', 'disaster');
    expect(r?.isFragment).toBe(true);
  });

  it('leaves the speaker null rather than guess', () => {
    expect(speakerOf('“Prices will keep rising through the spring.” The market closed lower.', 'Prices')?.speaker).toBeNull();
  });
});

describe('junk lines never shift offsets and never yield facts', () => {
  it('skips headline copies, Read More, bylines and subheads while keeping offsets into the original', () => {
    const body = 'Port strike ends\nx\n\nPort strike ends\n\nDock workers returned on Friday.\n\nShipping delays\n\n“We got what we asked for,” said Nia Moss.\n\nRead More\nNext Story\nJohn K. Smith';
    const { article } = one(body, 'Port strike ends');
    expect(article.quotes).toHaveLength(1);
    const q = article.quotes[0]!;
    expect(body.slice(q.start, q.end)).toBe('We got what we asked for,');
    expect(q.speaker).toBe('Nia Moss');
  });
});
