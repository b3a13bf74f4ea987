import { describe, expect, it } from 'vitest';
import { one } from '../helpers';

const turns = (body: string) => one(body).article.quotes.map((q) => [q.text, q.speaker, q.pass]);

describe('pass speaker-label: transcript turns', () => {
  it('gives each paragraph of a turn to the label, resolved to the person the article names', () => {
    const body = [
      'Press briefing with spokesperson Ned Price and Deputy Secretary Wendy Sherman.',
      'MR PRICE: Good afternoon. I am pleased to have the Deputy Secretary here.',
      'DEPUTY SECRETARY SHERMAN: Thank you very much.',
      'We have processed more than 4,840 people.',
      'Q: How many remain?',
    ].join('\n\n');
    expect(turns(body)).toEqual([
      ['Good afternoon. I am pleased to have the Deputy Secretary here.', 'Ned Price', 'speaker-label'],
      ['Thank you very much.', 'Wendy Sherman', 'speaker-label'],
      ['We have processed more than 4,840 people.', 'Wendy Sherman', 'speaker-label'],
      ['How many remain?', 'a reporter', 'speaker-label'],
    ]);
  });

  it('reads initials, roles after a comma, descriptions and the White House "Q" without a colon', () => {
    const body = [
      'Andrew Marr: Welcome, Foreign Secretary William Hague.',
      'WH: Thank you.',
      'AM: Should he go now?',
      'SENIOR ADMINISTRATION OFFICIAL: Let me make a few remarks.',
      'Q Happy Monday.',
      'WILLIAM HAGUE, FOREIGN SECRETARY: It is not for us to say.',
    ].join('\n\n');
    expect(turns(body).map((t) => t[1])).toEqual(['Andrew Marr', 'William Hague', 'Andrew Marr', 'a senior administration official', 'a reporter', 'William Hague']);
  });

  it('needs two labels in capitals, and never takes a caption or a note for a speaker', () => {
    expect(turns('PICTURE: Firefighters at work.\n\nNOTE: “We are ready,” the chief said.\n\nThe fire spread.')).toEqual([
      ['We are ready', 'the chief', 'after-close'],
    ]);
    expect(one('Sahel: 3.4 million children out of school\n\nSahel: 3.4 million children out of school\n\nMali: more closures.').article.quotes).toEqual([]);
  });

  it('ends a turn at a label it cannot read rather than giving the next speaker\'s words to the last one', () => {
    const body = 'MR. KIRBY: Thanks.\n\nMS. JEAN-PIERRE: Go ahead.\n\nDr Ana Ruiz, WHO: We need more vaccines.';
    expect(turns(body).map((t) => t[0])).toEqual(['Thanks.', 'Go ahead.']);
  });

  it('gives "THE PRESIDENT:" to the one president the transcript names, and to nobody when it names none or two', () => {
    // The people index holds whom the text names in a sentence ("President Ana Ruiz opened …"), not a title-case header.
    const speakers = (opening: string) => {
      const body = ['Remarks at the Opening Session', 'Harbour Hall, Lisbon', opening, 'THE PRESIDENT: Thank you all for coming to this table today.', 'We have a great deal of work ahead of us.'].join('\n\n');
      return one(body, 'Remarks at the Opening Session').article.quotes.map((q) => q.speaker);
    };
    expect(speakers('President Ana Ruiz opened the session at noon.')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(speakers('President Ana Ruiz and President Tom Berg opened the session at noon.')).toEqual([null, null]);
    expect(speakers('Minister Ana Ruiz opened the session at noon.')).toEqual([null, null]);
  });
});

describe('pass speaker-label: speeches and statements handed over without quotation marks', () => {
  it('reads "X said:" and "X gave a press conference" blocks while they speak in the first person', () => {
    const said = 'Speaking in Plymouth, Defence Secretary Gavin Williamson said:\n\nOur ties with allies will be deepened by this deployment.\n\nThe ships sail on Monday.';
    expect(turns(said)).toEqual([['Our ties with allies will be deepened by this deployment.', 'Gavin Williamson', 'speaker-label']]);
    const gave = 'David Cameron gave a press conference at the G7 in Bavaria.\n\nGood afternoon. I made clear that we would stand up for Britain.\n\nLet me start with growth, which we will boost.';
    expect(turns(gave).map((t) => t[1])).toEqual(['David Cameron', 'David Cameron']);
  });

  it('reads a press statement under its heading, and "attributable to X:"', () => {
    const statement = 'Press Statement\n\nHillary Rodham Clinton\n\nSecretary of State\n\nToday the Council took urgent action on Syria.';
    expect(turns(statement)).toEqual([['Today the Council took urgent action on Syria.', 'Hillary Rodham Clinton', 'speaker-label']]);
    const readout = 'The below is attributable to Spokesperson Matthew Miller:\n\nSecretary Blinken met Director Wang Yi today in Beijing.';
    expect(turns(readout).map((t) => t[1])).toEqual(['Matthew Miller']);
  });
});

describe('pass speaker-label: the answers of a Q/A interview', () => {
  const body = 'Ana Ruiz spoke to Tom Reed about the budget.\n\nQ: Will the city pay for the new bridge this year?\n\nA: We will not pay for this bridge at all.';
  it('gives "A:" to the one person the headline names', () => {
    const quotes = one(body, 'Q&A: Ana Ruiz on the budget').article.quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['a reporter', 'Ana Ruiz']);
  });

  it('leaves "A:" without a speaker when the headline names nobody, never "A"', () => {
    expect(one(body, 'The budget in questions').article.quotes.map((q) => q.speaker)).toEqual(['a reporter', null]);
  });
});

describe('pass speaker-label: a speech under its speaker’s byline', () => {
  it('hands the paragraphs after "The Rt Hon David Cameron MP" to him when the line before says a transcript follows', () => {
    // tests/fixtures/realnews-dev2/govuk-cameron-g8-lough-erne-2013.md
    const head = 'The Prime Minister’s closing press conference at the G8 Summit, Lough Erne on 18 June 2013. This is a transcript of the speech, exactly as it was delivered.';
    const speech = 'Good afternoon and welcome everybody. We set a very clear agenda for this summit: tax, trade and transparency.';
    expect(turns(`${head}\n\nThe Rt Hon David Cameron MP\n\n${speech}`)).toEqual([[speech, 'David Cameron', 'speaker-label']]);
    expect(turns(`The Prime Minister spoke at the summit.\n\nThe Rt Hon David Cameron MP\n\n${speech}`)).toEqual([]);
  });
});

describe('pass speaker-label: a block handed over with a language tag before the colon', () => {
  it('reads "Egyptian Aida Elkashef says [ar]:" (Global Voices) as handing over', () => {
    // tests/fixtures/realnews-dev2/globalvoices-sisi-wins-egypt-2014.md
    const body = 'On Twitter, netizens met the news with sarcasm and snark.\n\nEgyptian Aida Elkashef says [ar]:\n\nWhat makes you laugh and cry at the same time is that in elections, with only two candidates, Hamdeen is in third place after the votes that have been declared void';
    expect(turns(body).map((t) => t[1])).toEqual(['Aida Elkashef']);
  });
});
