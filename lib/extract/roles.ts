/**
 * Title and organisation lists under the names the speaker scanners use; the lists, with their sources,
 * are in lexicons/.
 */
import { ORG_HEAD_LEXICON, ORG_LEAD_LEXICON, ORG_TAIL_LEXICON } from './lexicons/organisations';
import { MULTIWORD_STATE_LEXICON } from './lexicons/state-names';
import { RANK_QUALIFIER_LEXICON, TITLE_ACRONYM_LEXICON } from './lexicons/titles';

export const RANK_QUALIFIERS = RANK_QUALIFIER_LEXICON.words;
export const ROLE_ACRONYMS = TITLE_ACRONYM_LEXICON.record;
export const ORG_TAILS = ORG_TAIL_LEXICON.words;
export const ORG_LEADS = ORG_LEAD_LEXICON.words;
export const MULTIWORD_COUNTRIES = MULTIWORD_STATE_LEXICON.words;
export const ORG_HEADS = ORG_HEAD_LEXICON.words;
