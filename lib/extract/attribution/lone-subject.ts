import type { Mention } from '../mentions';
import { isEnglishWord, tagSpan } from '../pos';
import type { ArticleView } from './view';

/** How many words an opening adverbial may take before the subject ("Meanwhile,", "On Sunday,"). */
const MAX_OPENER_WORDS = 3;

/**
 * The single name that is the subject of the sentence right before a pronoun opening its own sentence,
 * in the same paragraph: "Meanwhile, Nabeel wonders why … . He asks:". Global Voices and blogs name
 * people by one word; such a name is too often a place to be indexed as a person, yet a reader takes
 * the "he" that follows for them (the people index holds it only then). The name's mention is returned
 * when it is no English word, the tagger calls the next word a verb, and nothing but a short opener
 * comes before it; else null.
 *
 * @example
 * // 'Meanwhile, Nabeel wonders why people are upset. He asks:' → the mention of Nabeel for the "He"
 */
export function loneNameSubjectBefore(view: ArticleView, m: Mention): Mention | null {
  const s = view.sentenceAt(m.start);
  if (!s || view.body.slice(s.start, m.start).trim() !== '') return null;
  const list = view.doc.sentences[view.paragraphOf(m.start)] ?? [];
  const prev = list[list.indexOf(s) - 1];
  if (!prev) return null;
  // Nested mentions too: "Nabeel wonders why people" may be read as a description holding the name.
  const first = view.mentionsIn(prev.start, prev.end, true).find((x) => !view.insideQuote(x.start));
  if (!first) return null;
  const subject = view.mentionsIn(first.start, prev.end, true).find((x) => x.start === first.start && x.kind === 'person');
  if (!subject || subject.name.length !== 1 || subject.role || subject.gender || subject.isPossessive) return null;
  const opener = view.body.slice(prev.start, subject.start);
  if (opener.trim() !== '' && !(opener.trimEnd().endsWith(',') && opener.split(/\s+/).filter(Boolean).length <= MAX_OPENER_WORDS)) return null;
  const word = subject.name[0] as string;
  if (isEnglishWord(word.toLowerCase())) return null;
  const next = tagSpan(view.body, subject.start, prev.end).find((w) => w.start >= subject.end);
  return next?.pos === 'VERB' ? subject : null;
}
