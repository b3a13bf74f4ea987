/**
 * How a question may speak of a meeting: whether it is an event at all (not a body named in passing),
 * which place and day belong to its own clause (not to the reporting clause, "the minister said on
 * Monday in Rome that talks in Madrid would follow on Friday"), whether it was still to come when the
 * article was written, and what to call it.
 */
import type { ArticleInput, Meeting, Span } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { datelineSpan } from './dateline';
import { isAbsoluteWhen, isIsoDay } from './dates';
import { isRealPlace } from './places';
import { escapeRegExp, normalise } from './text';
import { memoByObject } from './memo';
import { SAME_DAY, dateLine, isReadoutMeeting, placeLine } from './location-line';
import { wholeMeetingName } from './meeting-name-head';
import { meetingAnchors, type Anchors } from './meeting-anchors';

/** Nouns and verbs of a gathering: a meeting the article reports, rather than a body it mentions. */
const EVENT_NOUNS = 'meeting|meetings|talks|summit|summits|session|sessions|conference|call|calls|round|negotiations|consultations|forum|gathering|videoconference|hearing|vote|briefing|dialogue|visit|ministerial|discussions';
const EVENT_WORD = new RegExp(`\\b(?:${EVENT_NOUNS})\\b`, 'i');
const EVENT_VERB = /\b(?:met|meet|meets|meeting|convened?|convenes|gathered|gathers|hosted|hosts|host|held|hold|holds|sat|sits)\b/i;
/** A body's name ends with one of these: "National Security Council", "Monetary Policy Committee". */
const BODY_END = /\b(?:Council|Committee|Commission|Assembly|Board|Cabinet|Parliament|Senate|Congress|Group|Alliance|Organi[sz]ation|Union|Court|Bank|Agency|Ministry|Office|NATO|OSCE|UN|EU|G7|G20)\)?$/;

/** A bare meeting word names no meeting: with several in the article, "the talks" could be any of them. */
const BARE = /^(?:the\s+)?(?:(?:peace|new|next|direct|fresh|formal|further|latest)\s+)?(?:talks|meeting|meetings|call|session|round|conference|summit|negotiations|discussions|consultations|visit|gathering|round of talks)$/i;

/** Ends of a clause inside a sentence: a semicolon, a coordinated clause, a reporting verb and its "that". */
const REPORTING = 'said|says|told|tells|announced|added|stated|warned|insisted|confirmed|noted|explained|argued|claimed|reported|acknowledged|stressed|declared';
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    ',\\s+(?:and|but|while|whereas)(?:\\s+that)?\\s',
    `\\b(?:${REPORTING})\\b[^“”"";.]{0,60}?\\bthat\\s`,
    `\\b(?:${REPORTING})\\s`,
    ',?\\s+according to\\b',
    '\\s+and\\s+(?=(?:agreed|decided|planned|promised|pledged|vowed|will|would|are|is|were|was)\\b)',
    // "met negotiators in Harare before meeting President Mugabe": the second meeting is a clause of its own.
    '\\s+(?:before|after)\\s+(?=(?:meeting|talking|holding|visiting)\\b)',
  ].join('|'),
  'gi',
);

/** Words that make the meeting's clause speak of something still to come. */
const FUTURE = /\b(?:will|would|shall|'ll|is to|are to|was to|were to|is due|are due|was due|were due|to be held|set to|scheduled|planned|plans? to|expected to|agreed to|prepar(?:es|ed|ing) to|will follow|upcoming|next (?:week|month|year|round|meeting|session)|in (?:two|three|four|a few|\d+) (?:days|weeks|months)|later (?:this|in)|begins|starts|opens)\b/i;

/** Where a meeting's topic begins: "to discuss …", "to prepare for …", "about …". */
const TOPIC = /\b(?:to\s+(?:discuss|review|address|consider|prepare|coordinate|go\s+over|talk\s+about)|about|regarding|concerning)\b/gi;

/** Where the topic of the meeting told in sentence[start, end) begins, or `end`: after a meeting's verb or word. */
function topicAt(sentence: string, start: number, end: number): number {
  const text = sentence.slice(start, end);
  for (const hit of text.matchAll(TOPIC)) {
    const before = text.slice(0, hit.index);
    if (EVENT_VERB.test(before) || EVENT_WORD.test(before)) return start + hit.index;
  }
  return end;
}

export interface MeetingView {
  m: Meeting;
  article: ArticleInput;
  /** The meeting's own clause, as body offsets. */
  clause: Span;
  /** The place and day, when they sit in the meeting's own clause (else null); the place also when a transcript's header gives it. */
  place: string | null;
  /** The transcript's header line that gives the place, when the meeting's clause does not (`location-line.ts`). */
  placeLine?: Span;
  when: string | null;
  /** The transcript's header line that dates a "today" of the meeting's clause (`location-line.ts`); `when` stays null, as no day is written. */
  dateLine?: Span;
  /** What `dateLine` is when not a transcript's header line: the report's dateline, or the header above a record's lead. */
  dateBy?: 'dateline' | 'lead';
  /** The ISO day `dateLine` writes, when the meeting's own date is unresolved. */
  dateLineDay?: string;
  /** Still to come when the article was written. */
  planned: boolean;
  /** What to call it in a stem: "the NATO-Russia Council meeting", "the bilateral meeting", "the talks". */
  name: string;
  /** The name is a bare meeting word ("the talks"). */
  isBare: boolean;
}

/** The position in the sentence where the meeting is mentioned: its name, else a meeting word, else its place. */
function mentionAt(sentence: string, m: Meeting): number {
  const what = m.what.trim().replace(/^(?:the|a|an)\s+/i, '');
  const byName = what ? sentence.toLowerCase().indexOf(what.toLowerCase()) : -1;
  if (byName >= 0) return byName;
  // "OSCE meeting" for "a meeting of the … (OSCE)": the name's own capitalised word finds the mention.
  for (const word of what.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !EVENT_WORD.test(w))) {
    const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').exec(sentence);
    if (at) return at.index;
  }
  const word = EVENT_WORD.exec(sentence) ?? EVENT_VERB.exec(sentence);
  if (word) return word.index;
  return m.place ? sentence.indexOf(m.place) : 0;
}

/**
 * The clause of a sentence around a position: cut at semicolons, coordinated clauses and reporting
 * verbs (with their "that"), so that "said on Monday in Rome that" stays with the reporting clause.
 *
 * @example
 * const s = 'The minister said on Monday in Rome that talks in Madrid would follow on Friday.';
 * s.slice(...Object.values(clauseAround(s, s.indexOf('talks')))); // → 'talks in Madrid would follow on Friday.'
 */
export function clauseAround(sentence: string, at: number): Span {
  return clauseAndReport(sentence, at).clause;
}

const REPORT_BREAK = new RegExp(`^(?:\\b(?:${REPORTING})\\b|,?\\s+according to)`, 'i');

/** The clause around a position, and where the reported speech it sits in begins (after "said … that"). */
function clauseAndReport(sentence: string, at: number): { clause: Span; reportStart: number } {
  let start = 0;
  let end = sentence.length;
  let reportStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    const breakStart = m.index;
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= at) {
      start = Math.max(start, breakEnd);
      if (REPORT_BREAK.test(m[0])) reportStart = breakEnd;
    } else if (breakStart > at) {
      end = Math.min(end, breakStart);
      break;
    }
  }
  return { clause: { start, end }, reportStart };
}

const detailPatterns = new Map<string, RegExp>();

function inClause(clauseText: string, detail: string | null): boolean {
  if (!detail) return false;
  let re = detailPatterns.get(detail);
  if (!re) detailPatterns.set(detail, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(detail)}(?![\\p{L}\\p{N}])`, 'iu')));
  return re.test(clauseText);
}

/**
 * Whether the extractor's meeting is an event the article reports: a meeting word in its name or its
 * clause, or a body named as meeting ("a meeting … of the North Atlantic Council"); never a body the
 * sentence only mentions ("the National Security Council said").
 *
 * @example
 * isEvent({ what: 'National Security Council' } as Meeting, 'The National Security Council said on Monday…'); // → false
 */
export function isEvent(m: Meeting, clauseText: string): boolean {
  const what = m.what.trim();
  if (EVENT_WORD.test(what) || m.type === 'call' || m.type === 'video-conference') return true;
  const bare = what.replace(/^(?:the|a|an)\s+/i, '');
  // A name the extractor wrote in its own form ("NATO-Russia Council" for "Russian NATO Council"): the clause must hold a meeting word.
  if (!clauseText.toLowerCase().includes(bare.toLowerCase())) return EVENT_WORD.test(clauseText);
  const name = escapeRegExp(bare);
  const meetingOf = new RegExp(`\\b(?:meeting|session|summit|gathering|talks)\\b[^.;]{0,60}?\\b(?:of|with)\\s+(?:the\\s+)?${name}`, 'i');
  const ownMeeting = new RegExp(`${name}\\s+(?:(?:will|would|has|had|is|was|to)\\s+)?(?:${EVENT_NOUNS}|met|meets|meet|convened?|convenes|gathered)\\b`, 'i');
  return meetingOf.test(clauseText) || ownMeeting.test(clauseText);
}

/** Words as stems for comparing names written in another order or form ("Russian NATO Council", "NATO-Russia Council"). */
function stemKey(name: string): string {
  return normalise(name).split(' ').filter((w) => w.length > 1 && !['the', 'of', 'and', 'for', 'in'].includes(w)).map((w) => w.slice(0, 5)).sort().join(' ');
}

/**
 * The name a body's meeting goes by across the library: "Russian NATO Council" in one report is the
 * "NATO-Russia Council" others write. The most used form wins; a hyphenated form breaks a tie.
 *
 * @example
 * canonicalName(ctx, 'Russian NATO Council'); // → 'NATO-Russia Council'
 */
export function canonicalName(ctx: GenerateContext, what: string): string {
  const w = what.trim().replace(/^(?:the|a|an)\s+/i, '');
  return /^\p{Lu}/u.test(w) ? canonicalForms(ctx).get(stemKey(w)) ?? w : w;
}

/** Each body's meeting name (by its stem key) as the library most writes it. */
const canonicalForms = memoByObject(function canonicalForms(ctx: GenerateContext): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of ctx.meetings) {
    const w = m.what.trim().replace(/^(?:the|a|an)\s+/i, '');
    if (!/^\p{Lu}/u.test(w) || w.split(/[\s-]+/).length < 2) continue;
    const forms = counts.get(stemKey(w)) ?? new Map<string, number>();
    forms.set(w, (forms.get(w) ?? 0) + (ctx.isDerivative(m.articleId) ? 0.5 : 1));
    counts.set(stemKey(w), forms);
  }
  const map = new Map<string, string>();
  for (const [key, forms] of counts) {
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1] || Number(b[0].includes('-')) - Number(a[0].includes('-')) || (a[0] < b[0] ? -1 : 1))[0];
    if (best) map.set(key, best[0]);
  }
  return map;
});

/** "Talks" opening its sentence is capitalised there only. */
const SENTENCE_CASED = /^(Talks|Meetings?|Negotiations|Discussions|Consultations|Sessions?|Hearings?|Briefings?|Round|Calls?)\b/;

/**
 * "Peace talks ended Wednesday": a first word capitalised only where it opens a sentence is a common word
 * ("peace talks"), not part of a name.
 */
function sentenceCasedOnly(body: string, what: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}[\p{L}-]*)/u.exec(what);
  if (!m || !EVENT_WORD.test(what)) return false;
  const mid = new RegExp(`[\\p{Ll},;:]\\s+${escapeRegExp(m[1]!)}\\b`, 'u');
  return !mid.test(body);
}

/** "the NATO-Russia Council meeting", "the bilateral meeting", "the meeting of the Organization for …". */
function nameOf(ctx: GenerateContext, m: Meeting): string {
  const body = ctx.articles.get(m.articleId)?.body ?? '';
  const bare = m.what.trim().replace(/^(?:the|a|an)\s+/i, '');
  // A name cut at "U.S." or "and" is shown whole, as its sentence writes it (blind-38), not as another report's form.
  const whole = wholeMeetingName(body.slice(m.sentence.start, m.sentence.end), bare);
  let what = whole !== bare ? whole : canonicalName(ctx, m.what);
  if (SENTENCE_CASED.test(what) || sentenceCasedOnly(ctx.articles.get(m.articleId)?.body ?? '', what)) what = what.charAt(0).toLowerCase() + what.slice(1);
  // "another round would take place": a round of talks.
  if (/^(?:round|new round)$/i.test(what)) what = `${what.toLowerCase()} of talks`;
  if (EVENT_WORD.test(what) && !/\b(?:Council|Committee|Commission|Assembly)$/.test(what)) return `the ${what}`;
  if (BODY_END.test(what) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(what)) return /\(/.test(what) || what.split(' ').length > 5 ? `the meeting of the ${what}` : `the ${what} meeting`;
  return /^\p{Ll}/u.test(what) ? `the ${what}` : `the meeting of the ${what}`;
}

/**
 * The view of a meeting a question may use; null when it is no event to ask about.
 *
 * @example
 * meetingView(ctx, m)?.place; // → 'Madrid' for "the minister said on Monday in Rome that talks in Madrid would follow on Friday"
 */
export function meetingView(ctx: GenerateContext, m: Meeting): MeetingView | null {
  const article = ctx.articles.get(m.articleId);
  if (!article) return null;
  const sentence = article.body.slice(m.sentence.start, m.sentence.end);
  const dateline = datelineSpan(article, m.sentence).end - m.sentence.start;
  // Copies of a story repeat the same sentence and meeting: read once.
  const key = [sentence, m.what, m.type, m.place, m.when, m.date, article.date, dateline].join('\u0000');
  let read = readingCache.get(key);
  if (read === undefined) {
    if (readingCache.size > 20_000) readingCache.clear();
    readingCache.set(key, (read = readMeeting(m, sentence, dateline, article.date ?? null)));
  }
  if (!read) return null;
  const name = nameOf(ctx, m);
  // "I'm going to do a readout of the meeting between the President and Prime Minister Abe" under "St. Petersburg, Russia":
  // the meeting a briefing reports was held where the briefing was given, which its header line says.
  const line = !read.place && m.place && isRealPlace(m.place) && isReadoutMeeting(m, article, read.planned) ? placeLine(article, m.place) : null;
  // "these talks today took place …" under "April 5, 2017": the header's day is the clause's "today".
  const day = !read.when && read.sameDay && m.date ? dateLine(article, m.date) : null;
  // Else the report's dateline or the header above its lead (meeting-anchors.ts).
  const clauseText = sentence.slice(Math.max(read.clause.start, dateline), read.clause.end);
  const anchors: Anchors = day ? {} : meetingAnchors(article, m, { ...read, clauseText });
  const placeAt = line ?? (read.place ? null : anchors.placeLine ?? null);
  return {
    m, article, place: read.place ?? (placeAt ? m.place : null), ...(placeAt ? { placeLine: { start: placeAt.start, end: placeAt.end } } : {}), when: read.when, planned: read.planned, name,
    ...(day ? { dateLine: { start: day.start, end: day.end } } : anchors.dateLine ? { dateLine: anchors.dateLine, dateBy: anchors.dateBy, ...(anchors.iso && !m.date ? { dateLineDay: anchors.iso } : {}) } : {}),
    clause: { start: m.sentence.start + read.clause.start, end: m.sentence.start + read.clause.end },
    isBare: BARE.test(name),
  };
}

/** Words that put another event's time between a date and the meeting: "arrived Saturday … following … a meeting". */
const OTHER_TIME = /\b(?:after|following|before|ahead of|prior to|until|since|in the wake of)\b/i;
/** "give a keynote June 4 and engage in talks": a second verb after "and" starts an event of its own. */
const SECOND_VERB = /\s(?:and|then|before)\s+(?!(?:the|a|an|his|her|their|its|other|several|two|three|four|senior|top|[\p{Lu}\d])\b)\p{Ll}/u;
/** "met, Jan 24, 2018 with": a date set off by commas straight after a verb is a page's posting label. */
const PAGE_LABEL_BEFORE = /\b\p{Ll}{2,},\s*$/u;

/**
 * Whether a date phrase is the meeting's own, bound to the meeting's words: not a date of another verb
 * before it ("will give a keynote address … June 4 and engage in bilateral talks"), not the day of an
 * arrival the meeting preceded ("arrived … on Saturday …, following his attendance at a … meeting"), and
 * not a page's posting date pasted into the sentence ("met, Jan 24, 2018 with"). When in doubt, no date.
 *
 * @example
 * const s = 'He will give a keynote address at the Shangri-La Dialogue June 4 and engage in bilateral talks with Lee.';
 * isOwnDate(s, 'June 4', s.indexOf('bilateral talks')); // → false
 */
export function isOwnDate(sentence: string, when: string, at: number): boolean {
  const i = nearestIndex(sentence, when, at);
  if (i < 0) return false;
  if (PAGE_LABEL_BEFORE.test(sentence.slice(Math.max(0, i - 40), i))) return false;
  const between = i < at ? sentence.slice(i + when.length, at) : sentence.slice(at, i);
  if (OTHER_TIME.test(between)) return false;
  return !(i < at && SECOND_VERB.test(between));
}

/** Between a meeting and its "today": a comma or a clause of its own ("talks with Mr Xi, who arrived in Moscow today"). */
const OTHER_CLAUSE = /[,;]|\b(?:who|which|whose|where|when|after|before|since|until|while|as)\b/i;

/**
 * Whether a same-day word is the meeting's own, right beside it ("these talks today took place"), not the day of
 * another verb ("talks with the President of China, who arrived in Moscow today").
 *
 * @example
 * isNextToMeeting('We have ended talks with Mr Xi, who arrived in Moscow today.', 'today', 17); // → false
 */
export function isNextToMeeting(sentence: string, when: string, at: number): boolean {
  const i = nearestIndex(sentence, when, at);
  if (i < 0) return false;
  return !OTHER_CLAUSE.test(i < at ? sentence.slice(i + when.length, at) : sentence.slice(at, i));
}

/** Where `text` occurs nearest to `at` in the sentence, or -1. */
function nearestIndex(sentence: string, text: string, at: number): number {
  let best = -1;
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  return best;
}

interface Reading {
  clause: Span;
  place: string | null;
  when: string | null;
  planned: boolean;
  /** The clause's own day is a same-day word ("today", "this morning"), dated only by the report. */
  sameDay: boolean;
}

const readingCache = new Map<string, Reading | null>();

/** The meeting's clause (offsets in the sentence), the place and day in it, and its tense; null for no event. */
function readMeeting(m: Meeting, sentence: string, dateline: number, articleDate: string | null): Reading | null {
  const at = mentionAt(sentence, m);
  const { clause: local, reportStart } = clauseAndReport(sentence, at);
  // A dateline ("BRUSSELS (Reuters) —") says where the story was filed, not where the meeting was.
  const clauseText = sentence.slice(Math.max(local.start, dateline), local.end);
  if (!isEvent(m, clauseText)) return null;
  const place = isRealPlace(m.place) && inClause(clauseText, m.place) ? m.place : null;
  // "19 June 2023)": a day cut from a parenthesis is not shown as one.
  const balanced = (x: string) => (x.match(/\(/g)?.length ?? 0) === (x.match(/\)/g)?.length ?? 0);
  // "April 22–23": the first day of a range is not when the meeting is.
  const isRange = (w: string) => new RegExp(`${escapeRegExp(w)}\\s*[–—-]\\s*\\d`).test(clauseText);
  const when = isAbsoluteWhen(m.when) && balanced(m.when) && inClause(clauseText, m.when) && !isRange(m.when) && isOwnDate(sentence, m.when, at) ? m.when : null;
  const resolvedLater = !!m.date && !!articleDate && m.date > articleDate;
  // "It will be followed by a meeting in Brussels …, and finally by a meeting … in Vienna": the tense of a
  // clause without a verb of its own is that of the clause it continues (never the reporting verb's).
  // "met … on Thursday to discuss … the NATO Summit … and preparations for upcoming NATO ministerials"
  // (blind-33): what a meeting was about may lie ahead of it; the tense is the meeting's own, read up to
  // its topic (the first "to discuss", "about" after a meeting's verb or word).
  const tenseStart = Math.max(reportStart, dateline);
  const tenseText = sentence.slice(tenseStart, Math.max(topicAt(sentence, tenseStart, local.end), tenseStart));
  // A meeting resolved to a day before the report's was held, whatever its topic looks forward to.
  const resolvedEarlier = !!m.date && isIsoDay(articleDate) && m.date < articleDate;
  const planned = !resolvedEarlier && (FUTURE.test(tenseText) || resolvedLater || /^\s*Before the\b/.test(sentence));
  const sameDay = !when && !!m.when && SAME_DAY.test(m.when.trim()) && inClause(clauseText, m.when) && isOwnDate(sentence, m.when, at) && isNextToMeeting(sentence, m.when, at);
  return { clause: local, place, when, planned, sameDay };
}
