/**
 * The shared word lists under the names the scanners use. The lists themselves, with where each entry
 * came from, are in lexicons/ (one file per word class).
 */
import { AUXILIARY_LEXICON, LOCATIVE_LEXICON, PRONOUN_LEXICON } from './lexicons/function-words';
import { NON_NAME_LEXICON } from './lexicons/non-names';
import { CITY_LEXICON, COUNTRY_LEXICON, DEMONYM_LEXICON, VENUE_NAMES, WORLD_CITY_LEXICON } from './lexicons/places';
import { SPEECH_VERBS as SPEECH_VERB_WORDS } from './lexicons/speech-verbs';
import { HONORIFIC_LEXICON, RANK_TITLE_LEXICON, TITLE_HEADS, TITLE_WORDS } from './lexicons/titles';

export const LOCATIVES = LOCATIVE_LEXICON.words;
export const AUXILIARIES = AUXILIARY_LEXICON.words;
export const SPEECH_VERBS = SPEECH_VERB_WORDS;
export const PRONOUNS = PRONOUN_LEXICON.record;
export const HONORIFICS = HONORIFIC_LEXICON.record;
export const ROLE_HEADS = TITLE_HEADS.words;
export const ROLE_WORDS = TITLE_WORDS.words;
export const RANK_TITLES = [...RANK_TITLE_LEXICON.words].map((w) => w.replace(/-/g, ' '));
export const NON_NAME_WORDS = NON_NAME_LEXICON.words;
export const NATIONALITIES = DEMONYM_LEXICON.record;
export const COUNTRIES = COUNTRY_LEXICON.words;
export const CITIES = CITY_LEXICON.words;
export const WORLD_CITIES = WORLD_CITY_LEXICON.words;
export const VENUES = new Set(VENUE_NAMES);
