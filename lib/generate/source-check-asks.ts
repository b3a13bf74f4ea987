/**
 * What a source check asks for each kind of disagreement: whom a report names as the speaker, which words
 * it quotes, what title it gives, or what day, place, figure or status it says; with the wrong answers
 * (the other reports' versions, then people, places, days or figures of the same kind).
 */
import type { Conflict } from '@/lib/extract/types';
import type { Question } from './types';
import type { GenerateContext } from './context';
import { cleanShownText } from './clean';
import { shiftWhen } from './dates';
import { seededShuffle } from './hash';
import { parseWritten } from './numbers';
import { nearbyWritten } from './near-numbers';
import { pickPlaces } from './places';
import { pickPeople } from './pick-people';
import { displayQuote } from './quote-text';
import { namedIn } from './story';
import { normalise } from './text';
import { changedWords, changesMeaning } from './word-diff';
import { claimSpan, differLead, type Claim } from './source-check-claims';

/** What a speaker claim is about: the quoted words, carried on to the end of their phrase when they are few. */
function quotedAbout(ctx: GenerateContext, cl: Claim): string | null {
  const fact = cl.factId ? ctx.factById.get(cl.factId) : undefined;
  const article = ctx.articles.get(cl.article);
  if (!article) return null;
  const span = claimSpan(ctx, cl);
  const sentence = cleanShownText(article.body.slice(span.start, span.end));
  const quoted = fact?.kind === 'quote' ? fact.text : /“([^”]+)”/.exec(sentence)?.[1];
  if (!quoted) return null;
  const words = quoted.trim().split(/\s+/);
  if (words.length >= 6) return `who said “${displayQuote(quoted, 14)}”`;
  // “reciprocal” measures to address mutual security concerns: the few quoted words and the rest of their phrase.
  const at = sentence.indexOf(quoted);
  const rest = at >= 0 ? sentence.slice(at + quoted.length).replace(/^[”"’]\s*/, '').split(/[,;.:(]/)[0]?.trim().split(/\s+/).slice(0, 8).join(' ') : '';
  const topic = `“${quoted.replace(/[,.]$/, '')}”${rest ? ` ${rest}` : ''}`;
  // Few quoted words are a label, not speech: nobody "is quoted" on them, somebody made the offer or plan they name.
  const act = at >= 0 ? OFFER_BEFORE.exec(sentence.slice(0, at).replace(/[“"‘]\s*$/, '')) : null;
  return act ? `who made the ${act[1]!.toLowerCase()} ${act[2]!.toLowerCase()} ${topic}` : `whom it credits with ${topic}`;
}

/** "an offer on", "a proposal for", "a call for" just before scare-quoted words: the act the claim is about. */
const OFFER_BEFORE = /\b(offer|proposal|plan|call|demand|pledge|promise|warning|request)\s+(on|of|for|to)\s*$/i;

export interface Asked {
  prompt: string;
  answer: string;
  distractors: string[];
  choiceType: NonNullable<Question['choiceType']>;
  personIds: string[];
  places: string[];
  says: (cl: Claim) => string;
}

export function speakerCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], which: string, phrase: string, seed: string, rewrite: boolean): Asked | null {
  const about = quotedAbout(ctx, asked);
  const answerId = ctx.people.resolve(asked.says);
  const person = answerId ? ctx.people.byId.get(answerId) : undefined;
  if (!about || !person) return null;
  const said = claims.map((cl) => ctx.people.byId.get(ctx.people.resolve(cl.says) ?? '')?.name ?? cl.says.trim());
  // Only people the asked report names: a name from elsewhere would be a giveaway.
  const here = namedIn(ctx, asked.article);
  const excluded = new Set(claims.map((cl) => ctx.people.resolve(cl.says)).filter((x): x is string => !!x));
  const fill = pickPeople(ctx, person, excluded, Math.max(0, 4 - said.length), seed, asked.article, (p) => here.has(p.id)).map((p) => p.name);
  return {
    prompt: `${differLead(phrase, rewrite, about)}. Whom does ${which} name?`,
    answer: person.name,
    distractors: [...said.filter((x) => x !== person.name), ...fill],
    choiceType: 'person',
    personIds: said.map((s) => ctx.people.resolve(s)).filter((x): x is string => !!x),
    places: [],
    says: (cl) => `it was ${ctx.people.byId.get(ctx.people.resolve(cl.says) ?? '')?.name ?? cl.says}`,
  };
}

export function wordingCheck(ctx: GenerateContext, asked: Claim, claims: Claim[], which: string, phrase: string): Asked | null {
  const other = claims.find((cl) => cl !== asked);
  const fact = asked.factId ? ctx.factById.get(asked.factId) : undefined;
  const speaker = fact?.kind === 'quote' ? fact.speaker : null;
  if (!other || !speaker) return null;
  const short = (x: string) => x.trim().split(/\s+/).length <= 4;
  // "not simple" against "difficult": the whole quotation is the changed words.
  const diff = short(asked.says) && short(other.says)
    ? { blanked: null, mine: asked.says.trim().replace(/[,.]$/, ''), theirs: other.says.trim().replace(/[,.]$/, '') }
    : changedWords(displayQuote(asked.says, 60), displayQuote(other.says, 60));
  if (!diff || normalise(diff.mine) === normalise(diff.theirs)) return null;
  // A synonym ("idea" for "clue") is a rewrite's wording, not a disagreement a student should learn.
  if (!changesMeaning(diff.mine, diff.theirs)) return null;
  const stem = diff.blanked
    ? `${phrase} quote ${speaker} differently. Which words complete the quotation as ${which} gives it: “${diff.blanked}”?`
    : `${phrase} quote ${speaker} differently. Which words does ${which} quote?`;
  return {
    prompt: stem,
    answer: diff.mine,
    distractors: [diff.theirs],
    choiceType: 'text',
    personIds: [ctx.people.resolve(speaker)].filter((x): x is string => !!x),
    places: [],
    says: (cl) => `“${displayQuote(cl.says, 60)}”`,
  };
}

export function detailCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], which: string, phrase: string, seed: string, rewrite: boolean): Asked | null {
  const said = claims.map((cl) => cl.says.trim());
  const answer = asked.says.trim();
  const taken = new Set(said.map(normalise));
  let fill: string[] = [];
  if (c.kind === 'place') fill = pickPlaces(ctx, answer, said, 4 - said.length, seed);
  if (c.kind === 'date') fill = seededShuffle([1, -1, 2, -2].map((k) => shiftWhen(answer, k)).filter((w): w is string => !!w && !taken.has(normalise(w))), seed).slice(0, 4 - said.length);
  if (c.kind === 'value') {
    const parsed = parseWritten(answer);
    if (!parsed) return null;
    fill = seededShuffle(nearbyWritten(parsed).map((x) => x.text).filter((x) => !taken.has(normalise(x))), seed).slice(0, 4 - said.length);
  }
  const about = c.about.trim().replace(/\s*\([^)]*\)\s*$/, '').replace(/[.?]+$/, '');
  const lowered = /^(Who|What|When|Where|Whether|How|Which|The)\b/.test(about) ? about.charAt(0).toLowerCase() + about.slice(1) : about;
  return {
    prompt: `${differLead(phrase, rewrite, lowered)}. What does ${which} say?`,
    answer,
    distractors: [...said.filter((x) => x !== answer), ...fill],
    choiceType: c.kind === 'place' ? 'place' : c.kind === 'date' ? 'date' : c.kind === 'value' ? 'number' : 'text',
    personIds: [],
    places: c.kind === 'place' ? said : [],
    says: (cl) => cl.says.trim(),
  };
}

export function titleCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], which: string, phrase: string): Asked | null {
  const id = claims.map((cl) => ctx.people.resolve(cl.says)).find((x): x is string => !!x);
  const person = id ? ctx.people.byId.get(id) : undefined;
  if (!person) return null;
  // "US Vice President Joe Biden" → "US Vice President": the title without the name, in every option.
  const titleOf = (says: string) => says.replace(new RegExp(`\\s*,?\\s*(?:${ctx.people.spellings(person.id).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*,?`, 'g'), ' ').trim();
  const said = claims.map((cl) => titleOf(cl.says)).filter(Boolean);
  if (new Set(said.map(normalise)).size < 2) return null;
  return {
    prompt: `${phrase} give ${person.name} different titles. What title does ${which} give?`,
    answer: titleOf(asked.says),
    distractors: said.filter((x) => x !== titleOf(asked.says)),
    choiceType: 'text',
    personIds: [person.id],
    places: [],
    says: (cl) => titleOf(cl.says),
  };
}
