import { speechBefore } from '../clause';
import type { CuePass } from '../pass';

/** A speech verb before the quotation in its sentence: "Stoltenberg said: “…", "he told reporters that “…". */
export const speechVerbBefore: CuePass = {
  name: 'speech-before',
  kind: 'cue',
  find({ view, q, reading }) {
    return speechBefore(view, q.open, reading.sentence, reading.toks, reading.mentions);
  },
};
