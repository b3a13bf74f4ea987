/**
 * "Hunt met Vice-President Mike Pence, Secretary of State Mike Pompeo and National Security Adviser John Bolton",
 * "a stop in London to meet with Prime Minister Tony Blair and Defense Minister Des Browne": one traveller meeting a
 * list of people, each named with their own title, held a meeting with each (where did he meet Bolton? is its own
 * fact). Read by grammar, not by names:
 *
 * - the trigger is the verb ("met", "to meet with", "after meeting with") or a plural noun ("meetings with",
 *   "bilaterals with"), "talks with" three or more ("to have talks with Prime Minister A, Foreign Minister B and …"),
 *   or a noun said to be separate ("separate talks with"); a singular noun ("a meeting with A and B"), talks with two
 *   and a summit are otherwise one event;
 * - its object is a list of two or more items, each a title and then a capitalised name ("President Robert Mugabe",
 *   "opposition leader Arthur Mutambara"), the last joined by "and", an office in lower case after one describing its
 *   person ("Gen. Tom Vale, commander of …,"); a list that opens on a bare title or a group ("the Iranian Foreign Minister,
 *   Mohammad Javad Zarif", "defense officials") makes the list an apposition or a delegation, read as one meeting;
 * - the subject is not itself a pair ("Blair and Chirac met with …" is one meeting of three), and no word says the
 *   people were met together ("jointly", "together", "between").
 */
import { TITLE_HEADS } from '../lexicons/titles';
import { NAME_ABBREVIATIONS } from '../lexicons/abbreviations';
import { tailAfterMark } from './text-tail';
import { COUNTRIES } from '../lexicon';
import { MULTIWORD_STATE_LEXICON } from '../lexicons/state-names';

/** A title word: "President", "leader", "Vice-President", or an abbreviated one before a name ("Gen.", "Adm."). */
const isTitleWord = (w: string) => TITLE_HEADS.words.has(w.toLowerCase())
  || w.split('-').some((part) => TITLE_HEADS.words.has(part.toLowerCase()) && /^\p{Lu}/u.test(w))
  || (/^\p{Lu}\p{Ll}+\.$/u.test(w) && NAME_ABBREVIATIONS.words.has(w.slice(0, -1).toLowerCase()));

/** "members of the Senate", "leaders of the National Assembly": the members of a body named by its capitalised name. */
const BODY_MEMBERS = /^(?:(?:the|other)\s+)?(?:members|leaders|representatives)\s+of\s+the\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u;

/** A span of the text, start and end offsets. */
export interface ItemSpan { start: number; end: number }

/** "met", "to meet with", "after meeting with", "meetings with", "talks with": the triggers that may split. */
const SPLIT_TRIGGER = /^(?:meet|meets|met|meeting|meetings|talks)$/;

/** "held separate talks with A and B", "talked separately with": nouns of one event, made one per person by "separate". */
const SEPARATE_TRIGGER = /^(?:talks|discussions|meeting|consultations)$/;

/** A determiner or possessive before "meeting": the noun, one event ("a meeting with A and B"). */
const NOUN_BEFORE = /\b(?:a|an|the|his|her|their|its|this|that|one|first|second|[\p{L}-]+[’']s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A coordinated subject right before the verb: "Blair and Chirac met", "the minister and his aides will meet". */
const PAIR_SUBJECT = /\band\s+(?:(?:his|her|their|the)\s+[\p{L}-]+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+(?:(?:will|would|also|then|later|had|have|has|to|are|were)\s+){0,2}$/u;

/** Words that say the people were met as one: "jointly", "together", "all three", "between". */
const TOGETHER = /\b(?:jointly|together|between|all (?:three|four|five|of them)|a joint)\b/i;

/** What may stand between the trigger and its list: an adverb, a place, a time word, "with". */
const LIST_OPENING = /^\s+(?:(?:separately|also|briefly|again|later|first|then|today|yesterday)\s+)?(?:in\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+)?(?:(?:up\s+)?with\s+)?/u;

/**
 * Where the list ends: a clause after a comma ("…, to discuss", "…, noting the respect", "…, she discussed"), a preposition not
 * followed by a capitalised office ("in a bid to", "at NATO headquarters", but not "Adviser to the President Jared Kushner" nor
 * "Minister for Strategic Industries"), a semicolon.
 */
const LIST_END = /[;:]|,\s+(?:to|who|where|which|while|as|prior|before|after|ahead|during|then|and then|in order|\p{Ll}+ing\s+(?!\p{Lu})|(?:he|she|they|we|I)\s)|\s+(?:in|on|at|about|during|to|over|after|before|ahead|while|where|who|which|as|amid|following)\s+(?!the\s+\p{Lu})|\s+for\s+(?!(?:the\s+)?\p{Lu})|\.\s*$/u;

/**
 * "House Speaker Nancy Pelosi": capitalised words before a person the people index knows, an office its lexicon may lack
 * ("Speaker"), read as a title. A bare name ("Pelosi") is no titled item: "met Blair and Chirac" may be one meeting; nor is
 * an honorific or a rank alone ("Daw Aung San Suu Kyi", "Qatari Emir Tamim …") when no other item has a known title.
 */
function isOfficeBeforePerson(item: string, namesPerson: boolean): boolean {
  return namesPerson && /^(?:\p{Lu}[\p{L}.’'-]*\s+){2,}\p{Lu}/u.test(item.replace(/^the\s+/i, ''));
}

/** "Foreign" in "Foreign and State Minister": one capitalised word, no title and no person, that the next item's title completes. */
const isSharedTitleWord = (item: string, namesPerson: boolean) => /^\p{Lu}\p{Ll}+$/u.test(item) && !isTitleWord(item) && !namesPerson;

/** "Minister for Strategic Industries, ": an office named by what it is for, with no holder's name in it. */
const OFFICE_OF = /\s(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*,\s+$/u;

/** "his counterpart", "her Turkish counterpart": the opener of a list whose next item names that person. */
const COUNTERPART_OPENER = /^(?:his|her|their)\s+(?:\p{Lu}[\p{L}-]*\s+)?counterpart$/u;

/** "my counterparts from", "his Asian counterparts from": the opener of a list of the states the people met come from. */
const COUNTERPARTS_FROM = /^(?:my|his|her|their|our)\s+(?:[\p{L}-]+\s+)?counterparts\s+from\s+/u;

/** A run of capitalised words, "of" inside: "Indonesia", "New Zealand", "the Republic of Korea". */
const STATE_RUN = /(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*)*/gu;

/** Whether words name a state: "Vietnam", "New Zealand", "the Republic of Korea". */
const isStateName = (words: string) => {
  const key = words.replace(/^the\s+/, '').toLowerCase();
  return COUNTRIES.has(key) || MULTIWORD_STATE_LEXICON.record[key] !== undefined;
};

/**
 * The states a list names one by one, as spans of the text, when there are two or more, the last joined by "and", and
 * the list is of states only ("Indonesia, New Zealand, India, Vietnam and, just now, the Republic of Korea"); else null.
 */
function statesListed(list: string, listStart: number): ItemSpan[] | null {
  const end = LIST_END.exec(list);
  const text = list.slice(0, end ? end.index : list.length);
  const items: ItemSpan[] = [];
  for (const m of text.matchAll(STATE_RUN)) {
    if (!isStateName(m[0])) return null;
    items.push({ start: listStart + m.index, end: listStart + m.index + m[0].length });
  }
  // Between the states only commas, "and" and a word of time ("and, just now, the Republic of Korea"): "and other states" is no list of them.
  const between = text.replace(STATE_RUN, ' ');
  return items.length >= 2 && /\band\b/.test(between) && LIST_JOINS.test(between) ? items : null;
}

/** What may stand between the states of a list. */
const LIST_JOINS = /^[\s,]*(?:(?:and|just|now|also|later|then|finally|earlier|today|yesterday)[\s,]*)*\.?\s*$/;

/** "Pavlo Riabikin": two or three capitalised words and nothing else, a name set off by a comma. */
const isApposedName = (item: string) => /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}$/u.test(item) && !item.split(/\s+/).some(isTitleWord);

/** A title word, any case, then a capitalised word later in the item: an office held by a person the item names. */
function isTitledPerson(item: string): boolean {
  const words = item.replace(/^the\s+/i, '').split(/\s+/);
  const titleAt = words.findIndex(isTitleWord);
  if (titleAt < 0) return false;
  // "commander of Multinational Force Iraq", "the chairman of the Joint Chiefs": a lower-case office of a body sets off
  // the person named before it ("Secretary of State Mike Pompeo", capitalised, is a title and a name).
  if (/^\p{Ll}/u.test(words[titleAt] as string) && /^(?:of|for)$/.test(words[titleAt + 1] ?? '')) return false;
  // The name after the title: "Pompeo", "Jaap de Hoop Scheffer", "Gen. Bantz Craddock" (a word with a lower-case tail, not "US").
  return words.slice(titleAt + 1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_HEADS.words.has(w.toLowerCase()));
}

/**
 * The people a meeting trigger's words list one by one, as spans of the text, when the meeting is one with each;
 * null when it is one meeting (a single person, a group, a pair subject, a singular noun).
 *
 * @param trig the trigger's words ("met", "meet with", "meetings")
 * @param before the sentence's words before the trigger
 * @param seg the words after the trigger, up to the next trigger
 * @param segStart where `seg` starts in the text
 * @param namesPerson whether the people index names someone between two offsets of the text
 * @example
 * eachCounterpart('met', 'Hunt ', ' Secretary Mike Pompeo and Adviser Jared Kushner.', 0)?.length; // → 2
 */
export function eachCounterpart(trig: string, before: string, seg: string, segStart: number, namesPerson: (start: number, end: number) => boolean = () => false): ItemSpan[] | null {
  const verb = trig.toLowerCase().replace(/\s+(?:up\s+)?with$/, '');
  const isSeparate = SEPARATE_TRIGGER.test(verb) && /\bseparate\s+(?:[\p{L}-]+\s+)?$/iu.test(before.slice(-30));
  if (!isSeparate && (!SPLIT_TRIGGER.test(verb) || (verb === 'meeting' && NOUN_BEFORE.test(tailAfterMark(before, 60))))) return null;
  if (PAIR_SUBJECT.test(before.slice(-80)) || TOGETHER.test(before.slice(-30)) || TOGETHER.test(seg.slice(0, 40))) return null;
  const open = LIST_OPENING.exec(seg)?.[0] ?? '';
  // The plural noun takes its people with "with" ("meetings with …"); only the verb takes them as its object.
  if (!/\bwith\s+$/.test(open) && !/\swith$/.test(trig) && !/^(?:meet|meets|met)$/.test(verb)) return null;
  const rest = seg.slice(open.length);
  // "five meetings today with my counterparts from Indonesia, New Zealand and India": a plural of meetings, one per state.
  const fromStates = verb === 'meetings' ? COUNTERPARTS_FROM.exec(rest) : null;
  if (fromStates) return statesListed(rest.slice(fromStates[0].length), segStart + open.length + fromStates[0].length);
  const end = LIST_END.exec(rest);
  const list = rest.slice(0, end ? end.index : rest.length);
  const items: ItemSpan[] = [];
  // Items with a title the lexicon knows: an office it lacks ("House Speaker") counts only in a list they already make.
  let titled = 0;
  const re = /,\s+and\s+|,\s+|\s+and\s+/g;
  let from = 0;
  let lastJoin = '';
  // The join before the last item taken: "… and Minister for Strategic Industries, Pavlo Riabikin" ends on the name set off after it.
  let itemJoin = '';
  for (let m = re.exec(list); ; m = re.exec(list)) {
    const to = m ? m.index : list.length;
    const item = list.slice(from, to).trim();
    const last = items[items.length - 1];
    const join = lastJoin;
    if (m) lastJoin = m[0];
    const itemStart = segStart + open.length + from;
    // "Foreign and State Minister Luis Amado": a lone capitalised word before "and" shares the title that follows.
    if (m && m[0] === ' and ' && isSharedTitleWord(item, namesPerson(itemStart, itemStart + item.length))) {
      lastJoin = join;
      continue;
    }
    // "his counterpart, Defense Secretary Lloyd Austin, …": the opener names who the next item is, no one more.
    if (!last && m && m[0] === ', ' && COUNTERPART_OPENER.test(item)) {
      from = m.index + m[0].length;
      continue;
    }
    // "Chairman of the Joint Chiefs of Staff" after a name: an office of a body that names no one describes the person before it.
    const isTitled = isTitledPerson(item) && !(/\bof\s+the\s/.test(item) && !namesPerson(itemStart, itemStart + item.length));
    if (isTitled) titled++;
    if (isTitled || isOfficeBeforePerson(item, namesPerson(itemStart, itemStart + item.length))) {
      items.push({ start: segStart + open.length + from, end: segStart + open.length + to });
      itemJoin = join;
    }
    // "… and other key figures", "… and conclude his trip": after "and", what is not a titled person ends the list.
    // "…, National Security Advisor Tom Donilon and members of the Senate": the members of a body named, met as one, close it.
    else if (last && /\band\b/.test(join)) {
      if (BODY_MEMBERS.test(item)) items.push({ start: itemStart, end: itemStart + item.length });
      lastJoin = join;
      break;
    }
    // "Gen. Tom Vale, commander of Multinational Force North, and …": an office in lower case after a person describes them.
    else if (last && (/^(?:the|a|an)\s/.test(item) || isTitleWord(item.split(/\s+/)[0] ?? ''))) last.end = segStart + open.length + to;
    // "… and Ukrainian Minister for Strategic Industries, Pavlo Riabikin": a name set off after an office of something ("for …") is its holder.
    else if (last && !m && join === ', ' && isApposedName(item) && namesPerson(itemStart, itemStart + item.length) && OFFICE_OF.test(list.slice(last.start - segStart - open.length, from))) {
      last.end = segStart + open.length + to;
      lastJoin = itemJoin;
    } else return null;
    if (!m) break;
    from = m.index + m[0].length;
  }
  // "Gen. Peter Pace, the chairman of the Joint Chiefs of Staff,": a list joins its last item with "and"; commas alone set off an apposition.
  // "talks with President A and opposition leader B" may be one round between two sides; three or more named by title
  // ("talks with Prime Minister A, Foreign Minister B and Defence Minister C") are a round of calls, one with each.
  const fewest = verb === 'talks' && !isSeparate ? 3 : 2;
  return items.length >= fewest && titled >= 2 && /\band\b/.test(lastJoin) ? items : null;
}
