/**
 * Which side a person speaks for, and which people a who-said question may offer beside the speaker:
 * someone of the side the words are about, or a misspelt twin of a real name, gives the answer away.
 */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { withinOneEdit } from '@/lib/text/within-one-edit';
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';
import { containsWords, normalise } from './text';
import { namesIntroducedAsBodies, speakerKind, type SpeakerKind } from './speaker-kind';
import { leadingSide, namesSide, sideOfWords } from './nations';
import { ROLE_HEADS, ROLE_WORDS } from '@/lib/extract/lexicon';
import { selfTitle, speakerPlace, type SpeakerPlace } from './speaker-place';
import { memoByObject, memoByObjectAndKey } from './memo';
import { nameMentions } from './report-titles';

/** "he's made the ultimate decision": someone the quotation speaks of without naming. */
const UNNAMED_THIRD = /\b(?:he|she)(?:['’]s)?\b/i;
/** Offices that are a US government's own ("the Pentagon's spokesman", "Secretary of Defense"). */
const US_OFFICE = /\b(?:Pentagon|State Department|White House|Secretary of (?:State|Defense)|Defense Secretary|Deputy Secretary of State)\b/;

/**
 * A person's side: the declared one, else that of the person their role is relative to ("Mr Blinken’s
 * deputy" → US), else US for an office only the US government has. Null when nothing tells.
 */
export function sideOf(ctx: GenerateContext, p: Person): string | null {
  if (p.affiliation) return p.affiliation;
  return sideByRole(ctx, p);
}

/** Sides worked out from roles, once per person: who-said options ask for every candidate's side. */
const sideByRole = memoByObjectAndKey(function sideByRole(ctx: GenerateContext, p: Person): string | null {
  const role = p.role ?? '';
  const boss = /^(?:Mr\.?|Ms\.?|Mrs\.?)?\s*(\p{Lu}[\p{L}-]+)['’]s\b/u.exec(role)?.[1];
  const other = boss ? [...ctx.people.byId.values()].find((o) => o.id !== p.id && o.affiliation && o.name.split(' ').includes(boss)) : undefined;
  if (other) return other.affiliation;
  // "the foreign minister of Cuba", "President of The United States": the state after "of".
  const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,2})/iu.exec(role)?.[1];
  const ofSide = of ? leadingSide(of) : null;
  if (ofSide) return ofSide;
  return US_OFFICE.test(role) ? 'US' : sideInArticles(ctx, p);
}, (p) => p.id);

/** "Pakistani Army Chief General Raheel Sharif", "Pakistan’s Adviser … Sartaj Aziz": a run of titles in capitals before the name. */
// Words on one line, no sentence's end between: "Deauville, France\n\nDmitry Medvedev" gives him no side.
const TITLES_BEFORE = /((?:(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}-]*|of|for|the)(?:['’]s)?[ \t]+)+)$/u;
/** "Bruno Rodriguez, Cuba’s foreign minister", "Yu Myung-hwan, the South Korean foreign minister": a state's word just after. */
const SIDE_AFTER = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)/u;

/**
 * The side the articles' own words give a person with no role to tell: a demonym or a state's name opening
 * the run of titles written before the name ("Pakistani Army Chief General Raheel Sharif"), or just after it
 * in apposition. The first mention that tells decides; null when none does.
 */
function sideInArticles(ctx: GenerateContext, p: Person): string | null {
  for (const { value } of nameMentions(ctx, p)) {
    for (const { before, after } of value) {
      const side = sideNear(before, after);
      if (side) return side;
    }
  }
  return null;
}

/**
 * "the President of the United States of America, Barack Obama": an office of a state, then a comma and the
 * name (a host's welcome in a transcript gives its guest no other title).
 */
const OFFICE_OF_STATE_BEFORE = /\b(?:\p{Lu}[\p{L}-]*\s+){1,3}of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.]*){0,3}),\s+$/u;

function sideNear(before: string, after: string): string | null {
  const office = OFFICE_OF_STATE_BEFORE.exec(before);
  const head = office?.[0].trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const ofState = office && (ROLE_WORDS.has(head) || ROLE_HEADS.has(head)) ? leadingSide(office[1] ?? '') : null;
  if (ofState) return ofState;
  const words = (TITLES_BEFORE.exec(before)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  // From the name back over title words only: "Pakistani Army Chief General" → Pakistan; "Kerry and …" stops.
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    const side = sideOfWords(`${words[i - 1] ?? ''} ${word}`) ?? sideOfWords(word);
    if (side) return side;
    if (!ROLE_WORDS.has(word.toLowerCase()) && !ROLE_HEADS.has(word.toLowerCase())) break;
  }
  const next = SIDE_AFTER.exec(after)?.[1];
  return next ? leadingSide(next) : null;
}

/**
 * "Raila Odinda" beside "Raila Odinga": a name one slip from another person's that the library writes
 * less often is the source's misspelling, never offered as a choice.
 */
export function isMisspeltTwin(ctx: GenerateContext, p: Person): boolean {
  return misspeltTwins(ctx).has(p.id);
}

const misspeltTwins = memoByObject(function misspeltTwins(ctx: GenerateContext): Set<string> {
  const twins = new Set<string>();
  const people = [...ctx.people.byId.values()].filter((x) => x.name.includes(' '));
  let bodies: string | null = null;
  const uses = (x: Person) => (bodies ??= [...ctx.articles.values()].map((a) => a.body).join('\n')).split(x.name.split(' ').pop() ?? x.name).length - 1;
  // A slip in the surname: people sharing a first name are compared.
  const byFirst = new Map<string, Person[]>();
  for (const x of people) {
    const first = x.name.split(' ')[0] ?? '';
    const group = byFirst.get(first);
    if (group) group.push(x);
    else byFirst.set(first, [x]);
  }
  for (const group of byFirst.values()) {
    for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) {
      if (a.name.length > 6 && withinOneEdit(a.name.toLowerCase(), b.name.toLowerCase())) {
        const [ua, ub] = [uses(a), uses(b)];
        if (ua !== ub) twins.add(ua < ub ? a.id : b.id);
      }
    }
  }
  return twins;
});

/** Words before a name that put its bearer out of the story's events: "the funeral of General Secretary …". */
const ABSENT_BEFORE = /\b(?:funeral|death|burial|memorial|wake|mourning|killing|assassination|passing|late)\b(?:\s+(?:of|for))?(?:\s+(?:the\s+)?[\p{Lu}][\p{L}.-]*)*\s*$/u;

/**
 * Whether a person appears only as the dead or the mourned ("the funeral of General Secretary Nguyen Phú
 * Trong"), never quoted nor meeting anyone: a name from the story, but no one who could have said anything in it.
 */
export const isPassingMention = memoByObjectAndKey(passingUncached, (p: Person) => p.id);

function passingUncached(ctx: GenerateContext, p: Person): boolean {
  if (ctx.quotes.some((q) => q.speakerId === p.id)) return false;
  let seen = 0;
  for (const a of ctx.articles.values()) {
    for (const form of ctx.people.spellings(p.id)) {
      for (let i = a.body.indexOf(form); i >= 0; i = a.body.indexOf(form, i + form.length)) {
        seen++;
        if (!ABSENT_BEFORE.test(a.body.slice(Math.max(0, i - 60), i))) return false;
      }
    }
  }
  return seen > 0;
}

/**
 * Who could have said words, by side: not anyone of the side of a "he" the reporter names just before
 * ("said Mr Putin seemed ready to invade … “we see every indication that he is going to use military
 * force”": not Putin, nor Kozak); and, when the words name the speaker's own side ("the US-India defense
 * partnership"), not a minister of a third nation they leave out (Japan's).
 *
 * @example
 * pickPeople(ctx, sherman, excluded, 3, seed, articleId, sideFilter(ctx, sherman, quote, text, excluded)); // no Russians
 */
export function sideFilter(ctx: GenerateContext, speaker: Person, q: Quote, text: string, excluded: ReadonlySet<string>): (p: Person) => boolean {
  const ownSide = sideOf(ctx, speaker);
  const spokenOf = new Set<string>();
  if (UNNAMED_THIRD.test(text)) {
    // The reporter names him in the cited sentences or in the sentence before the quotation.
    const body = ctx.articles.get(q.articleId)?.body ?? '';
    const before = body.slice(Math.max(0, q.sentence.start - 300), q.sentence.start).split(/(?<=[.!?”])\s+(?=\p{Lu})/u).pop() ?? '';
    for (const p of ctx.people.byId.values()) {
      const side = p.id !== speaker.id && (excluded.has(p.id) || ctx.people.isMentionedIn(p.id, before)) ? sideOf(ctx, p) : null;
      if (side && side !== ownSide) spokenOf.add(side);
    }
  }
  // "Moscow will take the necessary retaliatory measures" names Russia by its capital.
  const capital = ownSide ? WORLD_CAPITALS[ownSide] : undefined;
  const named = !!ownSide && (namesSide(text, ownSide) || (!!capital && containsWords(text, capital)));
  // Options of the answer's own kind: people for a person, bodies for a body, judged in the report cited.
  const kindOf = kindsIn(ctx, q.articleId);
  const kind = kindOf(speaker);
  const place = placeOfSpeaker(text, ownSide);
  // "I am the democratically elected prime minister": only holders of that office, when the speaker holds it.
  const title = selfTitle(text, ROLE_WORDS, ROLE_HEADS);
  const holds = (p: Person) => !title || title.every((w) => normalise(p.role ?? '').split(' ').includes(w));
  const titled = !!title && holds(speaker);
  // Words that place their speaker ("visit Pakistan", "welcome you to Berlin") leave an option of unknown side a
  // guess: fewer options beat a giveaway. Words that only name a side do not: most people have no side the
  // library can read, and leaving them all out dropped a fifth of the who-said questions.
  const mustKnow = place.outside.size > 0 || place.inside.size > 0;
  return (p) => {
    // A thing read as a name is offered to no one (and a thing as the speaker gets no options, so no question).
    if (kind === 'thing' || kindOf(p) !== kind || (titled && !holds(p))) return false;
    const side = sideOf(ctx, p);
    if (!side) return !mustKnow;
    if (spokenOf.has(side) || place.outside.has(side)) return false;
    if (place.inside.size > 0 && !place.inside.has(side)) return false;
    return !named || side === ownSide || namesSide(text, side);
  };
}

/** Where the words place their speaker, unless that contradicts the speaker's known side (then nothing is sure). */
function placeOfSpeaker(text: string, ownSide: string | null): SpeakerPlace {
  const place = speakerPlace(text);
  const contradicts = !!ownSide && (place.outside.has(ownSide) || (place.inside.size > 0 && !place.inside.has(ownSide)));
  return contradicts ? { outside: new Set(), inside: new Set() } : place;
}

/** Speaker kinds as one article introduces its names, once per name and article. */
function kindsIn(ctx: GenerateContext, articleId: string): (p: Person) => SpeakerKind {
  return (p) => kindInArticle(ctx, { articleId, p });
}

const kindInArticle = memoByObjectAndKey(
  (ctx: GenerateContext, { articleId, p }: { articleId: string; p: Person }): SpeakerKind => speakerKind(p, namedAsBodies(ctx, articleId)),
  ({ articleId, p }) => `${articleId}\u0000${p.id}`,
);

/** The names an article introduces as bodies, read once per article. */
const namedAsBodies = memoByObjectAndKey((ctx: GenerateContext, articleId: string) => namesIntroducedAsBodies(ctx.articles.get(articleId)?.body ?? ''));

/**
 * Whether words offered as `answer`'s would give their real speaker away: they name their speaker's own
 * side, or its capital, and that side is not the answer's ("Moscow will take the necessary retaliatory
 * measures" offered as NATO's Secretary General's, blind-22).
 */
export function namesOwnOtherSide(ctx: GenerateContext, answer: Person, speaker: Person, text: string): boolean {
  const theirs = sideOf(ctx, speaker);
  if (!theirs || theirs === sideOf(ctx, answer)) return false;
  const capital = WORLD_CAPITALS[theirs];
  return namesSide(text, theirs) || (!!capital && containsWords(text, capital));
}

/** Sides that speak as one camp: a NATO chief's words and a US or UK minister's could be swapped. */
const CAMPS: string[][] = [['US', 'NATO', 'UK', 'EU', 'France', 'Germany', 'Poland', 'Italy', 'Greece', 'Canada', 'Australia', 'Japan', 'Ukraine']];

/**
 * Whether `other`'s words could pass for `speaker`'s in a what-said question: same side or camp, or a side
 * unknown. A Lavrov line ("We won’t allow our proposals to be drowned …") is no NATO Secretary General's
 * (blind-21, blind-22).
 *
 * @example
 * sameCamp(ctx, stoltenberg, lavrov); // → false
 * sameCamp(ctx, stoltenberg, blinken); // → true
 */
export function sameCamp(ctx: GenerateContext, speaker: Person, other: Person): boolean {
  const a = sideOf(ctx, speaker);
  const b = sideOf(ctx, other);
  return !a || !b || a === b || CAMPS.some((camp) => camp.includes(a) && camp.includes(b));
}
