/**
 * Source checks: where reports disagree about something that matters (another speaker, another title,
 * another day or place, a changed figure, a changed word in a quotation), ask what a given report says —
 * never which is true — and show every report's words. Spellings are not asked; each person is the
 * subject of one check at most; every option is of the answer's kind.
 */
import type { Conflict, Figure, Meeting } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { cleanShownText } from './clean';
import { displayedText } from './dateline';
import { shiftWhen } from './dates';
import { namingEvidence } from './evidence';
import { disagreeingFigures } from './figure-conflicts';
import { figurePattern } from './figures';
import { seededShuffle } from './hash';
import { sourceLabel } from './labels';
import { formatWritten, parseWritten } from './numbers';
import { nearbyWritten } from './near-numbers';
import { pickPlaces } from './places';
import { pickPeople } from './pick-people';
import { displayQuote } from './quote-text';
import { namedIn } from './story';
import { citedText, containsWords, inMarks, normalise, sentenceAround } from './text';
import { changedWords, changesMeaning } from './word-diff';

type Claim = Conflict['claims'][number];

/** Disagreements worth a student's time, most telling first; each person is asked about once. */
const PRIORITY: Conflict['kind'][] = ['speaker', 'title', 'date', 'place', 'value', 'status', 'wording'];

const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

function claimSpan(ctx: GenerateContext, cl: Claim): QuestionSource {
  const fact = cl.factId ? ctx.factById.get(cl.factId) : undefined;
  const article = ctx.articles.get(cl.article);
  const span = fact && fact.articleId === cl.article
    ? fact.sentence
    : article ? sentenceAround(article.body, { start: cl.start, end: cl.end }) : { start: cl.start, end: cl.end };
  return { article: cl.article, start: span.start, end: span.end };
}

/** A claim's sentence and, for a claim about who spoke, the sentence naming that person if its own does not ("He renewed an offer …"). */
function claimSources(ctx: GenerateContext, c: Conflict, cl: Claim): QuestionSource[] {
  const span = claimSpan(ctx, cl);
  const id = c.kind === 'speaker' ? ctx.people.resolve(cl.says) : null;
  const evidence = id ? namingEvidence(ctx, cl.article, span, id) : null;
  return evidence ? [span, { article: cl.article, ...evidence }] : [span];
}

/** "Two reports of the same AFP story", "Two reports". */
function reportsPhrase(ctx: GenerateContext, claims: Claim[]): { phrase: string; sameStory: boolean } {
  const reports = new Set(claims.map((cl) => cl.article)).size;
  const titles = new Set(claims.map((cl) => normalise(ctx.articles.get(cl.article)?.title ?? cl.article)));
  const sameStory = titles.size === 1;
  const outlet = ctx.articles.get(claims[0]?.article ?? '')?.outlet;
  return { phrase: `${COUNT_WORDS[reports] ?? 'Several'} reports${sameStory ? ` of the same ${outlet ? `${outlet} ` : ''}story` : ''}`, sameStory };
}

/**
 * The stem's opening about what the reports differ on. When every other side is a rewritten copy of the
 * asked original, the copy changed the story: the stem says so, and never presents the copy's version as
 * a second account one could defend.
 */
function differLead(phrase: string, rewrite: boolean, about: string): string {
  const story = phrase.replace(/^\S+ reports of the same /, 'the ');
  return rewrite && story !== phrase ? `The rewritten copy of ${story} gets wrong ${about}` : `${phrase} disagree about ${about}`;
}

/** How a question names the report it asks about: "the original report" when the copy shares its headline, else its label. */
function whichReport(ctx: GenerateContext, articleId: string, sameStory: boolean): string {
  const { label, standing } = sourceLabel(ctx, articleId);
  return sameStory && standing === 'original' ? `the original report (${label.replace(/ \([^)]*\)$/, '')})` : label;
}

/**
 * Every report's words, labelled, then the verdict: a machine rewrite's change is a mistake, said plainly,
 * never a second account ("sources disagree" is kept for reports that are sources in their own right).
 */
function explain(ctx: GenerateContext, sourcesByClaim: QuestionSource[][], claims: Claim[], says: (cl: Claim) => string): string {
  const copies = claims.filter((cl) => ctx.isDerivative(cl.article));
  const parts = claims.map((cl, i) => {
    const article = ctx.articles.get(cl.article);
    if (!article) return '';
    const text = (sourcesByClaim[i] ?? []).slice().sort((x, y) => x.start - y.start).map((s) => inMarks(citedText(article, s))).join(' … ');
    return `${sourceLabel(ctx, cl.article).label} ${copies.includes(cl) ? 'wrongly says' : 'says'} ${says(cl)}: ${text}`;
  });
  const originals = claims.filter((cl) => !copies.includes(cl));
  const verdict = copies.length && originals.length === 1 && originals[0]
    ? `The rewritten copy is a machine rewrite of the story and is wrong here: the original report says ${says(originals[0])}.`
    : 'Sources disagree: check which report you are reading.';
  return `${parts.filter(Boolean).join('. ')}. ${verdict}`;
}

/** What a speaker claim is about: the quoted words, carried on to the end of their phrase when they are few. */
function quotedAbout(ctx: GenerateContext, cl: Claim): string | null {
  const fact = cl.factId ? ctx.factById.get(cl.factId) : undefined;
  const article = ctx.articles.get(cl.article);
  if (!article) return null;
  const span = claimSpan(ctx, cl);
  const sentence = cleanShownText(article.body.slice(span.start, span.end));
  const quoted = fact?.kind === 'quote' ? fact.text : /“([^”]+)”/.exec(sentence)?.[1];
  if (!quoted) return null;
  const words = quoted.trim().split(/\s+/);
  if (words.length >= 6) return `who said “${displayQuote(quoted, 14)}”`;
  // “reciprocal” measures to address mutual security concerns: the few quoted words and the rest of their phrase.
  const at = sentence.indexOf(quoted);
  const rest = at >= 0 ? sentence.slice(at + quoted.length).replace(/^[”"’]\s*/, '').split(/[,;.:(]/)[0]?.trim().split(/\s+/).slice(0, 8).join(' ') : '';
  const topic = `“${quoted.replace(/[,.]$/, '')}”${rest ? ` ${rest}` : ''}`;
  // Few quoted words are a label, not speech: nobody "is quoted" on them, somebody made the offer or plan they name.
  const act = at >= 0 ? OFFER_BEFORE.exec(sentence.slice(0, at).replace(/[“"‘]\s*$/, '')) : null;
  return act ? `who made the ${act[1]!.toLowerCase()} ${act[2]!.toLowerCase()} ${topic}` : `whom it credits with ${topic}`;
}

/** "an offer on", "a proposal for", "a call for" just before scare-quoted words: the act the claim is about. */
const OFFER_BEFORE = /\b(offer|proposal|plan|call|demand|pledge|promise|warning|request)\s+(on|of|for|to)\s*$/i;

interface Asked {
  prompt: string;
  answer: string;
  distractors: string[];
  choiceType: NonNullable<Question['choiceType']>;
  personIds: string[];
  places: string[];
  says: (cl: Claim) => string;
}

function speakerCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], which: string, phrase: string, seed: string, rewrite: boolean): Asked | null {
  const about = quotedAbout(ctx, asked);
  const answerId = ctx.people.resolve(asked.says);
  const person = answerId ? ctx.people.byId.get(answerId) : undefined;
  if (!about || !person) return null;
  const said = claims.map((cl) => ctx.people.byId.get(ctx.people.resolve(cl.says) ?? '')?.name ?? cl.says.trim());
  // Only people the asked report names: a name from elsewhere would be a giveaway.
  const here = namedIn(ctx, asked.article);
  const excluded = new Set(claims.map((cl) => ctx.people.resolve(cl.says)).filter((x): x is string => !!x));
  const fill = pickPeople(ctx, person, excluded, Math.max(0, 4 - said.length), seed, asked.article, (p) => here.has(p.id)).map((p) => p.name);
  return {
    prompt: `${differLead(phrase, rewrite, about)}. Whom does ${which} name?`,
    answer: person.name,
    distractors: [...said.filter((x) => x !== person.name), ...fill],
    choiceType: 'person',
    personIds: said.map((s) => ctx.people.resolve(s)).filter((x): x is string => !!x),
    places: [],
    says: (cl) => `it was ${ctx.people.byId.get(ctx.people.resolve(cl.says) ?? '')?.name ?? cl.says}`,
  };
}

function wordingCheck(ctx: GenerateContext, asked: Claim, claims: Claim[], which: string, phrase: string): Asked | null {
  const other = claims.find((cl) => cl !== asked);
  const fact = asked.factId ? ctx.factById.get(asked.factId) : undefined;
  const speaker = fact?.kind === 'quote' ? fact.speaker : null;
  if (!other || !speaker) return null;
  const short = (x: string) => x.trim().split(/\s+/).length <= 4;
  // "not simple" against "difficult": the whole quotation is the changed words.
  const diff = short(asked.says) && short(other.says)
    ? { blanked: null, mine: asked.says.trim().replace(/[,.]$/, ''), theirs: other.says.trim().replace(/[,.]$/, '') }
    : changedWords(displayQuote(asked.says, 60), displayQuote(other.says, 60));
  if (!diff || normalise(diff.mine) === normalise(diff.theirs)) return null;
  // A synonym ("idea" for "clue") is a rewrite's wording, not a disagreement a student should learn.
  if (!changesMeaning(diff.mine, diff.theirs)) return null;
  const stem = diff.blanked
    ? `${phrase} quote ${speaker} differently. Which words complete the quotation as ${which} gives it: “${diff.blanked}”?`
    : `${phrase} quote ${speaker} differently. Which words does ${which} quote?`;
  return {
    prompt: stem,
    answer: diff.mine,
    distractors: [diff.theirs],
    choiceType: 'text',
    personIds: [ctx.people.resolve(speaker)].filter((x): x is string => !!x),
    places: [],
    says: (cl) => `“${displayQuote(cl.says, 60)}”`,
  };
}

function detailCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], which: string, phrase: string, seed: string, rewrite: boolean): Asked | null {
  const said = claims.map((cl) => cl.says.trim());
  const answer = asked.says.trim();
  const taken = new Set(said.map(normalise));
  let fill: string[] = [];
  if (c.kind === 'place') fill = pickPlaces(ctx, answer, said, 4 - said.length, seed);
  if (c.kind === 'date') fill = seededShuffle([1, -1, 2, -2].map((k) => shiftWhen(answer, k)).filter((w): w is string => !!w && !taken.has(normalise(w))), seed).slice(0, 4 - said.length);
  if (c.kind === 'value') {
    const parsed = parseWritten(answer);
    if (!parsed) return null;
    fill = seededShuffle(nearbyWritten(parsed).map((x) => x.text).filter((x) => !taken.has(normalise(x))), seed).slice(0, 4 - said.length);
  }
  const about = c.about.trim().replace(/\s*\([^)]*\)\s*$/, '').replace(/[.?]+$/, '');
  const lowered = /^(Who|What|When|Where|Whether|How|Which|The)\b/.test(about) ? about.charAt(0).toLowerCase() + about.slice(1) : about;
  return {
    prompt: `${differLead(phrase, rewrite, lowered)}. What does ${which} say?`,
    answer,
    distractors: [...said.filter((x) => x !== answer), ...fill],
    choiceType: c.kind === 'place' ? 'place' : c.kind === 'date' ? 'date' : c.kind === 'value' ? 'number' : 'text',
    personIds: [],
    places: c.kind === 'place' ? said : [],
    says: (cl) => cl.says.trim(),
  };
}

function titleCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], which: string, phrase: string): Asked | null {
  const id = claims.map((cl) => ctx.people.resolve(cl.says)).find((x): x is string => !!x);
  const person = id ? ctx.people.byId.get(id) : undefined;
  if (!person) return null;
  // "US Vice President Joe Biden" → "US Vice President": the title without the name, in every option.
  const titleOf = (says: string) => says.replace(new RegExp(`\\s*,?\\s*(?:${ctx.people.spellings(person.id).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*,?`, 'g'), ' ').trim();
  const said = claims.map((cl) => titleOf(cl.says)).filter(Boolean);
  if (new Set(said.map(normalise)).size < 2) return null;
  return {
    prompt: `${phrase} give ${person.name} different titles. What title does ${which} give?`,
    answer: titleOf(asked.says),
    distractors: said.filter((x) => x !== titleOf(asked.says)),
    choiceType: 'text',
    personIds: [person.id],
    places: [],
    says: (cl) => titleOf(cl.says),
  };
}

/**
 * Whether the claims about a meeting's day or place are about one meeting: not two meetings in one city
 * with other people (Kerry and Lavrov in 2016, Blinken and Lavrov in 2022) or dated weeks apart.
 */
function isOneMeeting(ctx: GenerateContext, claims: Claim[]): boolean {
  const meetings = claims.map((cl) => (cl.factId ? ctx.factById.get(cl.factId) : undefined)).filter((f): f is Meeting => f?.kind === 'meeting');
  const who = (m: Meeting) => [...new Set(m.participants.map((p) => ctx.people.resolve(p) ?? normalise(p)))].sort().join('|');
  const day = (m: Meeting) => (m.date ? Date.parse(`${m.date}T00:00:00Z`) : NaN);
  for (const a of meetings) {
    for (const b of meetings) {
      if (a === b) continue;
      if (a.participants.length > 0 && b.participants.length > 0 && who(a) !== who(b)) return false;
      if (Math.abs(day(a) - day(b)) > 14 * 86_400_000) return false;
    }
  }
  return true;
}

function sourceCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], isOriginal: boolean): Question | null {
  if ((c.kind === 'date' || c.kind === 'place') && !isOneMeeting(ctx, claims)) return null;
  const { phrase, sameStory } = reportsPhrase(ctx, claims);
  const which = whichReport(ctx, asked.article, sameStory);
  const seed = `${ctx.seed}|check|${c.id}|${asked.article}`;
  const rewrite = isOriginal && sameStory && claims.every((cl) => cl === asked || ctx.isDerivative(cl.article));
  const made = c.kind === 'speaker' ? speakerCheck(ctx, c, asked, claims, which, phrase, seed, rewrite)
    : c.kind === 'wording' ? wordingCheck(ctx, asked, claims, which, phrase)
      : c.kind === 'title' ? titleCheck(ctx, c, asked, claims, which, phrase)
        : detailCheck(ctx, c, asked, claims, which, phrase, seed, rewrite);
  // Two choices are a coin toss, not a question.
  if (!made || new Set(made.distractors.map(normalise)).size < 2) return null;
  // A rewritten copy set against a report of another story ("US Vice President" in the 2022 copy, "President"
  // in a 2024 report) is no disagreement between sources: the copy is only ever checked against its original.
  if (!rewrite && claims.some((cl) => ctx.isDerivative(cl.article))) return null;
  // "standby or deployed": two choices, one of them only the rewrite's slip, is a coin toss about a fact
  // the original's own questions already ask.
  if (rewrite && c.kind === 'status' && new Set(made.distractors).size < 2) return null;
  // The prompt must not hold the answer, nor quote one version against the others.
  if (containsWords(made.prompt, made.answer) || made.distractors.some((d) => containsWords(made.prompt, d))) return null;
  const sourcesByClaim = claims.map((cl) => claimSources(ctx, c, cl));
  const askedAt = claims.indexOf(asked);
  const ordered = [sourcesByClaim[askedAt] ?? [], ...sourcesByClaim.filter((_, i) => i !== askedAt)].flat();
  return finishQuestion(ctx, {
    kind: 'source-check',
    prompt: made.prompt,
    answer: made.answer,
    distractors: [...new Set(made.distractors)].filter((d) => normalise(d) !== normalise(made.answer)),
    choiceType: made.choiceType,
    sources: ordered,
    lead: '',
    explanation: explain(ctx, sourcesByClaim, claims, made.says),
    factIds: claims.map((cl) => cl.factId).filter((x): x is string => !!x),
    // Content, not article ids: the same disagreement found again in copies is the same question.
    factContent: `${c.kind}|${normalise(c.about)}|${claims.map((cl) => normalise(cl.says)).sort().join('|')}|${isOriginal ? 'original' : asked.article}`,
    base: 0.55,
    similarity: 0.8,
    recurrence: 1,
    personIds: made.personIds,
    places: made.places,
  });
}

/** One claim per distinct version, in article order; copies of a report add no new side. */
function distinctClaims(ctx: GenerateContext, c: Conflict): Claim[] {
  const claims: Claim[] = [];
  // "Thursday (2009-03-19)": the extractor's resolved date is not what the report says.
  const sorted = c.claims.map((cl) => ({ ...cl, says: cl.says.replace(/\s*\(\d{4}-\d{2}-\d{2}\)\s*$/, '') })).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
  for (const cl of sorted) {
    if (ctx.articles.has(cl.article) && cl.says.trim() && !claims.some((x) => x.article === cl.article || normalise(x.says) === normalise(cl.says))) claims.push(cl);
  }
  return claims;
}

/** The people a check is about: the speakers, the titled person, the quoted person. */
function subjectsOf(ctx: GenerateContext, c: Conflict, claims: Claim[]): string[] {
  if (c.kind === 'speaker' || c.kind === 'title') return claims.map((cl) => ctx.people.resolve(cl.says)).filter((x): x is string => !!x);
  return claims.flatMap((cl) => {
    const f = cl.factId ? ctx.factById.get(cl.factId) : undefined;
    return f?.kind === 'quote' && f.speakerId ? [f.speakerId] : [];
  });
}

/**
 * Figures reports give differently for the same thing, as a flagged check on one report's sentence:
 * "Reports of this story give different figures. Which figure completes this sentence from …?"
 */
function figureChecks(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const f of ctx.figures) {
    const others = disagreeingFigures(ctx, f);
    if (!others.length) continue;
    const group = [f, ...others];
    // Ask about the report the library shows to be the original, else the first by id; once per disagreement.
    const asked = group.find((g) => group.every((o) => o.articleId === g.articleId || ctx.compareReliability(g.articleId, o.articleId) > 0))
      ?? [...group].sort((a, b) => (a.articleId < b.articleId ? -1 : 1))[0] as Figure;
    const key = [...new Set(group.map((g) => `${g.value}|${normalise(g.unit)}`))].sort().join('/');
    if (asked.id !== f.id || seen.has(key)) continue;
    seen.add(key);
    const q = figureCheck(ctx, asked, others);
    if (q) out.push(q);
  }
  return out;
}

function figureCheck(ctx: GenerateContext, f: Figure, others: Figure[]): Question | null {
  const article = ctx.articles.get(f.articleId);
  const parsed = parseWritten(f.raw);
  if (!article || !parsed) return null;
  const shown = cleanShownText(displayedText(article, f.sentence));
  const blanked = shown.replace(figurePattern(f.raw), '_____');
  if (blanked === shown) return null;
  // Every option written the way this report writes its figure.
  const theirs = [...new Set(others.map((o) => (parseWritten(o.raw) ? formatWritten(o.value / (parsed.form?.factor ?? 1), parsed) : o.raw)))];
  const avoid = [f.value, ...others.map((o) => o.value)];
  const fill = seededShuffle(nearbyWritten(parsed, { avoid }).map((x) => x.text), `${ctx.seed}|figure-check|${f.id}`).slice(0, Math.max(0, 3 - theirs.length));
  const distractors = [...theirs, ...fill].filter((d) => normalise(d) !== normalise(f.raw)).slice(0, 3);
  if (!distractors.length) return null;
  const label = sourceLabel(ctx, f.articleId).label;
  const otherArticles = [...new Set(others.map((o) => o.articleId))];
  const sources: QuestionSource[] = [f, ...others.filter((o, i) => others.findIndex((x) => x.articleId === o.articleId) === i)]
    .map((g) => ({ article: g.articleId, start: g.sentence.start, end: g.sentence.end }));
  const says = [f, ...others.filter((o, i) => others.findIndex((x) => x.articleId === o.articleId) === i)].map((g) => {
    const a = ctx.articles.get(g.articleId);
    return a ? `${sourceLabel(ctx, g.articleId).label} gives ${g.raw}: ${inMarks(citedText(a, g.sentence))}` : '';
  });
  return finishQuestion(ctx, {
    kind: 'source-check',
    prompt: `${COUNT_WORDS[otherArticles.length + 1] ?? 'Several'} reports of this story give different figures here. Which figure completes the sentence as ${label} gives it? ${blanked}`,
    answer: f.raw,
    distractors,
    choiceType: 'number',
    sources,
    lead: '',
    explanation: `${says.filter(Boolean).join('. ')}. Sources disagree: check which report you are reading.`,
    factIds: [f.id, ...others.map((o) => o.id)],
    factContent: `figure-conflict|${f.articleId}|${normalise(f.about)}|${f.value}|${[...new Set(others.map((o) => o.value))].sort().join('/')}`,
    base: 0.55,
    similarity: 0.8,
    recurrence: 1,
    personIds: [],
    places: [],
  });
}

/**
 * Source checks for the library's disagreements: one per disagreement, about the original report when
 * the library shows which one it is, else one per report; one per person; none about spellings.
 *
 * @example
 * sourceCheckQuestions(ctx)[0]?.prompt; // 'Two reports of the same AFP story disagree about who made the offer on “reciprocal” measures … Whom does the original report … name?'
 */
export function sourceCheckQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  const conflicts = [...ctx.conflicts].filter((c) => c.kind !== 'name').sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
  for (const c of conflicts) {
    const claims = distinctClaims(ctx, c);
    if (claims.length < 2) continue;
    const subjects = subjectsOf(ctx, c, claims);
    if (subjects.some((id) => asked.has(id))) continue;
    // The original is the one report more reliable than every other side.
    const original = claims.find((cl) => claims.every((o) => o === cl || ctx.compareReliability(cl.article, o.article) > 0));
    const ordered = original ? [original, ...claims.filter((cl) => cl !== original)] : claims;
    let made = 0;
    for (const cl of original ? [original] : claims) {
      const q = sourceCheck(ctx, c, cl, ordered, !!original);
      if (q) {
        out.push(q);
        made++;
      }
    }
    if (made) for (const id of subjects) asked.add(id);
  }
  return [...out, ...figureChecks(ctx)];
}
