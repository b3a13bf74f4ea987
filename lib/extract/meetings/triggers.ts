/**
 * Stage 1 of meeting extraction: the event triggers of a sentence (nouns such as talks, summit,
 * meeting, conference, call, vote, hearing, briefing; verbs such as met, meet, reconvene) and what
 * the event at each trigger is called.
 */
import type { MeetingKind } from '../types';
import { CALLED_RE } from './call-verb';
import { canBePlace, isCity, key, NAME } from './place-names';
import { COUNTRIES } from '../lexicon';

/** A trigger: the words matched and where, as a RegExpMatchArray gives them. */
export type Trigger = RegExpMatchArray;

/*
 * A lookbehind is written after the word it guards ("sentenced(?<=\bwas sentenced)"), not before it: V8 tries an
 * alternative that opens on a lookbehind at every position of the sentence, and that made this expression two to
 * three times slower (speed11, round 10).
 * "I had a good conversation with the Prime Minister": a conversation someone had or held with someone is talks between
 * them ("tweeted her conversation with …" is no conversation held); the caller keeps it only with a person named after "with".
 * "had an audience with King Harald": a sovereign's or a pope's reception of a visitor, talks by its kind.
 * "The decisions taken at the 2008 Summit in Bucharest": a gathering's name after its year is its name, as after a word of it.
 * "an early visit to Washington by Mr. Kirchner": a visit to a town by someone named is one the text tells, as a dated one is.
 * "The recent visit of Kazakh President Nazarbayev to the White House": a visit whose visitor and destination follow it.
 * "The trip … took the secretary to Australia, Indonesia, India and Turkey": "trip" after "the" is a trigger only when its
 * clause carries someone to a list of places, which `readTripList` reads as one visit per place.
 */
const TRIGGER_RE =
  /\b((?:video|tele)[- ]?conference(?:\s+(?:meeting|call))?|video (?:hook|link)-?up|(?:phone|telephone|video|[Zz]oom|analyst|earnings|investor|conference) call|workshop|(?:telephone|phone) conversation|conversation(?<=\b(?:had|have|has|having|held|hold|holds) (?:a|an) (?:[\w-]+ ){0,2}conversation)(?= with )|spoke by (?:tele)?phone|(?:spoke|speak|speaks|speaking|talked|talk|talks|talking) (?:on|over) the (?:tele)?phone|(?:sat|sit|sits|sitting) down (?:again )?with(?! (?:reporters|journalists|a reporter|an interviewer)\b)|audience(?<=\ban (?:[\w-]+ )?audience)(?= with )|(?:return(?:ed|s|ing)?|back) to the (?:bargaining |negotiating )?table|(?:closed[- ]door|informal|private) consultations|consultations(?<=\b(?:their|its|our|the|his|her|of) (?:[\w-]+ )?consultations)|[Tt]alks|[Mm]eetings?|bilat(?:eral)?s|bilat(?:eral)?(?= with\b)|[A-Z][\w-]*\s+(?:Council|Conference|Summit|Forum|Committee|Dialogue)|(?:Summit|Conference|Forum)(?<=\b(?:the|this|that|last|next) (?:19|20)\d{2} (?:Summit|Conference|Forum))|(?:General|World Health) Assembly|(?:annual )?general assembly(?= of (?:the )?[A-Z])|(?:press|news) (?:conference|briefing)|(?:press|media) availability|conference|summit|forum|[Nn]egotiations|[Dd]iscussions|round[- ]?table|round(?:\s+of\s+talks)?|sessions?|[Bb]riefing|[Ss]entencing(?: hearing)?|hearings?|oral arguments|(?:investor|capital markets|analyst) day|(?:pledging|donor|fundraising|virtual|online) event|(?:opening|closing|signing|award|awards|swearing-in|inauguration|graduation|memorial|wreath-laying) ceremon(?:y|ies)|trial(?= (?:is|was) (?:scheduled|set|due|expected) to (?:begin|start|open|resume)| (?:begins|began|opens|opened|starts|started|resumes|resumed|took place)\b| (?:is|was|will be) held\b)|sentenced(?<=\b(?:was|were|been|being) (?:\w+ly )?sentenced)(?= (?:on|in) )|(?:annual|general|shareholders?[’']?) meeting|referendum|plebiscite|(?:(?:general|federal|presidential|parliamentary|legislative|local|state|snap|national|mayoral) )?elections?(?! (?:campaigns?|(?<!\b(?:19|20)\d{2}(?:[’']s)? (?:[a-z]+ )?elections? )results?|date|day|officials?|commission|law|pledges?|promises?|manifesto|night|observers?|fraud|victory|defeat))|(?:go|goes|went|going) to the polls|poll(?<=\b\d{1,2}(?:st|nd|rd|th)? poll)|town[- ]hall(?: meeting)?|G-?(?:7|8|20)(?! (?:meetings?|summit|talks|conference|countries|nations|members|states|leaders|economies|finance|ministers|statement|communiqu))|Ministerial(?! (?:[Mm]eeting|[Tt]alks|[Cc]onference|[Ss]tatements?|[Cc]ouncil))|discussion|vote|(?:re-?)?elect(?:ed)?(?<=\b(?:was|were|been|being|be|is|are|will|would|to)\s(?:\w+ly\s)?(?:re-?)?elect(?:ed)?)(?= (?:[A-Z]|(?:as|to|in|on|for|president|prime|mayor|governor|chancellor|leader|speaker|chair)\b))|reconvene[sd]?|testif(?:y|ies|ied|ying) before(?= (?:the |a |an )?(?:[A-Z]|lawmakers|congress|parliament))|appear(?:s|ed|ing)? before(?= (?:the |a |an )?(?:[\w-]+ ){0,4}(?:[Ss]ub)?[Cc]ommittee\b)|brief(?:s|ed|ing)? (?:the )?(?:reporters|journalists|press|media|news media)|voted(?<=\b(?:Senate|House|Parliament|Assembly|Council|Congress|[Cc]ommittee|[Bb]oard|[Ss]hareholders|[Ll]awmakers|[Mm]embers|[Dd]elegates) voted)|met|meets|meet|(?:Meets?|Met)(?= with )|(?:visit|trip)(?<=\b(?:[Dd]uring|[Oo]n|[Ff]or|[Ii]n|[Aa]head of|[Bb]efore) (?:his|her|their|its|the [\w-]+[’']s) (?:first |next |upcoming )?(?:visit|trip))(?= to (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:today|tomorrow|tonight|next week|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)|(?:visit|trip)(?<=(?<!\b(?:[Dd]uring|[Oo]n|[Ii]n|[Ff]or|[Aa]bout) )\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[\w-]+[’']s) (?:(?:first|second|last|recent|brief|short|official|early|\w+-day) )?(?:visit|trip))(?= to (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*(?:[.;]| by (?:the )?[A-Z]| (?:in (?:January|February|March|April|May|June|July|August|September|October|November|December)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last|next|this|today|yesterday|tomorrow)\b))|visit(?<=\b[Tt]he (?:(?:recent|first|last|official|upcoming|planned|forthcoming|historic|\w+-day) )?visit)(?= of (?:the )?(?:[\w.’'-]+ ){1,6}?to (?:the )?[A-Z])|trip(?<=\b[Tt]he (?:[\w-]+ )?trip)(?=\s[^.;]{0,80}?\b(?:took|takes|will take|brought) (?:him|her|them|the [a-z]+(?: [a-z]+)?|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) to (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*(?:,| and) )|(?:official |working )?(?:state|official|working) visit(?<=\b(?:a|an|the|his|her|their|its|first|second|this)\s(?:official |working )?(?:state|official|working) visit)(?! (?:to the (?:site|scene|plant|factory|school|hospital|base|ship|museum)))|seeing(?<=\blook(?:s|ed|ing)? forward to seeing)(?= (?:you|him|her|them|each other|[A-Z]\w+)(?: again)? in [A-Z])|by (?:tele)?phone|convene[sd](?! by)|gather(?:ed|s|ing)?(?= (?:in|at) (?:the )?[A-Z]| virtually\b))\b/g;
/** "a conference centre", "the conference hall": a venue, not a meeting. */
const VENUE_AFTER = /^\s+(?:centre|center|hall|room|venue|facility|suite)\b/i;
export /** Idioms of negotiators meeting: "sat down with", "sits down with", "return to the table". */
const TALKS_IDIOM = /^(?:sat|sit|sits|sitting|return|returned|returns|returning|back)\b/;

/**
 * The words one of which every trigger contains (lower case; a hyphenated word counts by its parts): a
 * sentence without any of them has no meeting, and its words are all that needs reading to know.
 */
export const TRIGGER_WORDS = new Set([
  'conference', 'videoconference', 'teleconference', 'video', 'call', 'conversation', 'spoke', 'sat', 'sit', 'sits', 'sitting', 'table', 'audience', 'consultations',
  'talks', 'workshop', 'ceremony', 'ceremonies', 'meeting', 'meetings', 'bilat', 'bilateral', 'bilaterals', 'bilats', 'council', 'summit', 'forum', 'committee', 'dialogue', 'negotiations', 'discussions', 'discussion', 'round',
  'roundtable', 'session', 'sessions', 'briefing', 'sentencing', 'sentenced', 'hearing', 'hearings', 'arguments', 'day', 'event', 'trial',
  'election', 'elections', 'elect', 'elected', 'referendum', 'plebiscite', 'called', 'polls', 'poll', 'hall', 'g7', 'g8', 'g20', 'g', 'ministerial', 'vote', 'reconvene', 'reconvened',
  'reconvenes', 'phoned', 'telephoned', 'met', 'meets', 'meet', 'seeing', 'speaks', 'talked', 'spoke', 'speak', 'spoken', 'speaking', 'talk', 'talking',
  'trip', 'consult', 'consults', 'consulted', 'consulting', 'visit', 'visits', 'visited', 'hosted', 'hosts', 'host', 'hosting', 'welcome', 'welcomed', 'welcomes', 'welcoming', 'received', 'receives', 'receive', 'receiving', 'phone', 'telephone', 'convened', 'convenes',
  'brief', 'briefs', 'briefed', 'briefing', 'gather', 'gathered', 'gathers', 'gathering', 'assembly', 'testify', 'testifies', 'testified', 'testifying', 'voted', 'appear', 'appears', 'appeared', 'appearing',
]);

/** Whether a lower-case word, or a part of a hyphenated one, is a trigger word. */
export function isTriggerWord(lower: string): boolean {
  if (TRIGGER_WORDS.has(lower)) return true;
  return lower.includes('-') && lower.split('-').some((part) => TRIGGER_WORDS.has(part));
}

/** "at the town hall": the building, not a town-hall meeting. */
const AT_BUILDING_BEFORE = /\b(?:at|in|inside|outside|near|to)\s+(?:the\s+)?(?:[\w’'-]+\s+)?$/i;

/**
 * "the Russian-American Public Dialogue Group", "the Summit Secretariat": a gathering's name that runs on into an
 * organisation's noun names the body that holds it, not a meeting.
 */
const ORGANISATION_AFTER = /^\s+(?:Group|Secretariat|Foundation|Institute|Office|Network|Programme|Program|Initiative|Partnership)\b/;

/** A trigger that names where a meeting is held: "a conference centre", "the Briefing Room", "at the town hall"; or who holds it or takes part. */
function isVenue(sentence: string, t: Trigger): boolean {
  const at = t.index ?? 0;
  if (/^[A-Z]/.test(t[0]) && /(?:Summit|Conference|Forum|Dialogue|Council)$/.test(t[0]) && ORGANISATION_AFTER.test(sentence.slice(at + t[0].length))) return true;
  // "the Pentagon Briefing Room": the room's name, not a briefing ("joined in the press briefing room" tells the briefing held there).
  if ((/conference$/i.test(t[0]) || /Briefing$/.test(t[0])) && VENUE_AFTER.test(sentence.slice(at + t[0].length))) return true;
  // "the Secretary General of the Saudi National Security Council": a body named in someone's title holds no meeting there.
  if (/(?:Council|Committee|Commission)$/.test(t[0]) && TITLE_OF_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) return true;
  // "his talks with the summit host, Argentina's Nestor Kirchner": a gathering's noun before a noun of people is their role.
  if (/^(?:summit|conference|forum)$/i.test(t[0]) && ROLE_AFTER.test(sentence.slice(at + t[0].length, at + t[0].length + 20))) return true;
  return /^town[- ]hall$/.test(t[0]) && AT_BUILDING_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

/** "the Secretary General of the ", "Chairman of the ": a title's head, then "of" and the body it heads. */
const TITLE_OF_BEFORE = /\b(?:Secretary[- ]General|Secretary|Chairman|Chairwoman|Chair|President|Head|Director|Member|Spokesman|Spokeswoman|Spokesperson|Executive Secretary|Deputy)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}$/u;

/** "the summit host", "conference organisers": people named by their part in a gathering. */
const ROLE_AFTER = /^\s+(?:hosts?|organi[sz]ers?|chairs?|chairman|chairwoman|spokes(?:man|woman|person)|delegates?|participants?|sherpas?)\b/;

/** "spoke with President Putin": in an article that records calls, a call. */
const SPOKE_WITH_RE = /\b(?:spoke|speaks|talked) (?:with|to)\b/g;

/**
 * "spoke with President Macron", "will speak with the Tunisian Prime Minister", "hosted Prime Minister
 * Kishida": in any article, a conversation or a visit when a title or a name follows (the caller checks
 * that a person is named there). "Spoke to reporters" and "spoke with the media" name nobody.
 */
const TALKED_WITH_RE = /\b(?:(?:spoke|speaks|speak|spoken|speaking|talked|talks|talk|talking) (?:by (?:tele)?phone |separately |again |briefly |later |also |first |today )?(?:with|to)|(?:consult|consults|consulted|consulting) with|(?:hosted|hosts|host|hosting|welcomed|welcomes|welcoming|received|receives|receive|receiving))(?= (?:(?:his|her|their|the) )?(?:\p{Lu}|counterparts?\b|\d+ |(?:(?:key|senior|top|government) )?(?:leaders|officials)\b))|\b(?:visit|visits|visited)(?= (?:(?:his|her|their|the|both) )?(?:\p{Lu}|counterparts?\b)| us\b)|\bwelcome(?= (?:(?:his|her|their|the) )?(?:\p{Lu}|counterparts?\b|\d+ )[^,.;]*? to \p{Lu})/gu;

/** Every match of a global pattern, as `[...text.matchAll(re)]` gives them, without the copy of the pattern matchAll makes per call. */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * The triggers of a sentence, in order, without venues ("a conference centre" names where a meeting
 * is held); in the record of a call, "spoke with" too; in any article, "spoke with" or "hosted" and a
 * title or name.
 */
export function findTriggers(sentence: string, isCallRecord = false): Trigger[] {
  let found = execAll(TRIGGER_RE, sentence).filter((t) => !isVenue(sentence, t));
  // "Chinese President Xi Meets with Obama": a headline's capitals; the verb is read as the lower-case verb it is. Inside
  // quotation marks ("According to “President Bush Meets with …”") it is another article's title, cited.
  found = found.filter((t) => !/^Mee?ts?$/.test(t[0]) || !isInsideQuotes(sentence, t.index ?? 0));
  for (const t of found) if (t[0] === 'Meets' || t[0] === 'Meet' || t[0] === 'Met') t[0] = t[0].toLowerCase();
  // "the Millbrook City Council voted 5-4 late Tuesday": the body's own meeting, read at its name, holds the vote.
  found = found.filter((t, i) => t[0] !== 'voted' || i === 0 || ((found[i - 1]?.index ?? 0) + (found[i - 1]?.[0].length ?? 0)) < (t.index ?? 0) - 1);
  // "convened the Major Economies Forum", "gathered in Geneva for talks": the noun near the verb is the meeting.
  found = found.filter((t, i) => !isGatherVerb(t[0]) || !found.some((u, j) => j !== i && Math.abs((u.index ?? 0) - (t.index ?? 0)) < 40));
  const talked = execAll(isCallRecord ? SPOKE_WITH_RE : TALKED_WITH_RE, sentence);
  // "Kerry called Lavrov on Saturday": a call by its verb, in any article.
  if (sentence.includes('called') || sentence.includes('phoned')) talked.push(...execAll(CALLED_RE, sentence));
  if (talked.length === 0) return found;
  // "spoke with Chancellor Brandt by phone on Tuesday": "by phone" says how the call was held, not another call.
  found = found.filter((f) => !/^by /.test(f[0]) || !talked.some((t) => (t.index ?? 0) < (f.index ?? 0)));
  // "talks with": the noun already read as a trigger is the same words.
  const fresh = talked.filter((t) => !found.some((f) => f.index === t.index));
  return [...found, ...fresh].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
}

/** Whether an offset falls inside a curly quotation opened before it and not yet closed. */
function isInsideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** A conversation or visit verb found by `findTriggers` rather than by the noun patterns. */
export const isTalkVerb = (trig: string) => /^(?:(?:spoke|speaks|speak|spoken|speaking|talked|talks|talk|talking) (?!(?:on|over) the )|called$|phoned$|telephoned$)/.test(trig);
/**
 * "was elected to the State Senate in 1997", "the Electoral College will elect Obama on December 15": an election told
 * by its verb, passive or after a modal (the caller keeps it only with a time of its own).
 */
export const isElectVerb = (trig: string) => /^(?:re-?)?elect(?:ed)?$/.test(trig);
/** "his first state visit to the United States", "an official visit": a visit of state, talks by its kind. */
export const isStateVisit = (trig: string) => /^(?:(?:official|working) )?(?:state|official|working) visit$/i.test(trig);
/** A visit or consultation verb: it is a meeting only with a guest or a counterpart named after it. */
export const isHostVerb = (trig: string) => /^(?:host(?:s|ed|ing)?|welcom(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)|consult(?:s|ed|ing)? with)$/.test(trig) || isVisitVerb(trig);
/** "visited Defense Minister Alvarez", "visited us last year": a visit, when a person is what is visited (not a town). */
export const isVisitVerb = (trig: string) => /^visit(?:s|ed)?$/.test(trig);
/** "convened his national security team", "ministers gathered in Tokyo": a meeting by its verb alone. */
export const isGatherVerb = (trig: string) => /^(?:convene[sd]|gather(?:ed|s|ing)?)$/.test(trig);

/** "briefed reporters", "Brief Reporters in Iraq": a press briefing, by the briefer's verb. */
export const isBriefVerb = (trig: string) => /^brief(?:s|ed|ing)? /i.test(trig);

/**
 * "testified before the Senate Armed Services Committee", "witnesses appearing before the House human
 * rights subcommittee": a hearing, by the witness's verb.
 */
export const isTestifyVerb = (trig: string) => /^(?:testif(?:y|ies|ied|ying)|appear(?:s|ed|ing)?) before$/.test(trig);

export function typeOf(trigger: string): MeetingKind {
  const t = trigger.toLowerCase();
  if (isElectVerb(t)) return 'meeting';
  if (isTalkVerb(t)) return 'call';
  if (isHostVerb(t)) return 'talks';
  // "had a good conversation with the Prime Minister": a conversation by no wire is talks face to face.
  if (t === 'conversation') return 'talks';
  if (/^(?:video|tele)/.test(t)) return 'video-conference';
  if (t.endsWith('call') || t.endsWith('conversation') || t.endsWith('phone')) return t.startsWith('zoom') ? 'video-conference' : 'call';
  if (t.endsWith('council')) return 'council';
  if (t.endsWith('conference') || t.endsWith('summit') || t.endsWith(' assembly') || t.endsWith(' dialogue')) return 'conference';
  if (t.endsWith('forum')) return 'forum';
  if (isStateVisit(t) || t === 'trip' || t === 'visit') return 'talks';
  if (/^g-?\d/.test(t)) return 'conference';
  if (isGatherVerb(t) || isTestifyVerb(t) || isBriefVerb(t)) return 'meeting';
  if (/^bilat/.test(t)) return 'meeting';
  if (/elections?$|referendum$|plebiscite$|polls?$|town[- ]hall|meetings?$|^sessions?$|ministerial$|briefing$|availability$|hearings?$|round[- ]?table$|^reconvene|sentencing$|^sentenced$|arguments$| day$|^voted?$|committee$| event$|^trial$|^workshop$| ceremon(?:y|ies)$/.test(t)) return 'meeting';
  return 'talks';
}

/**
 * An "of" name without the town that follows it: "Americas in Mar" before "del Plata, Argentina" is "Americas". A town is a
 * name of the gazetteers, or one its country follows ("in Mar del Plata, Argentina"); "Cooperation in Europe" keeps its "in".
 */
function withoutTown(name: string, after: string): string {
  for (const cut of name.matchAll(/\s+in\s+(?=\p{Lu})/gu)) {
    const town = TOWN_AHEAD.exec(name.slice(cut.index + cut[0].length) + after);
    if (town && (isCity(town[1] as string) || (town[2] !== undefined && COUNTRIES.has(key(town[2])) && canBePlace(town[1] as string)))) return name.slice(0, cut.index);
  }
  return name;
}
const TOWN_AHEAD = new RegExp(String.raw`^(${NAME})(?:,\s+(${NAME}))?`, 'u');

/** "ministerial", "bilateral", "virtual": a word that names the meeting with its noun, the last of the text before it. */
const MODIFIER_WORD_BEFORE = /(?:^|\s)(?:ministerial|bilateral|virtual)\s*$/i;

export /** What the meeting at trigger i is called, where its clause ends, and the last trigger its name covers. */
function meetingName(sentence: string, triggers: RegExpMatchArray[], i: number): { what: string; segEnd: number; last: number } {
  const t = triggers[i] as RegExpMatchArray;
  const at = t.index ?? 0;
  const trig = t[0];
  let what = trig;
  let segEnd = (triggers[i + 1]?.index ?? sentence.length);
  const of = /^\s+(?:of|between)\s+(?:the\s+)?((?:[A-Z][\w-]*|and|for|in|of|on|the)(?:\s+(?:[A-Z][\w-]*|and|for|in|of|on|the))*(?:\s+\([A-Z]+\))?)/.exec(sentence.slice(at + trig.length));
  // "The Summit of the Americas in Mar del Plata, Argentina": the name ends where its town begins.
  const ofName = of ? withoutTown(of[1] as string, sentence.slice(at + trig.length + of[0].length)) : '';
  // "the visit of President Vale to …": a visit's "of" names its visitor, not the visit.
  if (of && !/^(?:visit|trip)$/.test(trig) && /^[A-Z]/.test(ofName) && (ofName.split(/\s+/).length >= 2 || /^(?:The\s+)?\p{Lu}\p{Ll}+$/u.test(trig))) {
    // "The Summit of the Americas": a trigger that is itself a name ("Summit", capitalised alone) heads the name it opens.
    what = ofName.split(/\s+/).length >= 2 ? ofName.replace(/\s+(?:and|for|in|of|on|the)$/, '') : `${trig.replace(/^The\s+/, '')} ${sentence.slice(at + trig.length).match(/^\s+of\s+(?:the\s+)?/)?.[0].trim()} ${ofName}`;
    const nameEnd = at + trig.length + of[0].length;
    while (triggers[i + 1] && (triggers[i + 1]?.index ?? 0) < nameEnd) i++;
    segEnd = triggers[i + 1]?.index ?? sentence.length;
  } else {
    const adj = /((?:[A-Z][\w’'+-]*\s+){1,3})$/.exec(sentence.slice(Math.max(0, at - 40), at));
    // "the Ashford Town Council": the words after the article name it.
    const named = (adj?.[1] ?? '').replace(/^(?:The|A|An)\s+/, '');
    // "During meetings with …": a preposition opening the sentence is capitalised, not part of a name.
    if (named && !/^(?:In|After|Before|At|The|A|During|While|Following|On|For|With|From|Under|Ahead|Since|Despite|Until|Between|Among|Through|Throughout|Amid|Without)\s/.test(named)) what = `${named.trim()} ${trig}`.replace(/^(?:[A-Z][a-z]+day(?:[’']s)?|The|A|That|This|These|Those|Its|Their|Our|His|Her|My|Your)\s+/, '');
    // "the 2008 Summit": the year before a gathering's capitalised noun is part of its name.
    if (/^(?:Summit|Conference|Forum)$/.test(trig)) what = `${/\b((?:19|20)\d{2})\s+$/.exec(sentence.slice(Math.max(0, at - 6), at))?.[1] ?? ''} ${what}`.trim();
    if (/^(?:met|meets)$/.test(trig)) what = 'talks';
    // "I look forward to seeing you in Rome": seeing someone there is meeting them.
    if (trig === 'meet' || trig === 'seeing' || /^reconvene/.test(trig) || isGatherVerb(trig)) what = 'meeting';
    if (/^by (?:tele)?phone$|(?:on|over) the (?:tele)?phone$/.test(trig)) what = 'call';
    if (isTestifyVerb(trig)) what = 'hearing';
    if (isBriefVerb(trig)) what = 'briefing';
    // "had bilaterals with …", "a bilateral with …": the adjective used as a noun names a two-sided meeting.
    if (/^bilat/.test(trig)) what = 'bilateral meeting';
    if (trig === 'voted') what = 'vote';
    if (isElectVerb(trig)) what = 'election';
    if (trig === 'sentenced') what = 'sentencing';
    if (TALKS_IDIOM.test(trig)) what = 'talks';
    if (isTalkVerb(trig)) what = 'call';
    if (isHostVerb(trig) || trig === 'trip') what = /^consult/.test(trig) ? 'talks' : 'visit';
    // The last word of the 12 characters before the trigger, read in place: "a ministerial meeting".
    if (MODIFIER_WORD_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) {
      what = `${sentence.slice(Math.max(0, at - 12), at).trim().split(/\s+/).pop()} ${trig}`;
    }
  }
  return { what, segEnd, last: i };
}

