import type { Mention } from '../mentions';
import { isEnglishWord } from '../pos';
import type { Person, Span } from '../types';
import type { Discourse } from './discourse';
import type { Entity } from './types';

/**
 * A pronoun's last resort in discourse.ts: the person the text has just brought in, when no salient
 * subject answers for it.
 */

/** A name all of whose words are common English words ("Mobility Wing", "Compartment Syndrome"). */
const isCommonWords = (y: Mention) => y.name.every((w) => isEnglishWord(w.toLowerCase()));
/** Words before capitals that make them a thing or a place, not a person: "in the", "Women's 100m". */
const NOT_A_PERSON_BEFORE = /(?:\b(?:in|at|on|of|from|the|a|an|for|to)|\d\S*|[’']s)\s+$/i;

/**
 * A last resort for a pronoun that opens its sentence: the person the text has just brought in. The
 * sentence right before names someone for the first time ("… has been named as former Army Major
 * Bernie Broad. He served …"), or the latest sentence of this paragraph or the one before opens with a
 * full name ("Lynsey Kelly joined … . Düsseldorf 2023 marked Lynsey's first Games … . She said:"), and
 * no other sentence since opens with someone else. Never against a gender the article has shown.
 */
export function newcomer(d: Discourse, m: Mention, paragraph: number): Entity | null {
  const { view } = d;
  const s = view.sentenceAt(m.start);
  if (!s || view.body.slice(s.start, m.start).trim() !== '') return null;
  // After a quotation in its paragraph ("“…,” he said"), a pronoun belongs to the speech passes.
  if (view.doc.quotes.some((q) => q.paragraph === paragraph && q.open < m.start)) return null;
  const before: Span[] = [];
  for (let pi = Math.max(0, paragraph - 1); pi <= paragraph; pi++) {
    if (view.doc.paragraphs[pi]?.isJunk) continue;
    for (const x of view.doc.sentences[pi] ?? []) if (x.end <= s.start) before.push(x);
  }
  const last = before.at(-1);
  if (!last) return null;
  const fits = (p: Person) => {
    const g = d.genderOf(p);
    return !(g && m.gender && g !== m.gender);
  };
  // The sentence right before introduces one person.
  const inLast = view.mentionsIn(last.start, last.end).filter((x) => !view.insideQuote(x.start));
  // "Tarjei Vik said he would stay on. She added:": a pronoun of the other gender already went to them.
  const otherPronoun = inLast.some((x) => x.kind === 'pronoun' && x.gender && m.gender && x.gender !== m.gender);
  const named = inLast.filter((x) => x.kind === 'person' && x.name.length >= 2 && !x.isPossessive);
  const people = [...new Map(named.map((x) => [d.personOf(x)?.id, d.personOf(x)])).values()].filter((p): p is Person => p !== null && p !== undefined);
  // Shown to be a person ("former Army Major Bernie Broad"), not a capitalised event ("the Women's 100m Freestyle Swimming").
  const shown = named.every((x) => x.role || x.gender || x.showsPerson);
  if (!otherPronoun && shown && people.length === 1 && named.every((x) => firstMention(d, x))) {
    const p = people[0] as Person;
    return fits(p) ? { kind: 'person', person: p, gender: d.genderOf(p) } : null;
  }
  // The latest sentence that opens with a full name, with no other sentence opening with a name since.
  for (let i = before.length - 1; i >= 0; i--) {
    const x = before[i] as Span;
    const opener = view.mentionsIn(x.start, x.end).find((y) => !view.insideQuote(y.start) && view.body.slice(x.start, y.start).trim() === '');
    if (!opener || opener.kind === 'pronoun') continue;
    // "Düsseldorf 2023 marked …": a lone capitalised word may be a place; it opens for no one.
    if (opener.kind === 'person' && opener.name.length < 2 && !opener.role && !opener.gender) continue;
    if (opener.kind !== 'person' || opener.isPossessive) return null;
    if (view.mentionsIn(x.start, x.end).some((y) => y.kind === 'pronoun' && y.gender && m.gender && y.gender !== m.gender)) return null;
    const p = d.personOf(opener);
    // "Tarjei Vik met Dagrun Holmsen": anyone else named since could be meant.
    // "No.1 Air Mobility Wing", "Women's 100m Freestyle Swimming": capitalised common words with no title
    // or gender are a unit or an event, not someone else who could be meant.
    const others = view.mentionsIn(x.start, m.start).some((y) => y.kind === 'person' && !view.insideQuote(y.start) && (y.name.length >= 2 || y.role || y.gender)
      && !y.isPossessive && d.personOf(y)?.id !== p?.id && (y.role || y.gender || (!NOT_A_PERSON_BEFORE.test(view.body.slice(Math.max(0, y.start - 24), y.start)) && !isCommonWords(y))));
    return p && !others && fits(p) ? { kind: 'person', person: p, gender: d.genderOf(p) } : null;
  }
  return null;
}

/** Whether no earlier mention of the article names the person this one names. */
function firstMention(d: Discourse, x: Mention): boolean {
  const p = d.personOf(x);
  if (!p) return false;
  for (const y of d.view.doc.mentions) {
    if (y.start >= x.start) break;
    if (y.kind === 'person' && d.personOf(y)?.id === p.id) return false;
  }
  return true;
}
