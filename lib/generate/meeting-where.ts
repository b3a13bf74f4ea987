/** Where did the meeting take place? Asked with the place of its own clause or of the line that places it. */
import type { Question } from './types';
import type { GenerateContext } from './context';
import { dropped } from './trace';
import { finishQuestion } from './build';
import type { MeetingView } from './meeting-view';
import { hostGivesCapital, isLoneHomeCapital, isLoneNamedState, isTownOfNamedState, meetsAtHome, namesMeetingByPlaceAlone, stemCapitals, travellerCapitals } from './place-giveaways';
import { isAskableAmongOptions, pickPlaces, placeSimilarity } from './places';
import { gatheringMembers } from './body-members';
import { namesSeatOfBody, namesStateOfCapital, stemRulesOutPlaces, welcomesTo } from './capital-clues';
import { containsWords, normalise } from './text';
import { isOutletSeat } from './office-names';
import { participantIds } from './meeting-people';
import { isLonePressOccasion } from './press-occasion';
import { source, reportedDetails } from './meeting-reports';
import { distinctName, askIn, leadFor } from './meeting-stems';
import { framedBlank, voiceOf, voiceSources, wholePlaceName, blankedSentence } from './meeting-blanks';
import { isOneStopOfSeries } from './series-stops';
import { bilateralCapitals } from './bilateral-venues';

export function where(ctx: GenerateContext, v: MeetingView, views: MeetingView[]): Question | null {
  const place = v.place;
  if (!place) return dropped(ctx, v.m.id, v.m.place ? 'where:place-outside-meeting-clause' : 'where:no-place', null);
  if (!isAskableAmongOptions(place)) return dropped(ctx, v.m.id, 'where:not-a-place', null);
  if (!ctx.isTrusted(v.m)) return dropped(ctx, v.m.id, 'where:untrusted', null);
  // "At a press conference Monday in New York, a spokesman … said": where one person told the news is trivia
  // beside the story's talks (round 15's full review); two principals' joint press conference is an event of it.
  if (isLonePressOccasion(ctx, v.m, v.name)) return dropped(ctx, v.m.id, 'where:press-occasion', null);
  // "a number of roadshows …, with the first meeting set to take place in Dunedin": one stop of a series is trivia.
  if (isOneStopOfSeries(v.article.body.slice(v.m.sentence.start, v.m.sentence.end))) return dropped(ctx, v.m.id, 'where:one-stop-of-series', null);
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
  const prompt = named ?? (v.placeLine ? null : framedBlank(ctx, v, 'place', blankedSentence(ctx, v, whole, views, voice, true), voice));
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
  if (hostGivesCapital(prompt, place) || (!named && welcomesTo(v.article.body.slice(v.m.sentence.start, v.m.sentence.end), place)) || meetsAtHome(ctx, participantIds(ctx, v.m), place)) return dropped(ctx, v.m.id, 'where:host-at-home', null);
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
  // A meeting of two states named by their compound ("UK-China …") is answered by their towns and neutral seats only (bilateral-venues.ts).
  const bilateral = bilateralCapitals(`${v.name} ${v.m.what}`);
  const picks = pickPlaces(ctx, place, excluded, 3, `${ctx.seed}|where|${v.m.id}`, { articleId: v.m.articleId, shown: prompt, named: new Set([...stemStates, ...reportStates]), members: gatheringMembers(prompt, place, Number(v.article.date?.slice(0, 4)) || null), bilateral });
  if (picks.length < 3) return dropped(ctx, v.m.id, 'where:few-options', null);
  if (stemRulesOutPlaces(prompt, place, picks)) return dropped(ctx, v.m.id, 'where:stem-names-the-country', null);
  // The answer must not be the one option of the states the sentence names (Paris beside no Berlin).
  if (isLoneNamedState(stemStates, place, picks)) return dropped(ctx, v.m.id, 'where:stem-names-its-state', null);
  // Washington beside Annapolis, Chicago and New York for Cameron's talks with Obama: the one home capital of those who met.
  if (isLoneHomeCapital(ctx, participantIds(ctx, v.m), place, picks)) return dropped(ctx, v.m.id, 'where:lone-home-capital', null);
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
