/**
 * A sum of money the report gives as background, not as news: "Russian Railways is carrying out a programme … with
 * investment of $500 million", "RUSAL has invested $120 million in a joint venture", "State loans of 2.2 billion
 * euros have been set aside", "The UK has contributed over £5 million towards demining since 2009". Both blind-48
 * judges rejected all four as trivia: a leader's list of what cooperation costs teaches nothing. A sum is news when
 * the report tells of it being announced, pledged, sought, agreed or signed, when it is a deal's, a package's or an
 * aid goal's ("announced a £50 million package", "the proposed deal, worth more than $120 million", "is seeking $943
 * million"), or a state's spending, cuts or aid ("Allies have provided around 40 billion euros in military aid each year").
 */

/** Words that make a sum the news: an announcement, a pledge, an appeal, a deal, a package, an agreement. */
const NEWS_OF_SUM = /\b(?:announc\w*|pledg\w*|promis\w*|commit\w*|unveil\w*|seek\w*|sought|appeal\w*|request\w*|ask\w*|goal|target|aim\w*|raise|raising|deal|deals|contract|contracts|package|packages|agree\w*|sign\w*|approv\w*|budget\w*|will\s+(?:provide|give|spend|invest|lend|send|donate|allocate)|new\s+(?:funding|aid|investments?|lending|money|support|assistance)|make\s+available|worth|cost\w*|fine|fined|ransom|compensation|damages|spending|cuts?|confirm\w*|reported|revenues?|profits?|sales|earnings|loss|losses|income|valued|paid|pays?|bid|price\w*|(?:military|economic|humanitarian|foreign|emergency)\s+aid)\b/i;

/** A headline about money: the report's story is the sums, and each is news. */
const MONEY_HEADLINE = /[$€£¥]|\b(?:millions?|billions?|euros?|dollars?|pounds?|investments?|aid|funding|budget|loans?|deals?|trade)\b/i;

/**
 * Whether a money figure's sentence gives it as background: no word of it being announced, pledged, sought,
 * agreed or signed, in a report whose headline is not about money.
 *
 * @example
 * isBackgroundSum('RUSAL has invested $120 million in a joint aluminium venture.', 'Talks with Armenia'); // → true
 * isBackgroundSum('The minister announced a $120 million aid package.', 'Talks with Armenia'); // → false
 */
export function isBackgroundSum(sentence: string, title: string): boolean {
  return !NEWS_OF_SUM.test(sentence) && !MONEY_HEADLINE.test(title);
}

/** A sum the report gives as a package or a total: "a $1.85 billion package", "Altogether, … amounts to $2.2 billion". */
const PACKAGE_SUM = /\b(?:packages?|altogether|in\s+total|a\s+total\s+of|totall?ing|amounts?\s+to|tranche)\b/i;

/** A sum its own sentence gives as a whole deal ("Under the proposed deal, worth more than $120 million"): the news itself. */
const WHOLE_DEAL = /\b(?:deals?|contracts?|sales?|agreements?)\b/i;

/**
 * Whether a sum is one part beside a larger package or total the same report gives in the same currency: "USAID is
 * committing more than $374 million in … humanitarian assistance" in the press conference that announced the $1.85
 * billion security package, "$2.2 billion" altogether (blind-50: one tranche is not worth a student's time). A sum its
 * own sentence calls a package, total, deal, contract or sale is the news, and stays.
 *
 * @example
 * isPartOfPackage({ sentence: 'USAID commits $374 million.', value: 374e6 }, [{ sentence: 'Today I announce a $1.85 billion package.', value: 1.85e9 }]); // → true
 * isPartOfPackage({ sentence: 'We announce a $50 million package.', value: 5e7 }, [{ sentence: 'The $2 billion package passed.', value: 2e9 }]); // → false
 */
export function isPartOfPackage(sum: { sentence: string; value: number }, others: readonly { sentence: string; value: number }[]): boolean {
  return !PACKAGE_SUM.test(sum.sentence) && !WHOLE_DEAL.test(sum.sentence) && others.some((o) => o.value > sum.value && PACKAGE_SUM.test(o.sentence));
}

/** Sums of one currency a paragraph must give before one of them is a detail. */
const MANY_SUMS = 3;

/**
 * Whether a sum is a detail among the many a paragraph gives in the same currency: "Twelve joint projects worth $71
 * million … mutual investment, the current volume of which exceeds $350 million. Accumulated Russian investment in
 * Kyrgyzstan exceeds $200 million, and Kyrgyzstan has accumulated $150 million" (blind-54b: the $200 million, easy to
 * confuse with the sums beside it, is not worth a student's time). A leader's statement lists trade and investment
 * sums in one breath; the largest is the paragraph's point and stays, as does a sum its own sentence calls a package,
 * total or deal.
 *
 * @example
 * isMinorSumAmongMany({ sentence: 'Russian investment exceeds $200 million.', value: 2e8 }, [7.1e7, 3.5e8, 1.5e8]); // → true
 * isMinorSumAmongMany({ sentence: 'Mutual investment exceeds $350 million.', value: 3.5e8 }, [7.1e7, 2e8, 1.5e8]); // → false
 */
export function isMinorSumAmongMany(sum: { sentence: string; value: number }, paragraphSums: readonly number[]): boolean {
  const others = paragraphSums.filter((v) => v !== sum.value);
  if (others.length + 1 < MANY_SUMS || PACKAGE_SUM.test(sum.sentence) || WHOLE_DEAL.test(sum.sentence)) return false;
  return others.some((v) => v > sum.value);
}
