import { CHAT_LABEL, NOT_CHAT_LABEL } from './roundup-entries';
import type { Paragraph } from './text';
import { POST_SIGNATURE } from './turns';

/*
 * A post of a few words without a full stop ("Внезапно (… via @FatherIand) pic.twitter.com/…", "adam_kesher: Deal :)")
 * reads like a subhead, and subheads are page furniture. The line around it says it is a post: a signature under it
 * ("— Stanislav Apetyan (@politrash) March 24, 2014"), or a chat label of a user whose other lines are prose.
 * Found on Global Voices roundups (realnews-dev11, round 19).
 */

/** Whether a line has a word of two letters outside its links and handles: a post, not a bare picture link. */
const hasWords = (line: string) => /\p{L}{2}/u.test(line.replace(/\S*[./@]\S*/g, ' '));

/** The users of a chat quoted in the article: lower-case labels that open prose lines; none unless two users speak. */
function chatUsers(body: string, paragraphs: Paragraph[]): Set<string> {
  const users = new Set<string>();
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    const m = CHAT_LABEL.exec(body.slice(p.start, Math.min(p.end, p.start + 40)));
    if (m && !NOT_CHAT_LABEL.test(m[1] as string)) users.add(m[1] as string);
  }
  return users.size >= 2 ? users : new Set();
}

/**
 * The paragraphs with every short post taken back from the page furniture: a line of words signed on the line after
 * it, or opened by the label of a user whose other lines the chat quotes. Other junk stays junk.
 *
 * @example
 * const body = 'Мост закрыт pic.twitter.com/qWx\n\n— Oleg Varlamov (@olegvar) May 5, 2014';
 * postsKept(body, splitParagraphs(body, ''))[0]?.isJunk // false
 */
export function postsKept(body: string, paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((p) => p.isJunk)) return paragraphs;
  let users: Set<string> | null = null;
  return paragraphs.map((p, i) => {
    if (!p.isJunk) return p;
    const text = body.slice(p.start, p.end);
    const next = paragraphs[i + 1];
    // The signature under it first: anchored on a dash, it fails at once on most lines, where the word test reads them whole.
    if (next && POST_SIGNATURE.test(body.slice(next.start, next.end)) && hasWords(text) && !POST_SIGNATURE.test(text)) return { ...p, isJunk: false };
    const label = text.includes(':') ? CHAT_LABEL.exec(text) : null;
    if (!label) return p;
    users ??= chatUsers(body, paragraphs);
    return users.has(label[1] as string) ? { ...p, isJunk: false } : p;
  });
}
