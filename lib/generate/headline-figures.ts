/**
 * Which figures are worth a student's time: the counts a teacher signs (deaths and injuries, people
 * displaced or rescued, troops deployed, sums of money pledged or sought, tons of aid, votes), and any figure the
 * headline itself gives. Four blind reviews sent back page counts, ration points, a battalion's meals,
 * nights outdoors, helicopters, former Secretaries at a ceremony and "the three parties" as trivia: a
 * figure outside these classes is not asked, even when nothing else in the article is (precision first).
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import { containsWords, normalise } from './text';
import { strengthOf } from './figure-clauses';
import { isHeadless } from './untitled-copies';

/** What a headline figure counts. */
export type FigureClass = 'casualties' | 'displaced' | 'captives' | 'aboard' | 'forces' | 'money' | 'aid' | 'votes' | 'attendance' | 'headline';

/** Words that make a count a toll: of the dead, the injured, the missing. */
const CASUALTY = /\b(?:killed|killing|kills|dead|deaths?|died|die|perished|lives|fatalities|casualties|toll|injured|injuries|wounded|missing)\b/i;
/** Words that make a count one of people driven from their homes, or saved. */
const DISPLACED = /\b(?:refugees?|displaced|homeless|homes|fled|flee|fleeing|evacuated|evacuation|evacuees|rescued|survivors|asylum|uprooted)\b/i;
/**
 * People taken or held: "militants seized 41 foreign hostages", "Ten students … were detained", "Two former
 * Norwegian soldiers have been sentenced to death". The count the story is about, as a toll is. Hostages
 * "reported freed" are not: the stem lost where ("at the Oberoi") once its clause was cut.
 */
const CAPTIVE = /\b(?:hostages?|captives?|detained|detains?|arrested|arrests?|abducted|kidnapped|seized|jailed|imprisoned|sentenced)\b/i;
/** Who was aboard a ship or plane that sank or crashed: "144 passengers were aboard the plane", "carrying more than 459 people". */
/** People, not places or things: "hostages at three locations" counts the places, not the hostages. */
const PERSON_UNIT = /^(?:hostages|captives|people|persons|students|soldiers|men|women|children|boys|girls|foreigners|journalists|reporters|activists|protesters|demonstrators|citizens|nationals|workers|tourists|crew|sailors|fishermen|members|militants|suspects|prisoners|detainees|civilians|aid workers|staff|employees|officers|policemen|opposition leaders|\p{L}+(?:ans|ese|is))$/iu;
const ABOARD = /\b(?:aboard|on board|carrying)\b/i;
const ABOARD_UNIT = /^(?:passengers|people|persons|crew|students|children|pilgrims|migrants|tourists)$/i;
/** "won 93.3 per cent of the votes": an election's result, the share the story is about. */
const VOTE_SHARE = /\b(?:of|in)\s+(?:the\s+)?(?:popular\s+)?(?:votes?|ballots?)\b/i;
/** "a record-breaking turnout of around 2 million voters and turnout rate of 58%": how many voted is an election's size. */
const TURNOUT = /\bturnout\b/i;
/** "9,000 people have arrived": arrivals are refugees when the headline says people are fleeing. */
const ARRIVED = /\b(?:arrived|crossed)\b/i;
const FLIGHT_HEADLINE = /\b(?:fle\w*|refugees?|displaced|exodus|evacuat\w*)\b/i;
/** Counted nouns of armed forces; "forces deployed or on standby" are news at a thousand or more. */
const FORCES_UNIT = /^(?:troops|soldiers|forces|personnel|peacekeepers|marines|paratroopers|servicemembers|sailors|airmen|police|policemen|officers|fighters|militants|reservists)$/i;
const MIN_FORCES = 1000;
/** "70,000 mostly Iraqi citizens prepare to deploy into Baghdad": people who deploy are a force, whatever the noun. */
const DEPLOYING = /\b(?:deploy\w*|mobili[sz]\w*)\b/i;
/**
 * Who comes to a summit: "with over 40 African leaders to be present", "brings together officials from some 50
 * countries". How many leaders or countries a summit or conference gathers is its size, as troops are a force's.
 */
const ATTENDING_UNIT = /^(?:leaders|countries|nations|delegations|heads)$/i;
const ATTENDING = /\b(?:attend\w*|present|brings?\s+together|brought\s+together|gather\w*|tak(?:e|es|ing)\s+part|took\s+part|participat\w*)\b/i;
const GATHERING = /\b(?:summit|conference|congress|assembly|forum)\b/i;
/**
 * A crowd that marched or rallied: "more than 1,400 participants marched in Kuala Lumpur". How many took to the
 * street is a protest's size, as how many attend is a summit's.
 */
const CROWD_UNIT = /^(?:participants|protesters|protestors|demonstrators|marchers|people)$/i;
const MARCHING = /\b(?:march(?:ed|es|ing)?|rall(?:y|ied|ies|ying)|protest(?:ed|ing)?|demonstrat(?:ed|ing))\b/i;
/** A headline about a force ("African troops invade rebel-held island"): then its size is the story, whatever it is. */
const FORCE_HEADLINE = /\b(?:troops|soldiers|forces|peacekeepers|marines|paratroopers)\b/i;
/**
 * What a sum of money does in a story worth asking: pledged, sought, spent, lent, lost, invested, agreed in
 * deals. A trade's yearly value ("annual bilateral trade worth £50 billion") is background, not a decision.
 */
const MONEY_DOING = /\b(?:invest\w*|deals?|contracts?|credits?|pledg\w*|seek\w*|sought|appeal\w*|provid\w*|aid|assistance|relief|spen[dt]\w*|fund\w*|donat\w*|grants?|loans?|lend|package|budget|costs?|damages?|sanctions|rais\w*|contribut\w*|bailout|reconstruction|humanitarian)\b/i;
const MIN_MONEY = 1e6;
/**
 * "Under the proposed deal, worth more than $120 million, …": a sum set off as what a deal is worth is the deal's
 * value, though the comma parts it from the deal. A trade "worth £50 billion" a year is background still.
 */
const WORTH_BEFORE = /\b(?:worth|valued\s+at)\s+(?:(?:more than|over|about|around|nearly|almost|some|up to|at least|an estimated|roughly)\s+)?$/i;
const DEAL_NOUN = /\b(?:deal|contract|package|agreement|accord)\b/i;

/** Whether a sum is what a deal the sentence names before it is worth. */
function isDealWorth(article: ArticleInput, f: Figure): boolean {
  const before = article.body.slice(f.sentence.start, f.valueStart);
  return WORTH_BEFORE.test(before) && DEAL_NOUN.test(before);
}
const AID = /\b(?:aid|humanitarian|relief|food|fertili[sz]er|grain|rice|wheat|supplies)\b/i;
/** A vote: "voted", "in favour", "in support" of counted members or votes. */
const VOTE = /\b(?:votes?|voted|voting|turnout|in favou?r|in support|abstain\w*|against)\b/i;
const VOTER_UNIT = /^(?:votes|voters|members|countries|nations|states|lawmakers|senators|delegates|representatives|legislators|deputies|mps)$/i;
/** Lengths of time, distances and documents: never a headline count, even in the headline ("a 10-day trip"). */
const NEVER_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|times|pages?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet)$/i;

/** Words of the figure's own clause around it (up to the nearest comma, semicolon or dash), its description included. */
function clauseOf(article: ArticleInput, f: Figure): string {
  const before = article.body.slice(f.sentence.start, f.valueStart).split(/[,;:—–(]\s*/).pop() ?? '';
  const after = article.body.slice(f.valueEnd, f.sentence.end).split(/[,;:—–)]\s*/)[0] ?? '';
  return `${before.split(/\s+/).slice(-8).join(' ')} ${f.raw}${after} ${f.about}`;
}

/**
 * "South Korea had airlifted 460 North Korea refugees from Vietnam in 2004", in a report of 2005: background
 * from an earlier year, not the story's event ("since 2014" is a running toll, and stays).
 */
function isPastYear(article: ArticleInput, clause: string, sentence = ''): boolean {
  // "The conference aims to put an end to … strife that displaced more than 500,000 people … in 2007": what
  // the headline's event is for is the story's subject, though it happened the year before.
  if (isAboutHeadlineEvent(article, sentence)) return false;
  const year = Number(article.date?.slice(0, 4));
  const said = /\b(?:in|during|of)\s+((?:19|20)\d\d)\b/.exec(clause)?.[1];
  return !!year && !!said && Number(said) < year;
}

/** Events a headline may name and a sentence's subject may take up again ("Peace Conference" → "The conference …"). */
const EVENT_NOUN = /^(?:The|This)\s+(conference|summit|talks|meeting|negotiations|mission|operation|ceasefire|agreement|deal|accord)\b/i;

/** Whether a sentence's subject is the event its headline names ("The conference aims …" under "… Peace Conference …"). */
function isAboutHeadlineEvent(article: ArticleInput, sentence: string): boolean {
  const noun = EVENT_NOUN.exec(sentence.trim())?.[1];
  return !!noun && new RegExp(`\\b${noun}\\b`, 'i').test(article.title);
}

/**
 * "Germanwings Flight 9525 crashes into French Alps, 150 on board" over "144 passengers were aboard": the
 * headline's count is the one asked; a student typing 150 for "how many passengers were aboard?" would be
 * marked wrong by the detail that six were crew.
 */
function headlineGivesOtherAboard(article: ArticleInput, f: Figure): boolean {
  const said = /(\d[\d,]*)\s+(?:on board|aboard|passengers)\b/i.exec(article.title)?.[1];
  return !!said && Number(said.replace(/,/g, '')) !== f.value;
}

/** "ten of the _____ members": the number after "of the" is a body's size, not its vote. */
function isWhole(article: ArticleInput, f: Figure): boolean {
  return /\bof\s+the\s+$/i.test(article.body.slice(Math.max(f.sentence.start, f.valueStart - 10), f.valueStart));
}

/**
 * The class of headline figure `f` is, or null when it is a detail a teacher would not ask.
 *
 * @example
 * figureClass(article, atLeast150Killed, 'count'); // → 'casualties'
 * figureClass(article, nineteenHelicopters, 'count'); // → null
 */
export function figureClass(article: ArticleInput, f: Figure, kind: 'count' | 'money' | 'percent'): FigureClass | null {
  const unit = normalise(f.unit).split(' ').pop() ?? '';
  if (NEVER_UNIT.test(unit)) return null;
  // "(no headline in the stored copy) Rumsfeld meets Karzai …, tells US troops they will stay": the store's
  // description, not the outlet's headline, makes no count of troops the story (blind-52b).
  const title = isHeadless(article.title) ? '' : article.title;
  const clause = clauseOf(article, f);
  if (isPastYear(article, clause, article.body.slice(f.sentence.start, f.sentence.end))) return null;
  // "1.4 million pounds of food" is a weight the extractor read as sterling: asking it would teach its error.
  if (kind === 'money') return f.value >= MIN_MONEY && (MONEY_DOING.test(clause) || isDealWorth(article, f)) && !/^\s*pounds\s+of\b/i.test(article.body.slice(f.valueEnd)) ? 'money' : null;
  // A share is news when the headline gives it ("jobless rate hits decade low of 4.9%"), not otherwise.
  if (kind === 'percent') return containsWords(title, f.raw) ? 'headline' : VOTE_SHARE.test(clause) || TURNOUT.test(clause) ? 'votes' : null;
  // "55 bodies had been identified": an early tally of the identification, not the toll.
  if (CASUALTY.test(clause) && !/\bidentified\b/i.test(clause)) return 'casualties';
  if (DISPLACED.test(clause) || (ARRIVED.test(clause) && FLIGHT_HEADLINE.test(title))) return 'displaced';
  if (PERSON_UNIT.test(unit) && CAPTIVE.test(clause) && !/\b(?:freed|released|escaped)\b/i.test(clause)) return 'captives';
  if (ABOARD_UNIT.test(unit) && ABOARD.test(clause) && !headlineGivesOtherAboard(article, f)) return 'aboard';
  // "the 350,000-strong Afghan National Security Forces": a named force's size.
  const isForce = FORCES_UNIT.test(unit) || (PERSON_UNIT.test(unit) && DEPLOYING.test(clause)) || !!strengthOf(article.body, f.valueEnd);
  if (isForce && (f.value >= MIN_FORCES || (FORCES_UNIT.test(unit) && FORCE_HEADLINE.test(title)))) return 'forces';
  if (ATTENDING_UNIT.test(unit) && ATTENDING.test(clause) && GATHERING.test(article.body.slice(f.sentence.start, f.sentence.end))) return 'attendance';
  if (CROWD_UNIT.test(unit) && MARCHING.test(clause)) return 'attendance';
  // "a humanitarian aid request for 500,000 tons of fertilizer": aid by the thousand tons.
  if (/^(?:tons|tonnes)$/.test(unit) && f.value >= 1000 && AID.test(clause)) return 'aid';
  if (VOTER_UNIT.test(unit) && VOTE.test(clause) && !isWhole(article, f)) return 'votes';
  if (containsWords(title, f.raw)) return 'headline';
  return null;
}
