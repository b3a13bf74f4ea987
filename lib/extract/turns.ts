import { isCutEnding } from './cut-ending';
import { BYLINE_NAME, remarksByline } from './remarks-byline';
import { NAME_ABBREVIATIONS } from './lexicons/abbreviations';
import { PLATFORMS } from './lexicons/platforms';
import { QUOTED_TEXT_NOUNS } from './lexicons/speech-nouns';
import { isTaggedVerb, tagSpan } from './pos';
import { inlinePostEntry, readsAsTranslation, roundupEntriesOf, translationEntry } from './roundup-entries';
import { endsOnNoun, isSetOffBlock, setOffLeadIn } from './set-off-lead-in';
import { SPEECH_VERBS } from './lexicons/speech-verbs';
import type { Paragraph, QuoteSpan } from './text';
import { FIRST_PERSON, dotLabelsOf, isOtherLabel, isTranscript, labelOf, openingLabelAt, type FoundLabel, type SpeakerLabel } from './turn-labels';

/**
 * Transcripts and interviews: paragraphs opened by a speaker label ("MR. PRICE: Good afternoon.",
 * "Q Hello.", "Andrew Marr: Welcome.", "AM: So what …", "William Hague (Foreign Secretary): Thank you.").
 * What follows a label, and every paragraph after it until the next label, is that speaker's words:
 * quotations without quotation marks.
 */


/**
 * The quotations of a transcript: one per paragraph of each speaker's turn, with the turn's label.
 * An article is read as a transcript when two paragraphs open with a label in capitals ("MR. PRICE:",
 * "Q"), when one label tells it by itself (a courtesy title or a post before the name, "MR PRICE:",
 * "ACTING ADMINISTRATOR SLAVITT:", a translator's note, Hansard's "The Minister (Mr X):"), or when two
 * different people are labelled by name ("Vladimir Putin:" … "Recep Tayyip Erdogan:"). A single
 * "WASHINGTON:" or a repeated "Sahel:" headline never makes one. Speeches and statements introduced
 * without marks ("Defence Secretary Gavin Williamson said:", "Transcript of press conference with
 * Prime Minister, David Cameron") are turns too, as long as they speak in the first person.
 *
 * @example
 * const body = 'MR PRICE: Good afternoon.\n\nQ: Thanks.\n\nMR PRICE: Next question.';
 * findTurns(body, paragraphsOf(body)).map((t) => t.label?.text) // ['MR PRICE', 'Q', 'MR PRICE']
 */
export function findTurns(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const handles = lineLabelsOf(body, paragraphs);
  const read = paragraphs.map((p, i) => (p.isJunk || handles[i] ? null : labelOf(body, p)));
  const dots = dotLabelsOf(body, paragraphs, read);
  const labels: (FoundLabel | null)[] = read.map((l, i) => l ?? dots[i] ?? null);
  if (!isTranscript(labels.filter((l): l is FoundLabel => l !== null))) {
    const opening = openingLabelAt(body, paragraphs, labels);
    for (let i = 0; i < labels.length; i++) if (i !== opening) labels[i] = null;
  }
  const intros = paragraphs.map((p) => introOf(body, paragraphs, p));
  if (labels.some((l) => l !== null) && intros[0] === null) intros[0] = remarksByline(body, paragraphs);
  if (!labels.some((l) => l !== null) && !intros.some((l) => l !== null) && !handles.some((l) => l !== null)) return [];
  const out: QuoteSpan[] = [];
  let current: SpeakerLabel | null = null;
  for (const p of paragraphs) {
    const handle = handles[p.index];
    if (handle) {
      // A tweet is one line: the paragraph after it is the reporter's again.
      // A roundup's label is the name alone; its words start after the outlet's colon.
      const colon = handle.isRoundupLine ? /: +/.exec(body.slice(handle.end, p.end)) : null;
      const contentStart = handle.entryStart ?? (handle.isSignedPost ? p.start : colon ? handle.end + colon.index + colon[0].length : handle.end);
      const contentEnd = handle.entryEnd ?? p.end;
      out.push({ open: p.start, close: p.end, contentStart, contentEnd, isClosed: true, paragraph: p.index, opensParagraph: false, label: handle });
      current = null;
      continue;
    }
    const label = labels[p.index] ?? null;
    const intro = intros[p.index] ?? null;
    if (label) current = label;
    else if (intro) {
      current = intro;
      continue;
    } else if (p.isJunk) {
      continue;
    } else if (TRANSCRIPT_END.test(body.slice(p.start, p.start + 12))) {
      current = null;
      continue;
    } else if (isOtherLabel(body.slice(p.start, p.start + 120))) {
      // A label not read ends a turn; inside a speech it is a line of page furniture ("Read 'Rede von …'").
      if (!current?.isIntro) current = null;
      continue;
    }
    if (!current) continue;
    const speaks = (x: Paragraph | undefined) => x !== undefined && !x.isJunk && !labels[x.index] && !intros[x.index] && speaksFirstHand(body, x);
    // A speech handed over by "X said:" goes on only while it speaks in the first person, without marks of its own:
    // its first paragraph always does, and so does a plain one between two that speak ("On 16 December, the court …").
    const isFirst = out[out.length - 1]?.label !== current;
    // Under a speaker's name and post, the place and date lines ("Treaty Room", "April 15, 2009") come before the speech.
    if (!label && current.skipsHeader && current.needsFirstPerson && isFirst && !speaks(p)) continue;
    // The body's last line cut short by the excerpt ("To then be further selected as … Captain fill") may have lost its "I".
    const isCut = p.index === paragraphs.length - 1 && isCutEnding(body.slice(p.start, p.end));
    // A post in another script, then the article's translation of it: the same writer's words, in whatever person.
    const last = out[out.length - 1];
    const isTranslation = !label && last?.label === current && last.paragraph === p.index - 1 && isTranslationOf(body, last, p);
    // A statement's last paragraph ("Details will be confirmed in due course."), after one that speaks, is its close.
    const closes = current.needsFirstPerson === true && !label && !isFirst && last?.paragraph === p.index - 1 && !speaks(p)
      && speaks(paragraphs[p.index - 1]) && closesStatement(body, paragraphs, p, current.text);
    if (!label && !isTranslation && current.needsFirstPerson && !(speaks(p) || closes || (!/^[“"‘]/.test(body.slice(p.start, p.start + 1)) && (isFirst || isCut || speaks(paragraphs[p.index + 1]))))) {
      current = null;
      continue;
    }
    // "“We will meet in Lund,” President Ana Ruiz said.": a quotation the reporter attributes ends the turn above it.
    if (!label && NARRATED_QUOTE.test(body.slice(p.start, p.end))) {
      current = null;
      continue;
    }
    // A photo caption between a speaker's paragraphs ("Russian President Vladimir Putin.") is no part of the turn.
    if (!label && NAME_LINE.test(body.slice(p.start, p.end))) continue;
    const contentStart = label ? label.end : p.start;
    if (contentStart >= p.end) continue;
    out.push({
      open: p.start, close: p.end, contentStart, contentEnd: p.end, isClosed: true, paragraph: p.index, opensParagraph: false, label: current,
    });
    // "BARACK OBAMA: “I am pleased …”": a broadcast's clip in marks is the whole turn; the narration follows it.
    if (current.isOnePost || closes || (label && QUOTED_CLIP.test(body.slice(contentStart, p.end)))) current = null;
  }
  return out;
}

/** What a reporter's narration has and a statement's closing lines lack: a verb reporting speech, marks, "he" or "she". */
const NARRATION = /\b(?:said|says|told|tells|added|adds|according to|he|she|his|her|him|He|She|His|Her)\b|[“”"]|:$/;

/**
 * Whether paragraph p closes a statement handed over by `lead` ("An FCO spokeswoman said"): the body's last prose,
 * with page furniture and nothing else after it (junk, or a short line of capitalised words and numbers, "Published
 * 4 March 2017"), reporting no speech and naming no word of the lead-in ("the Defence Secretary watched …" is the
 * reporter's). A last line with no furniture after it ("The ships sail on Monday.") stays the reporter's.
 */
function closesStatement(body: string, paragraphs: Paragraph[], p: Paragraph, lead: string): boolean {
  const text = body.slice(p.start, p.end);
  if (NARRATION.test(text)) return false;
  const words = new Set(text.split(/[^\p{L}\p{N}'’-]+/u));
  if (lead.split(/[^\p{L}\p{N}'’-]+/u).some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w) && words.has(w))) return false;
  // The page's end kept ("Published …") shows where the story ends; a body that just stops may have lost it.
  const rest = paragraphs.slice(p.index + 1);
  return rest.length > 0 && rest.every((x) => {
    const line = body.slice(x.start, x.end);
    return x.isJunk || (line.split(/\s+/).length <= 8 && !/(?<![\p{L}'’-])\p{Ll}/u.test(line));
  });
}

/** Whether paragraph p, in Latin script and prose, follows a turn's paragraph written in another script: its translation. */
function isTranslationOf(body: string, turn: QuoteSpan, p: Paragraph): boolean {
  return readsAsTranslation(body.slice(turn.contentStart, turn.contentEnd), body.slice(p.start, p.end));
}

/** A paragraph that speaks in the first person, outside any marks of its own. */
function speaksFirstHand(body: string, p: Paragraph): boolean {
  // "An announcement of Bakiev that “we can see …” has aroused indignation": a first person inside marks is the quoted speaker's.
  const text = body.slice(p.start, p.end);
  return FIRST_PERSON.test(text.replace(/“[^“”]*”|"[^"]*"/g, '')) && !/^[“"‘]/.test(text);
}

/** A turn's words all inside one pair of quotation marks. */
const QUOTED_CLIP = /^\s*["“][^"“”]+["”]\s*$/;

/** A paragraph opening with a quotation, then the reporter's "…,” Name said" or "…,” said Name". */
const NARRATED_QUOTE = /^[“"][^”"\n]{10,}[,.!?]?[”"]\s*,?\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:said|says|told|added)\b|(?:said|says|added)\s+\p{Lu})/u;

/** A line of three or more capitalised words and nothing else: a caption's name, not speech. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]*(?:,? (?:of |the )?\p{Lu}[\p{L}'’.-]*){2,8}\.?$/u;

/**
 * A paragraph that hands the next ones to a speaker without quotation marks: "The below is attributable
 * to Spokesperson Matthew Miller:", "The following is a statement by the Prime Minister:".
 */
const ATTRIBUTABLE = /^(?:The (?:below|following) (?:is|are) (?:attributable to|a statement (?:from|by))|(?:Full )?[Ss]tatement (?:from|by)) (.{3,120}?):$/;
/** Lines that close a transcript: "END 3:15 P.M. EST", "###". */
const TRANSCRIPT_END = /^(?:END\b|#{3}|\*\s*\*\s*\*|[—–-]{2,})/;
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
function introOf(body: string, paragraphs: Paragraph[], p: Paragraph): SpeakerLabel | null {
  const text = body.slice(p.start, p.end);
  // Most paragraphs are none of these: an intro ends with a colon or starts with "Transcript of", a heading is short.
  const endsWithColon = body.charCodeAt(p.end - 1) === 0x3a;
  const byline = p.end - p.start <= 60 ? speechByline(body, paragraphs, p) : null;
  if (byline) return byline;
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

/** "@Moawen: While Bahrain claims …", "@Saudiwoman [4]: …": a tweet quoted on a line of its own, after its handle (and a copied page's link number). */
const HANDLE_LINE = /^@([\p{L}\p{N}_-]{1,30})(?: ?\[\d{1,3}\])?: +(?=\S)/u;

/** "Ana Ruiz, El País: The budget …": an opinion roundup's line, a name of two to four words and the outlet, no marks. */
const ROUNDUP_LINE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}), (?:the )?\p{Lu}[^:,“”"\n]{1,50}: +(?=\p{Lu})/u;

/**
 * Lines that each quote one source without marks: a tweet after its handle, and a roundup's
 * "Name, Outlet: …" lines when two or more name different people (one such line may be a dateline).
 */
function lineLabelsOf(body: string, paragraphs: Paragraph[]): (SpeakerLabel | null)[] {
  const out = paragraphs.map((p): SpeakerLabel | null => {
    if (p.isJunk) return null;
    const head = body.slice(p.start, Math.min(p.end, p.start + 120));
    const handle = head.startsWith('@') ? HANDLE_LINE.exec(head) : null;
    if (handle) return { start: p.start, end: p.start + handle[0].length, text: `@${handle[1] as string}`, isIntro: true, isHandle: true };
    const roundup = head.includes(': ') && head.includes(', ') ? ROUNDUP_LINE.exec(head) : null;
    const name = roundup?.[1] as string;
    return roundup ? { start: p.start, end: p.start + name.length, text: name, isIntro: true, isRoundupLine: true } : null;
  });
  const names = new Set(out.flatMap((l) => (l?.isRoundupLine ? [l.text] : [])));
  const lines = names.size >= 2 ? out : out.map((l) => (l?.isRoundupLine ? null : l));
  const entries = roundupEntriesOf(body, paragraphs);
  const labels: (SpeakerLabel | null)[] = [];
  // In order, so that a translation finds the label of the post before it.
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    labels.push(lines[i] ?? signedPost(body, paragraphs, i) ?? translationEntry(body, paragraphs, labels, i) ?? entries[i] ?? inlinePostEntry(body, p));
  }
  return labels;
}

/** "— Richard Roe (@richroe) November 16, 2015": the signature a tweet embedded in a page ends with, on a line of its own. */
const POST_SIGNATURE = /^[—–-]\s*(\p{Lu}[^()\n]{0,58}?)\s+\(@[\p{L}\p{N}_]{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/u;

/** The post of paragraph i when the line after it is its signature, labelled with the signer's name; null otherwise. */
function signedPost(body: string, paragraphs: Paragraph[], i: number): SpeakerLabel | null {
  const p = paragraphs[i] as Paragraph;
  const next = paragraphs[i + 1];
  if (p.isJunk || !next || (body.charCodeAt(next.start) < 0x2000 && body[next.start] !== '-')) return null;
  const sig = POST_SIGNATURE.exec(body.slice(next.start, next.end));
  if (!sig || POST_SIGNATURE.test(body.slice(p.start, p.end))) return null;
  const start = next.start + sig[0].indexOf(sig[1] as string);
  return { start, end: start + (sig[1] as string).length, text: sig[1] as string, isSignedPost: true };
}

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

/**
 * The quotations of an article with its transcript turns: a quotation inside a turn is part of what
 * the speaker said, so the turn stands for it.
 */
export function withTurns(spans: QuoteSpan[], turns: QuoteSpan[], body = ''): QuoteSpan[] {
  if (turns.length === 0) return spans;
  const turnOf = new Map(turns.map((t) => [t.paragraph, t]));
  const kept: QuoteSpan[] = [];
  for (const s of spans) {
    const turn = turnOf.get(s.paragraph);
    if (!turn) kept.push(s);
    else if (s.isClosed && quotesNamedSource(body, turn, s)) kept.push({ ...s, isQuotedInTurn: true });
  }
  return [...kept, ...turns].sort((a, b) => a.open - b.open);
}

/** Where the last clause of a text starts: after its last full stop that ends no abbreviation ("Dr. Johnson"). */
function clauseStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(/([\p{L}]*)[.!?;]\s+/gu)) {
    if (!NAME_ABBREVIATIONS.words.has((m[1] as string).toLowerCase())) start = (m.index as number) + m[0].length;
  }
  return start;
}

/** A verb of saying closing the words before a quotation: "it was Dr. Johnson who said, “", "as Ana Ruiz put it: “". */
const CUE_BEFORE_MARK = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v)).join('|')}|put it)[,:]?\s*$`);
/** The turn's speaker as the subject of that verb: "as I said, “…”" is his own words again. */
const FIRST_PERSON_CUE = /\b(?:I|we|you)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:\s+it)?[,:]?\s*$/u;

/**
 * Whether a quotation inside a turn is someone else's: its clause ends in a verb of saying and holds a
 * capitalised word after its first ("Ladies and gentlemen, it was Dr. Johnson who said,"), or the speaker
 * recites a text he names (a poem, a proverb).
 */
function quotesNamedSource(body: string, turn: QuoteSpan, s: QuoteSpan): boolean {
  const before = body.slice(turn.contentStart, s.open);
  const at = clauseStart(before);
  const clause = before.slice(at);
  if (recitesText(before.slice(clauseStart(before.slice(0, at).replace(/[.!?;]\s*$/, ''))), clause)) return true;
  if (!CUE_BEFORE_MARK.test(clause) || FIRST_PERSON_CUE.test(clause)) return false;
  return /\s(?!I\b)\p{Lu}[\p{L}'’.-]*/u.test(clause.trim().replace(/^\S+/, ''));
}

/**
 * "There is a well known poem about just this. … in Russian it is very convincing: “…”": a text the speaker
 * recites, named in this sentence or the one before, and a colon handing over to it. Its words are not his.
 */
function recitesText(sentences: string, clause: string): boolean {
  return /:\s*$/.test(clause) && sentences.toLowerCase().split(/[^\p{L}]+/u).some((w) => QUOTED_TEXT_NOUNS.has(w));
}
