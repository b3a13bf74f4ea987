import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 16 of #16: shapes of text real news still left without a speaker. Every article here is invented
 * in those styles.
 */
const said = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker]);

describe('speakers a transcript or a plain-text report names in its own way', () => {
  it('names a labelled speaker by the full name a capitals title line gives among posts ("… SECRETARY DANIEL OKAFOR, …")', () => {
    const body = [
      'THE WHITE HOUSE',
      'PRESS BRIEFING BY PRESS SECRETARY DANIEL OKAFOR, SENIOR DIRECTOR FOR TRADE ANA RUIZ, ON THE HARBOUR SUMMIT',
      'MR. OKAFOR: We are going to do this quickly because the motorcade leaves in ten minutes.',
      'MS. RUIZ: Thank you. The two leaders agreed to reopen the port talks next month in Lisbon.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['We are going to do this quickly because the motorcade leaves in ten minutes.', 'Daniel Okafor'],
      ['Thank you. The two leaders agreed to reopen the port talks next month in Lisbon.', 'Ana Ruiz'],
    ]);
  });

  it('gives the quotation opening the next paragraph to "Okafor stated," ending the one before', () => {
    const body = [
      'The council sued the developer in May. According to Maria Okafor, the plans were changed twice. Okafor stated,',
      '"The developer was told three times that the bridge could not carry the extra weight, and ignored every warning."',
      'The developer denied it.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The developer was told three times that the bridge could not carry the extra weight, and ignored every warning.', 'Maria Okafor']]);
  });

  it('hands over on a comma only right after the verb, not after a clause ("said the plans, which …,")', () => {
    const body = [
      'Maria Okafor said the plans, which were changed twice, were never shown to the council, and Tom Reyes, the developer,',
      '"We showed every plan to the council and kept the minutes of each meeting."',
    ].join('\n\n');
    expect(said(body)).toEqual([['We showed every plan to the council and kept the minutes of each meeting.', null]]);
  });

  it('reads a hyphen between spaces after the closing mark as the dash of a signature', () => {
    const body = ['The protest grew online.', '"So far, it is the city: 1, the developer: 0. But it is a long game." - Maria Okafor', 'Okafor called it a fight.'].join('\n\n');
    expect(said(body)).toEqual([['So far, it is the city: 1, the developer: 0. But it is a long game.', 'Maria Okafor']]);
  });

  it('gives the words to the owner of a statement that "added" them ("Okafor\'s statement added, …")', () => {
    const body = ['Senator Maria Okafor criticised the decision.', 'Okafor\'s statement added, "There is no question the city should have been chosen as the home of the museum."'].join('\n\n');
    expect(said(body)).toEqual([['There is no question the city should have been chosen as the home of the museum.', 'Maria Okafor']]);
  });
});

describe('a subject who speaks in a verb joined to their own', () => {
  const body = [
    'Adm. Tom Reyes and Gen. Li Wei described their talks as frank and fruitful.',
    '“It has always been my view that we cannot wait until we are in a crisis to understand each other,” Reyes said.',
    'Li called for mutual respect between the two countries and said cooperation is the mainstream of their military relations.',
    '“We shared a broad consensus on some major issues,” he said.',
  ].join('\n\n');

  it('gives "he said" to the one who "called for … and said …" in the paragraph before, not to the speaker before him', () => {
    expect(said(body).at(-1)).toEqual(['We shared a broad consensus on some major issues', 'Li Wei']);
  });

  it('leaves "he" open when someone else stands between the subject and the joined verb', () => {
    const other = body.replace('Li called for mutual respect between the two countries and said', 'Li called for mutual respect, Reyes agreed and said');
    expect(said(other).at(-1)?.[1]).not.toBe('Li Wei');
  });
});

describe('a speaker named in an aside before the quotation', () => {
  it('reads ", said Foreign Minister Okafor, “…”" between the subject and the quotation', () => {
    const body = ['Foreign Minister Ana Okafor met her Turkish counterpart on Monday.', 'The two countries, said Foreign Minister Okafor, “are good friends and good allies.”'].join('\n\n');
    expect(said(body)).toEqual([['are good friends and good allies.', 'Ana Okafor']]);
  });

  it('reads no aside whose verb is not one of saying (", met Foreign Minister Okafor, “…”")', () => {
    const body = ['Foreign Minister Ana Okafor met her Turkish counterpart on Monday.', 'The delegation, which met Foreign Minister Okafor, “will come back in the spring with a new offer.”'].join('\n\n');
    expect(said(body)).toEqual([['will come back in the spring with a new offer.', null]]);
  });

  it('gives "in the words of the Crown prosecutor, Daniel Mbeki, QC, “…”" to the prosecutor named after his title', () => {
    const body = ['The trial opened on Monday.', 'The child had been sick for months, and in the words of the Crown prosecutor, Daniel Mbeki, QC, "she spent most of her last weeks in pain while her parents waited for a cure."'].join('\n\n');
    expect(said(body)).toEqual([['she spent most of her last weeks in pain while her parents waited for a cure.', 'Daniel Mbeki']]);
  });
});

describe('a quotation after a paragraph that introduces its speaker by what they are', () => {
  const intro = [
    'President Tom Reyes refused on Monday to meet the rebel general Paul Baker, who said he would keep fighting.',
    'Some analysts say they are baffled by Mr. Reyes\'s decision not to meet with Baker.',
    'Dana Whitfield is an analyst with the Harbour Institute.',
  ];

  it('gives "“…,” he explained" to the person the paragraph before introduced, over men named earlier', () => {
    const body = [...intro, '"In the end, we do have two protagonists: Baker and Reyes. Any lasting peace will have to bring them together," he explained.'].join('\n\n');
    expect(said(body).at(-1)).toEqual(['In the end, we do have two protagonists: Baker and Reyes. Any lasting peace will have to bring them together', 'Dana Whitfield']);
  });

  it('gives a paragraph of quotation alone to the person introduced', () => {
    const body = ['The ferry sank on Wednesday morning.', 'Kim Min-jun is a father of one of the students.', '"I cannot even describe how I feel now. It is even worse for the parents."'].join('\n\n');
    expect(said(body)).toEqual([['I cannot even describe how I feel now. It is even worse for the parents.', 'Kim Min-jun']]);
  });

  it('reads no introduction that names someone else too', () => {
    const body = ['The ferry sank on Wednesday morning.', 'Kim Min-jun is a father of one of the students rescued by Captain Lee Jae-won.', '"I cannot even describe how I feel now. It is even worse for the parents."'].join('\n\n');
    expect(said(body)).toEqual([['I cannot even describe how I feel now. It is even worse for the parents.', null]]);
  });
});

describe('the subject after an opening clause that names nobody', () => {
  it('reads "As the conference drew to a close Friday, U.N. Trade Group Chairman Paul Okafor was ecstatic" as about Okafor', () => {
    const body = [
      'U.N. officials say a two-day harbour reconstruction conference has drawn a greater than expected donor response.',
      'As the harbour reconstruction conference drew to a close Friday, U.N. Trade Group Chairman Paul Okafor was ecstatic. "This is an enormously strong start. Way ahead of all the forecasts," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['This is an enormously strong start. Way ahead of all the forecasts', 'Paul Okafor']]);
  });
});

describe('a group named between the subject and its speech verb', () => {
  it('reads "those Rivermen" as a group, not a speaker standing between ("X also addressed those Rivermen …, saying “…”")', () => {
    const body = [
      'President Ana Okafor met the tribal elders on Monday.',
      'President Okafor also addressed those Rivermen who are fighting with the rebels, saying "The people will give them a chance to return to their homes."',
    ].join('\n\n');
    expect(said(body)).toEqual([['The people will give them a chance to return to their homes.', 'Ana Okafor']]);
  });
});

describe('the owner of an announcement', () => {
  it('gives "An announcement of the President of Ruritania Tomas Varga that “…”" to the president, by name', () => {
    const body = ['Prices rose again in March.', 'An announcement of the President of Ruritania Tomas Varga that “we can see such a big reduction of corruption in a few places” has aroused indignation among bloggers.'].join('\n\n');
    expect(said(body)).toEqual([['we can see such a big reduction of corruption in a few places', 'Tomas Varga']]);
  });
});

describe('a name alone before a colon and a quotation, as a cartoon or a roundup writes its lines', () => {
  it('gives each line to the name that opens it, whichever way its marks turn', () => {
    const body = ['The cartoon went viral.', 'Tomas Varga: “Minister Lee, I have three requests!”\nUncle Sam: ”Wait, wait! Give me a promise!“\nLee Min-jun: ”Trust me! Fairness is more glorious than the sun.“', 'The debate went on for days.'].join('\n\n');
    expect(said(body)).toEqual([
      ['Minister Lee, I have three requests!', 'Tomas Varga'],
      ['Wait, wait! Give me a promise!', 'Uncle Sam'],
      ['Trust me! Fairness is more glorious than the sun.', 'Lee Min-jun'],
    ]);
  });
});

describe('a quotation the reporter attributes after a transcript turn', () => {
  it('gives "“…,” President Ana Ruiz said." to Ruiz, not to the labelled speaker above it', () => {
    const body = [
      'PRESS BRIEFING BY PRESS SECRETARY DAN LOWE AND DEPUTY ADVISER DANA VOSS',
      'MS. VOSS: The two Presidents agreed to resume arms talks in Lund next spring.',
      '"We will meet in Lund in the spring to finish the treaty," President Ana Ruiz said after the talks.',
    ].join('\n\n');
    const treaty = said(body).find(([text]) => String(text).startsWith('We will meet in Lund'));
    expect(treaty?.[1]).toBe('Ana Ruiz');
  });
});

describe('a broadcast that plays a clip between its narration', () => {
  const body = [
    'This is IN THE NEWS in VOA Special English.',
    'President Ana Ruiz and Prime Minister Tomas Brell met Wednesday in Lund. Mister Ruiz described the day as "extraordinarily productive."',
    'ANA RUIZ: "I am pleased that these two leaders fully appreciate the seriousness of the threat that we face."',
    'Lund officials have expressed regret for the incident. But they say about fifty people were killed. Mister Brell disputed that.',
    'RADIO HOST: That was the news.',
  ].join('\n\n');

  it('ends the turn with the clip in marks: the narration after it is nobody’s quotation', () => {
    const texts = said(body).map(([text]) => String(text));
    expect(texts.some((t) => t.includes('expressed regret'))).toBe(false);
  });

  it('reads “Mister” as a courtesy title, not a given name', () => {
    expect(said(body).map(([, speaker]) => speaker)).not.toContain('Mister Ruiz');
  });
});
