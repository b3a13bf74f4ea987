/** The prompt of a figure question: "How many …?" from the extractor's clause, or its sentence with the figure blanked. */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { mentionsNumber, parseWritten } from './numbers';
import { displayedText } from './dateline';
import { isWholeSentence } from './body-lines';
import { glossWeekday } from './weekday-gloss';
import { endsMidPhrase, namesPlaceOnlyByPointing, standsAfter, standsAlone, trimCutPhrase, usableClaimant } from './figure-stems';
import { figureStemBody, isAskableClause } from './stems';
import { labelOutlet, reportByOutlet } from './outlet-names';
import { datedSourceLabel, reportWhen } from './frames';
import { cleanShownText } from './clean';
import { inCaption, sentencesOf } from './evidence';
import { hedgeAsWritten, withEventPhrase } from './figure-wording';
import { escapeRegExp, normalise } from './text';
import { claimantShown, shownFromTranslation } from './figure-claims';
import { namePointedPlaces } from './pointed-places';
import { clipPurposeClause, clipTrailingClause, figureClause, glossCitySubject, strengthOf } from './figure-clauses';
import { figurePattern } from './figure-pattern';
import { namesAPlace } from './figure-event-names';
import { roleHolder } from './figure-askable';
import { atReportTime } from './figure-tense';
import { isRunningToll, tollCount } from './running-tolls';
import { isBound } from './figure-typed-answer';
import { hasUnnamedRivalCount } from './casualty-rivals';

/** The sentence just before a figure's own, in its paragraph or the one before (empty when there is none). */
function previousSentence(article: ArticleInput, span: { start: number }): string {
  const prev = previousSpan(article, span);
  return prev ? article.body.slice(prev.start, prev.end) : '';
}

/**
 * Where the sentence before a figure's own stands, the one a headline figure's stem may quote with it; null when
 * there is none. The question cites it too.
 *
 * @example
 * previousSpan(article, f.sentence); // → { start: 412, end: 530 }
 */
export function previousSpan(article: ArticleInput, span: { start: number }): { start: number; end: number } | null {
  return sentencesOf(article.body).filter((s) => s.end <= span.start).pop() ?? null;
}

/** A quotation of some words ("We will not forget them"), not a word in scare quotes (a "surge" strategy). */
const QUOTATION = /[“"][^”"]*\s[^”"]*\s[^”"]*[”"]|^[“"]|[”"]$/;

/** Words a stem quoting two sentences may run to: the pair reads as one short passage. */
const PAIR_WORDS = 60;

/**
 * The sentence before a figure's, quoted before it, when the figure's sentence leaves it its subject or place
 * ("he", "in the country"): whole, not a caption, naming the figure's value nowhere, the two short enough to read.
 */
function withPrevious(article: ArticleInput, f: Figure, own: string, blank: (text: string) => string): string | null {
  const span = previousSpan(article, f.sentence);
  if (!span || inCaption(article.body, span) || !isWholeSentence(own)) return null;
  const previous = cleanShownText(displayedText(article, span));
  // Only for what the sentence before names: a sentence too long alone is no shorter with another. A quotation
  // before it is someone's words whose speaker the pair does not show (a live blog's last item).
  if (own.split(/\s+/).length > STEM_WORDS || QUOTATION.test(previous)) return null;
  if (!isWholeSentence(previous) || givesValue(previous, f) || figurePattern(f.raw).test(previous)) return null;
  const both = `${previous} ${own}`;
  if (both.split(/\s+/).length > PAIR_WORDS || !standsAfter(blank(previous), blank(own))) return null;
  return both;
}

/** "The Secretary of State stressed …" → "US Secretary of State Antony Blinken stressed …". */
function withRoleHolder(ctx: GenerateContext, articleId: string, shown: string): string {
  const h = roleHolder(ctx, articleId, shown);
  return h ? shown.replace(new RegExp(`^The\\s+${escapeRegExp(h.said)}`), `${h.role} ${h.name}`) : shown;
}

/** Hedges a figure may carry before it and still open its clause: "More than 300 …", "About 600 trucks …". */
const LEADING_HEDGE = /(?:^|[,;:]\s+|\b(?:that|said|says|reported|announced|estimated|found|finds|showed|shows)\s+)(?:(?:more than|fewer than|less than|about|around|some|nearly|almost|at least|up to|over|only|an estimated|roughly|approximately|estimated)\s+)?$/i;

/**
 * Whether the figure opens its clause ("1,500 people were evacuated …"), the only place where "How many
 * …?" reads the sentence right: after "the country's", "whether any of", "The", or a verb, the count is
 * of something else ("whether any of the country's three dailies will …" does not say three will).
 */
function opensItsClause(article: ArticleInput, f: Figure): boolean {
  const before = displayedText(article, { start: f.sentence.start, end: f.valueStart });
  // "several thousand of an estimated 9,500 people remaining in Vaharai have fled": the figure is the whole,
  // and "How many … have fled?" would take it for the part (a false key).
  if (/\bof\s+(?:(?:an?|the)\s+)?(?:estimated\s+|total\s+of\s+)?$/i.test(`${before.trimEnd()} `)) return false;
  return before.trim() === '' || LEADING_HEDGE.test(`${before.trim()} `);
}

/** "fewer australians were unemployed": a description that lower-cases a name of its sentence was rewritten, not quoted. */
function isRecased(article: ArticleInput, f: Figure, about: string): boolean {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  const names = new Set((sentence.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).map((w) => w.toLowerCase()));
  return about.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && names.has(w) && !sentence.includes(` ${w}`));
}

/** A description that stops before a name ("schools remain closed across the central" | "Sahel") or before what its object is about lost its end. */
function isCutShort(article: ArticleInput, f: Figure, about: string): boolean {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  const at = sentence.indexOf(about);
  if (at < 0) return false;
  const after = sentence.slice(at + about.length);
  // "imprisoned for peaceful political" | "expression": an adjective left at the end waits for its noun.
  const last = about.split(/\s+/).pop() ?? '';
  // "62 Nobel Prize winners sent a letter" | "to the leaders … calling for peacekeepers": a thing ending on
  // "a letter", "a request", "a deal" says what it is about after it; "How many … sent a letter?" asks nothing.
  const indefiniteEnd = /\b(?:a|an)\s+\p{L}+$/iu.test(about) && /^\s+\p{L}/u.test(after);
  return indefiniteEnd || /^\s+\p{Lu}/u.test(after) || (/^\s+\p{Ll}/u.test(after) && ADJECTIVE_END.test(last));
}

/** Endings of adjectives ("political", "economic", "peaceful"), which do not end a noun phrase. */
const ADJECTIVE_END = /^\p{Ll}{3,}(?:al|ic|ive|ful|ous|ian|ese|ish|ary|less|able|ible)$/u;

/**
 * Whether a card may blank this figure in its sentence: the sentence stands alone ("In this latest conflict …
 * _____ Israelis have died" does not).
 *
 * @example
 * figureCardStandsAlone(ctx, israelisInThisLatestConflict); // → false
 */
export function figureCardStandsAlone(ctx: GenerateContext, f: Figure): boolean {
  const article = ctx.articles.get(f.articleId);
  if (!article) return false;
  return standsAlone(cleanShownText(displayedText(article, f.sentence)).replace(figurePattern(f.raw), '_____'));
}

/**
 * "by the count reported that day" for a rising toll given as an estimate or plainly (a lower bound stays true),
 * else null. The figure's own description says what it counts: "an estimated _____ people remaining in Vaharai
 * have fled" counts those who remain.
 */
function runningCount(ctx: GenerateContext, f: Figure, label: string): string | null {
  return isRunningToll(f.about) && !isBound(f.qualifier) ? tollCount(label, reportWhen(ctx, f.articleId)) : null;
}

/** Words in a blanked sentence stem beyond which the blank is lost: cut it or leave it. */
const STEM_WORDS = 40;

/**
 * The report as a figure's stem names it. "20 Killed in Philippines Earthquake" is the headline fact, and
 * its label would give the answer: the outlet and the day name the report instead ("a report by Voice of
 * America (October 15, 2013)"); without an outlet, null (not asked).
 */
function figureLabel(ctx: GenerateContext, article: ArticleInput, f: Figure): string | null {
  const label = datedSourceLabel(ctx, article.id);
  if (!givesValue(label, f)) return label;
  // Without its headline the stem must say which event itself ("an earthquake … in the central Philippines");
  // "Officials say more than 160 people have been rescued" does not say which ferry.
  if (!namesAPlace(ctx, article.body.slice(f.sentence.start, f.sentence.end))) return null;
  const outlet = labelOutlet(article.outlet);
  const when = reportWhen(ctx, article.id);
  const plain = outlet && when ? `${reportByOutlet(outlet)} (${when})` : null;
  return plain && !givesValue(plain, f) ? plain : null;
}

/**
 * Whether a text gives a figure's value, as written or otherwise ("At Least 4 Dead" gives "four deaths").
 *
 * @example
 * givesValue('At Least 4 Dead, 290 Missing After South Korea Ferry Sinks', fourDeaths); // → true
 */
export function givesValue(text: string, f: Figure): boolean {
  return mentionsNumber(text, f.raw) || text.split(/[\s,;:()“”"]+/).some((w) => parseWritten(w)?.value === f.value);
}

/**
 * A figure's sentence as a stem shows it: its pointed places named from its paragraph ("the highest in the
 * constituency [New Territories East]", blind-34), whole, not a caption (it tells the picture, not the story), and
 * short enough that the blank is not lost in it, or else cut before a trailer after the figure ("…, aimed at …",
 * round 16). Null when no such text is left.
 */
function shownToFit(article: ArticleInput, f: Figure, text: string, cut = false): string | null {
  // A text this stem cut itself ends on its "…"; any other is the source's whole sentence.
  const ends = (t: string) => (cut ? t.endsWith('…') : isWholeSentence(t));
  if (!ends(text) || inCaption(article.body, f.sentence)) return null;
  const paragraph = article.body.slice(article.body.lastIndexOf('\n', f.sentence.start) + 1, f.sentence.start);
  const fits = (t: string | null) => !!t && t.split(/\s+/).length <= STEM_WORDS;
  const whole = namePointedPlaces(paragraph, text);
  if (whole && ends(whole) && fits(whole)) return whole;
  if (fits(text) || cut) return null;
  const clipped = clipTrailingClause(text, f.raw, STEM_WORDS);
  const named = clipped && namePointedPlaces(paragraph, clipped);
  return named && fits(named) ? named : null;
}

/**
 * "How many Russian troops massed around Ukraine?" — the figure itself never appears. When the
 * extractor's description is not a clause that completes "How many …?" ("people have died of cholera
 * in", "tonnes of medical supplies", a percentage or a sum of money without its own wording), the
 * question shows the sentence (without its dateline) with the figure blanked instead.
 */
export function figureStem(ctx: GenerateContext, f: Figure, article: ArticleInput, typed: boolean, pair = false): string | null {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  // "Nato has put 8,500 troops on standby" (it was the US, for NATO's force, teachers noted; the rewritten copy says
  // "deployed"): a disputed status is asked only as the named report's own sentence to complete. Every rewording
  // was sent back (blind-25 to -50: "were put on standby" hid who acted, "for Nato" changed it, "Nato has put" taught
  // it as fact), while the completion of the sentence its report is named for was signed (blind-15, -16, -18).
  const disputedStatus = ctx.conflictsOf(f).some((c) => c.kind === 'status');
  // "the 350,000-strong Afghan National Security Forces": the sentence cannot be blanked ("the _____-strong"), the
  // force's name and its size can.
  const force = strengthOf(article.body, f.valueEnd);
  if (force) {
    const label = figureLabel(ctx, article, f);
    return label ? `According to ${label}, how many strong ${force.plural ? 'were' : 'was'} the ${force.name}?` : null;
  }
  const whole = f.about.trim().replace(/[.?!]+$/, '');
  // "killed by collapsing" | "buildings", "killed in the" | "region": asked up to the cut phrase, or not at all.
  const cut = endsMidPhrase(sentence, whole) || !isAskableClause(whole);
  // "killed in the" | "unrest": trimmed back to the clause, then given its event again where the sentence names it.
  const about = withEventPhrase(sentence, cut ? trimCutPhrase(whole) ?? whole : whole);
  const extra = normalise(about).split(' ').filter((w) => w && !normalise(f.unit).split(' ').includes(w));
  // Short descriptions ("troops around Ukraine") make broken questions; the sentence never does.
  // "10-man Haldon Rovers": a figure joined to its noun describes, it does not count ("How many man …?").
  const adjectival = article.body[f.valueEnd] === '-';
  const templated = !disputedStatus && extra.length >= 3 && !adjectival && !namesPlaceOnlyByPointing(about) && opensItsClause(article, f) && !isRecased(article, f, about)
    && (about !== whole || !isCutShort(article, f, about)) && !endsMidPhrase(sentence, about) && usableClaimant(f.claimant, article.body)
    && !hasUnnamedRivalCount(article, f, about);
  const body = templated ? figureStemBody(about, f.unit, f.raw) : null;
  if (!body) {
    // Showing a garbled copy's sentence would show its errors too (see cloze).
    if (ctx.isDerivative(article.id)) return null;
    // A translation's quotations are the translator's words, not its speaker's: shown without them, or not at all.
    const own = glossCitySubject(previousSentence(article, f.sentence), figureClause(cleanShownText(displayedText(article, f.sentence))));
    const translated = shownFromTranslation(ctx, article, withRoleHolder(ctx, article.id, own));
    if (!translated) return null;
    // "On Thursday [July 7, 2011], …": a past weekday is dated from the report's date (blind-26).
    const blank = (text: string) => glossWeekday(text.replace(figurePattern(f.raw), '_____'), article.date);
    // "The _____ countries", "in the region", "this latest conflict", a slip of the source: not shown, unless
    // only a purpose after the figure's clause says it, and the sentence cut before that purpose stands alone.
    const purposeCut = isWholeSentence(translated) ? clipPurposeClause(translated, f.raw) : null;
    const shown = [shownToFit(article, f, translated), purposeCut && shownToFit(article, f, purposeCut, true)]
      .find((t): t is string => !!t && standsAlone(blank(t)));
    // A headline figure whose sentence leans on the one before ("he", "in the country") is shown with it (pair).
    if (!shown) {
      const paired = pair ? withPrevious(article, f, translated, blank) : null;
      return paired ? pairedStem(ctx, f, article, typed, blank(paired)) : null;
    }
    const blanked = blank(shown);
    // The sentence is that report's account on its day, said to be so: "has killed more than _____ since
    // 2014" and "this latest conflict" are read against the report's date, and its headline names the event.
    const label = figureLabel(ctx, article, f);
    if (!label) return null;
    // A speaker's figure is asked as theirs, so a student who knows another estimate is not marked wrong.
    const claimant = claimantShown(ctx, f, shown, article.body);
    // "According to the PM …, he confirmed _____" beside "Italian Prime Minister Giorgia Meloni": a role with no
    // name, standing for the "he" of the sentence, leaves which prime minister to guess.
    if (claimant && /^the\s/.test(claimant) && !ctx.people.resolve(claimant) && /\b(?:he|she|his|her)\b/i.test(blanked)) return null;
    if (claimant) return `According to ${claimant} in ${label}, ${typed ? 'type the figure that completes this sentence:' : 'which figure completes this sentence?'} ${blanked}`;
    const count = runningCount(ctx, f, label);
    const from = ` in ${label}${count ? `, ${count}` : ''}`;
    return `${typed ? `Type the figure that completes this sentence${from}:` : `Which figure completes this sentence${from}?`} ${blanked}`;
  }
  // "How many people have reported injuries?" names neither the event nor the report (blind-22): the report
  // and its day say which earthquake.
  const label = figureLabel(ctx, article, f);
  if (!label) return null;
  // "How many U.S. troops are in Afghanistan?" of a 2013 report: the count then, not now.
  const timed = atReportTime(body, reportWhen(ctx, article.id, true));
  const lowered = `${timed.charAt(0).toLowerCase()}${timed.slice(1)}`;
  const count = runningCount(ctx, f, label);
  const by = count ? `, ${count}` : '';
  const asked = f.claimant ? `According to ${f.claimant} in ${label}${by}, ${lowered}` : `According to ${label}${by}, ${lowered}`;
  // "Nearly 30" is quoted as written: "about" would misquote it (blind-25).
  const written = hedgeAsWritten(article, f) ?? f.qualifier;
  const hedge = written ? ` (The article says “${written} …”.)` : '';
  return `${asked}${hedge}`;
}

/**
 * A stem quoting two sentences, the figure's and the one before: the report named as in a one-sentence stem, and
 * a speaker's figure never (the claimant's wording was judged for one sentence; null).
 */
function pairedStem(ctx: GenerateContext, f: Figure, article: ArticleInput, typed: boolean, blanked: string): string | null {
  const label = figureLabel(ctx, article, f);
  if (!label || f.claimant) return null;
  const count = runningCount(ctx, f, label);
  const from = ` in ${label}${count ? `, ${count}` : ''}`;
  return `${typed ? `Type the figure that completes this passage${from}:` : `Which figure completes this passage${from}?`} ${blanked}`;
}
