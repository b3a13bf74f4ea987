import { lexicon } from './lexicon';

/** Verbs that introduce reported speech, in the forms news copy uses ("said", "told", "insisting"). */
export const SPEECH_VERB_LEXICON = lexicon('verbs of saying', [
  {
    source: 'reporting-verbs',
    words: `
    said says say saying told tells telling added adds warned warns warning stressed stresses insisted insists
    declared declares explained explains noted notes stated states asked asks acknowledged acknowledges cautioned
    cautions shared wrote writes tweeted tweets argued argues arguing continued repeated repeats promised promises
    pledged pledges demanded demands urged urges claimed claims recalled recalls recalling replied replies
    responded remarked observed conceded admitted admits suggested suggests announced announces agreed complained
    speculated predicted described describes commented comments accused accuses denied denies confirmed confirms
    reiterated emphasised emphasized underlined declared told vowed vows assured assures concluded charged
    countered insisting adding stressing explaining noting telling declaring stating asserted asserts maintained testified
    testifies testifying posted recounted recounts quipped joked lamented laments pleaded contended
    spoke spoken
`,
  },
]);

export const SPEECH_VERBS = SPEECH_VERB_LEXICON.words;

/**
 * Verbs a title-case headline or caption line puts right after a name ("President Bush Meets with …"): capitalised
 * there, they are no part of the name. Only forms that are not also surnames.
 */
export const HEADLINE_VERB_LEXICON = lexicon('headline verbs', [
  {
    source: 'headline-verbs',
    words: `
    meets visits holds hosts welcomes urges warns arrives announces signs vows rejects pledges tells speaks discusses
    praises condemns denies agrees unveils launches travels addresses thanks says calls
`,
  },
]);
