/**
 * Words that carry no claim of their own: two lines sharing them say nothing alike. Closed-class words and the
 * frame words of speech ("I think", "we said"), so a measure of shared content reads the nouns, verbs and adjectives
 * that say what is claimed.
 */
import { lexicon } from '@/lib/extract/lexicons/lexicon';

/** Closed-class words and the frames of spoken statements: left out when lines are compared for what they claim. */
export const NO_CLAIM_LEXICON = lexicon('words that carry no claim', [
  {
    source: 'closed-class',
    words: `a an the this that these those some any each every all both either neither no not nor none
      i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
      it its itself they them their theirs themselves who whom whose which what where when why how there here
      and or but so yet if then than because since although though while whereas unless until as
      of in on at by for from to with without into onto over under about above below between among through during before after
      against across along around up down out off upon within beyond toward towards per via
      is are was were be been being am has have had having do does did doing done will would shall should can could may might must
      also just only even still again too very more most much many such own same other another else ever never now today`,
  },
  { source: 'reporting-verbs', words: 'say says said saying tell told think thought believe mention mentioned note noted add added' },
  // Forms of address and thanks frame a line and claim nothing: "Well, thank you very much, Mr. Prime Minister".
  { source: 'courtesy-titles', words: 'mr mrs ms madam sir dear excellency majesty highness ladies gentlemen friends colleagues' },
  { source: 'titles-of-office', words: 'president prime minister secretary chancellor premier' },
  { source: 'headline-furniture', words: 'thank thanks welcome well please' },
]);
