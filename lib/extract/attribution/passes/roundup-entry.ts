import type { ContextPass } from '../pass';
import { sourceNamed } from './lead-in';

/**
 * A line under a roundup's heading ("Reactions on Weibo:" then "@lee88: …", "Weibo user Xiao Li: …", "… — Ana Ruiz"):
 * its writer is who its own line names (a person the story knows, else the name or handle as written), never the
 * heading's subject; a line that names nobody is left without a speaker, for the heading names none.
 */
export const roundupEntry: ContextPass = {
  name: 'roundup-entry',
  kind: 'context',
  readsTurns: true,
  find({ q, discourse }) {
    const label = q.label;
    if (!label?.isRoundupEntry || label.end <= label.start) return null;
    return { ...sourceNamed(discourse, label.start, label.end, label.text), method: 'label' };
  },
};
