/**
 * Whom a "he"/"she" opening a quotation can mean: a person the grammar makes its antecedent. In the sentence
 * before the quotation that is its subject ("Putin has massed troops. … “he is going to use force”"), not a
 * name in its object ("freeing Aung San Suu Kyi" before "that's what he said", where "he" was the US
 * president: round 15's full review), inside another quotation, or in a reporter's question. In the
 * quotation's own sentence outside its marks the reporter's framing may name them anywhere ("Asked about
 * Putin, Sherman said …"). A name whose given name is only the other gender's is never the pronoun's.
 */
import { isOtherGiven } from '@/lib/extract/given-name-gender';
import { SPEECH_VERBS } from '@/lib/extract/lexicons/speech-verbs';
import { tagSpan } from '@/lib/extract/pos';
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { sentencesOf } from './evidence';
import { memoByObjectAndKey } from './memo';
import { displayName } from './people';
import { namedIn } from './story';
import { escapeRegExp } from './text';

interface Candidate {
  at: number;
  name: string;
  person: Person;
}

/**
 * The person a pronoun of `gender` in the quotation means: the last one named in its own
 * sentence outside the marks, else the subject of the sentence before; the speaker never counts. Null when none.
 *
 * @example
 * antecedentOf(ctx, sherman, 'm')?.name; // → 'Vladimir Putin' after "Putin has massed 100,000 troops near the border."
 */
export function antecedentOf(ctx: GenerateContext, q: Quote, gender: 'm' | 'f' | null): Person | null {
  const fits = candidatesBefore(ctx, q).filter((c) => !gender || !isOtherGiven(c.name, gender));
  return fits[fits.length - 1]?.person ?? null;
}

/**
 * Where the report names the person a gloss puts in a quotation ("he [Vladimir Putin]"): the last mention of
 * `name` among the pronoun's candidates, or null when none is.
 *
 * @example
 * antecedentMention(ctx, sherman, 'Vladimir Putin'); // → the offset of "Mr Putin" in the sentence before
 */
export function antecedentMention(ctx: GenerateContext, q: Quote, name: string): number | null {
  const named = candidatesBefore(ctx, q).filter((c) => c.name === name);
  return named[named.length - 1]?.at ?? null;
}

/** Candidates in reading order (the attribution after the quotation last); kept per quotation: the who-said builder may ask twice. */
const candidatesBefore = memoByObjectAndKey(function candidatesBefore(ctx: GenerateContext, q: Quote): Candidate[] {
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  const sentences = sentencesOf(body);
  const own = sentences.findIndex((s) => s.end > q.start);
  const ownStart = Math.min(sentences[own]?.start ?? q.sentence.start, q.sentence.start);
  const previous = own > 0 ? sentences[own - 1] : undefined;
  const prevStart = previous && previous.start < ownStart ? previous.start : ownStart;
  const spans: [number, number, boolean][] = [
    [prevStart, ownStart, true],
    [ownStart, q.start, false],
    [q.end, Math.max(q.end, q.sentence.end), false],
  ];
  const out: Candidate[] = [];
  for (const id of namedIn(ctx, q.articleId)) {
    const p = id === q.speakerId ? undefined : ctx.people.byId.get(id);
    if (!p) continue;
    for (const form of new Set([...ctx.people.spellings(id), displayName(p).split(' ').pop() ?? ''])) {
      if (form.length < 3) continue;
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu');
      for (const [start, end, needsSubject] of spans) {
        const text = needsSubject ? readableStatement(body.slice(start, end)) : body.slice(start, end);
        for (const hit of text.matchAll(re)) {
          if (needsSubject && !isSubjectAt(body, start, text, hit.index, hit[0].length)) continue;
          out.push({ at: start + hit.index, name: displayName(p), person: p });
        }
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}, (q) => q.id);

/** "Q: Was the President calling members …?": a question's names answer nothing; quoted words are someone else's. */
function readableStatement(sentence: string): string {
  if (/\?["”’]?\s*$/.test(sentence) || /^\s*Q[.:]/.test(sentence)) return ' '.repeat(sentence.length);
  return sentence.replace(/“[^”]*”|"[^"]*"/g, (m) => ' '.repeat(m.length));
}

/** Titles and the like written before a name: "President", "the Russian", "Prime Minister". */
const TITLES_BEFORE = /(?:(?:\p{Lu}[\p{L}.'’-]*|the|of)\s+)*$/u;
/** What may open a sentence before its subject: nothing, a conjunction, or an opening phrase set off by a comma. */
const SUBJECT_OPENING = /^(?:\s*(?:and|but|so|then|yet|still|now|meanwhile)\s+)?$|[,;:—]\s*$/i;

/** "Sherman said Mr Putin seemed ready …", "… warned that Putin would …": the subject of a reported clause. */
const REPORTED_CLAUSE = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].join('|')}|that)\s*$`, 'i');

/** "She is", "He was": a sentence that gives its pronoun subject a name. */
const IDENTIFYING = /^\s*(?:he|she)\s+(?:is|was)\s+$/i;

/**
 * Whether the name at `at` in a sentence (starting at `start` in the body) is its subject: it opens a clause
 * (or a clause reported by a verb of saying) and a verb follows it, after an apposition set off by commas
 * ("Putin, who …, has said").
 */
function isSubjectAt(body: string, start: number, text: string, at: number, length: number): boolean {
  const opening = text.slice(0, at).replace(TITLES_BEFORE, '');
  // "She is Meghan O'Sullivan, who …": the name the sentence gives its pronoun subject.
  if (IDENTIFYING.test(opening)) return true;
  if (!SUBJECT_OPENING.test(opening) && !REPORTED_CLAUSE.test(opening)) return false;
  let from = start + at + length;
  const apposition = /^,[^,.;]{1,80},/.exec(body.slice(from, from + 90));
  if (apposition) from += apposition[0].length;
  const tags = tagSpan(body, from, Math.min(body.length, from + 40)).filter((w) => w.pos !== 'ADV');
  return tags[0]?.pos === 'VERB' || tags[0]?.pos === 'AUX';
}
