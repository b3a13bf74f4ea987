import { describe, expect, it } from 'vitest';
import { describedWriter, isSetOffBlock, setOffLeadIn } from '@/lib/extract/set-off-lead-in';
import { one } from './helpers';

/*
 * Round 13 of #16: words an article sets off as their own paragraph without quotation marks, after a
 * lead-in that ends in a colon (social-media posts, statements), and the speakers real news still left
 * without one. Every article here is invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('a paragraph set off after a lead-in with a verb of saying and a colon', () => {
  it('reads a post after "wrote on his microblog:" as the words of the one user described', () => {
    const body = [
      'The flood left thousands homeless in the province, and anger spread online.',
      'One Weibo user wrote on his microblog:',
      'The officials knew the rain was coming and did nothing to warn the villages downstream.',
      'The city government has not responded.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The officials knew the rain was coming and did nothing to warn the villages downstream.', 'one Weibo user']]);
  });

  it('gives each of several posts to the writer its own lead-in describes', () => {
    const body = [
      'Reactions on the site were mixed. One user wrote:',
      'This is the best news I have heard all year.',
      'Another user commented:',
      'They will forget about it in a week, as always.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['This is the best news I have heard all year.', 'one user'],
      ['They will forget about it in a week, as always.', 'another user'],
    ]);
  });

  it('names a writer known only by a handle by the handle', () => {
    const body = [
      'The flood left thousands homeless, and anger spread online.',
      'Netizen @riverlee88 commented:',
      'Why did nobody open the gates earlier? Somebody must answer for this.',
    ].join('\n\n');
    expect(said(body)).toEqual([['Why did nobody open the gates earlier? Somebody must answer for this.', '@riverlee88']]);
  });

  it('accepts any verb the tagger reads after a writer described ("One netizen sneered:"), and a handle in any script', () => {
    const sneered = ['Anger spread online.', 'One netizen sneered:', 'So the gates were opened to save the city and drown the villages. Nothing changes.'].join('\n\n');
    const handle = ['Anger spread online.', 'Weibo user @作业本 wrote:', 'So the gates were opened to save the city and drown the villages.'].join('\n\n');
    expect([said(sneered), said(handle)]).toEqual([
      [['So the gates were opened to save the city and drown the villages. Nothing changes.', 'one netizen']],
      [['So the gates were opened to save the city and drown the villages.', '@作业本']],
    ]);
  });

  it('finds a post on a line after its handle written in any script', () => {
    const body = ['Anger spread online, and some posts were deleted within the hour.', '@作业本: So the gates were opened to save the city and drown the villages.'].join('\n\n');
    expect(said(body).map(([text]) => text)).toEqual(['So the gates were opened to save the city and drown the villages.']);
  });

  it('reads no verb of a company after a colon as a lead-in ("The company lost millions:")', () => {
    const body = ['The flood left thousands homeless. The company lost millions:', 'Its shares fell by half on Monday and the chief executive resigned.'].join('\n\n');
    expect(said(body)).toEqual([]);
  });

  it('reads an organisation\'s statement after "said in a statement:"', () => {
    const body = [
      'The ministry rejected the report on Monday.',
      'The ministry said in a statement:',
      'The report is based on rumours and has no basis in fact.',
      'The report was published last week.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The report is based on rumours and has no basis in fact.', 'The ministry']]);
  });

  it('finds the post after "with one user writing:" but leaves its writer unnamed when only "one" is said', () => {
    const body = ['Many users were angry, with one writing:', 'This is a disgrace for the whole country.', 'Others defended the police.'].join('\n\n');
    expect(said(body)).toEqual([['This is a disgrace for the whole country.', null]]);
  });

  it('reads a statement after "issued the following statement [links added]:" as the issuer\'s, over its paragraphs in the first person', () => {
    const body = [
      'On Saturday, activist Tomas Reyes ended the hunger strike he started six days before. Mr. Reyes issued the following statement [links added]:',
      'The conditions in the migrant center have not improved, and the refugees are still kept there against every standard.',
      'I would like to thank everyone who stood with us this week.',
      'The center was opened in 2012.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The conditions in the migrant center have not improved, and the refugees are still kept there against every standard.', 'Tomas Reyes'],
      ['I would like to thank everyone who stood with us this week.', 'Tomas Reyes'],
    ]);
  });

  it('reads an update after "posted the following update in Malagasy on Facebook :"', () => {
    const body = [
      'Two journalists were arrested in the capital. Ana Rakoto, another local journalist, posted the following update in Malagasy on Facebook :',
      'About the latest news on press freedom: our colleagues were placed under arrest this morning at the central jail.',
    ].join('\n\n');
    expect(said(body)).toEqual([['About the latest news on press freedom: our colleagues were placed under arrest this morning at the central jail.', 'Ana Rakoto']]);
  });

  it('reads no lead-in in "Which prompted this response from X:", whose subject is the text before', () => {
    const lead = setOffLeadIn('Which prompted this response from the director of the center, Ana Ruiz:');
    expect(lead).toBeNull();
  });

  it('turns no narrative into a quotation after "He said the following:"', () => {
    const body = ['Ana Ruiz met the press on Monday.', 'He said the following:', 'The talks lasted three hours and ended without a statement.'].join('\n\n');
    expect(said(body)).toEqual([]);
  });

  it('turns no list into a quotation after a lead-in with a colon', () => {
    const body = ['The minister spoke to reporters in Lisbon on Monday:', '1. Taxes on small firms fall by two points.', '2. Pensions rise in May.'].join('\n\n');
    expect(said(body)).toEqual([]);
  });

  it('turns no narrative into a quotation after a passive or a reported clause', () => {
    const passive = ['The plan was described in the report:', 'The first part cuts taxes on small firms and the second raises pensions.'].join('\n\n');
    const reported = ['The ministry said in a statement that it had two demands:', 'The first is a ceasefire and the second a return of the prisoners.'].join('\n\n');
    expect([said(passive), said(reported)]).toEqual([[], []]);
  });
});

describe('the grammar of a set-off lead-in', () => {
  it('finds the verb nearest the colon with only where and when after it', () => {
    const text = 'A user from Wuhan wrote on the site late on Monday:';
    const lead = setOffLeadIn(text);
    expect(lead && text.slice(lead.verbStart, lead.verbEnd)).toBe('wrote');
  });

  it('reads a block as prose, not a list, a table or another lead-in', () => {
    expect([isSetOffBlock('Water up to my chest. Please send boats.'), isSetOffBlock('* Lower taxes'), isSetOffBlock('Another user wrote:')]).toEqual([true, false, false]);
  });

  it('describes one unnamed writer, never "one of them"', () => {
    expect([describedWriter('Meanwhile, one Weibo user'), describedWriter('One of them'), describedWriter('Many')]).toEqual(['one Weibo user', null, null]);
  });
});

describe('a surname that is also a word never read as a name alone', () => {
  it('reads "White said" as the Dana W. White the article names in full', () => {
    const body = [
      'WASHINGTON -- Defense Secretary Tom Harlow met his Peruvian counterpart on Monday, the Pentagon’s chief spokesperson, Dana W. White, said in a statement.',
      '“Harlow noted the importance of the partnership between the two countries,” White said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['Harlow noted the importance of the partnership between the two countries', 'Dana W. White']]);
  });

  it('leaves "White said" without a speaker where nobody of that name is in the story, and the White House a building', () => {
    const body = [
      'Defense Secretary Tom Harlow met his Peruvian counterpart on Monday at the White House.',
      '“The two countries share a long border at sea and a long friendship,” White said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The two countries share a long border at sea and a long friendship', null]]);
  });
});

describe('a role noun nobody holds, naming again the person the story is about', () => {
  it('reads "the chairman" after a general who is the subject before as that general, and goes on reading it so', () => {
    const body = [
      'TEL AVIV, June 9 – Threats sound different when the talk is held in Israel, Army Gen. Tomas Reyes said here today.',
      'The chairman of the joint staff discussed these threats during meetings at the defense ministry.',
      '“My first visit to Israel was in 2011,” the chairman told reporters traveling with him.',
      'Officials of both armies went to work, the chairman said. “We built an integrated air defense system,” the chairman said.',
    ].join('\n\n');
    expect(said(body).map(([, who]) => who)).toEqual(['Tomas Reyes', 'Tomas Reyes']);
  });

  it('keeps "the minister" as written when the sentence before names two people', () => {
    const body = ['Ana Ruiz met Tomas Reyes in Lisbon on Monday.', '“The talks went well and will go on in May,” the minister said.'].join('\n\n');
    expect(said(body)).toEqual([['The talks went well and will go on in May', 'the minister']]);
  });

  it('gives no post-holder\'s words to a subject who holds another post ("director general")', () => {
    const body = [
      '“We need a path to zero,” said Ana Ruiz, director general of the carmakers’ association.',
      '“The talks in Geneva were constructive and forward-looking,” the minister said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['We need a path to zero', 'Ana Ruiz'], ['The talks in Geneva were constructive and forward-looking', 'the minister']]);
  });
});

describe('a post embedded with its signature line', () => {
  it('reads the paragraph above "— Name (@handle) Month D, YYYY" as that person\'s post', () => {
    const body = [
      'Many residents criticized the summit because of the traffic it caused:',
      'This is what the summit truly means to most of us: four hours on a bus to get home.',
      '— Tomas Reyes (@tomreyes) November 16, 2015',
      'The government apologized on Friday.',
    ].join('\n\n');
    expect(said(body)).toEqual([['This is what the summit truly means to most of us: four hours on a bus to get home.', 'Tomas Reyes']]);
  });
});

describe('a quotation after a sentence whose subject is a title the story gives to one person', () => {
  it('reads "The Secretary General said … . “…”" as the words of the Secretary General it names', () => {
    const body = [
      'Alliance Secretary General Tomas Reyes visited Lisbon on 7 November to meet the prime minister.',
      'The Secretary General said the summit will come at a crucial time. “We have to ensure the alliance is fit to face future challenges. No nation can do it alone.”',
    ].join('\n\n');
    expect(said(body)).toEqual([['We have to ensure the alliance is fit to face future challenges. No nation can do it alone.', 'Tomas Reyes']]);
  });
});

describe('a verb of saying in a reduced clause', () => {
  it('reads past "when asked" to the verb whose subject speaks', () => {
    const body = 'A lawmaker compared the crisis to another war. Tomas Reyes, chair of the parliament’s security committee told reporters when asked about the plan: “If I asked you how fast your forces can leave, the answer would be the same.”';
    expect(said(body)).toEqual([['If I asked you how fast your forces can leave, the answer would be the same.', 'Tomas Reyes']]);
  });
});

describe('outlets that quote someone, and "with X stating:"', () => {
  it('reads "“…,” AFP quoted spokeswoman Ana Ruiz as saying." as Ana Ruiz\'s words, not the agency\'s', () => {
    const body = '"Both capitals have confirmed their participation," AFP quoted ministry spokeswoman Ana Ruiz as saying. The preparations were underway, she said.';
    expect(said(body)).toEqual([['Both capitals have confirmed their participation', 'Ana Ruiz']]);
  });

  it('reads "with spokesman Tomas Reyes stating: “…”" as his words', () => {
    const body = 'The group claimed the attack, with its spokesman Tomas Reyes stating: "We claim responsibility for the attack, and we will go on."';
    expect(said(body)).toEqual([['We claim responsibility for the attack, and we will go on.', 'Tomas Reyes']]);
  });
});

describe('a tweet on its own line in a page copied with its link numbers', () => {
  it('reads "@handle [4]: …" as the post of the person introduced as "Ana Ruiz (@handle [3])"', () => {
    const body = [
      'Activist Ana Ruiz (@anaruiz [3]) tweeted several times about the #budget [2] hashtag:',
      '@anaruiz [4]: This hashtag is making me feel old. Never thought there were this many people not afraid.',
    ].join('\n\n');
    expect(said(body)).toEqual([['This hashtag is making me feel old. Never thought there were this many people not afraid.', 'Ana Ruiz']]);
  });
});
