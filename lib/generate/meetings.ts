/** Where did it happen? When? Which came first / in what order? */
import type { Meeting } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { isAbsoluteWhen, shiftWhen, weekdayOf } from './dates';
import { createRng, seededShuffle } from './hash';
import { isRealPlace, pickPlaces, placeSimilarity } from './places';
import { displayedText } from './dateline';
import { containsWords, normalise } from './text';

const MEETING_WORDS = /\b(meeting|talks|council|conference|call|summit|session|round|forum|negotiations|consultations|hearing|briefing|vote)\b/i;
/** "Talks" opening the sentence it came from is capitalised there only: it names nothing. */
const SENTENCE_CASED = /^(Talks|Meetings?|Negotiations|Discussions|Consultations|Sessions?|Hearings?|Briefings?)\b/;

/** The meeting's description, its first word in lower case when only a sentence start capitalised it. */
function whatOf(m: Meeting): string {
  const what = m.what.trim().replace(/^(the|a|an)\s+/i, '');
  return SENTENCE_CASED.test(what) ? what.charAt(0).toLowerCase() + what.slice(1) : what;
}

/**
 * "the NATO-Russia Council"; an organisation's name becomes "the meeting of the OSCE"; an event in
 * plain words stays as written ("the vote in Strasbourg", "the oral arguments").
 */
function theWhat(m: Meeting): string {
  const what = whatOf(m);
  return MEETING_WORDS.test(what) || /^\p{Ll}/u.test(what) ? `the ${what}` : `the meeting of the ${what}`;
}

/** "the talks" or "the phone call" name no one: such meetings are anchored to their article. */
function isGeneric(m: Meeting): boolean {
  return !/[A-Z]/.test(whatOf(m));
}

function anchor(ctx: GenerateContext, m: Meeting, question: string): string {
  const title = ctx.articles.get(m.articleId)?.title;
  return isGeneric(m) && title ? `According to “${title}”, ${question.charAt(0).toLowerCase()}${question.slice(1)}` : question;
}

function source(m: Meeting): QuestionSource {
  return { article: m.articleId, start: m.sentence.start, end: m.sentence.end };
}

function participantIds(ctx: GenerateContext, m: Meeting): string[] {
  return m.participants.map((p) => ctx.people.resolve(p)).filter((id): id is string => !!id);
}

/** The distinct places and days all reports of a meeting give, computed once per group of reports. */
const groupDetails = new WeakMap<object, { places: string[]; whens: string[] }>();
function reportedDetails(ctx: GenerateContext, m: Meeting): { places: string[]; whens: string[] } {
  const group = ctx.reportsOf(m);
  let hit = groupDetails.get(group);
  if (!hit) {
    const places = new Set<string>();
    const whens = new Set<string>();
    for (const s of group) {
      if (s.kind !== 'meeting') continue;
      if (s.place) places.add(s.place);
      if (s.when) whens.add(s.when);
    }
    hit = { places: [...places], whens: [...whens] };
    groupDetails.set(group, hit);
  }
  return hit;
}

/** Places other reports give for this meeting: never offered as wrong answers. */
function otherReportedPlaces(ctx: GenerateContext, m: Meeting): string[] {
  const fromSiblings = reportedDetails(ctx, m).places;
  const fromConflicts = ctx.conflictsOf(m).filter((c) => c.kind === 'place').flatMap((c) => c.claims.map((cl) => cl.says));
  return [...new Set([...fromSiblings, ...fromConflicts])];
}

/** In a garbled copy, a detail counts only when another report of the same meeting gives it too. */
function corroborated(ctx: GenerateContext, m: Meeting, detail: (x: Meeting) => string | null): boolean {
  if (!ctx.isDerivative(m.articleId)) return true;
  const mine = normalise(detail(m) ?? '');
  return !!mine && ctx.siblings(m).some((s) => s.kind === 'meeting' && !ctx.isDerivative(s.articleId) && normalise(detail(s) ?? '') === mine);
}

const detailKey = (x: string | null | undefined) => normalise(x ?? '');

/**
 * Whether a stem could as well mean another meeting of the same article: same label ("the talks"),
 * a different answer, and nothing in the stem (the day for "where", the place for "when") that
 * tells them apart. Such a question has two defensible answers, so it is not asked.
 */
function isAmbiguous(m: Meeting, peers: Meeting[], asked: 'place' | 'when', qualifier: string): boolean {
  const other = asked === 'place' ? 'when' : 'place';
  return peers.some((p) => {
    if (detailKey(p[asked]) === detailKey(m[asked])) return false;
    return !qualifier || !p[other] || detailKey(p[other]) === detailKey(m[other]);
  });
}

function where(ctx: GenerateContext, m: Meeting, peers: Meeting[], siblingsInArticle: Meeting[]): Question | null {
  const article = ctx.articles.get(m.articleId);
  if (!article || !isRealPlace(m.place) || !ctx.isTrusted(m) || !corroborated(ctx, m, (x) => x.place)) return null;
  // A place named only by the dateline ("BRUSSELS (Reuters) —") is where the story was filed, not where the meeting was.
  const sentence = displayedText(article, m.sentence);
  if (!containsWords(sentence, m.place) || containsWords(m.what, m.place)) return null;
  const when = isAbsoluteWhen(m.when) && !containsWords(m.when, m.place) && corroborated(ctx, m, (x) => x.when) ? ` on ${m.when}` : '';
  if (isAmbiguous(m, peers, 'place', when)) return null;
  const prompt = anchor(ctx, m, `Where did ${theWhat(m)}${when} take place?`);
  if (containsWords(prompt, m.place)) return null;
  // The places of the article's other meetings of the same name, or of any of its meetings when the
  // stem names only "the talks", are never offered as wrong answers: a reader could defend them.
  const namesakes = isGeneric(m) ? siblingsInArticle : peers;
  const excluded = [...otherReportedPlaces(ctx, m), ...namesakes.flatMap((p) => (p.place ? [p.place] : []))];
  const picks = pickPlaces(ctx, m.place, excluded, 3, `${ctx.seed}|where|${m.id}`);
  if (picks.length < 3) return null;
  return finishQuestion(ctx, {
    kind: 'where',
    prompt,
    answer: m.place,
    distractors: picks,
    choiceType: 'place',
    sources: [source(m)],
    lead: `${theWhat(m).replace(/^t/, 'T')} took place in ${m.place}.`,
    factIds: [m.id],
    factContent: `${m.articleId}|${normalise(m.what)}|${normalise(m.place)}|${normalise(m.when ?? '')}`,
    base: 0.25,
    similarity: placeSimilarity(ctx, picks),
    recurrence: m.supportedBy.length,
    personIds: participantIds(ctx, m),
    places: [m.place],
  });
}

function when(ctx: GenerateContext, m: Meeting, peers: Meeting[]): Question | null {
  const article = ctx.articles.get(m.articleId);
  if (!article || !isAbsoluteWhen(m.when) || !ctx.isTrusted(m) || !corroborated(ctx, m, (x) => x.when)) return null;
  if (!containsWords(displayedText(article, m.sentence), m.when)) return null;
  const place = isRealPlace(m.place) && !containsWords(m.what, m.place) ? ` in ${m.place}` : '';
  if (isAmbiguous(m, peers, 'when', place)) return null;
  const prompt = anchor(ctx, m, `When did ${theWhat(m)}${place} take place?`);
  if (containsWords(prompt, m.when)) return null;
  // Days other reports give for the same meeting, or the article gives for its namesakes, are not wrong answers.
  const otherDays = [...new Set([
    ...reportedDetails(ctx, m).whens,
    ...peers.flatMap((p) => (p.when ? [p.when] : [])),
    ...ctx.conflictsOf(m).filter((c) => c.kind === 'date').flatMap((c) => c.claims.map((cl) => cl.says)),
  ])].map((w) => weekdayOf(w) ?? normalise(w));
  const options = [1, -1, 2, -2, 3, -3]
    .map((k) => shiftWhen(m.when as string, k))
    .filter((w): w is string => !!w && !otherDays.includes(weekdayOf(w) ?? normalise(w)));
  // Diplomacy keeps office hours: weekdays first, weekends only to fill.
  const isWeekend = (w: string) => /^(Saturday|Sunday)$/.test(weekdayOf(w) ?? '');
  const shuffled = seededShuffle(options, `${ctx.seed}|when|${m.id}`);
  const picks = [...shuffled.filter((w) => !isWeekend(w)), ...shuffled.filter(isWeekend)].slice(0, 3);
  if (picks.length < 3) return null;
  return finishQuestion(ctx, {
    kind: 'when',
    prompt,
    answer: m.when,
    distractors: picks,
    choiceType: 'date',
    sources: [source(m)],
    lead: `${theWhat(m).replace(/^t/, 'T')} took place on ${m.when}.`,
    factIds: [m.id],
    factContent: `${m.articleId}|${normalise(m.what)}|${normalise(m.place ?? '')}|${normalise(m.when)}`,
    base: 0.4,
    similarity: 0.6,
    recurrence: m.supportedBy.length,
    personIds: participantIds(ctx, m),
    places: isRealPlace(m.place) ? [m.place] : [],
  });
}

/** A short name for a meeting in an ordering question: its city, else what it was. */
function shortLabel(m: Meeting): string {
  return isRealPlace(m.place) ? m.place : m.what;
}

function longLabel(m: Meeting): string {
  return isRealPlace(m.place) && !containsWords(m.what, m.place) ? `${theWhat(m)} in ${m.place}` : theWhat(m);
}

/** The article's meetings in the order it states (or by resolved date), one per position. */
function orderedMeetings(ctx: GenerateContext, meetings: Meeting[]): Meeting[] {
  const trusted = meetings.filter((m) => ctx.isTrusted(m));
  const byOrder = trusted.filter((m) => m.order !== null).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const pick = byOrder.length >= 2 ? byOrder : trusted.filter((m) => m.date).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  const out: Meeting[] = [];
  for (const m of pick) {
    const last = out[out.length - 1];
    const sameSlot = last && (byOrder.length >= 2 ? last.order === m.order : last.date === m.date);
    const sameLabel = out.some((o) => normalise(shortLabel(o)) === normalise(shortLabel(m)) || normalise(longLabel(o)) === normalise(longLabel(m)));
    if (!sameSlot && !sameLabel) out.push(m);
  }
  return out;
}

function orderQuestions(ctx: GenerateContext, articleId: string, meetings: Meeting[]): Question[] {
  const article = ctx.articles.get(articleId);
  const seq = orderedMeetings(ctx, meetings).slice(0, 4);
  if (!article || seq.length < 2) return [];
  const first = seq[0] as Meeting;
  const last = seq[seq.length - 1] as Meeting;
  const sources = seq.map(source).filter((s, i, all) => all.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  const base = {
    sources,
    factIds: seq.map((m) => m.id),
    recurrence: Math.min(...seq.map((m) => m.supportedBy.length)),
    personIds: seq.flatMap((m) => participantIds(ctx, m)),
    places: seq.flatMap((m) => (isRealPlace(m.place) ? [m.place] : [])),
    lead: `In order: ${seq.map(longLabel).join(', then ')}.`,
  };
  const content = `${articleId}|${seq.map((m) => `${normalise(m.what)}@${normalise(m.place ?? '')}`).join('>')}`;
  const out: Question[] = [
    finishQuestion(ctx, {
      ...base,
      kind: 'order',
      prompt: `According to “${article.title}”, which of these meetings came first?`,
      answer: longLabel(first),
      distractors: seq.slice(1).map(longLabel),
      choiceType: 'meeting',
      factContent: `first|${content}`,
      base: 0.35,
      similarity: 0.5,
    }),
  ];
  if (seq.length >= 3) {
    out.push(
      finishQuestion(ctx, {
        ...base,
        kind: 'order',
        prompt: `According to “${article.title}”, which of these meetings came last?`,
        answer: longLabel(last),
        distractors: seq.slice(0, -1).map(longLabel),
        choiceType: 'meeting',
        factContent: `last|${content}`,
        base: 0.4,
        similarity: 0.5,
      }),
    );
    const answer = seq.map(shortLabel).join(' → ');
    const rng = createRng(`${ctx.seed}|order|${content}`);
    const perms = new Set<string>();
    for (let tries = 0; perms.size < 3 && tries < 50; tries++) {
      const p = seededShuffle(seq.map(shortLabel), `${rng()}`).join(' → ');
      if (p !== answer) perms.add(p);
    }
    if (perms.size === 3) {
      out.push(
        finishQuestion(ctx, {
          ...base,
          kind: 'order',
          prompt: `According to “${article.title}”, in what order did the week’s meetings take place?`,
          answer,
          distractors: [...perms],
          choiceType: 'sequence',
          factContent: `sequence|${content}`,
          base: 0.45,
          similarity: 0.7,
        }),
      );
    }
  }
  return out;
}

/**
 * Where, when and order questions for the library's meetings.
 *
 * @example
 * meetingQuestions(ctx).filter((q) => q.kind === 'order');
 */
export function meetingQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  const byArticle = new Map<string, Meeting[]>();
  for (const m of ctx.meetings) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  for (const [articleId, ms] of byArticle) {
    for (const m of ms) {
      // Meetings of the article a stem would name the same way ("the talks", "the meeting").
      const peers = ms.filter((p) => p !== m && normalise(theWhat(p)) === normalise(theWhat(m)));
      const w = where(ctx, m, peers, ms.filter((p) => p !== m));
      if (w) out.push(w);
      const t = when(ctx, m, peers);
      if (t) out.push(t);
    }
    out.push(...orderQuestions(ctx, articleId, ms));
  }
  return out;
}
