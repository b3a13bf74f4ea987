/**
 * A sum a state gives every year, told in the present tense as background: "The United States provides about
 * $3 million per year in security support assistance to Azerbaijan". It is no event of the report, reads as true
 * today, and with nothing to weigh it against teaches nothing (blind-41 and -41b sent the card back as trivia).
 */

/** A verb of giving or spending, in the present tense. */
const GIVES_NOW = /\b(?:provides|gives|spends|pays|contributes|allocates|receives|gets|sends|donates)\b/i;

/** The sum's period: a year, every year. */
const PER_YEAR = /\b(?:per\s+year|a\s+year|each\s+year|every\s+year|annually|per\s+annum|yearly)\b/i;

/** A sum of money: a currency sign or word beside a number. */
const MONEY = /[$€£¥]\s?\d|\d[\d.,]*\s*(?:million|billion)?\s*(?:dollars|euros|pounds|yen|rubles|roubles)\b/i;

/**
 * Whether a sentence states a yearly sum given, in the present tense.
 *
 * @example
 * isStandingYearlySum('The Union provides about $8 million per year in fisheries aid to Lorvania.'); // → true
 * isStandingYearlySum('The Union pledged $8 million in fisheries aid to Lorvania on Monday.'); // → false
 */
export function isStandingYearlySum(sentence: string): boolean {
  return MONEY.test(sentence) && PER_YEAR.test(sentence) && GIVES_NOW.test(sentence);
}
