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
    const body = 'Finance Minister Rob Lowe said he welcomed the cut.\n\nMarkets expect another cut, according to Sarah Vance, an economist at Polder Bank.\n\n“The bar is now higher,” she said.';
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

describe('attribution classes beyond “X said”', () => {
  const speakersOf = (body: string) => one(body).article.quotes.map((q) => q.speaker);

  it('verbs of writing and testimony attribute like “said”', () => {
    expect(speakerOf('“The statute leaves no room for doubt,” Chief Justice Amara Lindqvist wrote for a unanimous bench.', 'statute')?.speaker).toBe('Amara Lindqvist');
    expect(speakerOf('“The contract was never signed,” U.K. High Court Judge Oren Castell wrote in the ruling.', 'contract')?.speaker).toBe('Oren Castell');
    expect(speakerOf('“We were never warned about the cracks,” Priscilla Moutinho testified on Wednesday.', 'cracks')?.speaker).toBe('Priscilla Moutinho');
    expect(speakerOf('“The count was rigged from the start,” Darius Okonkwo posted on X.', 'rigged')?.speaker).toBe('Darius Okonkwo');
    expect(speakerOf('Councillor Tobias Renner wrote in a letter to residents: “The pool will close in June.”', 'pool')?.speaker).toBe('Tobias Renner');
    expect(speakerOf('“We will appeal the fine,” Mireille Fontaine said in a statement.', 'appeal')?.speaker).toBe('Mireille Fontaine');
  });

  it('an unattributed quotation right after an attributed one in its paragraph is the same speaker’s', () => {
    expect(speakersOf('“The orchard lost half its trees,” Elif Demirci told visitors at Kuru Bahçe near Izmir. “Next year will be harder.”'))
      .toEqual(['Elif Demirci', 'Elif Demirci']);
    const body = 'Elif Demirci said he was worried about the harvest.\n\n“The orchard lost half its trees,” he said. “Next year will be harder.”';
    expect(speakersOf(body)).toEqual(['Elif Demirci', 'Elif Demirci']);
  });

  it('no continuation when someone else is named, or speaks, between the two quotations', () => {
    expect(speakersOf('“The orchard lost half its trees,” Elif Demirci said as Mayor Hakan Polat looked on. “Next year will be harder.”'))
      .toEqual(['Elif Demirci', null]);
    expect(speakersOf('“The orchard lost half its trees,” Elif Demirci said. A ministry spokesman disagreed. “Next year will be harder.”'))
      .toEqual(['Elif Demirci', null]);
  });

  it('no continuation when the quotation has an attribution of its own, even one that cannot be resolved', () => {
    expect(speakersOf('“The ship is sound,” Mr Haldane said. “It is not,” she said.')).toEqual(['Haldane', null]);
    expect(speakersOf('“The ship is sound,” Mr Haldane said. “It is not,” his deputy Mara Quist said.')).toEqual(['Haldane', 'Mara Quist']);
  });

  it('a bare lower-case descriptor before the name, but not a group or an object', () => {
    expect(speakerOf('“The bridge is safe,” engineer Piet de Vries said, pointing at the pillars.', 'bridge')?.speaker).toBe('Piet de Vries');
    expect(speakerOf('“It is a scandal,” critics including Jane Doe said.', 'scandal')?.speaker).toBeNull();
    expect(speakerOf('“It is a scandal,” residents told Jane Doe.', 'scandal')?.speaker).toBeNull();
  });

  it('“he said” across a paragraph: hyphenated and accented names, a state is no rival antecedent', () => {
    const body = 'Chile’s U.N. envoy, Jean-Baptiste Ouédraogo, praised the deal but accused the United Mining Workers of stalling.\n\n“They signed nothing in good faith,” he said.';
    expect(speakerOf(body, 'good faith')?.speaker).toBe('Jean-Baptiste Ouédraogo');
    const places = 'Envoy Jean-Baptiste Ouédraogo flew from Abu Dhabi to Costa Rica on Monday.\n\n“The talks are over,” he said.';
    expect(speakerOf(places, 'talks are over')?.speaker).toBe('Jean-Baptiste Ouédraogo');
  });

  it('“X said he …” shows X is a man, so a later “he” can tell him from a woman the text never marks', () => {
    const body = [
      'Opposition leader Zofia Kwiatkowska conceded defeat on Sunday night.',
      'Prime Minister Mateusz Wróblewski thanked voters.',
      'Coalition talks start next week. Wróblewski said he would meet the leaders of the smaller parties in Kraków.',
      '“Nobody will get everything,” he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody will get')?.speaker).toBe('Mateusz Wróblewski');
  });

  it('“She added:” goes to the last compatible person, never to a man the text marks as one', () => {
    const body = 'Finance Minister Tarjei Vik said he was pleased with the turnout.\n\n“We doubled our seats,” Dagrun Holmsen said.\n\nShe added: “The next election is ours.”';
    expect(speakerOf(body, 'next election')?.speaker).toBe('Dagrun Holmsen');
    expect(speakerOf('Finance Minister Tarjei Vik said he would stay on.\n\nShe added: “The budget is safe.”', 'budget')?.speaker).toBeNull();
    expect(speakerOf('Tarjei Vik met Dagrun Holmsen on Monday.\n\nShe added: “The budget is safe.”', 'budget')?.speaker).toBeNull();
  });

  it('“His wife, X, said he …” shows nothing of X’s gender: the “he” is the husband, and a later “she” may still be X', () => {
    const body = 'Mr Lund, a pastor, was arrested in May.\n\nHis wife, Sigrun Dahl, said he had done nothing wrong.\n\nHakon Berg, a neighbour, disagreed.\n\n“We all saw it,” she said.';
    expect(speakerOf(body, 'We all saw it')?.speaker).toBeNull();
    const owner = 'Detective Ama Owusu led the inquiry.\n\nThe victim’s sister, Ngozi Adeyemi, said he had been threatened.\n\n“We want justice,” she said.';
    // She spoke in the sentence right before, naming nobody else: the subject goes on.
    expect(speakerOf(owner, 'want justice')?.speaker).toBe('Ngozi Adeyemi');
  });

  it('a long appositive between the name and the verb', () => {
    expect(speakerOf('“The levee will not hold another storm,” Rosalind Achebe, an engineer from Lagos who advises the flood board, said in her report.', 'levee')?.speaker)
      .toBe('Rosalind Achebe');
    expect(speakerOf('Rosalind Achebe, an engineer from Lagos who advises the flood board, said: “The levee will not hold another storm.”', 'levee')?.speaker)
      .toBe('Rosalind Achebe');
  });

  it('no appositive reading when it names someone else or is a list of names', () => {
    expect(speakerOf('“The levee will not hold another storm,” Rosalind Achebe, whose colleague Tunde Bello resigned, said.', 'levee')?.speaker).toBeNull();
    expect(speakerOf('Tomas Reyes, whose daughter Lucia Reyes died in the fire, said: “Nobody came.”', 'Nobody came')?.speaker).toBeNull();
    expect(speakerOf('“The levee will not hold another storm,” Ana Lima, Rui Costa and Eva Luz said.', 'levee')?.speaker).toBeNull();
    expect(speakerOf('“The levee will not hold another storm,” Ana Lima, Rui Costa, and Eva Luz said.', 'levee')?.speaker).toBeNull();
  });

  it('a bare quotation block over paragraphs belongs to the one person the sentence before it introduces', () => {
    const intro = 'A nurse from Ohio, who asked to be identified only by her first name, Carla, recalled the night the ward flooded.';
    const block = '“The water came in under the doors.\n\n“We carried the patients upstairs one by one.”';
    expect(speakersOf(`${intro}\n\n${block}`)).toEqual(['Carla', 'Carla']);
    expect(speakersOf(`Fatima Haidari, a teacher from the old town, recalled the night the ward flooded.\n\n${block}`)).toEqual(['Fatima Haidari', 'Fatima Haidari']);
  });

  it('no introduced speaker when the sentence names two people, is not right before the block, or the block is attributed', () => {
    const block = '“The water came in under the doors.\n\n“We carried the patients upstairs one by one.”';
    expect(speakersOf(`Carla and her colleague Dmitri Orlov recalled the night the ward flooded.\n\n${block}`)).toEqual([null, null]);
    expect(speakersOf('A nurse named Carla recalled the night the ward flooded.\n\nThe hospital was evacuated.\n\n“The water came in under the doors.”')).toEqual([null]);
    expect(speakersOf(`Residents of the valley described the night of the flood.\n\n${block}`)).toEqual([null, null]);
    expect(speakersOf('The witness, identified only as Witness 4, testified behind a screen.\n\n“I saw the van leave.”')).toEqual([null]);
    expect(speakersOf('A nurse named Carla recalled the night the ward flooded.\n\n“The water came in under the doors.\n\n“We carried the patients upstairs,” said Dmitri Orlov.'))
      .toEqual([null, 'Dmitri Orlov']);
  });

  it('a photo caption and its credit stand between no pronoun and its antecedent', () => {
    const body = 'Mayor Ilse Brandauer opened the new bridge on Friday.\n\nResidents cross the bridge in Graz on Friday. (AP Photo/Jakob Eder)\n\n“It took us ten years,” she said.';
    expect(speakerOf(body, 'ten years')?.speaker).toBe('Ilse Brandauer');
  });
});

describe('pronouns follow the subject, and attributions news copy writes without “X said”', () => {
  const speakersOf = (body: string) => one(body).article.quotes.map((q) => q.speaker);

  it('a sentence-initial “He” goes on from the speaker before, not from a name in object position after a role noun', () => {
    const body = [
      '“We were robbed,” said Callum Reyes, the Ashby coach.',
      'He was scathing about umpire Mark Ellison for awarding a late penalty and for adding ten minutes.',
      '“Nobody could explain the ten minutes,” he said. “I will write to the league.”',
    ].join('\n\n');
    expect(speakersOf(body)).toEqual(['Callum Reyes', 'Callum Reyes', 'Callum Reyes']);
  });

  it('carries only the same pronoun: a “she” after a sentence about “he” is not carried', () => {
    const body = [
      '“We were robbed,” said Callum Reyes, the Ashby coach.',
      'He was scathing about umpire Mark Ellison.',
      '“Nobody could explain it,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody could explain')?.speaker).toBeNull();
  });

  it('“she said” goes to the subject who spoke in the sentence just before, though an earlier woman is in reach', () => {
    const body = [
      'Envoy Maria Lindqvist said the ceasefire was holding.',
      'Observers were less sure. Adaeze Okonjo, a security analyst at a Lagos think tank, noted that three earlier truces had failed.',
      '“We have heard promises before,” she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'promises before')?.speaker).toBe('Adaeze Okonjo');
    const sameParagraph = 'Envoy Maria Lindqvist spoke first.\n\nOkonjo Adaeze waved the question away. “The truce is paper,” she said.';
    expect(speakerOf(sameParagraph, 'truce is paper')?.speaker).toBe('Okonjo Adaeze');
  });

  it('no subject fallback when the sentence before names someone else who could be meant, or its subject did not speak', () => {
    const named = [
      'Envoy Maria Lindqvist said the ceasefire was holding.',
      'Adaeze Okonjo, who advises Chidi Obi, noted that three earlier truces had failed.',
      '“We have heard promises before,” she said.',
    ].join('\n\n');
    expect(speakerOf(named, 'promises before')?.speaker).toBeNull();
    const silent = 'Envoy Maria Lindqvist said the ceasefire was holding.\n\nAdaeze Okonjo arrived late.\n\n“We have heard promises before,” she said.';
    expect(speakerOf(silent, 'promises before')?.speaker).toBeNull();
  });

  it('dotted titles, party-state tags and two appositives between the name and the verb', () => {
    expect(speakerOf('"We will not fold," said Sen. Mara Quist, D-Ore., the ranking member on the panel.', 'not fold')?.speaker).toBe('Mara Quist');
    expect(speakerOf('Rep. Tomas Ekberg, R-Texas, the only Republican to oppose the bill, said it was "a blank check for the agency."', 'blank check')?.speaker)
      .toBe('Tomas Ekberg');
    expect(speakerOf('“The vote stands,” Gov. Lena Hart said.', 'vote stands')?.speaker).toBe('Lena Hart');
    expect(speakerOf('Sen. Mara Quist voted no.\n\n“It is a bad bill,” the senator said.', 'bad bill')?.speaker).toBe('Mara Quist');
  });

  it('a title inside a run of capitals ends before the name: “Senate Majority Leader NAME”', () => {
    const { article, lib } = one('"We have the votes," Senate Majority Leader Orrin Vale said after the roll call.');
    expect(article.quotes[0]?.speaker).toBe('Orrin Vale');
    expect(lib.people.find((p) => p.name === 'Orrin Vale')?.role).toBe('Senate Majority Leader');
  });

  it('an Irish “Ó” belongs to the surname, in the middle of a name and opening a sentence', () => {
    const body = 'Ashby manager Niamh Ó Dálaigh watched from the stand.\n\n“We lost our shape,” Ó Dálaigh said.';
    expect(speakersOf(body)).toEqual(['Niamh Ó Dálaigh']);
  });

  it('clubs, campaign groups and bodies are not people: “Kelso Rovers”, “Save the Marshes”, “of Government Clerks”', () => {
    const { lib, article } = one([
      'Kelso Rovers beat Ashby on Saturday.',
      'The Federation of Government Clerks, which represents typists, said in a statement that its members were “tired of waiting.”',
      'Campaign group Save the Marshes said the plan was “a disgrace”.',
    ].join('\n\n'));
    expect(lib.people.map((p) => p.name)).toEqual([]);
    // The federation speaks as an organisation, in a statement: kept as written, never a person.
    expect(article.quotes.map((q) => q.speaker)).toEqual(['The Federation of Government Clerks', 'Save the Marshes']);
  });

  it('“Asked …, X shook his head.” or “X shrugged.” then a bare quotation: X answers', () => {
    const body = 'Ashby coach Callum Reyes saw the red card.\n\nAsked whether he would appeal, the Ashby coach shook his head. “What would be the point?”';
    expect(speakerOf(body, 'What would be')?.speaker).toBe('Callum Reyes');
    expect(speakerOf('Greta Lind heard the verdict in silence.\n\nGreta Lind shrugged. “We expected worse.”', 'expected worse')?.speaker).toBe('Greta Lind');
  });

  it('no answer read when the sentence before names someone else, does not react, or is not right before the quotation', () => {
    const other = 'Ashby coach Callum Reyes saw the red card.\n\nAsked whether he would appeal, the Ashby coach looked at Tom Berry. “What would be the point?”';
    expect(speakerOf(other, 'What would be')?.speaker).toBeNull();
    expect(speakerOf('Greta Lind left the court. “We expected worse.”', 'expected worse')?.speaker).toBeNull();
    expect(speakerOf('Greta Lind shrugged.\n\n“We expected worse.”', 'expected worse')?.speaker).toBeNull();
  });

  it('a bare quotation block after “X said …” (the gist first) is X’s', () => {
    const block = '“We had children on every bed.\n\n“Nobody slept for a week.”';
    expect(speakersOf(`Dr Ilse Varga, who runs the ward at the St Agnes hospital, said the month had been the worst of her career.\n\n${block}`))
      .toEqual(['Ilse Varga', 'Ilse Varga']);
    expect(speakersOf(`Dr Ilse Varga said Tomas Brandt had warned the ministry.\n\n${block}`)).toEqual([null, null]);
  });

  it('an anonymous source introduced with a cue, then “the nurse said”, is the source as introduced', () => {
    const body = [
      'One nurse in Kassel, who asked not to be named for fear of losing her job, told reporters that shifts had doubled.',
      '“We sleep in the car between shifts,” the nurse said.',
    ].join('\n\n');
    expect(speakerOf(body, 'sleep in the car')?.speaker).toBe('One nurse in Kassel');
    const noCue = 'One nurse in Kassel told reporters that shifts had doubled.\n\n“We sleep in the car between shifts,” the nurse said.';
    expect(speakerOf(noCue, 'sleep in the car')?.speaker).toBeNull();
    const named = 'A nurse in Kassel, who asked that only her first name, Greta, be used, said shifts had doubled.\n\n“We sleep in the car,” she said.';
    expect(speakerOf(named, 'sleep in the car')?.speaker).toBe('Greta');
  });

  it('“the judge” is the Justice the article named; a spokeswoman is never “he”', () => {
    const body = 'Justice Amara Lindqvist fined the bank $2m.\n\n“The conduct was reckless,” the judge wrote.';
    expect(speakerOf(body, 'reckless')?.speaker).toBe('Amara Lindqvist');
    const spokes = 'Piet Dekker chairs the board.\n\n“We will appeal,” a company spokeswoman said.\n\n“It is a sad day,” he said.';
    expect(speakerOf(spokes, 'sad day')?.speaker).toBe('Piet Dekker');
  });

  it('a place after “said … from / in” is never the speaker, and the verb after an appositive ends it', () => {
    const body = '“Greetings to the whole crew in Kiruna,” Mei Tanaka, the camera\'s lead engineer, said in a recorded message from Tsukuba, holding up a mission patch.';
    expect(speakerOf(body, 'Greetings')?.speaker).toBe('Mei Tanaka');
    expect(speakerOf('“Greetings to the whole crew in Kiruna,” said in a recorded message from Tsukuba.', 'Greetings')?.speaker ?? null).toBeNull();
  });
});

describe('speakers carried by news conventions', () => {
  it('a paragraph of quotation alone goes on with the speaker whose quotation closed the paragraph before', () => {
    const body = '“We will keep rates on hold until wages move,” Mirela Costa said.\n\n“Inflation is falling, but it is not beaten yet.”';
    expect(speakerOf(body, 'not beaten')?.speaker).toBe('Mirela Costa');
    const narrated = '“We will keep rates on hold until wages move,” Mirela Costa said. The bank kept its forecast.\n\n“Inflation is falling, but it is not beaten yet.”';
    expect(speakerOf(narrated, 'not beaten')?.speaker ?? null).toBeNull();
  });

  it('a quotation right after “X told reporters … that …” in the same paragraph is X’s', () => {
    const body = 'Lena Hart told reporters outside the depot that drivers were exhausted. “Some of them have not had a day off in a month.”';
    expect(speakerOf(body, 'day off')?.speaker).toBe('Lena Hart');
  });

  it('the outlet told and the place spoken from are nobody who could speak next', () => {
    const body = '“The crossings must stay open,” Omar Haddad told Al Jazeera by phone from Khan Younis. “Without fuel, the clinics close.”';
    expect(speakerOf(body, 'clinics close')?.speaker).toBe('Omar Haddad');
  });

  it('“the premier” is the Premier the article named; “al-” surnames are names', () => {
    expect(speakerOf('NSW Premier Dana Whitlock toured the town.\n\n“Nobody will be left behind,” the premier said.', 'left behind')?.speaker).toBe('Dana Whitlock');
    expect(speakerOf('The talks were hosted by Qatar’s envoy, Hamad al-Sulaiti.\n\n“Both sides are serious,” al-Sulaiti told reporters.', 'serious')?.speaker).toBe('Hamad al-Sulaiti');
  });

  it('a quotation block after “X told a news conference in CITY that …” or “X read a statement …” is X’s', () => {
    const told = 'Rolf Amsel, the agency’s director, told a news conference in Bremen that the orbit was stable.\n\n“This is the moment we waited for.\n\n“Now the mapping begins.”';
    expect(speakerOf(told, 'mapping begins')?.speaker).toBe('Rolf Amsel');
    const read = 'Nadia Brooks, the union’s president, read a statement to reporters, flanked by nurses.\n\n“This strike is about safety.\n\n“We will stay out.”';
    expect(speakerOf(read, 'stay out')?.speaker).toBe('Nadia Brooks');
  });

  it('a pronoun in a fronted clause points ahead to the subject, and tells her gender', () => {
    const body = 'Chief executive Priya Menon unveiled the phone, a company spokesperson confirmed.\n\nAsked whether she was worried, Menon laughed. “I’m worried about the hinge,” she said.';
    expect(speakerOf(body, 'hinge')?.speaker).toBe('Priya Menon');
  });

  it('a product after “the” is no person a pronoun could mean', () => {
    const body = 'Søren Vinter expects sales of the Halo Fold to reach 900,000, which he said would be “a respectable start.”\n\n“If they get it under $1,500,” he added, “it gets interesting.”';
    expect(speakerOf(body, 'under $1,500')?.speaker).toBe('Søren Vinter');
  });
});

describe('single quotation marks (British, Irish and Australian house style)', () => {
  const quotesOf = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker, q.isFragment]);

  it('reads ‘…’ and \'…\' quotations with their speakers, titles left out of the name', () => {
    const body = [
      "‘There is no question of a second vote on this treaty,’ said Tánaiste Orla Ní Bhriain.",
      "The farmers' union called the deal 'dead on arrival'. 'Growers in Cork and Kerry won't accept it, and nor will I,' said union president Seán Doyle.",
    ].join('\n\n');
    expect(quotesOf(body)).toEqual([
      ['There is no question of a second vote on this treaty', 'Orla Ní Bhriain', false],
      ['dead on arrival', null, true],
      ["Growers in Cork and Kerry won't accept it, and nor will I", 'Seán Doyle', false],
    ]);
  });

  it('leaves apostrophes alone: contractions, possessives, elisions and names', () => {
    const body = "The '90s boom left O'Brien's firm and the workers' fund in debt, and rock 'n' roll venues shut. 'It wasn't our fault,' O'Brien said.";
    expect(quotesOf(body)).toEqual([["It wasn't our fault", "O'Brien", false]]);
  });

  it('keeps double marks when an article quotes with them, apostrophes and all', () => {
    const body = "“The growers' case is strong,” said Ana Ruiz. The 'alliance' she leads has 40 members.";
    expect(quotesOf(body).map((q) => q[0])).toEqual(["The growers' case is strong"]);
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
