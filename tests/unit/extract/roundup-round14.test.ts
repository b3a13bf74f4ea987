import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 14 of #16: quotations in opinion and reaction roundups (the house style of Global Voices' reaction posts),
 * after the lead's totals-only diagnostic of the second blind set: posts without quotation marks under lead-ins and
 * headings, posts in another script with their translation, and lines that name their own writer. Every article
 * here is invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('lead-ins of a blog roundup', () => {
  it('reads a lead-in whose colon follows a link number and a language tag, its writer a user name in lower case', () => {
    const body = [
      'Prices rose again this spring, and bloggers were quick to react.',
      'riverfox_kg wrote [2] [ru]:',
      'The new tariffs will empty the pockets of every pensioner in the city before the winter comes.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The new tariffs will empty the pockets of every pensioner in the city before the winter comes.', 'riverfox_kg']]);
  });

  it('ends a blogger\'s turn at a narrative paragraph whose only first person is inside quotation marks', () => {
    const body = [
      'Prices rose again this spring. Oldmarten told [4] [ru]:',
      'The new tariffs will empty the pockets of every pensioner in the city before the winter comes.',
      'A promise of the mayor that “we will freeze the prices for a year” has angered many residents.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The new tariffs will empty the pockets of every pensioner in the city before the winter comes.', 'Oldmarten'],
      ['we will freeze the prices for a year', 'the mayor'],
    ]);
  });

  it('gives a comment under "one person writes [tj]:" to one person', () => {
    const body = [
      'A video of the governor singing at a wedding went viral.',
      'Commenting on the video, one person writes [tj]:',
      'He sings better than he governs, and he should have stayed a singer all his life.',
    ].join('\n\n');
    expect(said(body)).toEqual([['He sings better than he governs, and he should have stayed a singer all his life.', 'one person']]);
  });
});

describe('the lines under a roundup heading', () => {
  it('gives each line to the writer its own line names, before or after its words, never to the heading', () => {
    const body = [
      'The city opened the flood gates on Sunday night, and the villages downstream were under water by morning.',
      'Reactions on Weibo:',
      '@riverlee88: Why did nobody warn the villages before the gates were opened?',
      'Weibo user Xiao Fang: The officials slept in dry beds while we carried our children to the roof.',
      'Somebody must answer for this, and it will not be the river. — Old Zhou',
      'The city government has not responded to requests for comment.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Why did nobody warn the villages before the gates were opened?', '@riverlee88'],
      ['The officials slept in dry beds while we carried our children to the roof.', 'Xiao Fang'],
      ['Somebody must answer for this, and it will not be the river.', 'Old Zhou'],
    ]);
  });

  it('reads no line as a quotation under a colon that names no posts, nor after the roundup ends', () => {
    const body = [
      'The city opened the flood gates on Sunday night. The damage was heavy:',
      'Farmers: The rice harvest of three villages is lost.',
      'Some comments from Twitter users:',
      '@riverlee88: Why did nobody warn the villages before the gates were opened?',
      'The river fell again on Tuesday. Engineers: the dam held.',
    ].join('\n\n');
    expect(said(body)).toEqual([['Why did nobody warn the villages before the gates were opened?', '@riverlee88']]);
  });

  it('reads a ranked list of posts, each under its heading, its writer the person the heading opens with or nobody', () => {
    const body = [
      'Every week we collect the most shared posts in the country\'s twittersphere.',
      '#3 — A joke about the new toll roads.',
      'Soon they will charge us for walking on the pavement as well.',
      '#2 — Opposition leader Ana Ruiz is unhappy with the budget.',
      'The ministry spends more on its cars than on our hospitals.',
      '#1 — A plea for help.',
      'Please share!',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Soon they will charge us for walking on the pavement as well.', null],
      ['The ministry spends more on its cars than on our hospitals.', 'Ana Ruiz'],
      ['Please share!', null],
    ]);
  });
});

describe('a post in another script and its translation', () => {
  it('gives the translation after a signed post to the post\'s writer', () => {
    const body = [
      'Some of the week\'s most shared posts:',
      'Мост снова закрыт. Третий раз за месяц. pic.twitter.com/abc123',
      '— Городские Новости (@citynews) May 5, 2014',
      'The bridge is closed again. The third time this month.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Мост снова закрыт. Третий раз за месяц. pic.twitter.com/abc123', 'Городские Новости'],
      ['The bridge is closed again. The third time this month.', 'Городские Новости'],
    ]);
  });

  it('gives the translation after a post set off by a lead-in to the same writer', () => {
    const body = [
      'A video of the governor singing at a wedding went viral.',
      'Under the video, one viewer comments [ru]:',
      'Он поёт лучше, чем управляет областью. Пусть лучше поёт на свадьбах.',
      'He sings better than he governs the region. Let him sing at weddings instead.',
      'The governor\'s office did not comment.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Он поёт лучше, чем управляет областью. Пусть лучше поёт на свадьбах.', 'one viewer'],
      ['He sings better than he governs the region. Let him sing at weddings instead.', 'one viewer'],
    ]);
  });
});

describe('lead-ins that name a document, a passive\'s agent or a platform, and a quoted chat', () => {
  it('gives a block under "According to the UN press release:" to the press release', () => {
    const body = [
      'Armed men have attacked three old shrines in the north of the country this week.',
      'According to the UN press release:',
      'The shrines are visited by thousands of pilgrims every year and are protected as part of the national heritage.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The shrines are visited by thousands of pilgrims every year and are protected as part of the national heritage.', 'the UN press release']]);
  });

  it('gives a block under "… was discussed by LJ user fox_tail (RU):" to the user', () => {
    const body = [
      'The president\'s visit to the capital was discussed by LJ user fox_tail (RU):',
      'Roughly speaking, the visit has two reasons behind it, oil and security, and neither will help the people here.',
    ].join('\n\n');
    expect(said(body)).toEqual([['Roughly speaking, the visit has two reasons behind it, oil and security, and neither will help the people here.', 'LJ user fox_tail']]);
  });

  it('gives a short post under "… on Twitter:" to the name the lead-in opens with', () => {
    const body = [
      'Some dates cannot be searched for online.',
      'Cartoonist Lao Mao mocked the erasing of history on Twitter:',
      'Next year they will delete the whole month.',
    ].join('\n\n');
    expect(said(body)).toEqual([['Next year they will delete the whole month.', 'Cartoonist Lao Mao']]);
  });

  it('reads a chat quoted line by line, each line its user\'s, a line that lost its label nobody\'s', () => {
    const body = [
      'Bloggers discussed the film all week.',
      'fox_tail: It is a comedy, and a good one.',
      ': Interesting one, though.',
      'moonbird: Will the cinemas show it at all?',
      'fox_tail: I doubt it. I will go to the next country to watch it.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['It is a comedy, and a good one.', 'fox_tail'],
      ['Interesting one, though.', null],
      ['Will the cinemas show it at all?', 'moonbird'],
      ['I doubt it. I will go to the next country to watch it.', 'fox_tail'],
    ]);
  });

  it('reads a post in another script set off inside a paragraph, with its translation, as the lead-in\'s subject\'s', () => {
    const body = 'A video of a robbery is making the rounds online. On Twitter, Omar Nabil writes [ar]: سطو مسلح في وضح النهار والوجوه واضحة @omarnabil: An armed robbery in broad daylight.';
    expect(said(body)).toEqual([['سطو مسلح في وضح النهار والوجوه واضحة @omarnabil: An armed robbery in broad daylight.', 'Omar Nabil']]);
  });
});

describe('a line that introduces one writer\'s post', () => {
  it('gives the post under "A tweet from X is …:" to X', () => {
    const body = [
      'The ministry called the prize an insult to the country.',
      'A tweet from Redkite21 is perhaps the best answer to the ministry:',
      'Do you remember who else was given this prize while in prison? And who ruled his country then?',
    ].join('\n\n');
    expect(said(body)).toEqual([['Do you remember who else was given this prize while in prison? And who ruled his country then?', 'Redkite21']]);
  });

  it('gives the post under a writer\'s line with a handle to the writer, past the post\'s time stamp', () => {
    const body = [
      'Below are some of the first reactions on Twitter.',
      'Li Wen, a writer and critic (@liwen):',
      '3:11 PM Apr 4th',
      'I talked with him on New Year\'s Eve, and he said the police would come for him sooner or later.',
    ].join('\n\n');
    expect(said(body)).toEqual([['I talked with him on New Year\'s Eve, and he said the police would come for him sooner or later.', 'Li Wen']]);
  });

  it('names a writer whose name holds digits before "… on Twitter:", the post one paragraph, not the excerpt\'s cut last line', () => {
    const body = [
      'The police broke up the dinners. Greenfox88 reports from one dinner on Twitter:',
      'The dinner has been cancelled. Two friends were taken away.',
      'A lawyer has counted at least 8 people who were taken away by pol',
    ].join('\n\n');
    expect(said(body)).toEqual([['The dinner has been cancelled. Two friends were taken away.', 'Greenfox88']]);
  });
});
