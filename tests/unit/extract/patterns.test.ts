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

describe('speaker patterns of wire copy: long titles, roles, organisations, broken marks', () => {
  it('a long title before the name after the quote, with words after the verb', () => {
    expect(speakerOf('“The dam will hold through the winter,” Dutch Water Management Minister Ineke Vos told reporters as she left the site.', 'dam will hold')?.speaker).toBe('Ineke Vos');
    expect(speakerOf('“Crews are still clearing the roads,” Office of Emergency Management spokesperson Carla Mendes said at a news conference in Lisbon.', 'clearing the roads')?.speaker).toBe('Carla Mendes');
    expect(speakerOf('“Water is our first worry,” Red Crescent chairman Omar Haddad told local radio.', 'Water is')?.speaker).toBe('Omar Haddad');
  });

  it('a capitalised title word is not a person: “EU Fisheries Commissioner NAME … he said”', () => {
    const body = 'EU Fisheries Commissioner Piotr Nowak defended the quotas.\n\n“Quotas are not a punishment,” he said.';
    expect(speakerOf(body, 'Quotas')?.speaker).toBe('Piotr Nowak');
    const body2 = 'Chief Executive Dana Moore said sales rose.\n\n“We sold more than ever,” she said.';
    expect(speakerOf(body2, 'sold more')?.speaker).toBe('Dana Moore');
  });

  it('role nouns resolve to the person given that title, and a deputy is not the holder', () => {
    const body = [
      'Governor Paul Hart said rates would stay on hold. Deputy Governor Mara Klein disagreed.',
      '“We cannot wait much longer,” the deputy governor said.',
      '“We will decide one meeting at a time,” the governor said.',
      'Chief Financial Officer Ravi Shah presented the numbers.',
      '“Margins will recover by the spring,” the CFO said.',
    ].join('\n\n');
    expect(speakerOf(body, 'wait much longer')?.speaker).toBe('Mara Klein');
    expect(speakerOf(body, 'one meeting at a time')?.speaker).toBe('Paul Hart');
    expect(speakerOf(body, 'Margins will recover')?.speaker).toBe('Ravi Shah');
  });

  it('an owner’s title in an appositive: “Club’s president, NAME” and “the Club president wrote on X”', () => {
    const body = 'Talks were held between Leeds’s sporting director, Joe Baines, and Ajax’s president, Pim Smit.\n\n“The fee is fair for everyone,” the Ajax president wrote on X.';
    expect(speakerOf(body, 'fee is fair')?.speaker).toBe('Pim Smit');
    const b2 = 'Acme’s chief human resources officer, Lena Brandt, called the strike unfair.\n\n“We made a good offer,” she said.';
    expect(speakerOf(b2, 'good offer')?.speaker).toBe('Lena Brandt');
  });

  it('a role noun with no such person stays the description written', () => {
    expect(speakerOf('“Nobody was hurt,” the fire chief said.', 'Nobody was hurt')?.speaker).toBe('the fire chief');
  });

  it('anonymous sources with a relative clause or a qualifier, and organisations, are kept as written', () => {
    expect(speakerOf('“We can move on rice,” a Thai negotiator who asked not to be named told Reuters.', 'move on rice')?.speaker).toBe('a Thai negotiator');
    expect(speakerOf('“The gap is still wide,” a person familiar with the talks said.', 'gap is still wide')?.speaker).toBe('a person familiar with the talks');
    const org = speakerOf('OXFAM said in a statement: “Half the camp has no clean water.”', 'clean water');
    expect(org?.speaker).toBe('OXFAM');
    expect(speakerOf('“The plan is workable,” the Italian transport ministry said in a statement.', 'workable')?.speaker).toBe('the Italian transport ministry');
  });

  it('an organisation or a possessive office is never “he” or “she”', () => {
    const body = 'President Ana Ruiz visited the port.\n\nThe president’s office said the port would reopen.\n\n“It will take weeks,” she said.';
    expect(speakerOf(body, 'take weeks')?.speaker).toBe('Ana Ruiz');
  });

  it('a quotation over several paragraphs after “X said:”', () => {
    const body = [
      'Campaigners were angry. Mia Holt, director of Clean Seas Europe, said:',
      '“The quota is a gift to the trawlers.',
      '“Nobody will check the catch at sea.”',
    ].join('\n\n');
    const { article } = one(body);
    expect(article.quotes.map((q) => q.speaker)).toEqual(['Mia Holt', 'Mia Holt']);
  });

  it('“she said” after “according to NAME” is NAME, and an unknown-gender pronoun with two candidates stays null', () => {
    const body = 'Finance Minister Rita Lowe welcomed the cut.\n\nMarkets expect another cut, according to Sarah Vance, an economist at Polder Bank.\n\n“The bar is now higher,” she said.';
    expect(speakerOf(body, 'bar is now higher')?.speaker).toBe('Sarah Vance');
    const unsure = 'Kim Tallis met Robin Oakes on Monday.\n\n“It went well,” he said.';
    expect(speakerOf(unsure, 'went well')?.speaker).toBeNull();
  });

  it('a closing mark typed as the opener still opens a quotation', () => {
    const r = speakerOf('”I always wanted to play here,” Rui Costa said in a video.', 'always wanted');
    expect(r?.speaker).toBe('Rui Costa');
    expect(r?.text).toBe('I always wanted to play here');
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

describe('who claims a figure', () => {
  const claimantOf = (body: string) => one(body).article.figures[0]?.claimant ?? null;

  it('is the speaker when the figure sits in the clause the attribution governs or in the quotation', () => {
    expect(claimantOf('Jonas Berg said that 5,000 troops were moved to the border.')).toBe('Jonas Berg');
    expect(claimantOf('“We moved 5,000 troops to the border,” said Jonas Berg.')).toBe('Jonas Berg');
  });

  it('is nobody when the attribution sits in a subordinate clause or across a contrast', () => {
    expect(claimantOf('Although Jonas Berg has said the alliance is ready to talk, Western officials believe that 5,000 troops were moved to the border.')).toBeNull();
    expect(claimantOf('Jonas Berg said talks were possible, but officials believe 5,000 troops were moved to the border.')).toBeNull();
  });
});
