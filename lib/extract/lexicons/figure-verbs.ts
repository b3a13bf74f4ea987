import { lexicon } from './lexicon';

/** Verbs that take a duration as their object: "waiting ten years", "spent three days". */
export const DURATIVE_VERB_LEXICON = lexicon('verbs that take a duration', [
  {
    source: 'verb-classes',
    words: 'wait waited waiting spent spend spends spending took take takes taking lasted lasts last served serving worked working lived living been',
  },
]);

/** Verbs of sending forces, whose figures are deployed rather than on standby: "8,500 troops deployed". */
export const DEPLOY_VERB_LEXICON = lexicon('verbs of deploying forces', [
  { source: 'verb-classes', words: 'deployed stationed massed sent dispatched mobilised mobilized amassed' },
]);
