/** Who said it? (a quotation → four people) and What did X say? (a person → four quotations). */
import type { Fact, Person, Quote } from '@/lib/extract/types';
import type { Question } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { jobTitle, restoreApostrophes } from './clean';
import { withoutStutters } from './self-repairs';
import { dropped } from './trace';
import { hasCleanerCopy } from './cleanest-copy';
import { titleForReport } from './time-bound-title';
import { glossPronouns } from './glosses';
import { whoSaidPrompt } from './who-said-stem';
import { displayName, isPersonLike } from './people';
import { speakersOf } from './story';
import { MIN_DISTRACTORS, whoSaidOptions } from './who-said-options';
import { QUESTION_QUOTE_WORDS, isAskableQuote, shownText } from './quote-gates';
import { quoteSources } from './quote-sources';
import { withGlossSources } from './gloss-sources';
import { echoingSpeakers } from './echoes';
import { pickPeople, plausibility, quoteIndex } from './pick-people';
import { askedWordsIn, namesOnlyShared, stageLines, whatSaidPrompt } from './what-said-stage';
import { isFairChoice } from './what-said-choices';
import { MIN_TOPIC_WORDS, sharedWords, topicWords } from './what-said-topic';

export { isThankedSide } from './named-nation';
export { answersAQuestion, isAskableQuote } from './quote-gates';
export { whoSaidPrompt } from './who-said-stem';
export { attributionRun, quoteSources } from './quote-sources';
import { normalise } from './text';
import { namesOwnOtherSide, sameCamp } from './sides';
import { memoByObject, memoByObjectAndKey } from './memo';
import { titledName, titledNameIn } from './titled-names';
import { MILITARY_RANK_LEXICON } from '@/lib/extract/lexicons/titles';
import { FIRST_OR_SECOND_PERSON } from './spoken-of';
import { displayQuote, fullQuoteSpan, fullQuoteText, namesAllIn, namesNothing, quoteChoice, quoteKeys, withoutLeadingConjunction } from './quote-text';

/** Words in a displayed quotation choice; long quotations are cut so options stay comparable. */
const QUOTE_CHOICE_WORDS = 40;

/** Everyone who, by any report, said these words (the answer under another name included). */
function creditedSpeakers(ctx: GenerateContext, q: Quote): Set<string> {
  return new Set(creditedOnce(ctx, q));
}

const creditedOnce = memoByObjectAndKey(creditedUncached, (q: Quote) => q.id);

/**
 * The speakers of a group of reports, in report order, once per group: reportsOf returns one shared array per group,
 * and a story many outlets carry has hundreds of reports, read again for each of its quotations.
 */
const quotedSpeakersOf = memoByObject((reports: readonly Fact[]): string[] => [...new Set(reports.flatMap((s) => (s.kind === 'quote' && s.speakerId ? [s.speakerId] : [])))]);

function creditedUncached(ctx: GenerateContext, q: Quote): Set<string> {
  const { speakersByKey } = quoteIndex(ctx);
  const out = new Set<string>();
  if (q.speakerId) out.add(q.speakerId);
  for (const k of quoteKeys(q.text)) for (const id of speakersByKey.get(k) ?? []) out.add(id);
  for (const id of quotedSpeakersOf(ctx.reportsOf(q))) out.add(id);
  for (const c of ctx.conflictsOf(q)) {
    for (const claim of c.claims) {
      const id = ctx.people.resolve(claim.says);
      if (id) out.add(id);
    }
  }
  return out;
}


/**
 * "Emmanuel Macron (French President)": the role only when it is a job title ("Polish counterpart" is
 * not), and only when the cited report gives it beside the person: a role held later ("Secretary of
 * State" for words said as deputy adviser in 2014) is not the speaker's at the time.
 */
function withTitle(p: Person, body: string): string {
  const role = jobTitle(p.role);
  const title = role && titleForReport(role, body);
  // "science adviser with the U": a role cut at an abbreviation's first stop (U.S.) is shown as no role.
  if (!title || /\b\p{Lu}$/u.test(title) || !titledIn(body, p, title)) return displayName(p);
  // "Lieutenant Ibrahim Moussa": a rank is written before the name, never as "Ibrahim Moussa (Lieutenant)" (blind-39).
  // "President Pervez Musharraf": a bare office is written before the name too, never "Pervez Musharraf (President)" (blind-41).
  const name = displayName(p);
  const before = isRank(title) || (BARE_OFFICE.test(title) && !/^(?:Mister|Mr|Mrs|Ms|Miss|Dr)\b/.test(name));
  return before ? `${title} ${name}` : `${name} (${title})`;
}

/** An office with nothing that says of what: written before the name, as English writes it. */
const BARE_OFFICE = /^(?:(?:Vice|Deputy)\s+)?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Senator|Governor|Ambassador)$/;

/** A military rank alone ("Lieutenant", "Lieutenant Colonel"), with no post beside it. */
function isRank(title: string): boolean {
  return title.split(/\s+/).every((w) => MILITARY_RANK_LEXICON.words.has(w.toLowerCase()));
}

/** Nationality words and short words a report may leave out of a title ("US", "of"). */
const TITLE_FILLER = /^(?:of|the|and|for|us|u\.s\.|uk|eu|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i))$/u;

/** Whether the body writes the title's words near one of the person's mentions (within a sentence's reach). */
function titledIn(body: string, p: Person, title: string): boolean {
  const words = title.split(/\s+/).filter((w) => !TITLE_FILLER.test(w)).map((w) => w.toLowerCase());
  if (words.length === 0) return true;
  const surname = displayName(p).split(' ').pop() ?? '';
  if (!surname) return false;
  const lower = lowerBody(body);
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    const near = lower.slice(Math.max(0, at - 120), at + surname.length + 120);
    if (words.every((w) => near.includes(w))) return true;
  }
  return false;
}

const lowerCache = new Map<string, string>();

/** An article's body in lower case, made once per article rather than once per question. */
function lowerBody(body: string): string {
  let hit = lowerCache.get(body);
  if (hit === undefined) {
    if (lowerCache.size > 2000) lowerCache.clear();
    lowerCache.set(body, (hit = body.toLowerCase()));
  }
  return hit;
}

/** The cited text around a quotation: who else it names decides which distractors stay defensible. */
function citedText(ctx: GenerateContext, q: Quote): string {
  const span = fullQuoteSpan(ctx, q);
  return ctx.articles.get(q.articleId)?.body.slice(span.start, span.end) ?? q.text;
}

/** Everything a quotation question cites, the sentence naming the speaker included. */
function allCitedText(ctx: GenerateContext, q: Quote): string {
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  return (quoteSources(ctx, q) ?? []).map((s) => body.slice(s.start, s.end)).join(' ');
}

const READOUT_VERB = /\b(?:met with|[Mm]eeting with|spoke (?:today |yesterday )?with|held discussions|held talks|underscored|reaffirmed|emphasized|discussed|welcomed)\b/;

/** Whether quoted words are a readout: third-person reporting of a meeting, no "I", "we" or "you" in it. */
function isReadout(text: string): boolean {
  return READOUT_VERB.test(text) && !FIRST_OR_SECOND_PERSON.test(text);
}

function whoSaid(ctx: GenerateContext, q: Quote): Question | null {
  const person = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!person) return null;
  // A quotation that names its speaker gives the answer away.
  const text = shownText(ctx, q);
  if (ctx.people.isMentionedIn(person.id, text)) return dropped(ctx, q.id, 'who-said:names-speaker', null);
  // A spokesperson's written readout ("delegations held discussions on …", "The Secretary underscored …")
  // reports others in the third person: nobody's own words to remember a person by.
  if (isReadout(text)) return dropped(ctx, q.id, 'who-said:readout', null);
  const excluded = creditedSpeakers(ctx, q);
  // Anyone the sentence names is out: "Price said Blinken warned of 'risks'" makes Blinken a defensible answer too.
  const cited = allCitedText(ctx, q);
  for (const p of ctx.people.byId.values()) if (ctx.people.isMentionedIn(p.id, cited)) excluded.add(p.id);
  for (const id of echoingSpeakers(ctx, q, text)) excluded.add(id);
  const bare = withoutLeadingConjunction(displayQuote(text, QUESTION_QUOTE_WORDS));
  // "… readiness across the…": a quotation shown cut inside its sentence is not what was said (round 15).
  if (bare?.endsWith('…')) return dropped(ctx, q.id, 'who-said:cut-mid-sentence', null);
  // "he [Vladimir Putin]": a pronoun glossed with the person the report names before the quotation.
  const shown = bare ? glossPronouns(ctx, q, bare) : null;
  if (!shown) return dropped(ctx, q.id, bare ? 'who-said:unglossed-pronoun' : 'who-said:points-back', null);
  // "President Yudhoyono" is offered beside "President Obama", never beside "Barack Obama": one form for every
  // option, as the cited report writes each title.
  const { picks, byTitle } = whoSaidOptions(ctx, q, person, text, shown, excluded);
  const titled = (p: Person) => titledNameIn(ctx, { p, articleId: q.articleId }) ?? displayName(p);
  // Three plausible people beat four with a stranger among them.
  if (picks.length < MIN_DISTRACTORS) return dropped(ctx, q.id, 'who-said:few-options', null);
  const prompt = whoSaidPrompt(ctx, q, person, shown, picks);
  if (!prompt) return dropped(ctx, q.id, 'who-said:referent-missing', null);
  return finishQuestion(ctx, {
    kind: 'who-said',
    prompt,
    answer: byTitle ? titled(person) : displayName(person),
    distractors: picks.map((p) => (byTitle ? titled(p) : displayName(p))),
    choiceType: 'person',
    // "[Vladimir Putin]’s made …": the sentence naming whom the bracket means is cited too (gloss-sources.ts).
    sources: withGlossSources(ctx, q, shown, quoteSources(ctx, q) ?? []),
    lead: `${byTitle ? titled(person) : withTitle(person, ctx.articles.get(q.articleId)?.body ?? '')} said it.`,
    factIds: [q.id],
    factContent: `${q.articleId}|${normalise(q.text)}`,
    base: 0.3,
    similarity: picks.filter((p) => plausibility(person, p) >= 2).length / 3,
    recurrence: q.supportedBy.length,
    personIds: [person.id],
    places: [],
  });
}

/** The speaker as a choice or a stem names them: the full name, or the title and surname a report knows them by. */
function shownName(ctx: GenerateContext, p: Person): string {
  return isPersonLike(p) ? displayName(p) : titledName(ctx, p) ?? displayName(p);
}

function whatSaid(ctx: GenerateContext, q: Quote): Question | null {
  const person = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!person) return null;
  const { askableBySpeaker, creditorsOf } = quoteIndex(ctx);
  const credited = creditedSpeakers(ctx, q);
  const isAsked = (id: string) => credited.has(id) || ctx.people.samePerson(ctx.people.byId.get(id)?.name ?? id, person.name);
  const fullText = fullQuoteText(ctx, q);
  const answerText = quoteChoice(fullText, QUOTE_CHOICE_WORDS);
  // A spokesperson's readout ("Secretary Blinken met with …") is nobody's own words, as answer or option.
  if (!answerText || isReadout(fullText)) return null;
  const used = new Set([normalise(answerText)]);
  // Another principal's words at the same event come first, the report named (what-said-stage.ts): words borrowed
  // from other reports ("We all share the same values", Merkel's, beside Suga's in Washington) are what judges send
  // back most. The answer too names only what both principals name: among such lines, one naming a state would stand
  // out; read in the words shown, as a name in a sentence the choice leaves off is not seen.
  const stage = namesOnlyShared(ctx, q.articleId, answerText) ? stageLines(ctx, q, person, used, (o) => quoteChoice(fullQuoteText(ctx, o), QUOTE_CHOICE_WORDS)) : [];
  const staged = stage.length >= MIN_DISTRACTORS ? stage : null;
  const candidates = staged ? [] : pickPeople(ctx, person, credited, 12, `${ctx.seed}|what|${q.id}`, q.articleId, (p) => askableBySpeaker.has(p.id));
  const distractors: string[] = [];
  const mine = speakersOf(ctx, q.articleId);
  const topic = topicWords(ctx, q.articleId);
  // Words from a report of the same story (one quoting someone this article quotes), or on its topic
  // ("Russia", "missiles", "Europe"); never an athlete's for a minister.
  // From another story, words on the topic may stand only if every name they hold is the asked article's
  // too: Kerry's "cessation of hostilities in Syria" beside Blinken on Ukraine gives itself away.
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  // Another report of a shared speaker counts only with names the asked one uses: Obama's "a difficult time for
  // Indonesia" from Jakarta is no option for President Quang's words in Hanoi.
  const close = (o: Quote) => o.articleId === q.articleId || ([...speakersOf(ctx, o.articleId)].some((id) => mine.has(id)) && namesAllIn(o.text, body))
    || (sharedWords(topic, o.text) >= MIN_TOPIC_WORDS && namesAllIn(o.text, body));
  const unused: Quote[] = [];
  // The words as shown must not give themselves away either (what-said-choices.ts).
  const askedWords = askedWordsIn(ctx, q.articleId, person.id);
  const fair = (o: Quote, shown: string) => isFairChoice({ choice: shown, answer: answerText, asked: person, speaker: ctx.people.byId.get(o.speakerId ?? ''), body: o.articleId === q.articleId ? null : body, askedWords });
  // Whether a wrong choice is another speaker's words in the asked report: only the report makes it wrong.
  let sameEvent = false;
  const fromReport = new Set<string>();
  for (const other of candidates) {
    if (distractors.length >= 3) break;
    const theirs: Quote[] = (askableBySpeaker.get(other.id) ?? [])
      .filter(close)
      // Only words nobody credits to the asked person, and that do not name them.
      .filter((o) => ![...(creditorsOf.get(o.id) ?? [])].some(isAsked))
      .filter((o) => !ctx.people.isMentionedIn(person.id, citedText(ctx, o)))
      .filter((o) => !namesOwnOtherSide(ctx, person, other, o.text) && sameCamp(ctx, person, other) && !isReadout(o.text))
      .sort((a, b) => Math.abs(a.text.length - q.text.length) - Math.abs(b.text.length - q.text.length) || (a.id < b.id ? -1 : 1));
    const at = theirs.findIndex((o) => takeChoice(ctx, o, used, distractors, fair));
    if (at >= 0) unused.push(...theirs.filter((o) => o.articleId === q.articleId));
    if (theirs[at]?.articleId === q.articleId) {
      sameEvent = true;
      fromReport.add(distractors[distractors.length - 1] ?? '');
    }
  }
  // A joint press conference quotes two principals: when the guest's words are the only others, a second line of
  // theirs from the same conference makes up the number, if it names no one and nowhere that could give it away
  // (a quotation otherwise lost when who-said finds too few people of the same form, #15).
  for (const o of unused) {
    if (distractors.length >= MIN_DISTRACTORS) break;
    if (namesNothing(fullQuoteText(ctx, o)) && takeChoice(ctx, o, used, distractors, fair)) {
      sameEvent = true;
      fromReport.add(distractors[distractors.length - 1] ?? '');
    }
  }
  // A stem that names the report offers its lines only: a line from another report beside them is borrowed from a
  // scene the stem does not show (Merkel's "There is a very large degree of common ground" beside Biden's for Suga).
  const own = sameEvent ? distractors.filter((d) => fromReport.has(d)) : distractors;
  const name = isPersonLike(person) ? withTitle(person, ctx.articles.get(q.articleId)?.body ?? '') : shownName(ctx, person);
  const choices = staged ?? own;
  if (choices.length < MIN_DISTRACTORS) return null;
  return finishQuestion(ctx, {
    kind: 'what-said',
    // "Which of these did Vladimir Putin say?" beside Abbas's lines at the same talks: Putin has said such things
    // elsewhere, so the stem names the report that makes them Abbas's (blind-50); every dated report is named.
    prompt: whatSaidPrompt(ctx, q, person, name, { staged: !!staged, sameEvent }),
    answer: answerText,
    distractors: choices,
    choiceType: 'quote',
    sources: quoteSources(ctx, q) ?? [],
    lead: `${shownName(ctx, person)} said: “${restoreApostrophes(withoutStutters(fullText))}”.`,
    factIds: [q.id],
    factContent: `${q.articleId}|${normalise(q.text)}|${person.id}`,
    base: 0.35,
    similarity: 0.3,
    recurrence: q.supportedBy.length,
    personIds: [person.id],
    places: [],
  });
}

/** Adds a quotation's shown choice unless it is empty, already offered or unfair; whether it did. */
function takeChoice(ctx: GenerateContext, o: Quote, used: Set<string>, distractors: string[], fair: (o: Quote, shown: string) => boolean): boolean {
  const shown = quoteChoice(fullQuoteText(ctx, o), QUOTE_CHOICE_WORDS);
  if (!shown || used.has(normalise(shown)) || !fair(o, shown)) return false;
  used.add(normalise(shown));
  distractors.push(shown);
  return true;
}

/**
 * Who-said and what-said questions for every askable quotation.
 *
 * @example
 * quoteQuestions(ctx).filter((q) => q.kind === 'who-said');
 */
export function quoteQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const q of ctx.quotes) {
    if (!isAskableQuote(ctx, q)) continue;
    // The same words by the same speaker in another report, printed without this copy's slips and asked from
    // there: cited from there.
    if (hasCleanerCopy(ctx, q, quoteSources, (c, o) => isAskableQuote(c, o) && whoSaid(c, o) !== null)) continue;
    const who = whoSaid(ctx, q);
    if (who) out.push(who);
    const what = whatSaid(ctx, q);
    if (what) out.push(what);
  }
  return out;
}
