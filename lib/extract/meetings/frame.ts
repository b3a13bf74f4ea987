/**
 * Where a clause, and the paragraph it opens, is set: "In Paris on June 25, Secretary Blinken will meet …",
 * "While in Berlin, …", "In Tucson, he will visit …". A travel statement tells one stop per paragraph
 * this way, and the paragraph's later sentences ("He will also meet with …") are held at that stop.
 *
 * A place is known from the gazetteers, or from the article itself: whatever a travel verb goes to is a
 * place ("will travel to Tucson, Arizona, and Nogales, Mexico"), known or not.
 */
import { COUNTRIES } from '../lexicon';
import { cityIn } from './setting';
import { canBePlace } from './place-names';
import { countriesIn } from './participants';
import type { TravelStop } from './travel';
import { firstWhen } from './when';

/** A clause that opens on a place, maybe with its time: "In Paris on June 25,", "While in Berlin,", "During his visit to Hanoi,". */
const OPENER = /^\s*(?:In|At|While in|While at|During (?:a|an|his|her|their|the) (?:visit|stop|trip) (?:to|in))\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?((?:\s+(?:on|in|from)\s+[^,]{3,40})?),/u;

/** "In Saudi Arabia’s capital city, Riyadh,", "In the Kenyan capital, Nairobi,": a capital, then its name. */
const CAPITAL_OPENER = /^\s*In\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?:[’']s)?\s+capital(?:\s+city)?,\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}),/u;

/** A travel verb and the list of places it goes to, up to the clause's end. */
const TRAVEL_TO = /\b(?:travel(?:s|ed|led|ing)?|trip|journey)\s+to\s+([^.;:]*)/u;
/** Months and weekdays are capitalised too: "April 11–12" is the trip's time, not a stop. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** One capitalised name of a destination list ("Tucson", "the Vatican", "New Delhi"). */
const NAME = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/gu;

/**
 * The places a travel sentence goes to, added to the article's own list (lower case).
 *
 * @example
 * learnTravelPlaces('Risch will travel to Tucson, Arizona, and Nogales, Mexico, April 11–12.', set) // set: tucson, arizona, nogales, mexico
 */
export function learnTravelPlaces(sentence: string, into: Set<string>): void {
  const m = TRAVEL_TO.exec(sentence);
  if (!m) return;
  for (const name of (m[1] as string).matchAll(NAME)) if (!CALENDAR.test(name[0])) into.add(name[0].toLowerCase());
}

/** "Middle East", "Southeast Asia", "West Africa": a compass word before a continent or a region's noun. */
const REGION = /^(?:Middle|Far|Near|North(?:ern|east|west)?|South(?:ern|east|west)?|East(?:ern)?|West(?:ern)?|Central)\s+(?:East|Asia|Africa|America|Europe|Pacific|Caucasus|Balkans)$/;

/** A capitalised "In" and a place after a word that ends no sentence: a subheading run into the text before it. */
const RUN_IN_PLACE = /(?<=[\p{L}\d])\s+In\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?,/u;

/**
 * The stop a sentence opens on: its city (from the gazetteers or the article's travel list) and the
 * time the opener gives. Null when the sentence opens on no place either knows.
 *
 * @example
 * openingStop('In Paris on June 25, Secretary Blinken will meet with President Macron.', new Set()) // { city: 'Paris', when: 'June 25' }
 * openingStop('In Tucson, he will visit the passport centers.', new Set(['tucson'])) // { city: 'Tucson', when: null }
 * openingStop('In addition, the Secretary will meet …', new Set()) // null
 */
export function openingStop(sentence: string, known: ReadonlySet<string>): TravelStop | null {
  // "… the Alliance’s agenda. More troops for Afghanistan In Madrid, on 26 February, the Secretary General met …": a page's
  // subheading run into the text, a capitalised "In" after a word with no stop, leaves the sentence opening on the place.
  // The run-in's "In" first, by a plain search: the pattern opens on a look-behind, tried at every character.
  const runIn = /^\s*(?:In|At|While|During)\s/.test(sentence) || !sentence.includes('In') ? null : RUN_IN_PLACE.exec(sentence);
  if (runIn) return openingStop(sentence.slice(runIn.index + (runIn[0].length - runIn[0].trimStart().length)), known);
  // "In Saudi Arabia’s capital city, Riyadh, …": the town set off after "capital" is one, known or not.
  const capital = sentence.startsWith('In ') ? CAPITAL_OPENER.exec(sentence) : null;
  if (capital && canBePlace(capital[1] as string)) return { city: cityIn(capital[1] as string) ?? (capital[1] as string), when: null };
  const m = OPENER.exec(sentence);
  if (!m) return null;
  const name = (m[1] as string).replace(/^the\s+/, '');
  // "In India, …": a country is where the trip goes, not a city to place a meeting in.
  // "While in Yerevan, …": a stay names a place, so a name there that is no country is a town, known or not.
  const isStay = /^\s*(?:While in|During (?:a|an|his|her|their|the) (?:visit|stop|trip) (?:to|in))\s/u.test(sentence);
  // "In the Middle East, the secretary will visit …": a region a trip goes to is no town either.
  if (REGION.test(name)) return null;
  const isTown = known.has(name.toLowerCase()) || (isStay && !name.includes(' ') && canBePlace(name));
  const city = cityIn(name) ?? (isTown && !COUNTRIES.has(name.toLowerCase()) ? name : null);
  if (!city) return null;
  const when = firstWhen(m[2] ?? '')?.replace(/^(?:on|in)\s+/i, '') ?? null;
  return { city, when };
}

/** "what is happening here in Riyadh", "we are here in Lagos": the speaker's own place, told by "here". */
const HERE_IN = /\bhere in ((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/u;

/**
 * The place a speaker says they are in ("here in Riyadh"): the meetings of now that the paragraph tells
 * without a place of their own are held there, whatever city the transcript's header gives.
 *
 * @example
 * hereStop('It is historic, what is happening here in Riyadh this week.') // { city: 'Riyadh', when: null, isHere: true }
 * hereStop('We are glad to be here today.') // null
 */
export function hereStop(sentence: string): TravelStop | null {
  if (!sentence.includes('here in ')) return null;
  const m = HERE_IN.exec(sentence);
  const city = m ? cityIn((m[1] as string).replace(/^the\s+/, '')) : null;
  return city ? { city, when: null, isHere: true } : null;
}

/** A caption's closing place and day: "… say their farewells in Jiddah, Saudi Arabia, July 22, 2015." */
const CAPTION_PLACE = /\bin ((?:\p{Lu}[\p{L}’'.-]*)(?:[- ](?:de|da|el|al|la|le)?[- ]?\p{Lu}[\p{L}’'.-]*){0,2}), (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?), ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})\.\s*$/u;

/**
 * The place and day a photo caption closes on ("… in Jiddah, Saudi Arabia, July 22, 2015."): the caption's next
 * sentences ("The two leaders met and spoke …") tell the scene it shows, there and then, not in the story's dateline city.
 * The town is followed by its country (or state), so a town the gazetteers lack is still one.
 *
 * @example
 * captionStop('Carter and the minister say their farewells in Jiddah, Saudi Arabia, July 22, 2015.') // { city: 'Jiddah', when: 'July 22, 2015' }
 * captionStop('He met the minister in Jiddah.') // null
 */
export function captionStop(sentence: string): TravelStop | null {
  const m = CAPTION_PLACE.exec(sentence);
  if (!m || !(countriesIn(m[2] as string).length > 0 || cityIn(m[1] as string)) || !canBePlace(m[1] as string)) return null;
  return { city: cityIn(m[1] as string) ?? (m[1] as string), when: m[3] as string };
}

/** "after she arrived this morning in London": an arrival told as done, and the town arrived in. */
const ARRIVED_IN = /\barrived\s+(?:(?:early\s+|late\s+)?(?:this|last)\s+(?:morning|afternoon|evening|night)\s+|today\s+|yesterday\s+|on\s+\p{Lu}\p{Ll}+day\s+)?in\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/u;
/** Words that put an arrival after what the paragraph told before it: "then arrived in …", "later arrived in …". */
const SEQUENCE_BEFORE = /\b(?:then|later|afterwards|next|finally|before)\b/i;

/**
 * "The Secretary is doing a press availability following the Yemen meeting … But after she arrived this morning in
 * London, she's had bilaterals …": an arrival told later in a paragraph places the meetings of now it told before it
 * (a stop of "here": meetings of another day, or ahead of the report, keep their own place). Null when the paragraph
 * tells no arrival in a town, or tells it as a step after the rest ("then arrived in London").
 *
 * @example
 * arrivalAhead('She is holding a press conference. After she arrived this morning in London, she met the minister.') // { city: 'London', at: 35 }
 * arrivalAhead('She met the minister and then arrived in London.') // null
 */
export function arrivalAhead(paragraph: string): { city: string; at: number } | null {
  const m = ARRIVED_IN.exec(paragraph);
  const city = m ? cityIn((m[1] as string).replace(/^the\s+/, '')) : null;
  if (!m || !city) return null;
  const sentenceStart = Math.max(paragraph.lastIndexOf('. ', m.index) + 2, 0);
  if (SEQUENCE_BEFORE.test(paragraph.slice(sentenceStart, m.index))) return null;
  return { city, at: sentenceStart };
}

/**
 * "Later in the afternoon, …", "In the evening, …", "On Sunday morning, …", "Afterward, …": a line of a day's schedule,
 * opening on a time of day.
 */
export const SCHEDULE_LINE = /^\s*(?:(?:Later|Earlier)\s+(?:in\s+the\s+|that\s+|this\s+)?(?:morning|afternoon|evening|night|day)|(?:In|During)\s+the\s+(?:morning|afternoon|evening)|(?:On\s+)?\p{Lu}\p{Ll}+day\s+(?:morning|afternoon|evening|night)|Afterwards?)\b/u;

/** "the President will arrive in Hangzhou": a trip still to come, which a schedule of its days may follow. */
export const WILL_TRAVEL = /\bwill\s+(?:arrive|travel|fly|head)\b/;
