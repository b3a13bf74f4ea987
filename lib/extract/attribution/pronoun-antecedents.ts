import { isOtherGiven } from '../given-name-gender';
import type { Mention } from '../mentions';
import type { Person } from '../types';
import type { Discourse } from './discourse';
import { descriptionGender, isSameDescription } from './roles';
import type { Entity, SalienceEvent } from './types';

/**
 * Who a pronoun stands for, read off the discourse state of discourse.ts: the latest salient subject of
 * its gender, the same pronoun's subject carried on from the sentence before, or that sentence's
 * subject when the history leaves it open, unless someone else named since could be meant.
 */

/** An article before a capitalised name, with at most one capitalised word between: "the Acton Jobcentre Plus" is a place or a body. */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/iu;
/** How many paragraphs back a pronoun may reach for its antecedent. */
const PRONOUN_WINDOW = 3;

/** "Carter and Le Drian reaffirmed …": a name joined to the subject by "and" or "with" shares it. */
const JOINED_TO_SUBJECT = /^,?\s+(?:and|with|together with|alongside)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** The subject of the sentence right before, when it is the same pronoun as m and sits in m's paragraph or the one before. */
export function carriedSubject(d: Discourse, m: Mention, paragraph: number): Entity | null {
  const prev = d.prevSubject;
  if (!prev || prev.pronoun === null || prev.pronoun !== m.gender || paragraph - prev.paragraph > 1) return null;
  return prev.entity;
}

/**
 * A fallback when the history leaves the pronoun open (two candidates whose gender cannot be told):
 * the subject of the sentence right before, when that sentence names nobody else who could be meant,
 * its subject's gender does not contradict the pronoun, and it either speaks ("X noted that …") or
 * sits in the pronoun's own paragraph ("X dismissed the concerns. “…,” he said."). A speaker quoted
 * before who was that sentence's subject is who speaks next even across a paragraph, against the
 * people it only named as objects and who never spoke ("Carter visited Minister A in Spain and
 * Minister B in Italy. / In both nations, he said, “…”"): the story is about its subject.
 */
export function subjectOfSentenceBefore(d: Discourse, m: Mention, paragraph: number, asSpeaker = false): Entity | null {
  const prev = d.prevSubject;
  if (!prev || prev.pronoun !== null || paragraph - prev.paragraph > 1) return null;
  const e = prev.entity;
  const isQuotedSubject = asSpeaker && e.kind === 'person' && d.hasSpoken(e.person);
  if (!prev.speaks && prev.paragraph !== paragraph && !isQuotedSubject) return null;
  const g = e.kind === 'description' ? (e.isPlural || e.isOrg ? 'x' : descriptionGender(e.text)) : (e.gender ?? d.genderOf(e.person));
  if (g === 'x' || (g && m.gender && g !== m.gender)) return null;
  let subjectEnd: number | undefined;
  for (const x of d.view.mentionsIn(prev.sentence.start, m.start)) {
    if (x.kind !== 'person' || d.view.insideQuote(x.start) || x.isPossessive) continue;
    if (x.name.length < 2 && !x.role && !x.gender && (x.isObject || !d.personOf(x))) continue;
    const p = d.personOf(x);
    if (p && e.kind === 'person' && p.id === e.person.id) {
      subjectEnd ??= x.end;
      continue;
    }
    // Named only in the sentence's predicate, never a speaker or a subject: not who the story goes on about.
    const isJoined = subjectEnd !== undefined && JOINED_TO_SUBJECT.test(d.view.body.slice(subjectEnd, x.start));
    if (isQuotedSubject && x.end <= prev.sentence.end && p && subjectEnd !== undefined && !isJoined && !d.hasSpoken(p) && !wasSubject(d, p)) continue;
    const xg = x.gender ?? (p ? d.genderOf(p) : null);
    if (!xg || xg === m.gender) return null;
  }
  return e;
}

/**
 * A pronoun: the latest singular subject of the right gender, not too far back. Newest first: this
 * sentence's earlier events, then the history. A candidate of the right gender wins at once; one whose
 * gender cannot be told only when nobody else in the window could be meant, or, for the subject of a
 * speech verb ("…,” he said"), when it is who spoke last, in this paragraph or the one before, and
 * nobody else is named since: salience, not a guess. Organisations and groups are never "he" or "she".
 */
export function resolvePronoun(d: Discourse, m: Mention, pending: SalienceEvent[], paragraph: number, asSpeaker: boolean): Entity | null {
  const history = d.history;
  const recent = pending.filter((e) => e.pos < m.start);
  let pick: { entity: Entity; key: string; pos: number; inSentence: boolean; speaks: boolean; paragraph: number } | null = null;
  for (let i = history.length + recent.length - 1; i >= 0; i--) {
    const inSentence = i >= history.length;
    // The only candidate of the pronoun's own sentence is its antecedent: "According to X, …, as he said".
    if (!inSentence && pick?.inSentence) return othersNamed(d, m, pick.pos, pick.key) ? null : pick.entity;
    const e = (inSentence ? recent[i - history.length] : history[i]) as SalienceEvent;
    if (paragraph - e.paragraph > PRONOUN_WINDOW) break;
    const c = candidateKey(d, e.entity, m.gender);
    if (c === null) continue;
    if (pick === null) {
      if (c.gender && c.gender === m.gender) return e.entity;
      pick = { entity: e.entity, key: c.key, pos: e.pos, inSentence, speaks: e.speaks === true, paragraph: e.paragraph };
    } else if (c.key !== pick.key && !isSameDescription(c.key, pick.key)) {
      const lastSpeaker = asSpeaker && pick.speaks && paragraph - pick.paragraph <= 1;
      // "Comedian Jon Stewart was the emcee. … “…,” he said": the one person this paragraph brings in,
      // against people of earlier paragraphs only, is who the paragraph is about.
      const ownParagraph = asSpeaker && pick.paragraph === paragraph && e.paragraph < paragraph && !pick.inSentence;
      return (lastSpeaker || ownParagraph) && !othersNamed(d, m, pick.pos, pick.key) ? pick.entity : null;
    }
  }
  return pick && !othersNamed(d, m, pick.pos, pick.key) ? pick.entity : null;
}

/** A salience event as a pronoun's candidate: its identity key and gender, or null when it cannot be meant. */
function candidateKey(d: Discourse, e: Entity, gender: 'm' | 'f' | null): { key: string; gender: 'm' | 'f' | null } | null {
  if (e.kind === 'description') {
    if (e.isPlural || e.isOrg) return null;
    const dg = descriptionGender(e.text);
    if (dg && gender && dg !== gender) return null;
    return { key: `d:${e.text.toLowerCase().replace(/^(?:the|an?|one)\s+/, '')}`, gender: null };
  }
  const g = e.gender ?? d.genderOf(e.person);
  if (g && gender && g !== gender) return null;
  // "Jim Mattis" is not the "she" of the next sentence: a given name used for one gender only rules a
  // candidate out, but never picks one (two men named leave "he" as open as before).
  if (!g && gender && isOtherGiven(e.person.name, gender)) return null;
  return { key: e.person.id, gender: g };
}

/** Anyone else named between the candidate and the pronoun, even as an object ("X met Y"), who could be meant. */
function othersNamed(d: Discourse, m: Mention, from: number, key: string): boolean {
  let before: Mention | null = null;
  for (const x of d.view.mentionsIn(from, m.start)) {
    const owner = before;
    before = x;
    // Only a full name or a titled name counts: a lone capitalised word is too often a place ("Sudan"),
    // unless it is the surname of someone quoted before whose gender does not rule them out ("For Simms, …").
    if (x.kind !== 'person' || d.view.insideQuote(x.start)) continue;
    if (x.name.length < 2 && !x.role && !x.gender && !isQuotedBefore(d, x, m.gender)) continue;
    // "Dana Whitcombe of Crestline Securities": a name right after a person's and "of" is where they work.
    if (owner?.kind === 'person' && !x.role && !x.gender && d.view.body.slice(owner.end, x.start) === ' of ') continue;
    if (d.view.captions.has(d.view.paragraphOf(x.start))) continue;
    // "a visit to the Acton Jobcentre Plus": nobody is written with an article before their name.
    if (!x.role && !x.gender && ARTICLE_BEFORE.test(d.view.body.slice(Math.max(0, x.start - 40), x.start))) continue;
    const p = d.personOf(x);
    // "Foreign Affairs Minister Kim", with two Kims in the story: a titled name the index cannot settle is still
    // someone else who could be meant.
    if (!p && x.role && x.name.length > 0 && (!x.gender || !m.gender || x.gender === m.gender)) return true;
    if (!p || p.id === key) continue;
    const g = x.gender ?? d.genderOf(p);
    if ((!g && !(m.gender && isOtherGiven(p.name, m.gender))) || g === m.gender) return true;
  }
  return false;
}

/** Whether this person has been the subject of a sentence read so far. */
function wasSubject(d: Discourse, p: Person): boolean {
  return d.history.some((h) => h.entity.kind === 'person' && h.entity.person.id === p.id);
}

/** Whether a mention names someone given a quotation so far, of this gender or of none the article has shown. */
function isQuotedBefore(d: Discourse, x: Mention, gender: 'm' | 'f' | null): boolean {
  const p = d.personOf(x);
  if (!p || !d.hasSpoken(p)) return false;
  const g = d.genderOf(p);
  return g === null || g === gender;
}
