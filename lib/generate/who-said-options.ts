/**
 * The people offered beside the speaker of a who-said question. Every path that picks them (the scene's people,
 * then office peers from the library) asks one predicate, isEligibleOption, so no path skips a check.
 */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { pickPeople } from './pick-people';
import { isOfTheSameKind, isOfficePeer, officeKind } from './office-kinds';
import { withWrittenTitle } from './written-title';
import { HEAD_ERA_YEARS, HEAD_LATER_YEARS, heldByAnotherThen, ofTheSameEra } from './peer-era';
import { isPersonLike } from './people';
import { isCommonWordsName } from './common-word-names';
import { namedIn, speakersOf } from './story';
import { normalise } from './text';
import { sameCamp, sideFilter, sideOf } from './sides';
import { namesSide, sideOfWords } from './nations';
import { titledName, titledNameIn } from './titled-names';
import { asksByTitle, onStage } from './on-stage';
import { isPublicFigure, sharesScene } from './scene-links';
import { isSpokenOfOnly } from './spoken-of';
import { isNamedOnlyAsHeld } from './held-people';
import { isAtWorkNear, isShownPresent } from './present-heads';
import { isOnlyTalkedOfHere } from './talked-of';
import { eraYearsOf, headScene, isHeadThen, sceneFilter } from './head-scene';
import { THANKS_HOST, isThankedSide, namedNation, nationStems } from './named-nation';
import { memoByObjectAndKey } from './memo';
import { reportedVoices } from './reported-voices';
import { speaksAsHost } from './speaker-place';
import { addressedOffices, holdsAddressedOffice } from './addressed';
import { unlessLoneSide, withOwnSideHead } from './lone-side';
import { unlessAbsentHead } from './absent-head';
import { isDefensibleOption } from './option-floor';

/** Wrong choices a quotation question needs: two from the story make three honest options. */
export const MIN_DISTRACTORS = 2;

/** What every option of one who-said question is judged against, worked out once per question. */
export interface OptionQuestion {
  q: Quote;
  speaker: Person;
  /** The quotation's words as cited, and as shown (pronouns glossed). */
  text: string;
  shown: string;
  /** The people the article names, and those it quotes by title and surname only. */
  here: ReadonlySet<string>;
  /** The speaker's own nation when the words name it: then every option is of it. */
  nation: string | null;
  /** Word stems of the nations the words name, the glossed ones included. */
  opened: Set<string>;
  own: Set<string>;
  thanksHost: ReadonlySet<string> | null;
  byTitle: boolean;
  /** A speaker known by full name asked in title form because the report knows a guest so: options only from its stage. */
  stageOnly: boolean;
  ownWords: Set<string>;
  /** The speaker's side when the words are a host's ("Mr. Minister, welcome"): every option is of it. */
  hostSide: string | null;
  /** Offices the words address ("Mr. President, …"): whoever holds one is the listener, not the speaker. */
  addressed: string[];
  couldHaveSaid: (p: Person) => boolean;
  inHeadScene: (p: Person) => boolean;
}

/**
 * A side read from the reports counts as much as a declared one: Abe (no role, of Japan) for "militarist Japan".
 * Once per person and library: every question's options ask it of every candidate.
 */
const stemsOf = memoByObjectAndKey(
  (ctx: GenerateContext, p: Person): Set<string> => nationStems(p.affiliation ? p : { ...p, affiliation: sideOf(ctx, p) }),
  (p) => p.id,
);

/**
 * The question's context for isEligibleOption.
 *
 * @example
 * const oq = optionQuestion(ctx, q, putin, q.text, shown, excluded); isEligibleOption(ctx, oq, lavrov);
 */
export function optionQuestion(ctx: GenerateContext, q: Quote, speaker: Person, text: string, shown: string, excluded: Set<string>, byTitle = asksByTitle(ctx, q, speaker)): OptionQuestion {
  // "Russia's military build-up … is unacceptable": a Russian offered for words about Russia in the third
  // person gives the answer away; people of a nation the quotation names, not the speaker's, are out.
  const own = stemsOf(ctx, speaker);
  // The gloss names a state as the words do: "their [Indonesia’s] defense reforms" is no Indonesian's to say (blind-37).
  const glossedStates = [...shown.matchAll(/\[([^\]]+?)(?:['’]s)?\]/g)].map((m) => m[1] ?? '').filter((w) => sideOfWords(w) !== null);
  return {
    q,
    speaker,
    text,
    shown,
    here: onStage(ctx, q.articleId),
    nation: namedNation(text, speaker, own),
    opened: new Set(`${text} ${glossedStates.join(' ')}`.toLowerCase().split(/[^\p{L}]+/u).flatMap((w) => [w.slice(0, 4), w.slice(0, 5)])),
    own,
    // "My appreciation for your hospitality": a guest thanks the host, and the host is the other party the
    // meeting's report quotes: no one it quotes is offered.
    thanksHost: THANKS_HOST.test(text) ? speakersOf(ctx, q.articleId) : null,
    // "President Yudhoyono" is offered beside "President Obama", never beside "Barack Obama": one form for every option.
    byTitle,
    stageOnly: byTitle && isPersonLike(speaker),
    ownWords: new Set(normalise(speaker.name).split(' ')),
    hostSide: speaksAsHost(text) ? sideOf(ctx, speaker) : null,
    addressed: addressedOffices(text),
    couldHaveSaid: sideFilter(ctx, speaker, q, text, excluded),
    // Someone the reports name only inside another's quoted words (a marine mourned, a poet honoured) was not in the room.
    inHeadScene: headScene(ctx, speaker, q),
  };
}

/** The office of a title form: "President" of "President Niinistö". */
function officeIn(ctx: GenerateContext, p: Person, articleId: string): string | null {
  return titledNameIn(ctx, { p, articleId })?.replace(/\s+\S+$/, '') ?? null;
}

/**
 * "Today, the President, the Prime Minister, and I had a very good discussion": words that speak of "the President"
 * beside a president could be his guest's, who is also a president; an option of the speaker's own office is out.
 */
function speaksOfOwnOffice(ctx: GenerateContext, oq: OptionQuestion, p: Person): boolean {
  const office = officeIn(ctx, p, oq.q.articleId);
  if (!office || office !== officeIn(ctx, oq.speaker, oq.q.articleId)) return false;
  return new RegExp(String.raw`\bthe\s+${office.replace(/\s+/g, String.raw`\s+`)}\b`, 'i').test(oq.text);
}

/**
 * On a stage of heads, opening words any of them could say ("Today's summit is an opportunity to define the future
 * that we want", "Japan, the U.S., and the Philippines are maritime nations") are no one's to ask by title: a host's
 * words are asked beside the guests only when they name the host's own side.
 */
function isOwnSideOnly(ctx: GenerateContext, oq: OptionQuestion): boolean {
  const own = sideOf(ctx, oq.speaker);
  return !!own && namesSide(oq.text, own);
}

/** Whether the words name the option's own side: "I welcome Sweden and Finland" is no Swedish prime minister's to say. */
function namesSideOf(ctx: GenerateContext, text: string, p: Person): boolean {
  const side = sideOf(ctx, p);
  return !!side && namesSide(text, side);
}

/**
 * Whether the option is the one on stage holding an office the words address, by its title form in the report or
 * its role. Among several ministers on stage "Mr. Minister" picks out none of them.
 */
function isAddressed(ctx: GenerateContext, oq: OptionQuestion, p: Person): boolean {
  const holds = (x: Person) => holdsAddressedOffice(officeIn(ctx, x, oq.q.articleId), oq.addressed) || holdsAddressedOffice(withWrittenTitle(ctx, x).role, oq.addressed);
  if (!oq.here.has(p.id) || !holds(p)) return false;
  const holders = [...oq.here].filter((id) => id !== oq.speaker.id).map((id) => ctx.people.byId.get(id)).filter((x): x is Person => !!x && holds(x));
  return holders.length === 1;
}

/** The people of the scene first; then, too few of them, stand-ins of the speaker's office from the library. */
export type OptionPath = 'scene' | 'stand-in';

/**
 * Whether a person may stand beside the speaker as an option, on every path that offers one.
 *
 * @example
 * isEligibleOption(ctx, optionQuestion(ctx, q, merkel, text, shown, excluded), obama); // false for "grateful to the United States"
 */
export function isEligibleOption(ctx: GenerateContext, oq: OptionQuestion, p: Person, path: OptionPath = 'scene'): boolean {
  const { q, speaker } = oq;
  if (isCommonWordsName(p) || !isDefensibleOption(ctx, oq, p)) return false;
  const stems = stemsOf(ctx, p);
  if (oq.nation && !stems.has(oq.nation)) return false;
  // A host at home is offered beside the host's own people; one of no known side is a guess.
  if (oq.hostSide && sideOf(ctx, p) !== oq.hostSide) return false;
  if ([...stems].some((stem) => !oq.own.has(stem) && oq.opened.has(stem)) || isThankedSide(ctx, speaker, p, oq.text)) return false;
  if (!oq.couldHaveSaid(p)) return false;
  // Someone the article does not name is offered only from the same years, and never when a report of the
  // article's year names another holder of their office (Blinken for a 2020 quotation of Pompeo's time).
  // A head of state or government counts only within a year: Biden, named in 2021–2023 reports, was no
  // president to offer for Putin's words to Kim Jong-un in 2019 (blind-30's sheet).
  if (!oq.here.has(p.id) && !(ofTheSameEra(ctx, q.articleId, p.id, ...eraYearsOf(ctx, p)) && !heldByAnotherThen(ctx, q.articleId, p.id))) return false;
  if (oq.thanksHost?.has(p.id)) return false;
  // "President Mbasogo" beside "President Obiang": one man, whose full name holds the surname the answer goes by.
  if (oq.byTitle && (titledNameIn(ctx, { p, articleId: q.articleId }) === null || normalise(p.name).split(' ').some((w) => oq.ownWords.has(w)))) return false;
  // A title only the asked report's year gives ("President Obama" where the library's role is another office) admits
  // an option only on a host's stage: as a guest's counterpart he could say the talks' summary too ("we also
  // discussed the Middle East", Yudhoyono's words), which the library-wide form kept out.
  if (oq.byTitle && !oq.stageOnly && titledName(ctx, p) === null) return false;
  if (oq.byTitle && speaksOfOwnOffice(ctx, oq, p)) return false;
  // "Mr. President, it is with great pleasure … to be standing here today with you": the president addressed is ruled
  // out by the words themselves (Biden beside Niinistö in the Rose Garden, full-19).
  if (oq.addressed.length > 0 && isAddressed(ctx, oq, p)) return false;
  // A charity's head beside three ministers is the only name outside government: options of the answer's kind.
  if (!isOfTheSameKind(withWrittenTitle(ctx, speaker), withWrittenTitle(ctx, p))) return false;
  // Someone named only as held ("to free pro-democracy leader Aung San Suu Kyi") spoke in no room the reports show.
  if (isSpokenOfOnly(ctx, p) || isNamedOnlyAsHeld(ctx, p, q.articleId)) return false;
  // Someone the report names whom no report of the time shows at work (quoted, meeting someone, in a headline) is only talked of.
  if (!isAtWorkNear(ctx, p.id, q.articleId)) return false;
  // One it names in passing, of none of its parties' sides, had no part in the talks; a peer of the speaker's office at
  // the same event (another defence minister at a ministers' meeting, blind-37) still had.
  if (isOnlyTalkedOfHere(ctx, p, q.articleId) && !isOfficePeer(withWrittenTitle(ctx, speaker), withWrittenTitle(ctx, p), oq.text)) return false;
  // A head of state of another report linked to this one by a head alone is of another scene, on the office-peer
  // path too (President Morales of the Port of Spain summit beside Yudhoyono in Jakarta, round 15's full review).
  // So is a private person another report names beside the asked one's people by a head alone (a Hong Kong
  // legislator, an Afghan schoolgirl for Xi's words at Mar-a-Lago).
  const isHead = isHeadThen(ctx, p);
  // A head of no state the reports give whom no report shows at work is one the speakers recall (Ho Chi Minh).
  if (isHead && !sideOf(ctx, p) && !isShownPresent(ctx, p.id)) return false;
  if (!(isHead || !isPublicFigure(ctx, p)) || oq.here.has(p.id) || sharesScene(ctx, q.articleId, p.id)) return true;
  // A stand-in head of the asked report's own year may still make up the number beside a head of the scene
  // (officePeers); one named only a year before is of another season's news (Morales of April 2009 for Jakarta in 2010).
  return path === 'stand-in' && isHead && ofTheSameEra(ctx, q.articleId, p.id, 0, 0);
}

/**
 * Up to three people to offer beside the speaker, and whether all are named in title form ("President Biden"
 * beside "President Niinistö"): fewer than MIN_DISTRACTORS means the question is not asked. A host asked in title
 * form has only the guests on stage to stand beside him; with too few of them he is asked by full name, as before.
 *
 * @example
 * whoSaidOptions(ctx, q, austin, text, shown, excluded); // e.g. { picks: [Blinken, Stoltenberg, Milley], byTitle: false }
 */
export function whoSaidOptions(ctx: GenerateContext, q: Quote, speaker: Person, text: string, shown: string, excluded: Set<string>): { picks: Person[]; byTitle: boolean } {
  const byTitle = asksByTitle(ctx, q, speaker);
  const finish = (oq: OptionQuestion, picks: Person[]) => {
    // Options of other sides only, with room for one more: a head of the speaker's own state (lone-side.ts).
    const withOwn = picks.length >= MIN_DISTRACTORS && !oq.stageOnly && isPersonLike(speaker) ? withOwnSideHead(ctx, q, speaker, picks, excluded, (p) => isEligibleOption(ctx, oq, p, 'stand-in')) : picks;
    return unlessLoneSide(ctx, speaker, unlessAbsentHead(ctx, q, speaker, text, withOwn));
  };
  const titled = optionQuestion(ctx, q, speaker, text, shown, excluded, byTitle);
  const picks = optionsOf(ctx, titled, excluded);
  if (picks.length >= MIN_DISTRACTORS || !byTitle || !isPersonLike(speaker)) return { picks: finish(titled, picks), byTitle };
  const plain = optionQuestion(ctx, q, speaker, text, shown, excluded, false);
  return { picks: finish(plain, optionsOf(ctx, plain, excluded)), byTitle: false };
}

function optionsOf(ctx: GenerateContext, oq: OptionQuestion, excluded: Set<string>): Person[] {
  const { q, speaker, text } = oq;
  // Each try below asks of the same people again: the answer for this question is kept per person.
  const judged = new Map<string, boolean>();
  const eligible = (p: Person) => {
    let ok = judged.get(p.id);
    if (ok === undefined) judged.set(p.id, (ok = isEligibleOption(ctx, oq, p)));
    return ok;
  };
  const seed = `${ctx.seed}|who|${q.id}`;
  // The speaker's own camp first, in the room and then in the story: Putin is no one to offer for Austin's
  // "we're back here to reaffirm our shared unity", nor Stoltenberg for Lavrov's "Moscow will …".
  // Who was in the room first: people of the quotation's own article, when it names two who could have said
  // it; a name from another report of the story (linked by one shared name) only to make up the number.
  // A head's words are first offered beside the scene only; officePeers may still make up the number.
  const ofScene = (p: Person) => eligible(p) && oq.inHeadScene(p);
  const camp = (p: Person) => ofScene(p) && sameCamp(ctx, speaker, p);
  const onStage = (p: Person) => oq.here.has(p.id) && ofScene(p);
  const ownCampOnStage = (p: Person) => oq.here.has(p.id) && camp(p);
  const tries = [ownCampOnStage, camp, onStage, ofScene];
  // A speaker known only by a transcript's label ("PRESIDENT ABBAS:") is asked beside the people on that stage: a
  // head of state of another report had no part in the event, the library knows him by his full name rather than
  // in that form, and the words give him away ("President Putin" for Abbas's words in Bethlehem, blind-43). Too few
  // on the stage: not asked as who-said.
  const labelled = !isPersonLike(speaker);
  let picks: Person[] = [];
  if (oq.stageOnly && !isOwnSideOnly(ctx, oq)) return picks;
  for (const accept of oq.stageOnly ? [(p: Person) => onStage(p) && !namesSideOf(ctx, oq.text, p)] : labelled ? [ownCampOnStage, onStage] : tries) {
    picks = pickPeople(ctx, speaker, excluded, 3, seed, q.articleId, accept, new Set(), oq.byTitle);
    if (picks.length >= MIN_DISTRACTORS) break;
  }
  // A host asked beside guests known by title only: the guests on stage, or not in that form.
  if (picks.length >= MIN_DISTRACTORS || oq.stageOnly || labelled) return picks;
  // A report of a study or a trial quotes one or two people and gives others' words only in reported speech
  // ("Lydia Buchtmann … says they are looking at …"): those voices of its scene make up the number first.
  const voices = reportedVoices(ctx, q.articleId);
  if (voices.size > 0) {
    const heard = pickPeople(ctx, speaker, excluded, 3, seed, q.articleId, (p) => oq.here.has(p.id) && ofScene(p), voices);
    if (heard.length >= MIN_DISTRACTORS) return heard;
  }
  // A briefing or a press availability names one or two principals: their peers from the library's other
  // stories (other foreign ministers for a foreign minister) make up the number, as a teacher would.
  // Then only peers: a story's stray name ("Consulate Adana") beside two press secretaries stands out.
  // A head of state the report titles only before the name ("President of Turkey Recep Tayyip Erdogan") has the office too.
  const titled = withWrittenTitle(ctx, speaker);
  const peers = picks.filter((p) => isOfficePeer(titled, withWrittenTitle(ctx, p), text));
  return [...peers, ...officePeers(ctx, titled, q, text, excluded, peers, (p) => isEligibleOption(ctx, oq, p, 'stand-in'))];
}

/**
 * Stand-ins of the speaker's office from anywhere in the library, never anyone already excluded or picked.
 * A head of state or government is offered beside heads of the states the report names first (Kim and Moon for
 * Trump's words at the DMZ); a head of a state it never names only makes up the number beside one of them (a
 * Kremlin guest's words beside the host and a president of the same year, head-peers.test.ts), and only for words
 * that name no state or place (unlessAbsentHead). With none of the scene, Tokayev and Putin for the DMZ give the
 * answer away (blind-32): no stand-ins, so no question.
 */
function officePeers(ctx: GenerateContext, person: Person, q: Quote, text: string, excluded: Set<string>, picked: Person[], eligible: (p: Person) => boolean): Person[] {
  const out = new Set([...excluded, ...picked.map((p) => p.id)]);
  const isHead = officeKind(person) === 'head-of-government';
  const inTime = (p: Person) => (isHead ? ofTheSameEra(ctx, q.articleId, p.id, HEAD_ERA_YEARS, HEAD_LATER_YEARS) : ofTheSameEra(ctx, q.articleId, p.id));
  const ofTheScene = sceneFilter(ctx, person, q);
  const peer = (p: Person) => eligible(p) && isOfficePeer(person, withWrittenTitle(ctx, p), text) && inTime(p);
  const seed = `${ctx.seed}|office|${q.id}`;
  const scene = pickPeople(ctx, person, out, 3 - picked.length, seed, undefined, (p) => peer(p) && ofTheScene(p));
  if (!isHead) return scene;
  const here = namedIn(ctx, q.articleId);
  if (![...picked, ...scene].some((p) => here.has(p.id) || ofTheScene(p))) return [];
  for (const p of scene) out.add(p.id);
  return [...scene, ...pickPeople(ctx, person, out, 3 - picked.length - scene.length, seed, undefined, peer)];
}

