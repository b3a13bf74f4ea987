import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 11 of #16: the quotations real news still left without the right speaker on realnews-dev5 and
 * -dev6: tweets and blog blocks in roundups (no quotation marks, a handle or a lead-in before them), words
 * a transcript's speaker quotes from someone he names, and a title glued to a photo credit. Every article
 * here is invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('roundups: a line under a handle, a block under a lead-in', () => {
  it('gives each "@handle: …" line to the user the post introduced by that handle', () => {
    const body = [
      'Farmers in the valley reacted quickly to the new water tax on Monday.',
      'Popular Lisbon blogger Marta Quintela (@martaq) wrote about the farmers who lost their land saying:',
      '@martaq: The tax was announced without a single meeting with the people who pay it every summer',
      'Another user nicknamed Zorbek (@zorb_77), who posts daily about rural life, attacked the ministry writing:',
      '@zorb_77: The ministry should visit a farm before it writes another law about farms!',
      'The ministry has not answered the criticism.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The tax was announced without a single meeting with the people who pay it every summer', 'Marta Quintela'],
      ['The ministry should visit a farm before it writes another law about farms!', 'Zorbek'],
    ]);
  });

  it('leaves a handle line without a speaker when the post never said whose handle it is', () => {
    const body = [
      'Farmers in the valley reacted quickly to the new water tax on Monday.',
      'One reaction was widely shared:',
      '@riverwatch: The tax was announced without a single meeting with the people who pay it every summer',
    ].join('\n\n');
    expect(said(body)).toEqual([['The tax was announced without a single meeting with the people who pay it every summer', null]]);
  });

  it('gives the unmarked block after "The Harbour Gazette observed that …:" to the paper, its cut last line too', () => {
    const body = [
      'The minister toured the harbour on Friday and met the fishing crews.',
      'The Harbour Gazette observed that the visit left the port authority looking like “spectators”:',
      'The tour by the minister was in many ways unusual, not only because she came alone but because nobody from the port authority was asked to speak.',
      'Crews, captains and the',
    ].join('\n\n');
    expect(said(body).slice(1)).toEqual([
      ['The tour by the minister was in many ways unusual, not only because she came alone but because nobody from the port authority was asked to speak.', 'the Harbour Gazette'],
      ['Crews, captains and the', 'the Harbour Gazette'],
    ]);
  });

  it('reads a post written before the name with a comma: "Harbour Gazette Columnist, Rui Amaral writes on Facebook that …:"', () => {
    const body = [
      'The minister toured the harbour on Friday and met the fishing crews.',
      'Harbour Gazette Columnist, Rui Amaral writes on Facebook that the crews were “invisible” all day:',
      'When you tour a harbour without meeting its crews, you have only looked at boats.',
      'The ministry has not answered.',
    ].join('\n\n');
    expect(said(body)).toContainEqual(['When you tour a harbour without meeting its crews, you have only looked at boats.', 'Rui Amaral']);
  });

  it('reads no lead-in before a short line: a list after "X noted that …:" is no quotation', () => {
    const body = [
      'The minister toured the harbour on Friday and met the fishing crews.',
      'The Harbour Gazette noted that three ports were closed:',
      'Porto, Faro and Sines.',
    ].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});

describe('words a transcript speaker quotes from someone he names', () => {
  const transcript = (line: string) => [
    'Foreign Minister Tomas Vieira spoke to reporters in Lisbon on Monday after the talks.',
    `FOREIGN MINISTER VIEIRA: Thank you all for coming. ${line} And in that spirit we signed the fisheries agreement today.`,
    'MODERATOR: We have time for two questions.',
  ].join('\n\n');

  it('gives "it was Dr. Almeida who said, “…”" to Almeida, not to the turn\'s speaker', () => {
    const quotes = said(transcript('It was Dr. Almeida who said, “Good fences make good harbours.”'));
    expect(quotes).toContainEqual(['Good fences make good harbours.', 'Almeida']);
    expect(quotes.filter(([, who]) => who === 'Tomas Vieira')).toHaveLength(1);
  });

  it('keeps words he quotes from himself ("as I said, “…”") in his own turn', () => {
    const quotes = said(transcript('As I said, “Good fences make good harbours.”'));
    expect(quotes.map(([text]) => text)).not.toContain('Good fences make good harbours.');
    expect(quotes[0]?.[1]).toBe('Tomas Vieira');
  });
});

describe('a title glued to the photo credit before it', () => {
  it('finds "the PM" under "Crown copyrightPrime Minister Ana Ruiz"', () => {
    const body = [
      'The PM and President Vieira meet in Lisbon; Crown copyrightPrime Minister Ana Ruiz has held her first meeting with Portuguese President Tomas Vieira.',
      'Speaking alongside President Vieira after the meeting, the PM said:',
      '“It has been a great pleasure to have this meeting and we will meet again in the spring.”',
    ].join('\n\n');
    expect(said(body)).toEqual([['It has been a great pleasure to have this meeting and we will meet again in the spring.', 'Ana Ruiz']]);
  });
});

describe('an opinion roundup of "Name, Outlet: …" lines without marks', () => {
  it('gives each line to the columnist it names, not to the outlet', () => {
    const body = [
      'Commentators were divided on the new water tax this week.',
      'Marta Quintela, Diário do Vale: The tax was written in Lisbon by people who have never paid a water bill in August.',
      'Rui Amaral, the Harbour Gazette: Farmers waste less water when it has a price, and the tax gives it one.',
      'The ministry has not answered either column.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The tax was written in Lisbon by people who have never paid a water bill in August.', 'Marta Quintela'],
      ['Farmers waste less water when it has a price, and the tax gives it one.', 'Rui Amaral'],
    ]);
  });

  it('reads no roundup from one dateline-like line', () => {
    const body = [
      'Lisbon Harbour, Portugal: The ministry said on Monday that the tax would start in June.',
      'Farmers said they would protest.',
    ].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});

describe('realnews-dev7 shapes: who a name is when a place or a remit stands beside it', () => {
  it('reads "Senator Ana Ruiz of Oregon … said," as the senator, not the state', () => {
    const body = 'Leading Democratic Senator Ana Ruiz of Oregon upon returning to the Capitol said, "The gap is closing. There is more hope that we could vote on the bill this month."';
    expect(said(body)).toEqual([['The gap is closing. There is more hope that we could vote on the bill this month.', 'Ana Ruiz']]);
  });

  it('keeps a full stop between a sentence and the next one\'s title: "… the economy. Portuguese Prime Minister Ana Ruiz said …"', () => {
    const body = 'Leaders agreed to grow the economy. Portuguese Prime Minister Ana Ruiz said Saturday that the plan will add jobs across the region. "This is our message to the world that governments can deliver and agree.” Meanwhile, ministers met in Porto.';
    expect(said(body)).toEqual([['This is our message to the world that governments can deliver and agree.', 'Ana Ruiz']]);
  });

  it('reads "Minister for South Europe Tomas Vieira" as a remit and a name, so "the Foreign Minister said:" is Vieira', () => {
    const body = [
      'Foreign Minister for South Europe Tomas Vieira is visiting Lisbon and Porto on 5-6 July. This is his first official visit.',
      'While in Porto, he will meet the mayor, Ms Ana Ruiz, to discuss trade. He will also open a school.',
      'On arriving in Lisbon, the Foreign Minister said:',
      '“As Minister for South Europe, I am delighted to be in Portugal and to meet our partners here.”',
    ].join('\n\n');
    expect(said(body)).toEqual([['As Minister for South Europe, I am delighted to be in Portugal and to meet our partners here.', 'Tomas Vieira']]);
  });

  it('reads no person in "While in Porto, he will meet …": a pronoun opens a clause, no appositive', () => {
    const { lib } = one('Tomas Vieira arrived on Monday. While in Porto, he will meet the Chief Minister, Ms Ana Ruiz, to discuss trade.');
    expect(lib.people.map((p) => p.name)).not.toContain('Porto');
  });

  it('gives a poem a transcript speaker recites nobody, not the speaker', () => {
    const body = [
      'Tomas Vieira: Madam President, you spoke of your wish to understand Portugal. There is a well known poem about just this. I do not know how it will be translated, but in Portuguese it is very clear: “The sea is ours and we are the sea’s, and no map can hold it”. I will do everything I can to answer you.',
      'Ana Ruiz: Thank you. I will read it again tonight.',
    ].join('\n\n');
    const quotes = said(body);
    expect(quotes).toContainEqual(['The sea is ours and we are the sea’s, and no map can hold it', null]);
  });
});

describe('a transcript cut short in its last line', () => {
  const transcript = (last: string) => [
    'President Tomas Vieira: We have agreed to build the new bridge together, and our ministers will meet again in May.',
    'Prime Minister Ana Ruiz (retranslated): Thank you. We discussed trade and energy, and we agreed on the next steps for the bridge.',
    last,
  ].join('\n\n');

  it.each([['We certa'], ['So t'], ['Undoubtedly, the fa']])('reads "%s", a word cut in the middle, as the speaker\'s words', (last) => {
    expect(said(transcript(last)).at(-1)).toEqual([last, 'Ana Ruiz']);
  });

  it('still reads a last line in title case as a subhead ("Economic Growth")', () => {
    expect(said(transcript('Economic Growth')).map(([text]) => text)).not.toContain('Economic Growth');
  });
});

describe('a transcript label in capitals on a line of its own', () => {
  it('gives the paragraph under "MODERATOR:" to the moderator, as the later "MODERATOR: …" turns', () => {
    const body = [
      'Background Briefing En Route Lisbon',
      'MODERATOR:',
      'All right, good morning everybody. We are on our way from Madrid to Lisbon, our third stop.',
      'QUESTION: Madrid, Paris, Rome.',
      'MODERATOR: Our fourth stop, then. Over to our official.',
    ].join('\n\n');
    expect(said(body)[0]).toEqual(['All right, good morning everybody. We are on our way from Madrid to Lisbon, our third stop.', 'a moderator']);
  });

  it('reads no transcript from one capitalised heading with a colon', () => {
    const body = ['LISBON:', 'The minister met farmers on Monday and promised a new water law by the summer.'].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});
