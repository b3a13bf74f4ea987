/**
 * The words a quotation can be built from and still say nothing: function words, the meeting and its tone, the
 * agenda said to cover everything, thanks and hospitality. A sentence made only of these names no fact, position,
 * decision, place, party, demand or warning; see says-nothing.ts.
 */
import { lexicon } from '@/lib/extract/lexicons/lexicon';
import { TALKS_CLIMATE_LEXICON, TALKS_TONE_LEXICON, GOODWILL_LEXICON } from './protocol-words';

/** Words that carry grammar, not content: determiners, pronouns, prepositions, conjunctions, auxiliaries, degree adverbs. */
export const GRAMMAR_WORDS_LEXICON = lexicon('function words', [
  {
    source: 'closed-class',
    words: `
    a an the this that these those all both each every some any such other another
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one
    myself ourselves yourself himself herself themselves
    of in on at to for with by from about over between among during through into onto upon within across toward towards
    and or but nor so as than then also too which who whom whose what where when how
    is are was were be been being am have has had having do does did will would shall should can could may might
    not no very most more much many really truly extremely highly indeed just quite so such again once today here now
    there let me like would each
    `,
  },
]);

/** The meeting itself and the ties it serves, as the thing a sentence talks about ("our talks", "bilateral relations"). */
export const MEETING_WORDS_LEXICON = lexicon('nouns and verbs of the meeting itself', [
  {
    source: 'common-nouns',
    words: `
    talks talk meeting meetings discussion discussions conversation conversations exchange exchanges view views
    opinions dialogue dialog consultations consultation visit session sessions round contacts contact
    relations relationship ties cooperation partnership friendship countries country nations nation sides side
    peoples people leaders colleagues colleague friend friends partner partners counterpart counterparts guest guests
    delegation delegations today day occasion opportunity time understanding respect trust atmosphere
    `,
  },
  {
    source: 'verb-classes',
    words: `
    had held hold holding met meet meeting discussed discuss discussing talked talk exchanged exchange covered
    touched touch took take taking place continued continue continuing reviewed review addressed conducted
    say said express expressing want wanted think believe feel felt hope note noted talking come coming back look
    looking forward
    `,
  },
]);

/** The agenda said to cover everything: "a wide range of issues of mutual interest", "bilateral and regional matters". */
export const AGENDA_WORDS_LEXICON = lexicon('generic words of an agenda', [
  {
    source: 'common-nouns',
    words: `
    range spectrum variety number host issues issue matters matter questions question topics topic subjects subject
    areas area spheres sphere fields field aspects aspect interest interests concern concerns agenda
    wide broad whole full entire various several many lot mutual common shared bilateral regional international global
    `,
  },
]);

/** Evaluation of the meeting and thanks for it: "very productive", "I would like to thank … for his hospitality". */
export const EVALUATION_WORDS_LEXICON = lexicon('words of evaluation, thanks and hospitality', [
  {
    source: 'praise-adjectives',
    words: `
    great important wonderful fantastic terrific nice fine pleasant pleasure honour honor privilege pleased glad
    happy delighted grateful satisfied satisfaction success honored honoured strong strongly
    `,
  },
  {
    source: 'headline-furniture',
    words: `
    thank thanks thankful gratitude appreciate appreciation hospitality welcome welcoming reception invitation kind
    kindness generous generosity host hosting hosted receiving received dear
    `,
  },
]);

/** The marks of boilerplate itself: a sentence with none of them is not asked to say anything of the meeting. */
export const BOILERPLATE_MARKS = new Set([
  ...TALKS_TONE_LEXICON.words,
  ...TALKS_CLIMATE_LEXICON.words,
  ...GOODWILL_LEXICON.words,
  ...AGENDA_WORDS_LEXICON.words,
  ...EVALUATION_WORDS_LEXICON.words,
]);
