/**
 * Which lines of an article are its story. Web copy carries photo captions ("A man at a lectern with two
 * microphones gestures."), interview transcripts ("MATTIS: (inaudible) -- …") and link lists
 * ("- ^ Vital Signs: … (theconversation.com)"); a question built on one tests the page, not the news.
 */
import type { ArticleInput, Span } from '@/lib/extract/types';
import { NAME_ABBREVIATIONS } from '@/lib/extract/lexicons/abbreviations';
import { isCaption } from '@/lib/extract/captions';

/** A speaker label opening a transcript line: "MATTIS:", "DAVID MILIBAND:", "Q:". */
const TRANSCRIPT_LABEL = /^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|Q|A|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}|[^:“"]{3,80}\((?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness)\s[^)]+\)):\s/u;
/** A link list or a credit line. */
const LINK_LINE = /^\s*[-–•^*>|]|\((?:[\w-]+\.)+(?:com|org|net|gov|edu|au|uk|nz|ca|ru|ua|int)\)\s*$|^\s*(?:Photo|Image|Picture|Caption|Credit|Read more|See also|Related)\b/i;
/** Signs of a sentence that tells what happened: a past tense, a report, a future. */
const NARRATIVE_VERB = /\b(?:said|says|told|was|were|had|has|have|will|would|could|can|did|is|are|been|took|met|held|made|gave|went|came|left|began|fell|rose|saw|won|lost|sent|spent|found|brought|kept|led|ran|wrote|spoke|broke|chose|struck|paid|built|sold|became|grew|drew|fought|sought|stood|\w{3,}ed\b(?!\s+(?:at|in|near|by|aboard|outside|inside)\b))\b/i;
/** Whether words tell what happened (a verb of the past, a report, a future), unlike a header line of place and time. */
export const tellsSomething = (text: string): boolean => NARRATIVE_VERB.test(text);

/** How a caption opens: "A man at a lectern …", "Two soldiers …", "An F-16 …". */
const CAPTION_START = /^(?:A|An|Two|Three|Four|Several|Soldiers|Troops|Members|Participants)\s/;
const CAPTION_WORDS = 25;

/** The line (paragraph) holding a span, as offsets into the body. */
function lineSpan(body: string, span: Span): Span {
  const from = body.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const nl = body.indexOf('\n', span.end);
  return { start: from, end: nl < 0 ? body.length : nl };
}

/** The line (paragraph) holding a span. */
function lineOf(body: string, span: Span): string {
  const { start, end } = lineSpan(body, span);
  return body.slice(start, end).trim();
}

/**
 * Whether a span lies in the article's story, not in a caption, a transcript line or a link list.
 * A caption is a short sentence, not a quotation, opening like one ("A man …") or standing alone on its
 * line, with no verb of reporting or a past tense; or one that closes with a photo's date.
 *
 * @example
 * isStoryLine(article, span('A man at a lectern with two microphones gestures.')); // → false
 * isStoryLine(article, span('Officials said 1,500 people were evacuated.')); // → true
 */
export function isStoryLine(article: ArticleInput, span: Span): boolean {
  const line = lineOf(article.body, span);
  if (TRANSCRIPT_LABEL.test(line) || LINK_LINE.test(line) || /\((?:inaudible|crosstalk|laughter)\)/i.test(line)) return false;
  const sentence = article.body.slice(span.start, span.end).trim();
  // "In the , a government official stated …": a feed dropped a linked name and left a hole where it stood.
  if (HOLE.test(sentence)) return false;
  // "FILE - John Kerry, left, and …", "A model of … is seen at a news briefing": a photo's caption at any length.
  if (PHOTO_CAPTION.test(sentence)) return false;
  // "Kim Jong Un and Donald Trump during their first meeting … Tuesday, June 12, 2018 in Singapore.": a
  // photo dated to the year, with no finite verb of the story's.
  if (FULL_DATE.test(sentence) && !STORY_VERB.test(sentence.replace(/^\S+\s*/, ' '))) return false;
  // "Pentagon Press Secretary John F. Kirby briefs the media, the Pentagon, Washington, D.C., Feb. 17, 2021."
  if (CAPTION_DATE.test(sentence) && !NARRATIVE_VERB.test(sentence)) return false;
  // "Trump meets … at Walter Reed …, Dec. 21, 2017, in Bethesda, Md.": a wire caption, present tense, dated and placed
  // (the extractor's rule, which reads no fact from it either).
  const own = lineSpan(article.body, span);
  if (isCaption(article.body, own.start, own.start + article.body.slice(own.start, own.end).trimEnd().length)) return false;
  const isQuote = /^[“"‘']/.test(sentence);
  const short = sentence.split(/\s+/).length <= CAPTION_WORDS;
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  // A line of one short sentence with no reporting verb and no past tense is a caption ("… meets with troops at …").
  const captionLike = CAPTION_START.test(sentence) || sentences === 1;
  return !(!isQuote && short && captionLike && !NARRATIVE_VERB.test(sentence));
}

/** An article with nothing after it but a mark: the hole a dropped link leaves ("At the , a second explosion"). */
const HOLE = /\b(?:the|a|an)\s+[,.;:!?]/i;

/** "June 12, 2018", "Aug. 26, 2016": a day written with its year, as captions date their photos. */
const FULL_DATE = /\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b/;
/** Finite verbs of a story sentence (an "-ed" word after the first word counts; "Armed forces …" opening does not). */
const STORY_VERB = /\b(?:said|says|told|was|were|had|has|have|will|would|could|can|did|is|are|been|took|met|held|made|gave|went|came|began|fell|rose|saw|won|lost|sent|spent|found|brought|kept|led|ran|wrote|spoke|broke|chose|struck|paid|built|sold|became|grew|drew|fought|sought|stood|\w{3,}ed)\b/i;

/** Marks of a photo caption whatever its length: a file-photo tag, who stands left or right, "is seen". */
const PHOTO_CAPTION = /^FILE\s*[-–—]|,\s*(?:left|right|centre|center|second (?:left|right)|top|bottom)\s*,|\b(?:is|are) (?:seen|pictured|shown) (?:at|in|during|with|on|as)\b/;

/** A caption closes with where and when the photo was taken: ", Feb. 17, 2021." */
const CAPTION_DATE = /,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$/;

/** "That's up from 27 states", "The area is part of …" (which area?), "The first such meeting was held …", "The three countries will …": a sentence whose subject is in the one before. */
const NEEDS_PREVIOUS = /^(?:The\s+(?:area|region|zone|site|waters|island|islands|territory|city|town|country|sea|strait|border|base|facility|place)\s+(?:is|was|are|were|has|had|lies|sits|remains|will|would|also|covers|includes)\b|(?:That|This|These|Those|It|They|Such)(?:['’]s|\s+(?:is|was|are|were|has|had|compares|brings|means|will|would))|The\s+(?:first|second|last|same)\s+such\b|The\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\p{L}+\s+(?:will|would|have|had|are|were|also)\b)/u;

/** "The Committee has already held two sessions": a body named by its bare head, whose full name the sentence before gave (blind-49). */
const BARE_BODY_SUBJECT = /^The\s+(?:Committee|Commission|Council|Panel|Group|Board|Mission|Conference|Forum|Tribunal|Court|Fund|Agency|Authority|Assembly|Parliament|Cabinet|Agreement|Treaty|Accord|Declaration|Charter|Convention)\s+(?:has|have|had|is|was|are|were|will|would|can|could|must|should|also|already|then|now|met|held|adopted|agreed|decided|said|approved|rejected)\b/u;

/**
 * Whether a sentence shown alone (a card, a blanked stem) lacks its subject, which the sentence before holds.
 *
 * @example
 * needsPrevious("That's up from 27 states last week."); // → true
 * needsPrevious('Flu is widespread in 37 states.'); // → false
 * needsPrevious('Talks on the issue in Brussels failed to narrow the gap.'); // → true
 */
export function needsPrevious(text: string): boolean {
  const t = text.trim();
  return NEEDS_PREVIOUS.test(t) || BARE_BODY_SUBJECT.test(t) || PRONOUN_SUBJECT.test(t) || ROLE_SUBJECT.test(t) || LOST_TOPIC.test(t) || POINTED_WORK.test(t) || LOCATIVE_THERE.test(t);
}

/**
 * "… supported _____ Marine Corps fighters and other combat aircraft stationed there" (blind-58 and -59, both judges:
 * where?): "there" as a place is the one the sentence before named. "There are", "there will be" point at nothing.
 */
const LOCATIVE_THERE = /\bthere\b(?![’'](?:s|ll|d|ve|re)\b)(?!\s+(?:is|are|was|were|will|would|shall|should|could|can|may|might|must|have|has|had|be|been|being|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|still|also|now|already|used|need|needs|needed|came|comes|come|lies|lay|stands?|stood)\b)/i;

/**
 * "Talks on the issue, late last week, between Russian and NATO negotiators …" (blind-30: which issue?): a
 * bare "the issue" or "the matter" is the one the sentence before named; "the issue of X" names its own.
 */
const LOST_TOPIC = /\b(?:on|over|about|regarding|of)\s+the\s+(?:issue|issues|matter|subject|topic|question|dispute)\b(?!\s+(?:of|at)\b)/i;

/**
 * "… of new funding, announced today, will bolster that work" (blind-45: which work?): the work or the efforts a
 * demonstrative points at are the ones the sentence before told.
 */
const POINTED_WORK = /\b(?:that|this|these|those)\s+(?:work|efforts?)\b/i;

/**
 * The role a sentence's subject is named by alone ("The Secretary of State stressed …" → "Secretary of
 * State"), or null.
 *
 * @example
 * roleSubject('The Secretary of State stressed that …'); // → 'Secretary of State'
 */
export function roleSubject(text: string): string | null {
  const m = ROLE_SUBJECT.exec(text.trim());
  return m ? m[0].replace(/^The\s+/, '').replace(/\s+(?:(?:also|then|later|again)\s+)?\p{Ll}+$/u, '') : null;
}

/**
 * "The Secretary of State stressed that …", "The minister said …": a subject that is a role with no name
 * stands for someone the sentence before named.
 */
const ROLE_SUBJECT = /^The\s+(?:(?:[Vv]ice|[Dd]eputy|[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Ss]pecial|[Cc]hief|U\.?N\.?)\s+)?(?:[Ss]ecretary|[Mm]inister|[Pp]resident|[Cc]hancellor|[Ee]nvoy|[Aa]mbassador|[Pp]remier|[Ss]pokes(?:man|woman|person)|[Mm]ediator)(?:\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+)?\s+(?:(?:also|then|later|again)\s+)?(?:said|told|\p{Ll}+(?:ed|s))\b/u;

/**
 * "During the pandemic, it fell by 15 percent", "“At the end of the day, they have clearly decided that
 * she …”": a subject that is a pronoun, after at most an opening phrase, points to a sentence not shown.
 */
const PRONOUN_SUBJECT = /^[“"‘']?(?:[^,;:“”"]{0,60},\s+)?(?:it|they|she|he)\s+(?:(?:also|still|then|now|clearly|already|have|has|had|is|are|was|were|will|would|could|did|do|does)\s+)*\p{L}+(?:ed|s)?\b/iu;

/**
 * Whether a sentence shown as a stem or a card is whole: it ends as sentences end, not where a stored
 * excerpt was cut ("placed the spacecraft 900 meters — less than half a mile — ab").
 *
 * @example
 * isWholeSentence('Flu is widespread in 37 states.'); // → true
 * isWholeSentence('placed the spacecraft 900 meters — less than half a mile — ab'); // → false
 * isWholeSentence('Mattis reaffirmed the alliance, Pentagon Spokesman Navy Cmdr.'); // → false
 */
export function isWholeSentence(text: string): boolean {
  const t = text.trim();
  return /[.!?:;]["”’)\]]*$|[”"’]$/.test(t) && !endsOnTitle(t);
}

/** A letter, or half of one written as a surrogate pair. */
const WORD_UNIT = /[\p{L}\uD800-\uDFFF]/u;

/** Abbreviations that end a sentence ("Acme Co.", "John Smith Jr.") rather than stand before a name. */
const ENDS_SENTENCES = new Set(['jr', 'sr', 'esq', 'co', 'corp', 'inc', 'ltd', 'bros', 'no', 'st', 'mt', 'ft']);

/**
 * "…, Pentagon Spokesman Navy Cmdr.": a rank or a courtesy title before its full stop stands before a name,
 * so the sentence was cut at the abbreviation and its speaker ("Gary Ross said") lost (gen11's development sheet).
 */
function endsOnTitle(text: string): boolean {
  if (!text.endsWith('.')) return false;
  // Only the last word can match: the pattern is tried from the character before it, not from every letter of the text.
  let from = text.length - 2;
  while (from >= 0 && WORD_UNIT.test(text[from] as string)) from--;
  const last = /\b(\p{L}+)\.$/u.exec(text.slice(Math.max(0, from)))?.[1]?.toLowerCase();
  return !!last && NAME_ABBREVIATIONS.words.has(last) && !ENDS_SENTENCES.has(last);
}

/**
 * Slips a machine translation or a careless edit leaves in reporting: "said he said", "he said. he
 * declares.", "“…,” and demanded the British foreign minister", "“…” said, Friday, January 7, the …".
 * A paragraph that holds one was not written by the reporter; its other words (a quotation rendered
 * "that NATO compromise on", a figure in "recalling that NATO rapid reaction force of 40 000 men") are
 * the translator's, and are not taught as anyone's.
 */
const TRANSLATION_SLIP = /\b(?:said|says|added|insisted)\s+(?:he|she|they|it)\s+(?:said|says|added|insisted)\b|\b(?:he|she|they)\s+(?:said|says|added)\.\s+(?:he|she|they)\s+(?:declares|declared|said|says|adds|added)\.|[”"],?\s+and\s+(?:said|demanded|insisted|added|stressed|warned|declared)\s+the\b|[”"]\s*(?:said|declared|insisted|added|stressed),\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Whether the paragraph holding a span carries a translation slip.
 *
 * @example
 * inSlippedParagraph(article, span('“We have significant capabilities,” said Jens Stoltenberg, …')); // → true beside "said he said"
 */
export function inSlippedParagraph(article: ArticleInput, span: Span): boolean {
  const from = article.body.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  return paragraphsOf(article).slipped.has(from);
}

/**
 * Slips no reporter's copy keeps: a country's name after "the" at the end of a phrase ("escalation by the
 * Russia”"), a space inside a closing quotation mark ("reduction ”with"), a full stop inside a phrase ("the
 * future structure. of NATO"), a nationality in lower case before a title ("insisted Friday french President").
 */
const TEXT_SLIP = new RegExp([
  String.raw`\b(?:by|of|from|to|with|against|for)\s+the\s+(?:Russia|China|France|Germany|Iran|Britain|Poland|Japan|Israel|Italy|Spain|Syria|Turkey|India|Canada|Australia)\s*[”".,;:!?)]`,
  String.raw`\p{L}\s+”(?=[\s.,;:]*(?:\p{Ll}|$))|”\p{Ll}`,
  String.raw`\p{Ll}{3,}\.\s+(?:of|de|the|and|to|in)\s+\p{L}`,
  String.raw`\b(?:french|british|german|russian|american|chinese|ukrainian|polish|italian|spanish|iranian|turkish)\s+(?:President|Prime|Foreign|Defen[cs]e|Chancellor|Minister|Secretary|Ambassador)\b`,
].join('|'), 'u');

/**
 * A quotation opened and never closed, where the next paragraph does not carry it on (“… as a reporter
 * continues a quotation across paragraphs): "Stoltenberg said: “The build-up has not stopped." and then
 * the reporter's own words. Or an opening mark where a closing one belongs ("a severe cost. “").
 */
function leavesQuoteOpen(line: string, next: string | undefined): boolean {
  if (/\s“\s*$/.test(line)) return true;
  const opened = line.split('“').length - 1;
  // A closing mark typed straight ("illegal.") still closes.
  const closed = line.split(/[”"]/).length - 1;
  return opened > closed && !(next ?? '').trimStart().startsWith('“');
}

interface Paragraphs {
  /** Start offsets of the paragraphs that carry a slip. */
  slipped: Set<number>;
  /** Non-empty paragraphs. */
  count: number;
}

// By body, not by article: a library repeats texts (copies, re-imports), and each is read once.
const paragraphCache = new Map<string, Paragraphs>();

function paragraphsOf(article: ArticleInput): Paragraphs {
  let hit = paragraphCache.get(article.body);
  if (hit) return hit;
  if (paragraphCache.size > 5000) paragraphCache.clear();
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const text of article.body.split('\n')) {
    if (text.trim()) lines.push({ start: at, text });
    at += text.length + 1;
  }
  const slipped = new Set<number>();
  lines.forEach((l, i) => {
    if (TRANSLATION_SLIP.test(l.text) || TEXT_SLIP.test(l.text) || leavesQuoteOpen(l.text, lines[i + 1]?.text)) slipped.add(l.start);
  });
  hit = { slipped, count: lines.length };
  paragraphCache.set(article.body, hit);
  return hit;
}

/** Garbled paragraphs from which a whole report reads as a machine translation. */
const TRANSLATED_PARAGRAPHS = 3;

/**
 * Whether a report reads as a machine translation throughout: three or more of its paragraphs carry
 * slips. Its other paragraphs are the translator's words too ("It is gradually being built with
 * artillery", "no justification for his aggressive … stance" for Russia's), so its quotations are not
 * taught as anyone's words; its meetings and figures, asked in the generator's own words, still are.
 *
 * @example
 * isMachineTranslated(article); // → true beside "by the Russia ”", "said he said" and "french President"
 */
export function isMachineTranslated(article: ArticleInput): boolean {
  return paragraphsOf(article).slipped.size >= TRANSLATED_PARAGRAPHS;
}

/**
 * The share of an article's paragraphs that carry a translation slip: 0 for a reporter's copy. Of two
 * reports of one fact, the one with the lower share is cited.
 *
 * @example
 * garbledShareOf(article); // → 0.2 when 5 of its 25 paragraphs read "by the Russia ”", "said he said", …
 */
export function garbledShareOf(article: ArticleInput): number {
  const p = paragraphsOf(article);
  return p.count ? p.slipped.size / p.count : 0;
}
