/**
 * Source checks: where reports disagree, ask what a given report says — never which is true — and
 * show both sources in the explanation.
 */
import type { Conflict } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { shiftWhen } from './dates';
import { seededShuffle } from './hash';
import { misspellingQuestions } from './misspellings';
import { nearbyWritten, parseWritten } from './numbers';
import { pickPlaces } from './places';
import { displayQuote, pickPeople } from './quotes';
import { citedText, containsWords, normalise, sentenceAround, wordCount } from './text';

type Claim = Conflict['claims'][number];

const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five'];

function claimSource(ctx: GenerateContext, cl: Claim): QuestionSource {
  const fact = cl.factId ? ctx.factById.get(cl.factId) : undefined;
  const article = ctx.articles.get(cl.article);
  const span = fact && fact.articleId === cl.article
    ? fact.sentence
    : article ? sentenceAround(article.body, { start: cl.start, end: cl.end }) : { start: cl.start, end: cl.end };
  return { article: cl.article, start: span.start, end: span.end };
}

/** Wrong-but-plausible options of the conflict's type, beyond what the reports themselves say. */
function fill(ctx: GenerateContext, c: Conflict, answer: string, said: string[], seed: string, articleId: string): string[] {
  if (c.kind === 'speaker' || c.kind === 'title') {
    const id = ctx.people.resolve(answer);
    const person = id ? ctx.people.byId.get(id) : undefined;
    if (!person) return [];
    const excluded = new Set(said.map((s) => ctx.people.resolve(s)).filter((x): x is string => !!x));
    return pickPeople(ctx, person, excluded, 4 - said.length, seed, articleId).map((p) => p.name);
  }
  if (c.kind === 'place') return pickPlaces(ctx, answer, said, 4 - said.length, seed);
  if (c.kind === 'date') {
    const taken = new Set(said.map(normalise));
    const opts = [1, -1, 2, -2].map((k) => shiftWhen(answer, k)).filter((w): w is string => !!w && !taken.has(normalise(w)));
    return seededShuffle(opts, seed).slice(0, 4 - said.length);
  }
  if (c.kind === 'value') {
    const parsed = parseWritten(answer);
    if (!parsed) return [];
    const taken = new Set(said.map(normalise));
    const opts = nearbyWritten(parsed).map((c) => c.text).filter((s) => !taken.has(normalise(s)));
    return seededShuffle(opts, seed).slice(0, 4 - said.length);
  }
  return [];
}

/** What the reports disagree about, in words that do not quote either version. */
function aboutOf(ctx: GenerateContext, c: Conflict): string {
  if (c.kind === 'wording') {
    const speakers = new Set(
      c.claims.map((cl) => (cl.factId ? ctx.factById.get(cl.factId) : undefined)).flatMap((f) => (f?.kind === 'quote' && f.speaker ? [f.speaker] : [])),
    );
    if (speakers.size === 1) return `the words of ${[...speakers][0]}`;
  }
  if (c.kind === 'name') {
    // The extractor names the person in the canonical spelling, which is one of the answers.
    const id = c.claims.map((cl) => ctx.people.resolve(cl.says)).find((x): x is string => !!x);
    const role = id ? ctx.people.byId.get(id)?.role : null;
    return role && /^[A-Z]/.test(role) ? `the spelling of the name of the ${role}` : 'the spelling of a name';
  }
  const about = c.about.trim().replace(/\s*\([^)]*\)\s*$/, '').replace(/[.?]+$/, '');
  return /^(Who|What|When|Where|Whether|How|Which|The)\b/.test(about) ? about.charAt(0).toLowerCase() + about.slice(1) : about;
}

function sourceCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], isOriginal: boolean, reports: number): Question | null {
  const article = ctx.articles.get(asked.article);
  if (!article) return null;
  const show = (says: string) => (c.kind === 'wording' ? displayQuote(says, 28) : says.trim());
  const said = claims.map((cl) => show(cl.says));
  const titles = new Set(claims.map((cl) => normalise(ctx.articles.get(cl.article)?.title ?? cl.article)));
  const sameStory = titles.size === 1;
  const outlet = article.outlet ? `${article.outlet} ` : '';
  const story = sameStory ? ` of the same ${outlet}story` : '';
  const which = isOriginal && sameStory ? 'the original report' : `the report “${article.title}”${sameStory ? ` (${article.id})` : ''}`;
  const prompt = `${COUNT_WORDS[reports] ?? 'Several'} reports${story} disagree about ${aboutOf(ctx, c)}. What does ${which} say?`;
  // The extractor's "about" may quote the opening of one version: that would give it away.
  const opening = (x: string) => normalise(x).split(' ').slice(0, 5).join(' ');
  if (said.some((x) => containsWords(prompt, x) || (wordCount(x) >= 5 && normalise(prompt).includes(opening(x))))) return null;
  const seed = `${ctx.seed}|check|${c.id}|${asked.article}`;
  const answer = show(asked.says);
  const distractors = [...said.filter((x) => x !== answer), ...fill(ctx, c, answer, said, seed, asked.article)];
  const sources = claims.map((cl) => claimSource(ctx, cl));
  const explanation = claims
    .map((cl, i) => {
      const a = ctx.articles.get(cl.article);
      const label = cl.article === asked.article ? (isOriginal && sameStory ? 'The original report' : 'This report') : 'The other report';
      return a ? `${label} (${a.title}, ${a.id}) says ${show(cl.says)}: “${citedText(a, sources[i] as QuestionSource)}”.` : '';
    })
    .join(' ');
  return finishQuestion(ctx, {
    kind: 'source-check',
    prompt,
    answer,
    distractors,
    choiceType: c.kind === 'speaker' || c.kind === 'title' ? 'person' : c.kind === 'place' ? 'place' : c.kind === 'date' ? 'date' : c.kind === 'value' ? 'number' : 'text',
    sources,
    lead: '',
    explanation: `${explanation} Sources disagree: check which report you are reading.`,
    factIds: claims.map((cl) => cl.factId).filter((x): x is string => !!x),
    // Content, not article ids: the same disagreement found again in copies is the same question.
    factContent: `${c.kind}|${normalise(c.about)}|${claims.map((cl) => normalise(cl.says)).sort().join('|')}|${isOriginal ? 'original' : asked.article}`,
    base: 0.55,
    similarity: 0.8,
    recurrence: 1,
    personIds: said.map((s) => ctx.people.resolve(s)).filter((x): x is string => !!x),
    places: c.kind === 'place' ? said : [],
  });
}

/**
 * One source check per conflict: about the original report when the library shows which one it is
 * (the side other articles echo), else one per report.
 *
 * @example
 * sourceCheckQuestions(ctx)[0]?.prompt; // 'Two reports of the same AFP story disagree about … What does the original report say?'
 */
export function sourceCheckQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const c of ctx.conflicts) {
    // Against a curated spelling the question is which name a report gets wrong, not what it says.
    if (c.kind === 'name' && c.reference) {
      out.push(...misspellingQuestions(ctx, c));
      continue;
    }
    // One claim per distinct version; copies of a report add no new side.
    const claims: Claim[] = [];
    const sorted = [...c.claims].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
    for (const cl of sorted) {
      if (ctx.articles.has(cl.article) && cl.says.trim() && !claims.some((x) => x.article === cl.article || normalise(x.says) === normalise(cl.says))) claims.push(cl);
    }
    if (claims.length < 2) continue;
    const reports = new Set(c.claims.map((cl) => cl.article)).size;
    // The original is the one report more reliable than every other side.
    const original = claims.find((cl) => claims.every((o) => o === cl || ctx.compareReliability(cl.article, o.article) > 0));
    for (const asked of original ? [original] : claims) {
      const q = sourceCheck(ctx, c, asked, claims, !!original, reports);
      if (q) out.push(q);
    }
  }
  return out;
}
