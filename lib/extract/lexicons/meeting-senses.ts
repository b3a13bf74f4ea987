import { lexicon } from './lexicon';

/**
 * "met the deadline", "met stiff resistance": what "meet" takes when it means satisfy or encounter. A
 * meeting's verb takes a person or an office; these heads of its object say no one was met.
 */
export const MET_THING_LEXICON = lexicon('things met that are not people', [{
  source: 'meet-collocations',
  words: `deadline deadlines target targets goal goals objective objectives requirement requirements criteria criterion
    standard standards threshold thresholds expectations expectation demand demands need needs condition conditions
    obligation obligations commitment commitments quota quotas benchmark benchmarks cost costs bill bills payment payments
    payroll challenge challenges resistance opposition criticism skepticism scepticism approval disapproval silence
    response reception fate end death match mark limit limits terms test tests burden qualifications specifications
    definition eligibility mandate minimum maximum line lines bar violence hostility force`,
}]);

/** "The reporter called Smith": the press calling a source for comment is reporting, not a call between leaders. */
export const PRESS_ROLE_LEXICON = lexicon('the press and its people', [{
  source: 'press-roles',
  words: `reporter reporters journalist journalists correspondent correspondents newspaper paper magazine outlet
    broadcaster station network agency press media editor editors columnist writer interviewer interviewers`,
}, {
  source: 'news-outlets',
  words: 'wikinews voa reuters afp ap bbc cnn nbc abc cbs npr pbs tass interfax xinhua',
}]);

/** "Press Releases: Secretary Pompeo's Meeting With …": the section label of a digest of a department's releases. */
export const DIGEST_LABEL_LEXICON = lexicon('labels of digest headlines', [{
  source: 'web-furniture',
  words: 'press-releases press-release news-releases news-release media-notes media-note latest-news readouts',
}]);

/** "he always meets with the Marines": adverbs of frequency, which make a verb a habit rather than an event. */
export const FREQUENCY_ADVERB_LEXICON = lexicon('adverbs of frequency', [{
  source: 'closed-class',
  words: 'always usually often frequently regularly routinely normally typically generally never seldom rarely sometimes occasionally habitually',
}]);

/**
 * "we have met on many previous occasions", "they had met several times", "have met twice": a count of
 * occasions after a meet verb makes it a history of meetings, not one meeting. Quantifiers that count
 * occasions, the nouns they count, and the adverbs that are a count on their own.
 */
export const OCCASION_COUNT_LEXICON = lexicon('quantifiers of repeated occasions', [{
  source: 'closed-class',
  words: 'many several numerous countless multiple various dozens hundreds scores two three four five six seven eight nine ten',
}]);
export const OCCASION_NOUN_LEXICON = lexicon('nouns of occasions counted', [{
  source: 'frequency-nouns',
  words: 'times occasions',
}]);
export const REPEATED_ADVERB_LEXICON = lexicon('adverbs of repetition', [{
  source: 'closed-class',
  words: 'twice repeatedly',
}]);
