/**
 * Paragraphs that hand the next ones to a speaker without a label of the transcript's kind: "X said:", "The below is
 * attributable to X:", "X provided the following readout:", "Transcript of press conference with X", a statement's
 * heading and byline, a speech under its speaker's name. turns.ts reads the turns they open.
 */
import { isCutEnding } from './cut-ending';
import { PLATFORMS } from './lexicons/platforms';
import { SPEECH_VERBS } from './lexicons/speech-verbs';
import { BYLINE_NAME } from './remarks-byline';
import { isTaggedVerb, tagSpan } from './pos';
import { saidLineIntro } from './said-line-intro';
import { endsOnNoun, isSetOffBlock, setOffLeadIn } from './set-off-lead-in';
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/**
 * A paragraph that hands the next ones to a speaker without quotation marks: "The below is attributable
 * to Spokesperson Matthew Miller:", "The following is a statement by the Prime Minister:".
 */
const ATTRIBUTABLE = /^(?:The (?:below|following) (?:is|are) (?:attributable to|a statement (?:from|by))|(?:Full )?[Ss]tatement (?:from|by)) (.{3,120}?):$/;

/**
 * "Defence Secretary Gavin Williamson said:", "He added:", "Facebook user Ana Ruiz quipped:": the last
 * clause of a paragraph that hands over to a speech, with any verb of saying, and the language tag
 * Global Voices puts before the colon, after a copied page's link number ("Hosam El Sokkari notes [ar]:", "grgreg writes [5] [ru]:").
 */
const SAID_COLON = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)([^.!?]{0,160}\b(?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v) && !/ing$/.test(v)).join('|')}|told [a-z ]{2,30}|pointed out))(?:\s*\[(?:[a-z]{2,3}|\d{1,3})\]){0,3}:$`);
/** "Transcript of press conference with Prime Minister, David Cameron at the European Council, 26 June 2015." */
const TRANSCRIPT_OF = /^Transcript of (?:a |the )?(?:press conference|speech|remarks|statement|interview|address|briefing)\b[^:]{0,40}?\b(?:by|with|from)\s+(.{3,120}?)(?:\s+(?:at|in|on|to|following|after)\s.*|,\s*\d.*)?\.?$/;
/** "David Cameron gave a press conference at the G7 in Bavaria.": the speech that follows is theirs. */
const GAVE_SPEECH = /^((?:The |the )?[\p{Lu}][^.,;:]{2,80}?) (?:gave|delivered|made) (?:a|an|his|her|this|the) (?:speech|press conference|statement|address|keynote address|remarks)\b[^“”"]*$/u;
/** A heading that names the kind of text before the name of who gives it: "Press Statement" then "Hillary Rodham Clinton". */
const STATEMENT_HEADING = /^(?:Press Statement|Statement|Remarks|Speech|Prepared Remarks|Op-Ed)$/;

/** A paragraph that hands the next ones to a speaker without quotation marks, as a label of its own. */
export function introOf(body: string, paragraphs: Paragraph[], p: Paragraph): SpeakerLabel | null {
  const text = body.slice(p.start, p.end);
  // Most paragraphs are none of these: an intro ends with a colon or starts with "Transcript of", a heading is short.
  const endsWithColon = body.charCodeAt(p.end - 1) === 0x3a;
  const byline = p.end - p.start <= 60 ? speechByline(body, paragraphs, p) : null;
  if (byline) return byline;
  // "Trade Secretary Ana Ruiz, said" on a line of its own: the hand-over with its colon lost (said-line-intro.ts).
  const saidLine = endsWithColon ? null : saidLineIntro(body, paragraphs, p);
  if (saidLine) return saidLine;
  if (!endsWithColon && !text.startsWith('Transcript of') && p.end - p.start > 20 && !/ (?:gave|delivered|made) /.test(text)) return null;
  const attributable = p.isJunk || !endsWithColon ? null : ATTRIBUTABLE.exec(text);
  if (attributable) return { start: p.end - 1 - (attributable[1] as string).length, end: p.end - 1, text: attributable[1] as string, isIntro: true };
  const said = p.isJunk || !endsWithColon || /[“”"]/.test(text) ? null : SAID_COLON.exec(text);
  if (said && !endsOnNoun(said[1] as string)) {
    const lead = setOffLeadIn(text);
    const subjectEnd = lead ? { subjectEnd: p.start + lead.verbStart } : {};
    // The clause ends at its verb, before any language tag or link number ("writes [5] [ru]:").
    const start = p.start + said.index + said[0].indexOf(said[1] as string);
    return { start, end: start + (said[1] as string).length, text: said[1] as string, isIntro: true, needsFirstPerson: true, ...subjectEnd };
  }
  const leadIn = p.isJunk || !endsWithColon ? null : leadInOf(body, paragraphs, p);
  if (leadIn) return leadIn;
  const setOff = p.isJunk || !endsWithColon ? null : setOffLabel(body, paragraphs, p);
  if (setOff) return setOff;
  const gave = p.isJunk ? null : GAVE_SPEECH.exec(text);
  if (gave) return { start: p.start, end: p.start + (gave[1] as string).length, text: gave[1] as string, isIntro: true, needsFirstPerson: true };
  const transcript = TRANSCRIPT_OF.exec(text);
  if (transcript) {
    const start = p.start + text.indexOf(transcript[1] as string);
    return { start, end: start + (transcript[1] as string).length, text: transcript[1] as string, isIntro: true };
  }
  const next = paragraphs[p.index + 1];
  if (next && STATEMENT_HEADING.test(text.trim()) && next.end - next.start <= 60) {
    return { start: next.start, end: next.end, text: body.slice(next.start, next.end), isIntro: true, skipsHeader: true };
  }
  return null;
}

/**
 * "One user wrote on his microblog:", "The ministry said in a statement:": a lead-in whose verb of saying has
 * where or when it was said after it, handing the next paragraph over as a turn (set-off-lead-in.ts).
 */
function setOffLabel(body: string, paragraphs: Paragraph[], p: Paragraph): SpeakerLabel | null {
  const text = body.slice(p.start, p.end);
  const lead = setOffLeadIn(text, (at) => isTaggedVerb(tagSpan(body, p.start, p.end), p.start + at));
  const next = paragraphs[p.index + 1];
  if (!lead || !next || next.isJunk || !isSetOffBlock(body.slice(next.start, next.end))) return null;
  const start = p.start + lead.clauseStart;
  const subject = body.slice(start, p.start + lead.verbStart).trim();
  // A readout tells a meeting in the third person: under a named spokesperson it is hers whatever its person, as a statement is.
  const isReadout = lead.textNoun === 'readout' && NAMED_SUBJECT.test(subject);
  return { start, end: p.end - 1, text: body.slice(start, p.end - 1), isIntro: true, needsFirstPerson: !isReadout, subjectEnd: p.start + lead.verbStart };
}

/** A subject that ends on a person's name ("Press Secretary Ms. Sabrina Singh"), not a body ("The Pentagon", "the ministry"). */
const NAMED_SUBJECT = /^(?!The |the )(?:.* )?\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The last sentence of a paragraph that hands the next one to a source named as a name, not a person
 * ("The Kenya Post observed that … “schoolchildren”:", "Online Bahrain (@ONLINEBAHRAIN), a news account, wrote:",
 * "Financial Times Journalist, Borzou Daraghi writes on Facebook that …:"): a capitalised subject, maybe its
 * post before it, its handle or an appositive, then a verb of saying, the colon ending the paragraph.
 */
const LEAD_IN = /(?:^|[.!?]["”’]?\s+)((?:The )?\p{Lu}[\p{L}'’-]*(?:,? (?:of |the )?\p{Lu}[\p{L}'’-]*){0,6})(?: \(@?\w{1,30}\))?(?:, [^,:“”"]{1,80},)?(?: (?:also|then|later|once))? (\p{Ll}+)\b[^.!?]*:$/u;
/**
 * "… for many years.” According to Francis:", "According to the UN press release:": a last sentence that is only a
 * source and a colon, the source a name or a named body's document.
 */
const ACCORDING_TO = /(?:^|[.!?]["”’]?\s+)According to ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?: (?:press release|statement|communiqu[eé]|report|release|letter|notice|declaration))?):$/u;
/**
 * "The visit was discussed by LJ user adam_kesher (RU):": a passive whose agent, a user or a name, wrote the block below;
 * any participle, for the colon and the block make it a lead-in. Groups: the agent.
 */
const PASSIVE_BY = /(?:^|[.!?]["”’]?\s+)[^.!?:“”"]{3,200}? (?:was|were) \p{Ll}+ed by ((?:\p{L}+ )?(?:user |blogger )?@?[\p{L}\p{N}_.-]{2,40})(?: \(\p{L}{2,3}\))?(?: \[[a-z]{2,3}\])?:$/u;
/**
 * "Political cartoonist Biantailajiao highlighted such erasing of history on Twitter:": a name, any verb, and the platform
 * the post below was written on, ending the paragraph. Groups: the subject, the platform.
 */
const ON_PLATFORM = /(?:^|[.!?]["”’]?\s+)((?:\p{Lu}\p{Ll}+ )?(?:\p{Ll}+ ){0,2}?\p{Lu}[\p{L}\p{N}_'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) \p{Ll}+(?:ed|s)\b[^.!?:“”"]{0,120}? on (?:his |her |their |its )?(\p{Lu}\p{L}+):$/u;

/** The subject of a lead-in that names the platform of the post below, or null. */
function platformLeadIn(text: string): RegExpExecArray | null {
  const m = ON_PLATFORM.exec(text);
  return m && PLATFORMS.has((m[2] as string).toLowerCase()) ? m : null;
}
/** A block under a lead-in is prose: a paragraph of a dozen words or more, or the excerpt's last line cut short. */
const BLOCK_MIN_WORDS = 12;
const POST_MIN_WORDS = 4;

/** A lead-in to a block without marks whose source is written as a name ("The Kenya Post observed that …:"), or null. */
function leadInOf(body: string, paragraphs: Paragraph[], p: Paragraph): SpeakerLabel | null {
  const text = body.slice(p.start, p.end);
  // "According to Francis:": the source named after the phrase stands where a subject and its verb would.
  const onPlatform = platformLeadIn(text);
  const according = ACCORDING_TO.exec(text) ?? PASSIVE_BY.exec(text) ?? onPlatform;
  const m = according ?? LEAD_IN.exec(text);
  const verb = m?.[2] as string;
  if (!m || (!according && (!SPEECH_VERBS.has(verb) || verb.endsWith('ing')))) return null;
  const next = paragraphs[p.index + 1];
  const block = next && !next.isJunk ? body.slice(next.start, next.end) : '';
  const isCut = next?.index === paragraphs.length - 1 && isCutEnding(block);
  // A post on a platform is short: a tweet of a few words is the post, not a caption.
  const minWords = onPlatform ? POST_MIN_WORDS : BLOCK_MIN_WORDS;
  if (!block || /^[“"‘@]/.test(block) || (block.split(/\s+/).length < minWords && !isCut)) return null;
  const start = p.start + m.index + m[0].indexOf(m[1] as string);
  return { start, end: start + (m[1] as string).length, text: m[1] as string, isIntro: true, needsFirstPerson: true, isLeadIn: true, isOnePost: onPlatform !== null };
}

/** The line before the name says a speech follows: "This is a transcript of the speech, exactly as it was delivered." */
const SPEECH_FOLLOWS = /\btranscript of the (?:speech|remarks|press conference|statement)\b|\bas (?:it was )?delivered\b/i;

/**
 * A speech under its speaker's name (GOV.UK): "This is a transcript of the speech, exactly as it was
 * delivered." then "The Rt Hon David Cameron MP" on a line of its own. The name hands the paragraphs
 * after it to that speaker while they speak in the first person.
 */
function speechByline(body: string, paragraphs: Paragraph[], p: Paragraph): SpeakerLabel | null {
  const name = BYLINE_NAME.exec(body.slice(p.start, p.end).trim());
  const before = paragraphs[p.index - 1];
  if (!name || !before || !SPEECH_FOLLOWS.test(body.slice(before.start, before.end))) return null;
  const start = p.start + body.slice(p.start, p.end).indexOf(name[1] as string);
  return { start, end: start + (name[1] as string).length, text: name[1] as string, isIntro: true, needsFirstPerson: true, skipsHeader: true };
}
