/**
 * Whether a figure's blanked sentence stands alone for a student who has not read the article, and how a
 * cut description is trimmed back to a clause a "How many …?" stem can ask. Blind reviewers sent back
 * "The _____ countries co-chair …" (which countries?), "At least _____ people have been killed in the
 * region" (which region, which earthquake?), "In this latest conflict …" (read today as another war),
 * "killed by collapsing?" (cut before "buildings") and the source's slips copied word for word
 * ("active within 24 hours that, ending …").
 */
import { normalise } from './text';
import { pointsToPlace } from './pointed-places';
import type { Figure } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { sourceLabel } from './labels';

/**
 * "The _____ countries", "these _____ parties": a number the sentence before introduced; "evacuated _____ more
 * people": more than a count the sentence before gave, from a place it named. "send _____ more troops to Iraq"
 * says where they go: reinforcements are counted by themselves, whatever is there already.
 */
const DEFINITE_BLANK = /\b(?:the|these|those|this|that|its|their)\s+_____|_____\s+more\b(?!\s+(?:troops|soldiers|forces|marines|personnel|peacekeepers)\s+(?:to|into)\s+\p{Lu})/iu;
/** Definite descriptions whose referent a lone sentence never gives. */
const NO_REFERENT = /\b(?:in|across|throughout|of|from)\s+the\s+(?:region|area|country|city|province|state|territory)\b(?!\s+of\b|[’']|\s*\[)|\bthis\s+(?:latest|recent|year's|week's)\b|\bthe\s+(?:latest|current|recent)\s+(?:conflict|fighting|violence|war|crisis)\b|\bthe\s+participating\b|\bthe\s+two\s+sides\b/i;
/**
 * Whether a figure's description names a place only as "the state", "the region" ("How many people were
 * killed in the state?" of Virginia, round 8): asked, it would not say which.
 *
 * @example
 * namesPlaceOnlyByPointing('people were killed in the state'); // → true
 */
export function namesPlaceOnlyByPointing(about: string): boolean {
  return NO_REFERENT.test(about) || pointsToPlace(about);
}

/** A subject that points back: "It has killed …", "They have sent …", "These include …". */
const PRONOUN_SUBJECT = /^(?:It|They|He|She|This|These|Those|That|Its|Their|His|Her|Both|Such)\b/;
/**
 * A pronoun subject after an opening phrase: "In a joint press conference with Italian Prime Minister Giorgia
 * Meloni this afternoon, he confirmed …" (which he? the prime minister of the sentence before, not Meloni).
 */
const LATE_PRONOUN_SUBJECT = /^[^“”"]*?,\s+(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/u;
/**
 * "Secretary Gates noted that he just authorized sending 2,200 U.S. Marines …, and he would not say what, if
 * anything, he discussed …": a sentence that opens on a name and its verb has its subject; a later "he" is that
 * name's (round 16). Not "After talks, he said": an opening phrase is no subject.
 */
const NAMED_SUBJECT_OPENING = /^(?!(?:In|On|At|After|Before|During|Following|With|Without|For|From|By|Since|Speaking|Asked|When|While|As|Although|Though|If|Despite|Upon|Later|Earlier|Meanwhile|Also|But|And|Yet|So|Then|Now|Today|Yesterday|The|A|An|This|That|These|Those|Its|Their|His|Her)\b)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s+(?:also\s+|has\s+|had\s+|have\s+)?\p{Ll}+(?:ed|s)\b/u;
/**
 * "my country's work in this fund, including mobilizing $60 billion": a fund, plan or deal the sentence
 * before named, pointed to; shown alone it is no one's.
 */
const POINTED_THING = /\b(?:this|that|these|those)\s+(?:funds?|plans?|programmes?|programs?|initiatives?|deals?|agreements?|projects?|packages?|schemes?|efforts?)\b(?!\s*\[)/i;
/** A briefing's "we" and "our": the speaker's office, which a lone sentence never names. */
const FIRST_PERSON = /\b(?:we|our|us)\b/i;
/** Words that open a sentence with a capital without naming anything. */
const FUNCTION_WORD = /^(?:The|A|An|At|In|On|Of|By|For|From|With|About|Approximately|More|Less|Fewer|Over|Up|Nearly|Almost|Some|Around|Only|All|After|Before|During|Since|Following|Also|But|And|Yet|So|Officials?|Authorities|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Ms|Mrs|Dr|_____)$/;
/** Subjects that need their event named: "The dead hailed from …", "The dispute has displaced …". */
const EVENT_SUBJECT = /^The\s+(?:quake|earthquake|attacks?|bombings?|blast|explosion|conflict|fighting|war|dispute|storm|hurricane|cyclone|floods?|disaster|agency|court|company|government|group|militants|rebels|dead|toll|region|area|exercise|operation|mission)\b/i;
/**
 * A subject that points back to a place or body the sentence before named: "The city now has …" (Baghdad),
 * "The country's army …", "The group says …". "The city of Basra" names it; a gloss a stem added
 * ("The city [Baghdad]") too.
 */
const POINTING_SUBJECT = /^(?:[\p{L}\s]{1,30},\s+|\p{Lu}\p{Ll}+\s+)?[Tt]he\s+(?:city|town|village|capital|country|nation|state|province|region|island|territory|group|organi[sz]ation|alliance|bloc|militia|movement|party|ministry|company|firm)(?:[’']s)?\b(?!\s+(?:of\b|\[))/u;
/** A slip of the source's grammar a verbatim copy would show: "active within 24 hours that, ending". */
const BROKEN_GRAMMAR = /\b(?:that|which|who),\s+\p{Ll}+ing\b|\b(\p{L}+)\s+\1\b|\s[,;.]|\(\s*\)|\b(?:absenting)\b/iu;

/**
 * Whether a blanked sentence reads on its own: no "the _____ countries", no "in the region" or "this latest
 * conflict", no pronoun subject, a name (a place, a people, a body) or else neither a bare count opening it
 * nor an event left unnamed ("The dead …"), and no grammar slip of the source copied into it.
 *
 * @example
 * standsAlone('The _____ countries co-chair the OSCE Minsk Group.'); // → false
 * standsAlone('At least _____ people have been killed in the region.'); // → false
 * standsAlone('Saturday’s earthquake in Pakistan killed _____ people.'); // → true
 * standsAlone('The city now has _____ police officers and two Iraqi army battalions.'); // → false
 */
export function standsAlone(blanked: string): boolean {
  // "the highest in the constituency" (blind-34): named in a gloss by the stem (see namePointedPlaces), or not shown.
  if (pointsToPlace(blanked)) return false;
  if (DEFINITE_BLANK.test(blanked) || NO_REFERENT.test(blanked) || PRONOUN_SUBJECT.test(blanked) || (LATE_PRONOUN_SUBJECT.test(blanked) && !NAMED_SUBJECT_OPENING.test(blanked)) || POINTED_THING.test(blanked) || POINTING_SUBJECT.test(blanked) || BROKEN_GRAMMAR.test(blanked)) return false;
  // Inside a quotation "we" is the speaker's, whom the sentence names ("…,” the Commission said).
  if (FIRST_PERSON.test(blanked.replace(/“[^”]*”|"[^"]*"/g, ' ').replace(/\bU\.?S\b/g, ''))) return false;
  const words = blanked.split(/\s+/).map((w) => w.replace(/[^\p{L}.-]/gu, '').replace(/\.$/, ''));
  if (words.some((w) => /^\p{Lu}/u.test(w) && !FUNCTION_WORD.test(w))) return true;
  // A sentence naming nothing reads only against its headline: never a bare count opening it ("Approximately
  // _____ people have been left without homes") nor "The earthquake …", "The dead …" (which one?).
  return !blanked.split(/\s+/).slice(0, 4).some((w) => w.includes('_____')) && !EVENT_SUBJECT.test(blanked);
}

/**
 * Whether a blanked sentence reads after the sentence before it, quoted with it: what it leaves to that sentence
 * (a pronoun subject, "the country", "the group") is all it lacks, and the sentence before names someone or
 * something and reads alone. "… Pence arrived in Afghanistan … Pence landed at Bagram, where he thanked some of
 * the roughly _____ U.S. personnel still in the country." A blank after "the", a first person or a grammar slip
 * is still not shown.
 *
 * @example
 * standsAfter('Pence arrived in Afghanistan.', 'He thanked some of the _____ troops in the country.'); // → true
 * standsAfter('Pence arrived in Afghanistan.', 'The _____ countries met.'); // → false
 */
export function standsAfter(previous: string, blanked: string): boolean {
  if (!standsAlone(previous) || !/\p{Lu}\p{Ll}/u.test(previous.slice(1))) return false;
  // "The city now has …", "The dead hailed from …" stay unasked with the sentence before too (blind-33: whose count?).
  if (pointsToPlace(blanked) || DEFINITE_BLANK.test(blanked) || POINTED_THING.test(blanked) || BROKEN_GRAMMAR.test(blanked)) return false;
  if (POINTING_SUBJECT.test(blanked) || EVENT_SUBJECT.test(blanked)) return false;
  if (FIRST_PERSON.test(blanked.replace(/“[^”]*”|"[^"]*"/g, ' ').replace(/\bU\.?S\b/g, ''))) return false;
  // "this latest conflict", "the two sides": still unclear after one sentence more; "in the country" is not.
  const referents = blanked.match(new RegExp(NO_REFERENT.source, 'gi')) ?? [];
  return referents.every((r) => /\bthe\s+(?:region|area|country|city|province|state|territory)$/i.test(r));
}

/** Prepositions that open a phrase a description may be cut inside ("killed in the", "killed by collapsing"). */
const PHRASE_START = new Set(['in', 'by', 'on', 'at', 'of', 'from', 'with', 'for', 'after', 'during', 'near', 'across', 'since', 'around', 'over', 'into']);

/**
 * A description cut inside its last phrase, trimmed back to the clause before it: "people have been killed
 * in the" → "people have been killed"; null when nothing whole is left.
 *
 * @example
 * trimCutPhrase('people have been killed by collapsing'); // → 'people have been killed'
 */
export function trimCutPhrase(about: string): string | null {
  const words = about.trim().split(/\s+/);
  const at = words.findLastIndex((w, i) => i >= 2 && PHRASE_START.has(normalise(w)));
  return at > 0 ? words.slice(0, at).join(' ') : null;
}

/**
 * Whether the extractor's description stops mid-phrase: the next word of the sentence is a lower-case word
 * that carries the phrase on ("killed by collapsing" | "buildings", "people are still reported" | "missing").
 *
 * @example
 * endsMidPhrase('At least 75 people have been killed by collapsing buildings.', 'people have been killed by collapsing'); // → true
 */
export function endsMidPhrase(sentence: string, about: string): boolean {
  const at = sentence.indexOf(about);
  if (at < 0) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(at + about.length))?.[1];
  // "people are still reported" | "as missing": a participle's complement is part of what is counted.
  if (next === 'as' && /ed$/.test(about)) return true;
  return !!next && !PHRASE_END_WORD.test(next);
}

/** Words that may follow a whole description: a preposition, a conjunction, a relative or a verb of saying. */
const PHRASE_END_WORD = /^(?:of|in|on|at|to|for|from|by|with|and|or|but|that|who|which|while|when|where|as|since|during|after|before|across|over|under|around|near|into|than|because|so|if|according|said|says|say|told|including|the|a|an)$/i;

/**
 * A claimant fit to name in a stem: a whole name or body of a few words as the article writes it, not a
 * phrase cut mid-word ("the RAI (Italian public broadcasting service) and press agen").
 */
export function usableClaimant(claimant: string | null | undefined, body: string): boolean {
  if (!claimant) return true;
  if (claimant.split(/\s+/).length > 6 || /[()]/.test(claimant)) return false;
  const at = body.indexOf(claimant);
  return at >= 0 && !/^\p{L}/u.test(body.slice(at + claimant.length));
}

/**
 * What the other reports of a disputed status say, for the explanation of a blank in its sentence: "Nato has put
 * 8,500 troops on standby" beside the rewritten copy's "deployed" → ' “US rejects …” (AFP, rewritten copy) has
 * them deployed, not on standby.' (blind-17: the explanation should say the copies disagree). Empty when nothing disputes it.
 *
 * @example
 * statusNote(ctx, standbyFigure); // → ' “US rejects …” (AFP, rewritten copy) has them deployed, not on standby.'
 */
export function statusNote(ctx: GenerateContext, f: Figure): string {
  const notes = new Set<string>();
  for (const c of ctx.conflictsOf(f)) {
    if (c.kind !== 'status') continue;
    for (const claim of c.claims) {
      const other = claim.factId ? ctx.factById.get(claim.factId) : undefined;
      const status = other && 'status' in other ? other.status : null;
      if (claim.article === f.articleId || !status || status === f.status) continue;
      notes.add(` ${sourceLabel(ctx, claim.article).label} has them ${status}${f.status ? `, not ${f.status}` : ''}.`);
    }
  }
  return [...notes].join('');
}
