/** Where did it happen? When? Asked only of events, with the place and day of their own clause. */
import { readsAsNoPerson } from './person-words';
import { countriesIn } from '@/lib/extract/meetings/participants';
import type { Meeting, Span } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { dropped } from './trace';
import { finishQuestion } from './build';
import { displayedText } from './dateline';
import { datedWhen, hasCalendarDate, isIsoDay, longDate, shiftWhen, weekdayOf, writesNearbyDay } from './dates';
import { inCaption, sentencesOf } from './evidence';
import { seededShuffle } from './hash';
import { stemFrame } from './frames';
import { namesItsEvent } from './figures';
import { meetingView, type MeetingView } from './meeting-view';
import { headlineTalksName } from './location-line';
import { hostGivesCapital, isLoneNamedState, isTownOfNamedState, meetsAtHome, namesMeetingByPlaceAlone, stemCapitals, travellerCapitals } from './place-giveaways';
import { isAskablePlace, namesSeatOfBody, namesStateOfCapital, pickPlaces, placeSimilarity, stemRulesOutPlaces } from './places';
import { cleanShownText } from './clean';
import { displayName, isPersonLike } from './people';
import { inSlippedParagraph, isWholeSentence, needsPrevious } from './body-lines';
import { containsWords, escapeRegExp, normalise } from './text';
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';
import { stemVoice, unsaidReferent, voiceWords, type StemVoice } from './stem-voice';
import { memoByObject } from './memo';
import { isOutletSeat } from './office-names';
import { isManyDayMeeting } from './multi-day';
import { isDepartureDay, isHeadlineEvent, isReportDay } from './routine-days';
import { isRangeEnd } from './range-ends';

function source(m: Meeting): QuestionSource {
  return { article: m.articleId, start: m.sentence.start, end: m.sentence.end };
}

function participantIds(ctx: GenerateContext, m: Meeting): string[] {
  return m.participants.map((p) => ctx.people.resolve(p)).filter((id): id is string => !!id);
}

/** How many people the index knows took part: "Camp Victory" or "Iraq" among the participants are no one. */
function peopleWhoMet(ctx: GenerateContext, m: Meeting): number {
  return new Set(participantIds(ctx, m).filter((id) => {
    const p = ctx.people.byId.get(id);
    return !!p && isPersonLike(p);
  })).size;
}

/** People named in the meeting's own clause who took part: "the phone call between Antony Blinken and Wang Yi". */
function between(ctx: GenerateContext, v: MeetingView): string {
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  // "Clinton's separate meetings with Miliband and Steinmeier": Miliband and Steinmeier did not meet each
  // other (blind-22); the sentence, blanked, says who met whom.
  if (/\bseparate(?:ly)?\b/i.test(clause)) return '';
  // Named there in so many words ("Russias" is not Russia's president), and people, not an office or a unit;
  // not whoever reports it ("…, Pentagon Press Secretary George Little said"), nor a word of a longer name
  // ("New" of New Delhi); nor a name the reports only write as a qualifier ("Southeast Asian", person-words.ts).
  const names = [...new Set(participantIds(ctx, v.m))]
    .map((id) => ctx.people.byId.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p && isPersonLike(p) && !readsAsNoPerson(ctx, p) && ctx.people.spellings(p.id).some((f) => containsWords(clause, f) && !isHeadOfName(clause, f)) && !ctx.people.spellings(p.id).some((f) => isTailOfName(clause, f) || isRepresented(clause, f) || isReporter(clause, f)))
    .map((p) => displayName(p));
  if (names.length >= 2 && names.length <= 3) {
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    // "The Secretary General arrived for talks with Prime Minister Mitsotakis and President Pavlopoulos": those met
    // with someone else, not each other (blind-31); "between" only when one of them holds the talks.
    const withAt = WITH_AFTER_MEETING.exec(clause);
    const afterWith = withAt && names.every((n) => clause.indexOf(n.split(' ').pop() as string) > withAt.index);
    return afterWith ? ` with ${list}` : ` between ${list}`;
  }
  // "a bilateral meeting in Geneva between US and Russian officials": the sides as the clause names them.
  // Only after a meeting word: "relations between Washington and Israel" are not who met (blind review).
  const hit = SIDES_BETWEEN.exec(clause);
  const sides = hit && MEETING_BEFORE.test(clause.slice(Math.max(0, hit.index - 60), hit.index)) ? hit[1] : undefined;
  return sides ? ` between ${sides}` : '';
}

/**
 * "The President had a two-hour meeting with King Abdullah": a readout names the one its principal met, the
 * principal being whoever gives the briefing's words their "the President". " with King Abdullah", or '' when
 * the clause names no one person right after its meeting's "with".
 */
function withOne(ctx: GenerateContext, v: MeetingView): string {
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  const at = WITH_AFTER_MEETING.exec(clause);
  if (!at) return '';
  const after = clause.slice(at.index + at[0].length);
  // A person the index knows, by a full name or by an office ("King Abdullah": the index's one-word name with a role).
  const people = [...new Set(participantIds(ctx, v.m))].map((id) => ctx.people.byId.get(id)).filter((p): p is NonNullable<typeof p> => !!p && (isPersonLike(p) || !!p.role));
  const named = people.map((p) => ctx.people.spellings(p.id).map((f) => titledAfterWith(f).exec(after)?.[1]).find((x) => x)).filter((x): x is string => !!x);
  // As the clause writes them ("President Hu"), up to the name.
  return named.length === 1 ? ` with ${named[0] as string}` : '';
}

/** Right after "with": an office of capitalised words, then the name ("King Abdullah", "the Chinese President Hu"). */
function titledAfterWith(name: string): RegExp {
  return new RegExp(`^\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}${escapeRegExp(name)})(?![\\p{L}])`, 'u');
}

/** A meeting word and its "with": "for talks with …", "met with …". */
const WITH_AFTER_MEETING = /\b(?:meeting|meetings|talks|negotiations|call|discussions|consultations|met|meets|meet)\s+with\b/i;

/** A meeting word a few words before "between": "a bilateral meeting in Geneva between …". */
const MEETING_BEFORE = /\b(?:meeting|meetings|talks|negotiations|call|summit|dialogue|session|consultations|discussions|met)\b(?:\s+[\p{L}\d,.-]+){0,5}\s*$/iu;

/** "between US and Russian officials", "between the Israeli and Palestinian negotiators": two named sides. */
const SIDE = String.raw`(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*`;
const SIDES_BETWEEN = new RegExp(String.raw`\bbetween\s+(${SIDE}\s+and\s+${SIDE}(?:\s+(?:officials|negotiators|delegations|leaders|ministers|diplomats|representatives|envoys))?)\b`, 'u');

/**
 * Whether every mention of `name` in `text` ends a longer name ("Democratic Change" in "the Movement for
 * Democratic Change"): a participant read from the tail of a party's name is no one to name.
 */
function isTailOfName(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => /\p{Lu}[\p{L}-]*\s+(?:for|of|the|for the|of the)\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index)));
}

/** Whether every mention of `name` runs on into another capitalised word: "New" in "New Delhi". */
function isHeadOfName(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u.test(text.slice(m.index + m[0].length)));
}

/** Whether `name` is the one reporting the meeting: "…, Pentagon Press Secretary George Little said." */
function isReporter(text: string, name: string): boolean {
  // "… to date under President Donald Trump": the one in office, not at the table.
  if (new RegExp(`\\bunder\\s+(?:President\\s+|Prime Minister\\s+)?${escapeRegExp(name)}\\b`, 'u').test(text)) return true;
  return new RegExp(`\\b${escapeRegExp(name)}\\s+(?:said|says|told|announced|added)\\b|\\b(?:according to|said)\\s+(?:[\\p{L}.-]+\\s+){0,4}${escapeRegExp(name)}\\b`, 'u').test(text);
}

/**
 * Whether `name` is mentioned only as the one others stood in for ("Representatives for President Kiir and
 * Riek Machar took part …"): that person did not meet anyone.
 */
function isRepresented(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => STOOD_IN_FOR.test(text.slice(0, m.index)));
}

/** "Representatives for …", "envoys of … and …" up to the mention, with no verb between. */
const STOOD_IN_FOR = /\b(?:representatives|delegates|delegations?|envoys|emissaries|negotiators|aides)\s+(?:for|of|from)\s+(?:(?!\b(?:took|met|meet|meeting|held|attended|joined|were|was|have|has|had|opened|began|said|before|after)\b)[^.;])*$/i;

/** The places and days all reports of a meeting give, computed once per group of reports (copies share one). */
const groupDetails = memoByObject((group: ReturnType<GenerateContext['reportsOf']>): { places: string[]; whens: string[] } => {
  const places = new Set<string>();
  const whens = new Set<string>();
  for (const s of group) {
    if (s.kind !== 'meeting') continue;
    if (s.place) places.add(s.place);
    if (s.when) whens.add(s.when);
  }
  return { places: [...places], whens: [...whens] };
});

/** The places and days other reports give for this meeting: never offered as wrong answers. */
function reportedDetails(ctx: GenerateContext, m: Meeting): { places: string[]; whens: string[] } {
  const hit = groupDetails(ctx.reportsOf(m));
  const conflicts = ctx.conflictsOf(m);
  if (!conflicts.length) return hit;
  const places = new Set(hit.places);
  const whens = new Set(hit.whens);
  for (const c of conflicts) for (const cl of c.claims) (c.kind === 'place' ? places : c.kind === 'date' ? whens : new Set()).add(cl.says);
  return { places: [...places], whens: [...whens] };
}

/**
 * A stem's name for the meeting that no other meeting of the article answers to, or null: a bare
 * "the talks" needs the people who met, or the other detail (the day for "where", the place for
 * "when") that no namesake shares.
 */
function distinctName(ctx: GenerateContext, v: MeetingView, views: MeetingView[], asked: 'place' | 'when'): string | null {
  const others = views.filter((o) => o !== v);
  const qualifier = asked === 'place' ? (v.when ? ` on ${v.when}` : '') : v.place ? ` in ${v.place}` : '';
  const other = asked === 'place' ? 'when' : 'place';
  // "Foreign Secretary Johnson’s meeting" is named by one of the people who met: any of that person's
  // meetings in the article answers to it.
  if (/\p{L}['’]s\b/u.test(v.name) && others.length > 0) return null;
  // "the meeting of the Organization for Security and Co-operation in Europe": a body meets again and again;
  // beside the report's other meetings only its day says which (blind-34).
  if (asked === 'place' && others.length > 0 && BODY_MEETING.test(v.name)) {
    const day = datedWhen(v.when, v.m.date) ?? (isIsoDay(v.m.date) ? longDate(v.m.date) : null);
    // Undated, the body's name is all the report gives: kept, as before.
    if (day) return `${v.name} on ${day}`;
  }
  // "the talks" or "the meeting" could be any meeting of the article; "the summit" only another summit.
  const namesakes = others.filter((o) => normalise(o.name) === normalise(v.name) || (v.isBare && UMBRELLA.test(v.name)));
  // "Saturday's summit in Pyongyang" and "Saturday's 90-minute summit was the first …": a namesake of the very
  // day has the same answer to "when", so the place alone says which (fresh26).
  const sameDay = (o: MeetingView) => asked === 'when' && !!v.m.date && o.m.date === v.m.date;
  const told = (o: MeetingView) => !!qualifier && (sameDay(o) || (!!o[other] && normalise(o[other] ?? '') !== normalise(v[other] ?? '')));
  // "the phone call between Antony Blinken and Wang Yi": a meeting in plain words is named by who met.
  // "these talks today" under "April 5, 2017" and the headline "… following Russian-Uzbekistani talks": the talks the
  // transcript is of, unless it tells of talks on another day too.
  const ofAnotherDay = (o: MeetingView) => normalise(o.name) === normalise(v.name) && o.m.date !== v.m.date && normalise(o.m.when ?? '') !== normalise(longDate(v.m.date ?? ''));
  const headlined = v.dateLine && asked === 'when' && !others.some(ofAnotherDay) ? headlineTalksName(v.article.title, v.name) : null;
  // A record's lead is named as its headline names it, before the people the index read from it ("Following Russia-Vietnam").
  if (headlined && v.dateBy === 'lead') return headlined;
  const who = /^the \p{Ll}/u.test(v.name) && !/ between /.test(v.name) ? between(ctx, v) || (v.placeLine ? withOne(ctx, v) : '') : '';
  if (who && !namesakes.some((o) => between(ctx, o) === who)) return `${v.name}${who}${namesakes.length > 0 ? qualifier : ''}`;
  if (headlined) return headlined;
  if (namesakes.length > 0 && !namesakes.every(told)) return null;
  // "Where did the talks take place?" names no one even alone: the sentence, blanked, says which talks.
  if (UMBRELLA.test(v.name) && !qualifier) return null;
  // "When did the talks in Islamabad take place?" did not say whose (blind-28): when the sentence names the
  // people who met ("Foreign Secretary Philip Hammond met in Islamabad (on _____) with …"), it is the stem.
  if (UMBRELLA.test(v.name) && !who && participantIds(ctx, v.m).length > 0) return null;
  // "the peace talks in Geneva", "the round of talks": a generic phrase other articles' talks share too
  // (a stray capital made it look like a name); only the people who met say whose talks they were.
  if (GENERIC_TALKS.test(v.name)) return null;
  // A name no other meeting shares needs no day or place beside it: "When will the US-Russian talks in
  // Geneva take place?" would give away the where-question of the same talks (blind-20).
  const named = namesakes.length > 0 || UMBRELLA.test(v.name) ? `${v.name}${qualifier}` : v.name;
  // "the ministerial meeting": a meeting in plain words, with no one, no body and no place named, is one of
  // many; the sentence, blanked, says which (the one at which the President was detained, blind-26).
  return /^the \p{Ll}/u.test(named) && !/ (?:between|of the|with|in|on) /.test(named) ? null : named;
}

/** A body's sitting named by the body: "the meeting of the OSCE", "the NATO-Russia Council meeting". */
const BODY_MEETING = /^the (?:(?:[\p{Ll}-]+ )?(?:meeting|session|sitting)s? of the \p{Lu}|.*\b(?:Council|Committee|Commission|Assembly|Board|Organi[sz]ation|OSCE|NATO|UN|EU)\)? (?:meeting|session|sitting)$)/u;

/** Talks named by what any talks are: "peace talks", "a new round of talks". */
const GENERIC_TALKS = /^the (?:(?:peace|new|next|direct|fresh|formal|further|latest) (?:talks|negotiations|round of talks)|round of talks)$/;

/** Bare words that may name any meeting. */
const UMBRELLA = /^the (?:(?:peace|new|next|direct|fresh|formal|further|latest) )?(?:talks|meeting|meetings|negotiations|discussions|consultations|gathering|round of talks|visit|press conference|news conference)$/;

/**
 * The stem, anchored to its report. Null when the headline gives `answer` away ("… hosts London talks"):
 * the caller blanks the sentence instead.
 */
function askIn(ctx: GenerateContext, v: MeetingView, question: string, answer: string, monthOnly = false): string | null {
  // Named with when it was written ("(Wikinews, September 2015)"): "the ministerial meeting" of which story, which year.
  const label = stemFrame(ctx, v.m.articleId, question, monthOnly);
  if (!label) return null;
  // Always anchored: "When did the Security Council session take place?" names one of thousands, and a
  // planned meeting asked without its report reads as still to come whenever the student reads it. When
  // the headline gives the answer away, the caller blanks the sentence instead.
  if (containsWords(label, answer)) return null;
  return `According to ${label}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
}

/** "Which date completes this sentence in “…” (VOA, August 25, 2013)? …": null when the sentence names an event nothing dates. */
function framedBlank(ctx: GenerateContext, v: MeetingView, what: 'place' | 'date', blanked: string | null, voice: StemVoice | null, fullDate = false): string | null {
  // A date's blank shows the report's month only, unless the report's full date is what dates the day.
  const frame = blanked ? stemFrame(ctx, v.article.id, blanked, what === 'date' && !fullDate) : null;
  if (!frame) return null;
  // "I am very glad … in _____": the speaker the transcript names says who "I" is.
  return voice && unsaidReferent(blanked ?? '') === 'speaker'
    ? `Which ${what} completes ${voiceWords(voice)}, in ${frame}? ${blanked}`
    : `Which ${what} completes this sentence in ${frame}? ${blanked}`;
}

/** The speaker a blanked meeting sentence needs, and the sentence naming them for the citation. */
function voiceOf(ctx: GenerateContext, v: MeetingView): StemVoice | null {
  return stemVoice(ctx, v.article.id, v.m.sentence);
}

/** The citation of the one who speaks a first-person stem, when it is another sentence than the meeting's. */
function voiceSources(v: MeetingView, voice: StemVoice | null, prompt: string): QuestionSource[] {
  if (!voice?.span || !prompt.includes(voiceWords(voice)) || voice.span.start === v.m.sentence.start) return [];
  return [{ article: v.m.articleId, start: voice.span.start, end: voice.span.end }];
}

/**
 * A speech given at the meeting: its day is the speech's. So is a closing or opening press conference's:
 * "The Prime Minister’s closing press conference at the G8 Summit, Lough Erne on 18 June 2013" dates the
 * summit's last day, and 17 June was as true an answer (round 8).
 */
const SPEECH_AT = /\b(?:keynote|address|speech|remarks|(?:(?:closing|opening|final)\s+(?:press\s+|news\s+)?(?:conference|statement|session)))\s+(?:at|to|before|of)\b/i;

/**
 * Talks the sentence mentions only as going on around its news: "… will urge for a peaceful resolution …
 * as negotiations continue between Armenia and Azerbaijan" has no day or place of its own; the day in the
 * sentence ("this week (22-23 May)") was the minister's visit (a false key, round 8).
 */
const ONGOING = /\b(?:as|while|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|discussions|consultations)\s+(?:continue|go on|proceed|drag on|are under way)\b/iu;

/** The occasions at which news is told to reporters: press and news conferences, briefings. */
const PRESS_OCCASION = /\b(?:(?:press|news|media)\s+(?:conference|briefing|availability|event)|briefing|press\s+call)s?\b/i;

/** A clause that says when talks began, not when they were held: "the talks that began Thursday". */
const STARTS = /\b(?:began|begun|begin|begins|opened|opens|started|starts|got under way|kicked off)\b/i;

/** Whether a meeting's name is plural by its head noun: "the US-Russian talks" were, "the round of talks" was. */
function isPluralMeeting(name: string): boolean {
  const head = (name.split(/ (?:between|of|in|on) /)[0] ?? name).trim().split(' ').pop() ?? '';
  return /^(?:talks|negotiations|consultations|discussions|meetings|sessions)$/.test(head);
}

/** "The bilateral meeting took place in …"; "The US-Russian talks were to take place on …". */
function leadFor(name: string, planned: boolean, rest: string, begins = false): string {
  // The head noun decides: "the US-Russian talks were", "the round of talks was".
  const plural = isPluralMeeting(name);
  const verb = begins
    ? (planned ? `${plural ? 'were' : 'was'} to begin` : 'began')
    : `${planned ? `${plural ? 'were' : 'was'} to take` : 'took'} place`;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${verb} ${rest}.`;
}

/** A capitalised word right after a place's blank that is no day or month: the rest of the place's name. */
const PLACE_NAME_GOES_ON = /_____\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/** A place as the sentence writes it in full: "New York City" for the meeting in New York. */
function wholePlaceName(v: MeetingView, place: string): string {
  const sentence = v.article.body.slice(v.m.sentence.start, v.m.sentence.end);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(place)} City\\b`, 'u').test(sentence) ? `${place} City` : place;
}

/** The meeting's sentence as shown, with `detail` blanked: a stem that cannot mean another meeting. */
function blankedSentence(v: MeetingView, detail: string, views: MeetingView[], voice: StemVoice | null, isPlace = false): string | null {
  const shown = cleanShownText(displayedText(v.article, v.m.sentence));
  // A caption line is no stem (see cloze): it tells the picture, not the story.
  if (needsPrevious(shown) || !isWholeSentence(shown) || inCaption(v.article.body, v.m.sentence)) return null;
  // "“The whole situation requires …,” insisted _____ Macron": a stem that opens on someone's words asks
  // about a speech, not a meeting; and a translation's quotation would be shown as the speaker's.
  if (/^[“"‘]/.test(shown)) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(detail)}(?![\\p{L}\\p{N}])`, 'gu');
  const blanked = shown.replace(re, '_____');
  // "in _____, Jordan": the country after the blank would rule out every town elsewhere; "in _____ City"
  // gives away New York (blind-23).
  if (isPlace && (/_____,\s+\p{Lu}/u.test(blanked) || PLACE_NAME_GOES_ON.test(blanked))) return null;
  // "I met him only two days ago in _____", "leaders here and in _____" with the dateline cut: who and
  // where the sentence means are not on the page; "I" is, when the transcript names its speaker.
  const unsaid = unsaidReferent(blanked);
  if (unsaid === 'person' || unsaid === 'place' || (unsaid === 'speaker' && !voice)) return null;
  return blanked.split('_____').length === 2 ? whichTalks(v, blanked, detail, views) : null;
}

/** "the talks", "the meeting" with nothing after it that says which. */
const BARE_TALKS = /\bthe (?:talks|meeting|negotiations|discussions)\b(?!\s+(?:in|between|of|with|on|at)\b)/i;

/**
 * A blanked sentence whose "the talks" could mean any of the article's meetings, said which by the place of
 * the states taking part in the meeting the sentence follows ("Dmitry Kozak … said the talks [involving Russia, Ukraine, France and Germany] were “not simple”, but that
 * another round would take place in two weeks in _____", blind-21/23). Null when nothing close says which,
 * or when that place is the blank's answer.
 */
function whichTalks(v: MeetingView, blanked: string, detail: string, views: MeetingView[]): string | null {
  const bare = BARE_TALKS.exec(blanked);
  const others = views.filter((o) => o.m.sentence.start !== v.m.sentence.start);
  if (!bare || others.length === 0) return blanked;
  const body = v.article.body;
  const paragraphStart = body.lastIndexOf('\n\n', body.lastIndexOf('\n\n', v.m.sentence.start) - 1);
  const before = others
    .filter((o) => o.place && o.m.sentence.start < v.m.sentence.start && o.m.sentence.start > paragraphStart)
    .sort((a, b) => b.m.sentence.start - a.m.sentence.start)[0];
  if (!before?.place || normalise(before.place) === normalise(detail) || containsWords(blanked, before.place)) return null;
  // Said which by the states taking part, not by the place: "[in Paris]" gave away the where-question on
  // those talks (blind-26). "involving", since the list may be short of a party the article names.
  // Every state the meeting's own sentence names, not only the participants the extractor kept: "Russian and
  // Ukrainian officials met … with representatives of France and Germany" left Germany out (blind-27).
  const named = countriesIn(v.article.body.slice(before.m.sentence.start, before.m.sentence.end));
  const states = [...new Set([...before.m.participants, ...named])].filter((p) => p in WORLD_CAPITALS && !containsWords(blanked, p));
  if (states.length < 2) return null;
  const at = bare.index + bare[0].length;
  const list = `${states.slice(0, -1).join(', ')} and ${states[states.length - 1]}`;
  return `${blanked.slice(0, at)} [involving ${list}]${blanked.slice(at)}`;
}

function where(ctx: GenerateContext, v: MeetingView, views: MeetingView[]): Question | null {
  const place = v.place;
  if (!place) return dropped(ctx, v.m.id, v.m.place ? 'where:place-outside-meeting-clause' : 'where:no-place', null);
  if (!isAskablePlace(place)) return dropped(ctx, v.m.id, 'where:not-a-place', null);
  if (!ctx.isTrusted(v.m)) return dropped(ctx, v.m.id, 'where:untrusted', null);
  // "… another meeting, this time in Latin America, in Lima" under "November 20, 2016, Lima": a sentence that tells the
  // place asks it; the header line does not ask it again.
  if (v.placeLine && views.some((o) => o !== v && !o.placeLine && o.place === place)) return dropped(ctx, v.m.id, 'where:told-in-a-sentence', null);
  const name = distinctName(ctx, v, views, 'place');
  const verb = v.planned ? 'will' : 'did';
  const named = name ? askIn(ctx, v, `Where ${verb} ${name} take place?`, place) : null;
  // "A meeting in New York City": the blank takes the whole name, never "_____ City" (blind-23).
  const whole = named ? place : wholePlaceName(v, place);
  const voice = named ? null : voiceOf(ctx, v);
  // A place from the transcript's header is asked of the meeting by name only: its sentence does not hold it to blank.
  const prompt = named ?? (v.placeLine ? null : framedBlank(ctx, v, 'place', blankedSentence(v, whole, views, voice, true), voice));
  // "the Geneva talks": a name that holds its place asks nothing; nor does a report whose headline, shown as
  // its source, gives it ("Before the US-Russian talks in Geneva, NATO shows its unity"), nor a stem or
  // headline naming the state whose capital it is ("… with Ethiopian President …", "Ethiopia’s capital,
  // _____" for Addis Ababa).
  if (!prompt) return dropped(ctx, v.m.id, 'where:no-stem', null);
  // "the United Nations headquarters in _____": a blank for the seat of a body the shown sentence names asks what
  // a student knows without the article, and the phrase gives it (blind-33). A stem that names only who met shows no seat.
  if (!named && namesSeatOfBody(v.article.body.slice(v.m.sentence.start, v.m.sentence.end), place)) return dropped(ctx, v.m.id, 'where:seat-of-a-body', null);
  if (containsWords(prompt, place) || containsWords(v.article.title, place) || namesStateOfCapital(v.article.title, place) || (/\bcapital\b/i.test(prompt) && namesStateOfCapital(prompt, place))) return dropped(ctx, v.m.id, 'where:stem-or-headline-gives-it', null);
  // "(The White House …) … first visit to _____": a government's release on a visit to its own seat, named as the
  // stem's source, gives the place (blind-38).
  if (/\bvisit/i.test(prompt) && isOutletSeat(v.article.outlet, place)) return dropped(ctx, v.m.id, 'where:stem-or-headline-gives-it', null);
  // Places a reader could defend: other reports' place for this meeting, and the places of the article's
  // meetings the stem could be taken for (any of them, for a meeting in plain words or a blanked sentence).
  const confusable = views.filter((o) => o !== v && o.place && (!named || /^the \p{Ll}/u.test(v.name) || normalise(o.name) === normalise(v.name)));
  // A host meets at home: "Foreign Secretary hosts UK-China Strategic Dialogue" gives London (blind-34).
  if (hostGivesCapital(prompt, place) || meetsAtHome(ctx, participantIds(ctx, v.m), place)) return dropped(ctx, v.m.id, 'where:host-at-home', null);
  // "Following the conference in Belgium, …": another meeting known by its place alone is not on the page.
  if (!named && namesMeetingByPlaceAlone(prompt)) return dropped(ctx, v.m.id, 'where:other-meeting-by-place', null);
  const sentence = named ? (name ?? '') : prompt.slice(prompt.indexOf('? ') + 2);
  const travellers = travellerCapitals(ctx, sentence, participantIds(ctx, v.m), v.article.title);
  const stemStates = stemCapitals(sentence);
  // A blanked sentence says which meeting it is; another meeting's place that is a capital of the states it
  // names is a wrong answer a reader weighs, not a rival key ("met … in _____ with representatives of France
  // and Germany" offers Berlin, where the next round is, beside Paris: blind-34).
  const rivals = confusable.map((o) => o.place as string).filter((p) => named || !stemStates.has(normalise(p)));
  const excluded = [...reportedDetails(ctx, v.m).places, ...rivals, ...travellers];
  // A stem that names the meeting ("the meeting of the Group of Eight") is answered among the capitals of the
  // states its sentence in the report names (the G8's, not Baghdad): the same kind of meeting, from the story.
  const reportStates = named ? stemCapitals(v.article.body.slice(v.m.sentence.start, v.m.sentence.end)) : stemStates;
  const picks = pickPlaces(ctx, place, excluded, 3, `${ctx.seed}|where|${v.m.id}`, { articleId: v.m.articleId, shown: prompt, named: new Set([...stemStates, ...reportStates]) });
  if (picks.length < 3) return dropped(ctx, v.m.id, 'where:few-options', null);
  if (stemRulesOutPlaces(prompt, place, picks)) return dropped(ctx, v.m.id, 'where:stem-names-the-country', null);
  // The answer must not be the one option of the states the sentence names (Paris beside no Berlin).
  if (isLoneNamedState(stemStates, place, picks)) return dropped(ctx, v.m.id, 'where:stem-names-its-state', null);
  // Christchurch among Funafuti, Suva and Canberra under "New Zealand begins …": the one town of the named state.
  if (isTownOfNamedState(v.article.title, v.article.body, prompt, place)) return dropped(ctx, v.m.id, 'where:town-of-the-named-state', null);
  const lead = named && name ? leadFor(name, v.planned, `in ${place}`) : `The place is ${whole}.`;
  return finishQuestion(ctx, {
    kind: 'where',
    prompt,
    answer: whole,
    distractors: picks,
    choiceType: 'place',
    sources: [source(v.m), ...(v.placeLine ? [{ article: v.m.articleId, ...v.placeLine }] : []), ...voiceSources(v, voice, prompt)],
    lead,
    factIds: [v.m.id],
    factContent: `${v.m.articleId}|${normalise(v.m.what)}|${normalise(place)}|${normalise(v.m.when ?? '')}`,
    base: 0.25,
    similarity: placeSimilarity(ctx, picks),
    recurrence: v.m.supportedBy.length,
    personIds: participantIds(ctx, v.m),
    places: [place],
  });
}

/**
 * What dates a bare weekday, for the explanation: the report's publication date, or a sentence of the
 * report that writes a day of the same week ("the talks Monday, January 10"), cited beside the meeting's.
 * Null when nothing the reader can see dates it.
 */
function dateEvidence(v: MeetingView, day: string): { sources: QuestionSource[]; note: string; byReportDate: boolean } | null {
  const iso = v.m.date;
  if (!iso) return null;
  const said = ` The report says “${v.when}”`;
  if (isIsoDay(v.article.date)) {
    return { sources: [], note: `${said} and is dated ${longDate(v.article.date)}: its ${weekdayOf(day)} is ${day.replace(/^\w+,\s*/, '')}.`, byReportDate: true };
  }
  const anchor = sentencesOf(v.article.body).find((s) => s.start !== v.m.sentence.start && writesNearbyDay(v.article.body.slice(s.start, s.end), iso));
  // "The United States on Wednesday (Jan 26) rejected …" then "In a phone call …, Mr Blinken on Wednesday":
  // an event of the very day the lead writes out is the news day again, asked from the lead.
  if (!anchor || writesNearbyDay(v.article.body.slice(anchor.start, anchor.end), iso, 0)) return null;
  return { sources: [{ article: v.m.articleId, start: anchor.start, end: anchor.end }], note: `${said}, and dates its week elsewhere: its ${weekdayOf(day)} is ${day.replace(/^\w+,\s*/, '')}.`, byReportDate: false };
}

/** What dates a transcript's "today": the header line that writes the day, cited beside the meeting's sentence. */
function lineDating(v: MeetingView, line: Span, day: string): { sources: QuestionSource[]; note: string; byReportDate: boolean } {
  const note = v.dateBy === 'dateline'
    ? ` The report is datelined ${day}: its “${v.m.when ?? ''}” is that day.`
    : v.dateBy === 'lead' ? ` The record is dated ${day}, the day of the meeting its first line reports.` : ` The transcript is dated ${day}: its “${v.m.when ?? ''}” is that day.`;
  // Cited on its own even inside the meeting's sentence: a card shows a sentence without its dateline (dateline.ts).
  return { sources: [{ article: v.m.articleId, ...line }], note, byReportDate: false };
}

function when(ctx: GenerateContext, v: MeetingView, views: MeetingView[]): Question | null {
  // A bare weekday ("Friday") is trivia: the day is asked with its date, given or resolved, or not at all.
  const lineDay = v.m.date ?? v.dateLineDay;
  const day = datedWhen(v.when, v.m.date) ?? (v.dateLine && lineDay ? longDate(lineDay) : null);
  // The day of a phone call is trivia (blind-20 rejected "when did the phone call … take place?").
  if (!day) return dropped(ctx, v.m.id, v.when ? 'when:undated-day' : v.m.when ? 'when:day-outside-meeting-clause' : 'when:no-day', null);
  if (!ctx.isTrusted(v.m)) return dropped(ctx, v.m.id, 'when:untrusted', null);
  if (v.m.type === 'call') return dropped(ctx, v.m.id, 'when:phone-call', null);
  // "Rumsfeld said in a Pentagon press conference June 4 that …": a press conference or briefing is where
  // the news was told, not an event of the story; its day is trivia (blind-33).
  if (PRESS_OCCASION.test(v.m.what) || PRESS_OCCASION.test(v.name)) return dropped(ctx, v.m.id, 'when:press-occasion', null);
  // "… will give a keynote address at the Shangri-La Dialogue June 4": the day of a speech, not of the
  // whole conference (June 3 and 5 would be true as well).
  if (SPEECH_AT.test(v.article.body.slice(v.clause.start, v.clause.end))) return dropped(ctx, v.m.id, 'when:speech-day', null);
  // "their three-day summit": one day of a meeting the report says ran several is not its date.
  if (!/[–—-]/.test(day) && isManyDayMeeting(v.article.body, v.m.what)) return dropped(ctx, v.m.id, 'when:many-day-meeting', null);
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  // "on September 5 and 6": one end of the range is neither the meeting's date nor a fair blank (blind-35).
  if (v.when && isRangeEnd(v.article.body.slice(v.m.sentence.start, v.m.sentence.end), v.when)) return dropped(ctx, v.m.id, 'when:one-end-of-range', null);
  // "before flying to the Middle East Sunday for talks …": the day she flies, not the talks', and its date only
  // the report's (blind-34). A written date ("will travel to New York on March 14 for meetings") dates the visit.
  if (v.when && !hasCalendarDate(v.when) && isDepartureDay(clause, v.when)) return dropped(ctx, v.m.id, 'when:departure-day', null);
  // The report's own day asks when the report was filed (blind-34: "a routine town hall … simply the article's
  // own dateline"), unless the story is about the meeting: talks, a summit, named leaders a reported visit called on.
  const onReportDay = isReportDay(day, v.m.date, v.article.date);
  if (onReportDay && !isHeadlineEvent({ title: v.article.title, clause, who: between(ctx, v), people: peopleWhoMet(ctx, v.m) })) return dropped(ctx, v.m.id, 'when:report-day', null);
  const dating = day === v.when ? { sources: [], note: '', byReportDate: false } : v.dateLine ? lineDating(v, v.dateLine, day) : dateEvidence(v, day);
  if (!dating) return dropped(ctx, v.m.id, 'when:no-date-evidence', null);
  const name = distinctName(ctx, v, views, 'when');
  const verb = v.planned ? 'will' : 'did';
  // "the peace talks that began Thursday" ran on for weeks: the day is when they began, not when they took place.
  const begins = STARTS.test(clause);
  // A weekday dated by the report's own date is asked with that date in the label (blind-34: "the cited text
  // shows only 'Sunday'"), so the student sees what turns the day into a date; not when that date is the answer.
  const fullDate = dating.byReportDate && !onReportDay;
  const named = name ? askIn(ctx, v, `When ${verb} ${name} ${begins ? 'begin' : 'take place'}?`, day, !fullDate) : null;
  // The sentence is blanked where it names the day as written; the answer is the date. Not "_____'s talks"
  // (the date does not read as a possessive), and not a sentence that leaves "the talks" unnamed.
  const sentence = v.article.body.slice(v.m.sentence.start, v.m.sentence.end);
  const possessive = !!v.when && new RegExp(`${escapeRegExp(v.when)}['’]s\\b`).test(sentence);
  const namesIt = (!v.isBare || (!!v.place && sentence.includes(v.place))) && namesItsEvent(ctx, sentence);
  const voice = named ? null : voiceOf(ctx, v);
  // A "today" blanked reads as no date ("these talks _____ took place"): a day the header gives is asked by name only.
  const prompt = named ?? (possessive || !namesIt || v.dateLine ? null : framedBlank(ctx, v, 'date', blankedSentence(v, v.when ?? day, views, voice), voice, fullDate));
  if (!prompt) return dropped(ctx, v.m.id, 'when:no-stem', null);
  if (containsWords(prompt, day) || (v.when && containsWords(prompt, v.when))) return dropped(ctx, v.m.id, 'when:stem-gives-it', null);
  // Days other reports give for the same meeting, or the article gives its other meetings, are not wrong answers.
  const otherDays = [...new Set([...reportedDetails(ctx, v.m).whens, ...views.filter((o) => o !== v && o.when).map((o) => o.when as string)])]
    .map((w) => weekdayOf(w) ?? normalise(w));
  // A day the stem itself names ("scheduled for _____ and Tuesday") or, for a meeting still to come, a day
  // before the report was written is no rival answer (blind-22).
  const shown = prompt.replace(/_____/g, ' ');
  const reported = isIsoDay(v.article.date) ? Date.parse(v.article.date) : NaN;
  const beforeReport = (k: number) => v.planned && !!lineDay && Date.parse(lineDay) + k * 86_400_000 < reported;
  // …and for a meeting the report tells as past, a day after the report was written (blind-40: "Friday, May 14"
  // for talks a report of Thursday, May 13 calls Wednesday's).
  const afterReport = (k: number) => !v.planned && !!lineDay && Date.parse(lineDay) + k * 86_400_000 > reported;
  const shifts = [1, -1, 2, -2, 3, -3, 4, 5];
  // Days after a past meeting's report are made up from earlier ones, so the options stay office days.
  const earlier = shifts.some(afterReport) ? [-4, -5, -6] : [];
  const options = [...shifts, ...earlier]
    .filter((k) => !beforeReport(k) && !afterReport(k))
    .map((k) => shiftWhen(day, k))
    .filter((w): w is string => !!w && !otherDays.includes(weekdayOf(w) ?? normalise(w)) && !containsWords(shown, weekdayOf(w) ?? w));
  // Diplomacy keeps office hours: weekdays first, weekends only to fill.
  const isWeekend = (w: string) => /^(Saturday|Sunday)$/.test(weekdayOf(w) ?? '');
  const shuffled = seededShuffle(options, `${ctx.seed}|when|${v.m.id}`);
  const picks = [...shuffled.filter((w) => !isWeekend(w)), ...shuffled.filter(isWeekend)].slice(0, 3);
  if (picks.length < 3) return dropped(ctx, v.m.id, 'when:few-options', null);
  const lead = `${named && name ? leadFor(name, v.planned, `on ${day}`, begins) : `The date is ${day}.`}${dating.note}`;
  return finishQuestion(ctx, {
    kind: 'when',
    prompt,
    answer: day,
    distractors: picks,
    choiceType: 'date',
    sources: [source(v.m), ...dating.sources, ...voiceSources(v, voice, prompt)],
    lead,
    factIds: [v.m.id],
    factContent: `${v.m.articleId}|${normalise(v.m.what)}|${normalise(v.m.place ?? '')}|${normalise(day)}`,
    base: 0.4,
    similarity: 0.6,
    recurrence: v.m.supportedBy.length,
    personIds: participantIds(ctx, v.m),
    places: v.place ? [v.place] : [],
  });
}

/**
 * The meetings each article reports as events, for articles that may be taught (not a garbled copy).
 * Untrusted ones stay in the list: a stem must tell a meeting apart from all the article's meetings.
 *
 * @example
 * meetingViews(ctx).get('000_b14f648e1192a9e9')?.map((v) => v.name); // → ['the bilateral meeting', 'the NATO-Russia Council meeting', …]
 */
export const meetingViews = memoByObject(function meetingViews(ctx: GenerateContext): Map<string, MeetingView[]> {
  const out = new Map<string, MeetingView[]>();
  for (const m of ctx.meetings) {
    if (ctx.isDerivative(m.articleId)) continue;
    const v = meetingView(ctx, m);
    if (v) out.set(m.articleId, [...(out.get(m.articleId) ?? []), v]);
  }
  return out;
});

/**
 * Where and when questions for the library's meetings. No order questions: in four blind reviews none of
 * five was signed (redundant beside the where and when questions of the same meetings, a two-way coin
 * toss, or meetings named in the stem with bare cities as choices); the issue asks which meeting happened
 * where and when, which those questions ask one by one.
 *
 * @example
 * meetingQuestions(ctx).filter((q) => q.kind === 'where');
 */
export function meetingQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const views of meetingViews(ctx).values()) {
    // "The leaders met in Singapore on Tuesday" and "the meeting in Singapore on Tuesday, June 12": one
    // event the article reports twice is asked once.
    const events = new Set<string>();
    for (const v of views) {
      // A paragraph a machine translation garbled ("said, Friday, January 7, the NATO Secretary General") is not taught.
      if (inSlippedParagraph(v.article, v.m.sentence)) {
        dropped(ctx, v.m.id, 'meeting:slipped-paragraph', null);
        continue;
      }
      if (ONGOING.test(v.article.body.slice(v.clause.start, v.clause.end))) {
        dropped(ctx, v.m.id, 'meeting:ongoing-backdrop', null);
        continue;
      }
      const event = v.m.date && v.place ? `${v.m.date}|${normalise(v.place)}` : null;
      if (event && events.has(event)) {
        dropped(ctx, v.m.id, 'meeting:same-event-asked', null);
        continue;
      }
      if (event) events.add(event);
      const w = where(ctx, v, views);
      if (w) out.push(w);
      const t = when(ctx, v, views);
      if (t) out.push(t);
    }
  }
  return out;
}
