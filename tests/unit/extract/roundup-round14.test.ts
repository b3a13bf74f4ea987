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
