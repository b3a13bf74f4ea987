import { isCutEnding } from './cut-ending';
import { PLATFORMS } from './lexicons/platforms';
import { readsAsEnglish, readsAsOtherLatinLanguage } from './post-language';
import { POST_NOUNS } from './lexicons/speech-nouns';
import { SPEECH_VERBS } from './lexicons/speech-verbs';
import { endsOnColon, isSetOffBlock, setOffLeadIn } from './set-off-lead-in';
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/**
 * Reaction roundups (Global Voices, Wikinews, "what the papers say"): a heading that names posts or comments
 * and no one who says them ("Reactions on Weibo:", "Some comments from Twitter users:", a ranked list's
 * "#10 — An old man and his old car."), then lines that are quotations without marks, each by the user, outlet
 * or person its own line names ("@lee88: …", "Weibo user Xiao Li: …", "… — Ana Ruiz"), never by the heading. A
 * post in another script and the article's translation after it are two quotations of one writer. Ordinary
 * narrative is never read so: a line is an entry only under such a heading, or as a translation.
 */

/** "#10 — A slam against …": an entry of a ranked list of posts; a list needs three such headings. */
const NUMBERED_HEADING = /^#\d{1,2}\s*[—–-]\s+\S/;
const MIN_NUMBERED = 3;
/** The person a ranked list's heading opens with, after at most two words of post: "#6 — VKontakte founder Pavel Durov gloating …". */
const HEADING_NAME = /^#\d{1,2}\s*[—–-]\s+(?:[\p{L}-]+\s+){0,2}?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})\s+\p{Ll}/u;
/** Words after which "comments" or "replies" is a noun: determiners, quantifiers, a platform's users. */
const NOUN_BEFORE = /^(?:some|the|these|those|more|few|many|several|other|their|its|his|her|our|a|an|all|selected|top|latest|recent|online|of|\d+)$/;
/** A heading is short: a line that introduces, not a paragraph of the story. */
const MAX_HEADING_WORDS = 20;
/** The colon of a heading, after a language tag or a link number ("Reactions [zh]:"). */
const HEADING_END = /(?:\s*\[[^\]]{1,30}\]){0,3}\s*[:：]\s*$/;
/** "@lee88:", "@lee88 [4]:": a line opened by the handle of who wrote it. Groups: the handle. */
export const HANDLE_OPENER = /^(@[\p{L}\p{N}_-]{1,30})(?: ?\[\d{1,3}\])?\s*[:：]/u;
/** The same, with the words after it: "@lee88: …". */
const HANDLE_LABEL = new RegExp(String.raw`${HANDLE_OPENER.source}\s*(?=\S)`, 'u');
/** "Weibo user Xiao Li: …", "北大新媒体V (13 thousand fans on Weibo): …": a short label before a colon. Groups: the label. */
const NAME_LABEL = /^([^:：“”"‘’.!?\n]{1,60}?)\s*[:：]\s*(?=\S)/u;
const MAX_LABEL_WORDS = 6;
/** "… — Ana Ruiz", "… - @lee88": a line signed at its end. Groups: the name. */
const SIGNED_END = /\s[—–―]\s*(@?[\p{L}\p{N}][\p{L}\p{N}_.'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}_.'’-]*){0,4})\s*$/u;
/** "— Richard Roe (@richroe) November 16, 2015": the signature line under an embedded post (turns.ts reads the post). */
const SIGNATURE_LINE = /^[—–-]\s*\S[^\n]{0,80}\(@[\p{L}\p{N}_]{1,30}\)/u;
/** Words around a name in a label that say what, not who: "Weibo user", "netizen", "(13 thousand fans on Weibo)". */
const LABEL_DESCRIPTOR = /^(?:(?:Sina |Tencent )?\p{Lu}[\p{L}]*\s+)?(?:user|netizen|blogger|commenter|account|microblogger)\s+/iu;
const LABEL_NOTE = /\s*\([^)]{1,60}\)\s*$/;

/** How much of a paragraph's letters may be Latin for it to be written in another script. */
const LATIN_SHARE = 0.5;
/**
 * Links and handles are Latin in any script's post: "pic.twitter.com/rD6Cvs", "via @lee88". The host is bounded and
 * without marks, so a long run of other characters is not rescanned from every position.
 */
const LINKS_AND_HANDLES = /[\p{L}\p{N}_.-]{1,80}\.(?:com|org|net|cn|ru|ly)\/\S*|https?:\/\/\S+|@[\p{L}\p{N}_]+/gu;

/** A letter of any script but Latin. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Whether a text is written in another script than Latin: Chinese, Cyrillic, Arabic, most of its letters.
 *
 * @example
 * isOtherScript('Этому мужчине 102 года. pic.twitter.com/rD6Cvs') // true
 * isOtherScript('This man is 102 years old.') // false
 */
export function isOtherScript(text: string): boolean {
  // Most paragraphs hold no letter outside Latin: one scan with no allocation answers them.
  if (!NON_LATIN_LETTER.test(text)) return false;
  const t = text.replace(LINKS_AND_HANDLES, ' ');
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const latin = t.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters >= 4 && latin / letters < LATIN_SHARE;
}

/**
 * Whether a paragraph is a roundup's heading: short, ending in a colon, naming posts or a platform
 * ("Reactions on Weibo:", "Here are some comments from Twitter users:"), with no verb of saying of its own
 * ("One user wrote:" is a lead-in, read elsewhere).
 *
 * @example
 * isRoundupHeading('Some comments from Twitter users:') // true
 * isRoundupHeading('One user wrote on Twitter:') // false
 */
export function isRoundupHeading(text: string): boolean {
  if (!endsOnColon(text) || !HEADING_END.test(text) || /[“”"]/.test(text) || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  if (!words.some((w) => POST_NOUNS.has(w)) && !/\b(?:on|from|in)\s+\p{Lu}/u.test(text)) return false;
  if (!words.some((w) => POST_NOUNS.has(w) || PLATFORMS.has(w))) return false;
  // "wrote", "said", "noted" make a lead-in; "comments", "tweets", "replies" are verbs after a subject ("One viewer
  // comments:") and nouns at the start or after a determiner ("Some comments from Twitter users:").
  if (words.some((w) => SPEECH_VERBS.has(w) && !POST_NOUNS.has(w))) return false;
  const lead = setOffLeadIn(text);
  if (!lead) return true;
  const before = text.slice(0, lead.verbStart).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return before === '' || NOUN_BEFORE.test(before);
}

/** An entry's label: who wrote it as the line names them (start, end, text), the line's words between entryStart and entryEnd. */
function entry(start: number, end: number, text: string, entryStart: number, entryEnd: number): SpeakerLabel {
  return { start, end, text, isIntro: true, isRoundupEntry: true, entryStart, entryEnd };
}

/** The entry paragraph p is when its line names its writer at its start or its end; else null. */
function namedEntry(body: string, p: Paragraph): SpeakerLabel | null {
  const text = body.slice(p.start, p.end);
  const handle = HANDLE_LABEL.exec(text);
  if (handle) return entry(p.start, p.start + (handle[1] as string).length, handle[1] as string, p.start + handle[0].length, p.end);
  const label = NAME_LABEL.exec(text);
  // "SECRETARY KERRY:" in capitals is a transcript's label (turns.ts), not a user's.
  if (label && (label[1] as string).split(/\s+/).length <= MAX_LABEL_WORDS && /\p{Ll}/u.test(label[1] as string)) {
    const raw = label[1] as string;
    const lead = LABEL_DESCRIPTOR.exec(raw)?.[0].length ?? 0;
    const name = raw.slice(lead).replace(LABEL_NOTE, '').replace(/\s+on\s+\p{Lu}[\p{L}]*$/u, '');
    if (name.trim() !== '') return entry(p.start + lead, p.start + lead + name.length, name, p.start + label[0].length, p.end);
  }
  const signed = SIGNED_END.exec(text);
  if (signed) {
    const at = p.start + signed.index + signed[0].indexOf(signed[1] as string);
    return entry(at, at + (signed[1] as string).length, signed[1] as string, p.start, p.start + signed.index);
  }
  return null;
}

/** A line under a heading that names nobody (a ranked list's unsigned post, a post in another script): its words, no writer. */
function unnamedEntry(p: Paragraph, name: SpeakerLabel | null): SpeakerLabel {
  return name ? { ...name, entryStart: p.start, entryEnd: p.end } : entry(p.start, p.start, '', p.start, p.end);
}

/** The writer a ranked list's heading names ("#5 — Alexey Navalny isn't happy …"), as an entry label without words, or null. */
function headingWriter(body: string, p: Paragraph): SpeakerLabel | null {
  const m = HEADING_NAME.exec(body.slice(p.start, p.end));
  if (!m) return null;
  const at = p.start + m[0].indexOf(m[1] as string);
  return entry(at, at + (m[1] as string).length, m[1] as string, p.start, p.start);
}

/** "lunaric: And everyone puts up a good front.": a chat quoted line by line, each opened by a user name in lower case. */
export const CHAT_LABEL = /^(\p{Ll}[\p{L}\p{N}_.-]{1,30}):\s+(?=\S)/u;
/** A chat line whose label was a link the copy lost: ": This is a comedy." */
const LOST_LABEL = /^:\s+(?=\S)/;
/** Lower-case words a colon may follow that name no one: "note: …", "update: …". */
export const NOT_CHAT_LABEL = /^(?:note|update|updated|source|sources|photo|image|credit|via|see|read|editor|correction|caption|transcript|translation|tags|categories)$/;
/** A chat needs two users and three lines, so that one "note: …" is never one. */
const MIN_CHAT_USERS = 2;
const MIN_CHAT_LINES = 3;

/** The lines of a chat quoted in the article ("adam_kesher: It is.", "lunaric: No :)."), each its user's, by paragraph. */
function chatEntriesOf(body: string, paragraphs: Paragraph[]): (SpeakerLabel | null)[] {
  const labels = paragraphs.map((p) => {
    const m = p.isJunk ? null : CHAT_LABEL.exec(body.slice(p.start, Math.min(p.end, p.start + 40)));
    return m && !NOT_CHAT_LABEL.test(m[1] as string) ? m : null;
  });
  const users = new Set(labels.flatMap((m) => (m ? [m[1] as string] : [])));
  if (users.size < MIN_CHAT_USERS || labels.filter(Boolean).length < MIN_CHAT_LINES) return paragraphs.map(() => null);
  return paragraphs.map((p, i) => {
    const m = labels[i];
    if (m) return entry(p.start, p.start + (m[1] as string).length, m[1] as string, p.start + m[0].length, p.end);
    const lost = LOST_LABEL.exec(body.slice(p.start, p.end));
    const isInChat = Boolean(labels[i - 1] ?? labels[i + 1]);
    return lost && isInChat ? entry(p.start, p.start, '', p.start + lost[0].length, p.end) : null;
  });
}

/** "A tweet from Akiranns is probably the best response …:": a line that names one post and its writer. Groups: the writer. */
const POST_FROM = /\b(?:[Aa]n?|[Oo]ne|[Tt]his|[Aa]nother) (?:\p{Ll}+ )?(?:tweet|post|comment|message|reply|update|microblog) (?:from|by) (@?\p{Lu}[\p{L}\p{N}_'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/u;
/** "Mo Zhixu, prominent writer and critic (@mozhixu):": a writer, who they are and their handle, on a line of its own. Groups: the name. */
const WRITER_LINE = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}),? [^:()\n]{0,160}?\(@[\p{L}\p{N}_]{1,30}\)\s*[:：]$/u;
/** "3:11 PM Apr 4th": a post's time stamp, copied on a line of its own between its writer and its words. */
const TIME_STAMP = /^\d{1,2}:\d{2}\s*[AP]M\b[^\n]{0,30}$/;

/** The post under a line that introduces one writer's post (POST_FROM, WRITER_LINE), by paragraph. */
function introducedPostsOf(body: string, paragraphs: Paragraph[]): (SpeakerLabel | null)[] {
  const out: (SpeakerLabel | null)[] = paragraphs.map(() => null);
  for (const h of paragraphs) {
    const text = body.slice(h.start, h.end);
    if (h.isJunk || !endsOnColon(text) || !HEADING_END.test(text)) continue;
    const m = WRITER_LINE.exec(text) ?? POST_FROM.exec(text);
    if (!m) continue;
    let i = h.index + 1;
    while (paragraphs[i] && (paragraphs[i]!.isJunk || TIME_STAMP.test(body.slice(paragraphs[i]!.start, paragraphs[i]!.end)))) i++;
    const p = paragraphs[i];
    if (!p || !isSetOffBlock(body.slice(p.start, p.end))) continue;
    const at = h.start + m.index + m[0].indexOf(m[1] as string);
    out[i] = entry(at, at + (m[1] as string).length, m[1] as string, p.start, p.end);
  }
  return out;
}

/**
 * The entries of every roundup in an article, by paragraph: under each heading, the lines that name their writer,
 * the posts in another script, and (in a ranked list, whose headings stand between posts) the unsigned posts.
 * A line that is none of these, or another heading, ends the roundup. The lines of a quoted chat are entries too.
 *
 * @example
 * const body = 'Reactions on Weibo:\n\n@lee88: The gates opened too late.\n\nThe city said nothing.';
 * roundupEntriesOf(body, paragraphsOf(body)).map((l) => l?.text ?? null) // [null, '@lee88', null]
 */
export function roundupEntriesOf(body: string, paragraphs: Paragraph[]): (SpeakerLabel | null)[] {
  const introduced = introducedPostsOf(body, paragraphs);
  const out: (SpeakerLabel | null)[] = chatEntriesOf(body, paragraphs).map((l, i) => l ?? introduced[i] ?? null);
  const textOf = (p: Paragraph) => body.slice(p.start, p.end);
  const numbered = paragraphs.filter((p) => !p.isJunk && NUMBERED_HEADING.test(textOf(p))).length >= MIN_NUMBERED;
  const isHeading = (p: Paragraph) => (numbered && NUMBERED_HEADING.test(textOf(p))) || isRoundupHeading(textOf(p));
  for (const h of paragraphs) {
    if (h.isJunk || !isHeading(h)) continue;
    const isRanked = numbered && NUMBERED_HEADING.test(textOf(h));
    const writer = isRanked ? headingWriter(body, h) : null;
    for (let i = h.index + 1; i < paragraphs.length; i++) {
      const p = paragraphs[i] as Paragraph;
      const text = textOf(p);
      if (p.isJunk || SIGNATURE_LINE.test(text)) continue;
      if (isHeading(p)) break;
      const named = isRanked ? null : namedEntry(body, p);
      const isPost = isOtherScript(text) || (isRanked && (isSetOffBlock(text) || isCutEnding(text)));
      if (!named && !isPost) break;
      out[i] = named ?? unnamedEntry(p, writer);
    }
  }
  return out;
}

/** Where a lead-in's colon may hand over inside a paragraph: "… writes [ar]: سطو مسلح …". */
const INLINE_COLON = /[:：]\s+(?=\S)/g;
/** How far after the colon the post must be in another script. */
const INLINE_PROBE = 80;

/**
 * A post in another script set off inside a paragraph by a lead-in's colon ("On Twitter, Ahmed Ruiz writes [ar]:
 * سطو مسلح … @ahmedruiz: An armed robbery."): its words, with the translation after them, are the subject's.
 */
export function inlinePostEntry(body: string, p: Paragraph): SpeakerLabel | null {
  if (p.isJunk) return null;
  const text = body.slice(p.start, p.end);
  for (const m of text.matchAll(INLINE_COLON)) {
    const at = (m.index as number) + m[0].length;
    if (!isOtherScript(text.slice(at, at + INLINE_PROBE))) continue;
    const lead = setOffLeadIn(text.slice(0, (m.index as number) + 1));
    if (!lead) return null;
    // "On Twitter, Ahmed Ruiz": the phrase of place before the subject is no part of the name.
    const clause = text.slice(lead.clauseStart, lead.verbStart);
    const subject = clause.replace(/^[^,]*,\s+/, '').trim();
    const start = p.start + lead.clauseStart + clause.indexOf(subject);
    return subject === '' ? null : entry(start, start + subject.length, subject, p.start + at, p.end);
  }
  return null;
}

/**
 * Whether `text`, the paragraph after a post, reads as the article's translation of it: the post in another script,
 * the text in Latin script and set off as prose; or the post in another language in Latin script, the text English.
 * The post is tested first: most paragraphs follow none.
 *
 * @example
 * readsAsTranslation('Этому мужчине 102 года.', 'This man is 102 years old.'); // → true
 */
export function readsAsTranslation(post: string, text: string): boolean {
  if (isOtherScript(post)) return !isOtherScript(text) && isSetOffBlock(text);
  // "Bagal ng net these past few days …" then "The net is so slow these past few days …": another language in Latin script.
  return readsAsOtherLatinLanguage(post) && readsAsEnglish(text) && isSetOffBlock(text);
}

/**
 * The translation of a post in another script, on the line after it (or after its signature line): a line in Latin
 * script that is prose, its label the post's. The article's English of "Этому мужчине 102 года." is the same writer's.
 */
export function translationEntry(body: string, paragraphs: Paragraph[], labels: (SpeakerLabel | null)[], i: number): SpeakerLabel | null {
  const p = paragraphs[i] as Paragraph;
  if (p.isJunk) return null;
  // The post above it first: most paragraphs follow no labelled post, and the script tests read every letter.
  const before = paragraphs[i - 1];
  const post = before && SIGNATURE_LINE.test(body.slice(before.start, before.end)) ? paragraphs[i - 2] : before;
  const label = post ? labels[post.index] : null;
  if (!post || !label) return null;
  const text = body.slice(p.start, p.end);
  if (!readsAsTranslation(body.slice(post.start, post.end), text) || NUMBERED_HEADING.test(text)) return null;
  return label.isRoundupEntry ? { ...label, entryStart: p.start, entryEnd: p.end } : label;
}
