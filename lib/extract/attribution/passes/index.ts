import type { AttributionPass } from '../pass';
import { accordingTo } from './according-to';
import { afterClose } from './after-close';
import { anyVerb } from './any-verb';
import { asideBefore } from './aside-before';
import { closingClause } from './closing-clause';
import { colonParagraph } from './colon-paragraph';
import { colonSubject } from './colon-subject';
import { continued } from './continued';
import { coordinatedSpeech } from './coordinated-speech';
import { dashSignature } from './dash-signature';
import { definiteSource } from './definite-source';
import { documentColon } from './document-colon';
import { documentSubject } from './document-subject';
import { embedded } from './embedded';
import { epithet } from './epithet';
import { fragmentSubject } from './fragment-subject';
import { introducedAnyVerb } from './introduced-any-verb';
import { introducedBlock } from './introduced-block';
import { introducedCopula } from './introduced-copula';
import { invertedBefore } from './inverted-before';
import { leadIn } from './lead-in';
import { passiveAgent } from './passive-agent';
import { namedBody } from './named-body';
import { possessiveRemark } from './possessive-remark';
import { quotedAsSaying } from './quoted-as-saying';
import { quotedInTurn } from './quoted-in-turn';
import { roundup } from './roundup';
import { roundupEntry } from './roundup-entry';
import { reactingSubject } from './reacting-subject';
import { reportedSpeaker } from './reported-speaker';
import { speakerLabel } from './speaker-label';
import { speakingSubject } from './speaking-subject';
import { speechVerbBefore } from './speech-before';
import { statement } from './statement';
import { verbBefore } from './verb-before';
import { subjectBefore } from './subject-before';
import { subjectVerb } from './subject-verb';

/**
 * The attribution passes in the order they are tried. Cues in the text come first, nearest the marks
 * first; then what the context gives when no cue named anyone: the paragraph before, an introduction,
 * a reaction, the quotation before, the sentence's subject.
 */
export const PASSES: readonly AttributionPass[] = [
  roundupEntry,
  leadIn,
  quotedInTurn,
  speakerLabel,
  embedded,
  afterClose,
  namedBody,
  dashSignature,
  documentSubject,
  accordingTo,
  quotedAsSaying,
  asideBefore,
  speechVerbBefore,
  verbBefore,
  coordinatedSpeech,
  invertedBefore,
  closingClause,
  passiveAgent,
  statement,
  possessiveRemark,
  documentColon,
  anyVerb,
  subjectBefore,
  epithet,
  definiteSource,
  roundup,
  colonParagraph,
  colonSubject,
  introducedBlock,
  introducedAnyVerb,
  introducedCopula,
  reactingSubject,
  speakingSubject,
  continued,
  reportedSpeaker,
  fragmentSubject,
  subjectVerb,
];
