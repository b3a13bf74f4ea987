import { appositiveEnd, findAppositives } from './appositive';
import { nameAfterDescriptor } from './descriptor';
import { genderEvidence } from './genders';
import { introducedSpeaker, NAME_CUE } from './introduced';
import { LOCATIVES, NATIONALITIES, SPEECH_VERBS as SPEECH_VERB_LIST } from './lexicon';
import { RANK_QUALIFIERS, ROLE_ACRONYMS } from './roles';
import type { Mention, Token } from './mentions';
import { expandTitleAbbreviation, tokensIn } from './mentions';
import type { PeopleIndex } from './people';
import type { SentenceAttribution } from './claims';
import { isPhotoCaption, type Paragraph, type QuoteSpan } from './text';
import type { AttributionMethod, Person, Span } from './types';

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const SPEECH_VERBS = SPEECH_VERB_LIST;

/** Who a mention stands for once resolved: a canonical person or an anonymous description. */
export type Entity =
  | { kind: 'person'; person: Person; gender: 'm' | 'f' | null }
  | { kind: 'description'; text: string; isPlural: boolean; isOrg?: boolean };

/** A quotation with its speaker, before ids and cross-article fields are added. */
export interface RawQuote {
  text: string;
  start: number;
  end: number;
  sentence: Span;
  speaker: Entity | null;
  method: AttributionMethod;
  isFragment: boolean;
  isClosed: boolean;
  paragraph: number;
}

export interface ArticleContext {
  articleId: string;
  body: string;
  paragraphs: Paragraph[];
  sentences: Span[][];
  quotes: QuoteSpan[];
  mentions: Mention[];
  tokens: Token[];
  people: PeopleIndex;
}

interface Event {
  pos: number;
  paragraph: number;
  entity: Entity;
}

interface Attribution {
  mention: Mention;
  method: AttributionMethod;
  end: number;
}

/** Who a sentence is about: its subject, or the speaker of the quotation it opens with. */
interface SentenceSubject {
  entity: Entity;
  /** The gender of the pronoun the subject was written as ("He was critical of …"), else null. */
  pronoun: 'm' | 'f' | null;
  /** The subject is also who speaks in the sentence ("X noted that …", "“…,” X said"). */
  speaks: boolean;
  sentence: Span;
  paragraph: number;
}

/** The end of a clause that puts the next name in a place: "from", "in", "at" … */
const PLACE_PREPOSITION_BEFORE = /\b(?:from|in|at|near|outside|inside|across|via|to|toward|towards|into)\s+$/i;
const PRONOUN_WINDOW = 3;
const FRAGMENT_MAX_WORDS = 3;
const ADVERBS = new Set(['also', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'once', 'has', 'had', 'have', 'would', 'will', 'had', 'was', 'is', 'on', 'in', 'last', 'this', 'yesterday', 'today', 'repeatedly', 'reportedly', 'recently', 'separately', 'simply', 'bluntly', 'flatly']);
const MAX_SUBJECT_GAP_TOKENS = 7;
const COMMA = 0x2c;

function isSpeech(t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  if (SPEECH_VERBS.has(t.lower)) return true;
  return t.lower === 'put' && next?.lower === 'it';
}

/** Whether the text has at most `max` words (whitespace-separated pieces with a letter or digit). */
function hasAtMostWords(text: string, max: number): boolean {
  let n = 0;
  for (const w of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(w) && ++n > max) return false;
  }
  return true;
}

/** Trailing spaces, commas, colons, dashes and stray opening marks: not part of what was said. */
const TRAILING_JUNK = new Set([...' ,;:“"–—-'].map((c) => c.charCodeAt(0)));

/** Quoted text as shown: whitespace runs as one space, trailing punctuation and marks dropped. */
function cleanQuoteText(text: string): string {
  const spaced = text.replace(/\s+/g, ' ');
  // After the replace the only whitespace left is ' ', so this equals .replace(/[\s,;:“"–—-]+$/, '').
  let end = spaced.length;
  while (end > 0 && TRAILING_JUNK.has(spaced.charCodeAt(end - 1))) end--;
  return spaced.slice(0, end).trim();
}

/**
 * Finds every quotation in one article and who said it, tracking who the article is talking
 * about so that "he said", "the minister" and continued paragraphs resolve to the right person.
 */
export function extractQuotes(
  ctx: ArticleContext,
  sentenceSpeakers?: Map<number, Entity>,
  attributions?: SentenceAttribution<Entity>[],
): RawQuote[] {
  const { body, mentions, people, articleId } = ctx;
  const history: Event[] = [];
  const out: RawQuote[] = [];

  const mentionsIn = (a: number, b: number, includeNested = false) => {
    const out: Mention[] = [];
    for (let i = lowerBound(mentions, a, (m) => m.start); i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      if (m.start >= b) break;
      if (m.start >= a && m.end <= b && (includeNested || !m.isNested)) out.push(m);
    }
    return out;
  };
  // Quotation spans do not overlap, so the only candidate is the last one opening before pos.
  const insideQuote = (pos: number) => {
    const i = lowerBound(ctx.quotes, pos, (q) => q.open) - 1;
    const q = ctx.quotes[i];
    return q !== undefined && pos < q.close;
  };

  /** Whether a quotation opens in [a, b). */
  const quotesOpenIn = (a: number, b: number) => {
    const q = ctx.quotes[lowerBound(ctx.quotes, a, (x) => x.open)];
    return q !== undefined && q.open < b;
  };

  /** Photo captions: read for nothing here, and whom they name could not be meant by a pronoun. */
  const captions = new Set<number>();
  for (const p of ctx.paragraphs) if (!p.isJunk && isPhotoCaption(body, p.start, p.end)) captions.add(p.index);
  const genders = genderEvidence(body, ctx.tokens, mentions, (m) => people.resolve(articleId, m, false), insideQuote);

  const roleTarget = (m: Mention, pos: number, paragraph: number): Entity | null => {
    const noun = roleWords(m.role ?? '');
    const candidates = new Map<string, { person: Person; pos: number; paragraph: number }>();
    if (noun.length > 0) {
      for (let xi = lowerBound(mentions, pos - 20_000, (m) => m.start); xi < mentions.length; xi++) {
        const x = mentions[xi] as Mention;
        if (x.start >= pos) break;
        if (x.kind !== 'person' || !x.role || !sameRole(noun, roleWords(x.role))) continue;
        const p = people.resolve(articleId, x, true);
        if (p) candidates.set(p.id, { person: p, pos: x.start, paragraph: paraOf(x.start) });
      }
    }
    const list = [...candidates.values()];
    const personEntity = (p: Person): Entity => ({ kind: 'person', person: p, gender: genderOf(p) });
    if (list.length === 1) return personEntity((list[0] as { person: Person }).person);
    if (list.length > 1) {
      list.sort((a, b) => b.pos - a.pos);
      const recent = list[0] as { person: Person; paragraph: number };
      if (paragraph - recent.paragraph <= 1) return personEntity(recent.person);
      return null;
    }
    return { kind: 'description', text: m.text, isPlural: m.isPlural, isOrg: m.isOrg === true };
  };

  /** Gender as the article shows it (Mr, Ms, "X said she"); never guessed from a first name. */
  const genderOf = (p: Person): 'm' | 'f' | null => genders.get(p.id) ?? null;

  const paraOf = (pos: number): number => {
    const i = lowerBound(ctx.paragraphs, pos + 1, (p) => p.start) - 1;
    return ctx.paragraphs[i]?.index ?? -1;
  };

  const resolve = (m: Mention, pending: Event[], isSpeaker = false): Entity | null => {
    const paragraph = paraOf(m.start);
    if (m.kind === 'person') {
      // A lone capitalised word becomes a new person only when it speaks, carries a title or is given as a name.
      const p = people.resolve(articleId, m, isSpeaker || m.name.length >= 2 || m.role !== null || m.gender !== null ||
        NAME_CUE.test(body.slice(Math.max(0, m.start - 30), m.start)));
      if (!p) return null;
      if (m.gender) genders.set(p.id, m.gender);
      return { kind: 'person', person: p, gender: m.gender ?? genderOf(p) };
    }
    if (m.kind === 'description') return { kind: 'description', text: m.text, isPlural: m.isPlural, isOrg: m.isOrg === true };
    if (m.kind === 'role') return roleTarget(m, m.start, paragraph);
    const recentInSentence = pending.some((e) => e.pos < m.start);
    // "He was critical of referee X …” / “…,” he said": a pronoun that goes on from a sentence whose
    // subject was the same pronoun means the same person, whoever that sentence named as an object.
    const carried = recentInSentence ? null : carriedSubject(m, paragraph);
    if (carried) return carried;
    const e = resolvePronoun(m, pending, paragraph) ?? (recentInSentence ? null : subjectOfSentenceBefore(m, paragraph));
    // "Kjærgaard expects …, which he said …": once "he" is found to mean someone, so is their gender.
    return e?.kind === 'person' && e.gender === null && m.gender ? withGender(e, m.gender) : e;
  };

  /** The person as a pronoun has shown them to be, remembered for the rest of the article. */
  const withGender = (e: Extract<Entity, { kind: 'person' }>, gender: 'm' | 'f'): Entity => {
    genders.set(e.person.id, gender);
    return { ...e, gender };
  };

  /**
   * The subject of the sentence right before, when it is the same pronoun as m, was resolved, and
   * sits in m's paragraph or the one before it.
   */
  const carriedSubject = (m: Mention, paragraph: number): Entity | null => {
    const prev = prevSubject;
    if (!prev || prev.pronoun === null || prev.pronoun !== m.gender || paragraph - prev.paragraph > 1) return null;
    return prev.entity;
  };

  /**
   * A fallback when the history leaves the pronoun open (two candidates whose gender cannot be told):
   * the subject of the sentence right before, when that sentence names nobody else who could be meant,
   * its subject's gender does not contradict the pronoun, and it either speaks ("X noted that …") or
   * sits in the pronoun's own paragraph ("X dismissed the concerns. “…,” he said.").
   */
  const subjectOfSentenceBefore = (m: Mention, paragraph: number): Entity | null => {
    const prev = prevSubject;
    if (!prev || prev.pronoun !== null || paragraph - prev.paragraph > 1) return null;
    if (!prev.speaks && prev.paragraph !== paragraph) return null;
    const e = prev.entity;
    if (e.kind === 'description') {
      if (e.isPlural || e.isOrg) return null;
      const g = descriptionGender(e.text);
      if (g && m.gender && g !== m.gender) return null;
    } else {
      const g = e.gender ?? genderOf(e.person);
      if (g && m.gender && g !== m.gender) return null;
    }
    for (const x of mentionsIn(prev.sentence.start, m.start)) {
      if (x.kind !== 'person' || insideQuote(x.start) || x.isPossessive) continue;
      if (x.name.length < 2 && !x.role && !x.gender && (x.isObject || !people.resolve(articleId, x, false))) continue;
      const p = people.resolve(articleId, x, false);
      if (p && e.kind === 'person' && p.id === e.person.id) continue;
      const g = x.gender ?? (p ? genderOf(p) : null);
      if (!g || g === m.gender) return null;
    }
    return e;
  };

  /** A pronoun: the latest singular subject of the right gender, not too far back. */
  const resolvePronoun = (m: Mention, pending: Event[], paragraph: number): Entity | null => {
    // Newest first: this sentence's earlier events, then the history (read in place, not copied per pronoun).
    // A candidate of the right gender wins at once; one whose gender cannot be told only when nobody
    // else in the window could be meant. Organisations and groups are never "he" or "she".
    const recent = pending.filter((e) => e.pos < m.start);
    let pick: Entity | null = null;
    let pickKey = '';
    let pickPos = 0;
    let pickInSentence = false;
    // Anyone else named between the candidate and the pronoun, even as an object ("X met Y"), could be meant.
    const othersNamed = (): boolean => {
      for (const x of mentionsIn(pickPos, m.start)) {
        // Only a full name or a titled name counts: a lone capitalised word is too often a place ("Sudan").
        if (x.kind !== 'person' || insideQuote(x.start) || (x.name.length < 2 && !x.role && !x.gender)) continue;
        if (captions.size > 0 && captions.has(paraOf(x.start))) continue;
        const p = people.resolve(articleId, x, false);
        if (!p || p.id === pickKey) continue;
        const g = x.gender ?? genderOf(p);
        if (!g || g === m.gender) return true;
      }
      return false;
    };
    for (let i = history.length + recent.length - 1; i >= 0; i--) {
      const inSentence = i >= history.length;
      // The only candidate of the pronoun's own sentence is its antecedent: "According to X, …, as he said".
      if (!inSentence && pickInSentence) return othersNamed() ? null : pick;
      const e = (inSentence ? recent[i - history.length] : history[i]) as Event;
      if (paragraph - e.paragraph > PRONOUN_WINDOW) break;
      let key: string;
      let g: 'm' | 'f' | null = null;
      if (e.entity.kind === 'description') {
        if (e.entity.isPlural || e.entity.isOrg) continue;
        const dg = descriptionGender(e.entity.text);
        if (dg && m.gender && dg !== m.gender) continue;
        key = `d:${e.entity.text.toLowerCase().replace(/^(?:the|an?|one)\s+/, '')}`;
      } else {
        g = e.entity.gender ?? genderOf(e.entity.person);
        if (g && m.gender && g !== m.gender) continue;
        key = e.entity.person.id;
      }
      if (pick === null) {
        if (g && g === m.gender) return e.entity;
        pick = e.entity;
        pickKey = key;
        pickPos = e.pos;
        pickInSentence = inSentence;
      } else if (key !== pickKey && !isSameDescription(key, pickKey)) {
        return null;
      }
    }
    return pick && othersNamed() ? null : pick;
  };
  /** The subject of the sentence read before the current one, for the pronoun fallbacks above. */
  let prevSubject: SentenceSubject | null = null;

  /** "said X", "X said", "X told reporters", "as X put it" over [a, b). */
  const parseClause = (a: number, b: number, strictTail: boolean): Attribution | null => {
    const toks = tokensIn(ctx.tokens, a, b).filter((t) => t.end <= b);
    let i = 0;
    while (toks[i] && (toks[i] as Token).lower === 'and' || (toks[i] && (toks[i] as Token).lower === 'as')) i++;
    const first = toks[i];
    if (!first) return null;
    const inRange = mentionsIn(first.start, b).filter((m) => m.kind !== 'description' || m.start >= first.start);
    // Form A: verb first ("said Mr. Stoltenberg", "demanded the British foreign minister, Liz Truss").
    if (isSpeech(first, toks[i + 1])) {
      const second = toks[i + 1];
      if (second && (second.lower === 'that' || second.lower === 'it' && first.lower !== 'put')) return null;
      const m = inRange.find((x) => x.start > first.start && (x.kind === 'person' || x.kind === 'pronoun')) ??
        inRange.find((x) => x.start > first.start);
      if (!m) return null;
      const between = body.slice(first.end, m.start);
      if (/[.;!?]/.test(between.replace(/\b(?:Mr|Ms|Mrs|Dr)\./g, ''))) return null;
      // "said in a video message from Sagamihara": a name governed by a preposition is where, not who.
      if (PLACE_PREPOSITION_BEFORE.test(between)) return null;
      const method: AttributionMethod = m.kind === 'pronoun' ? 'pronoun' : m.kind === 'role' ? 'role' : m.kind === 'description' ? 'anonymous' : 'inverted';
      return { mention: m, method, end: m.end };
    }
    // Form B: subject first ("Stoltenberg said", "an administration official told NBC").
    const m = inRange.find((x) => x.start <= first.start + 1 && x.end > first.start) ?? nameAfterDescriptor(body, toks.slice(i), inRange);
    if (!m || m.isPossessive) return null;
    // "Helen Oakes, a Republican from Missouri who chairs the panel, said": the verb after the appositive is hers.
    const subjectEnd = (m.kind === 'person' ? appositiveEnd(body, m.end, b, mentionsIn) : null) ?? m.end;
    const after = toks.filter((t) => t.start >= subjectEnd);
    let k = 0;
    // "an Indian negotiator who asked not to be named told Reuters": step over the relative clause
    // (its own verb first) to the next speech verb not governed by "to".
    if (after[0]?.lower === 'who' && after.length > 2) {
      let r = 2;
      while (r < after.length && r < 14 && !(isSpeech(after[r], after[r + 1]) && after[r - 1]?.lower !== 'to')) r++;
      if (r >= after.length || r >= 14 || /[.;!?]/.test(body.slice(m.end, (after[r] as Token).start))) return null;
      k = r;
    }
    const k0 = k;
    while (after[k] && ADVERBS.has((after[k] as Token).lower) && k < k0 + 3) k++;
    const verb = after[k];
    if (!isSpeech(verb, after[k + 1]) || !verb) return null;
    if (/[.;!?]/.test(body.slice(m.end, verb.start))) return null;
    if (strictTail) {
      const rest = after.slice(k + 1).filter((t) => t.end <= b);
      const tail = body.slice(verb.end, b);
      const shortTail = rest.length <= 4 && !/^\s+(?:he|she|they|it|that|the)\b/i.test(tail);
      if (!/^\s*[,.;:!?]/.test(tail) && !shortTail && verb.lower !== 'told') return null;
    }
    const method: AttributionMethod =
      verb.lower === 'put' ? 'put-it' : verb.lower === 'told' ? 'told' : m.kind === 'pronoun' ? 'pronoun' : m.kind === 'role' ? 'role' : m.kind === 'description' ? 'anonymous' : 'explicit';
    return { mention: m, method, end: verb.end };
  };

  /**
   * Whether someone or a speech verb follows the quotation in its clause ("…,” she said" with a "she"
   * that could not be resolved): the quotation has an attribution, only not one understood, so it
   * must not pass for the previous speaker's.
   */
  const hasUnreadAttribution = (q: QuoteSpan, limit: number): boolean => {
    if (q.close >= limit) return false;
    const stop = nextStop(body, q.close, limit);
    const toks = tokensIn(ctx.tokens, q.close, stop);
    const hasVerb = toks.some((t) => SPEECH_VERBS.has(t.lower));
    // After "….”" comes the next sentence ("Blinken said he hoped …", "Ana Ruiz disagreed."); only a short
    // one with a speech verb ("Ana Ruiz said.") may be this quotation's attribution.
    if (/[.!?]$/.test(body.slice(q.contentStart, q.contentEnd))) return hasVerb && toks.length <= 5;
    return hasVerb || mentionsIn(q.close, stop).length > 0;
  };

  /**
   * Whether [a, b) names a possible speaker other than `speaker` outside quotation marks: then a
   * quotation after it may be theirs. Places and bodies after "at"/"in" ("at Folkets Hus", "at the
   * ministry") and a bare owner ("Labour's campaign") name no one; a pronoun is taken to go on about
   * the same speaker.
   */
  const hasSpoken = (p: Person | null) => p !== null && out.some((o) => o.speaker?.kind === 'person' && o.speaker.person.id === p.id);
  const namesSomeoneElse = (a: number, b: number, speaker: Entity, paragraph: number): boolean => {
    for (const m of mentionsIn(a, b)) {
      if (insideQuote(m.start) || m.kind === 'pronoun') continue;
      const lead = tokensIn(ctx.tokens, m.start - 16, m.start);
      const before = lead.at(-1)?.lower === 'the' ? lead.at(-2) : lead.at(-1);
      const afterLocative = before !== undefined && LOCATIVES.has(before.lower);
      if (afterLocative && (m.kind === 'person' ? !m.role && !m.gender : m.isOrg === true)) continue;
      // "told Al Jazeera", "told Bloomberg Television": an outlet the speaker talks to, unless it has spoken in the article.
      if (before?.lower === 'told' && m.kind === 'person' && !m.role && !m.gender && !hasSpoken(people.resolve(articleId, m, false))) continue;
      if (m.kind === 'person') {
        const p = people.resolve(articleId, m, false);
        if (!p && m.name.length < 2 && m.isPossessive && !m.role && !m.gender) continue;
        if (!p || speaker.kind !== 'person' || p.id !== speaker.person.id) return true;
        continue;
      }
      if (m.isObject) continue;
      const e = m.kind === 'role' ? roleTarget(m, m.start, paragraph) : { kind: 'description' as const, text: m.text, isPlural: m.isPlural };
      if (!e || !isSameEntity(e, speaker)) return true;
    }
    return false;
  };

  /**
   * The subject of a speech verb among a sentence's mentions: a name whose appositive runs up to the verb
   * ("Helen Oakes, a Republican who chairs the panel, said"), which a mention inside the appositive
   * must not take from it, else the nearest mention before the verb, not too far from it. Nobody when
   * the appositive names someone else ("X, whose son Tom Reed died, said"): either might be meant.
   */
  const subjectBefore = (verb: Token, sMentions: Mention[], toks: Token[]): Mention | null => {
    let nearest: Mention | null = null;
    for (const m of sMentions) if (m.end <= verb.start) nearest = m;
    if (!nearest) return null;
    for (let j = sMentions.length - 1; j >= 0; j--) {
      const m = sMentions[j] as Mention;
      if (m.end > verb.start || m.kind !== 'person' || body.charCodeAt(m.end) !== COMMA) continue;
      const ap = findAppositives(body, m.end, verb.start, mentionsIn);
      if (ap === null) continue;
      const gap = toks.filter((x) => x.start >= ap.end && x.end <= verb.start);
      if (gap.length <= 2 && gap.every((x) => ADVERBS.has(x.lower))) return ap.namesSomeone ? null : m;
    }
    const gapTokens = toks.filter((x) => x.start >= (nearest as Mention).end && x.end <= verb.start).length;
    return gapTokens > MAX_SUBJECT_GAP_TOKENS ? null : nearest;
  };

  const sentenceEnd = (s: Span): number => s.end;

  /** The speaker of a speech verb before pos in sentence s: "Stoltenberg said: “…", "he told reporters that “…". */
  const speechBefore = (pos: number, s: Span, toks: Token[], sMentions: Mention[]): Attribution | null => {
    const pre = toks.filter((t) => t.start >= s.start && t.end <= pos);
    for (let i = pre.length - 1; i >= 0; i--) {
      const t = pre[i] as Token;
      if (!isSpeech(t, pre[i + 1])) continue;
      const subj = subjectBefore(t, sMentions, pre);
      if (!subj) return null;
      const preText = body.slice(t.end, pos);
      const method: AttributionMethod =
        t.lower === 'put' ? 'put-it' : t.lower === 'told' ? 'told' : /:\s*$/.test(preText) || t.lower === 'saying' ? 'colon' :
          subj.kind === 'pronoun' ? 'pronoun' : subj.kind === 'role' ? 'role' : subj.kind === 'description' ? 'anonymous' : 'explicit';
      return { mention: subj, method, end: t.end };
    }
    return null;
  };
  /**
   * The subject of the sentence right before quotation q in its paragraph, when that sentence answers
   * a question ("Asked whether he would appeal, the coach shook his head."), only shows the subject
   * reacting ("Ana Ruiz shrugged.") or reports their words ("Ana Ruiz told reporters that members were
   * losing patience."), names nobody else and quotes nothing: what follows is their answer or their words.
   */
  const reactingSubject = (q: QuoteSpan, s: Span, paragraph: number): Mention | null => {
    if (!/^\s*$/.test(body.slice(s.start, q.open))) return null;
    const list = ctx.sentences[paragraph] ?? [];
    const prev = list[list.indexOf(s) - 1];
    if (!prev || !/^\s*$/.test(body.slice(prev.end, q.open)) || insideQuote(prev.start)) return null;
    const text = body.slice(prev.start, prev.end);
    if (insideQuote(prev.end - 1) || quotesOpenIn(prev.start, prev.end) || !/[.!]$/.test(text.trimEnd())) return null;
    const ms = mentionsIn(prev.start, prev.end).filter((x) => !x.isNested && !x.isPossessive);
    const asked = /^Asked\b[^.;:!?“”"]*?,\s+/.exec(text);
    const subj = asked
      ? ms.find((x) => x.start === prev.start + asked[0].length)
      : ms.find((x) => x.start === prev.start);
    if (!subj || (subj.kind === 'description' && (subj.isPlural || subj.isOrg))) return null;
    const rest = tokensIn(ctx.tokens, subj.end, prev.end);
    const verb = rest.find((t) => !ADVERBS.has(t.lower));
    if (!verb) return null;
    // Anyone named after the subject could be who answers; the audience of "told reporters" could not.
    const audience = (x: Mention) => x.kind === 'description' && x.isPlural && x.isObject === true;
    if (ms.some((x) => x.start >= subj.end && x.kind !== 'pronoun' && !audience(x))) return null;
    const k = rest.indexOf(verb);
    if (!asked && k === 0 && REPORTING_VERBS.has(verb.lower)) return subj;
    if (rest.length > 12) return null;
    if (asked) return subj;
    if (REACTION_VERBS.has(verb.lower)) return subj;
    return verb.lower === 'shook' && /^(?:his|her|their)$/.test(rest[k + 1]?.lower ?? '') && rest[k + 2]?.lower === 'head' ? subj : null;
  };

  /** "Chiara Martinelli, director of …, said:" closing a paragraph: the speaker of the quotation that opens the next one. */
  let colonSpeaker: { entity: Entity; paragraph: number } | null = null;
  let lastParagraph = -1;

  for (const p of ctx.paragraphs) {
    if (p.isJunk || captions.has(p.index)) continue;
    if (colonSpeaker && colonSpeaker.paragraph !== lastParagraph) colonSpeaker = null;
    lastParagraph = p.index;
    const sentences = ctx.sentences[p.index] ?? [];
    for (const s of sentences) {
      // Who this sentence makes salient, outside quotation marks: its subject and anyone who speaks.
      const pending: Event[] = [];
      const toks = tokensIn(ctx.tokens, s.start, s.end).filter((t) => !insideQuote(t.start));
      const sMentions = mentionsIn(s.start, s.end).filter((m) => !insideQuote(m.start) && !m.isObject && !m.isPossessive);
      const firstM = sMentions[0];
      let subject: SentenceSubject | null = null;
      // "Asked whether she was worried, Raghunathan laughed": a pronoun in a fronted clause points ahead
      // to the subject after the comma, and tells that subject's gender.
      const fronted = firstM?.kind === 'pronoun' ? FRONTED_CLAUSE.exec(body.slice(s.start, s.end)) : null;
      const mainSubject = fronted ? sMentions.find((m) => m.start === s.start + (fronted[0] as string).length && m.kind === 'person') : undefined;
      if (mainSubject && firstM?.gender) {
        const e = resolve(mainSubject, pending, true); // a gendered pronoun shows a lone word is a person
        if (e?.kind === 'person' && (e.gender === null || e.gender === firstM.gender)) {
          const entity = withGender(e, firstM.gender);
          pending.push({ pos: mainSubject.start, paragraph: p.index, entity });
          subject = subjectOf(mainSubject, entity, false, s, p.index);
        }
      } else if (firstM && firstM.start - s.start < 40) {
        const e = resolve(firstM, pending);
        if (e) pending.push({ pos: firstM.start, paragraph: p.index, entity: e });
        if (e) subject = subjectOf(firstM, e, false, s, p.index);
      }
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        if (!isSpeech(t, toks[i + 1])) continue;
        // "critical of the referee for adding six minutes": a gerund after a preposition reports no speech.
        if (/ing$/.test(t.lower) && GERUND_PREPOSITIONS.has(toks[i - 1]?.lower ?? '')) continue;
        const subj = subjectBefore(t, sMentions, toks);
        if (!subj) continue;
        const e = resolve(subj, pending);
        if (e) pending.push({ pos: t.start, paragraph: p.index, entity: e });
        if (e && !subject) subject = subjectOf(subj, e, true, s, p.index);
        else if (e && subject && !subject.speaks && isSameEntity(subject.entity, e)) subject.speaks = true;
        if (e && sentenceSpeakers && !sentenceSpeakers.has(s.start)) sentenceSpeakers.set(s.start, e);
        if (e && attributions) attributions.push({ sentence: s, start: subj.start, end: t.end, entity: e });
      }
      // "according to Sarah Cole, chief economist…": the source of the sentence, whom a later "she" means.
      for (let i = 0; i + 1 < toks.length; i++) {
        const t = toks[i] as Token;
        if (t.lower !== 'according' || (toks[i + 1] as Token).lower !== 'to') continue;
        const from = (toks[i + 1] as Token).end;
        const am = mentionsIn(from, from + 80).find((x) => x.start <= from + 2 && (x.kind === 'person' || x.kind === 'description'));
        const e = am ? resolve(am, pending) : null;
        if (am && e) pending.push({ pos: am.start, paragraph: p.index, entity: e });
        if (am && e && attributions) attributions.push({ sentence: s, start: t.start, end: am.end, entity: e });
      }
      pending.sort((a, b) => a.pos - b.pos);

      const sQuotes: QuoteSpan[] = [];
      for (let qi = lowerBound(ctx.quotes, s.start, (q) => q.open); qi < ctx.quotes.length && (ctx.quotes[qi] as QuoteSpan).open < s.end; qi++) {
        sQuotes.push(ctx.quotes[qi] as QuoteSpan);
      }
      for (const q of sQuotes) {
        let text = body.slice(q.contentStart, q.contentEnd);
        let attribution: Attribution | null = null;
        let attrEnd = q.close;
        // 1. An attribution inside the marks: "…fails, warned Jens Stoltenberg. If Russia…".
        const inner = /,\s+([^,.;“”"]{2,70}?)([.,]|$)/g;
        const content = text;
        let im: RegExpExecArray | null;
        while ((im = inner.exec(content))) {
          const a = q.contentStart + im.index + im[0].indexOf(im[1] as string);
          const b = a + (im[1] as string).length;
          const found = parseClause(a, b, false);
          if (!found || found.end < b - 1) continue;
          attribution = { ...found, method: found.method === 'pronoun' ? 'pronoun' : 'embedded' };
          const before = content.slice(0, im.index).replace(/[,\s]+$/, '');
          const rest = content.slice(im.index + im[0].length).trim();
          text = rest ? `${before}${/^\p{Lu}/u.test(rest) ? '. ' : ', '}${rest}` : before;
          break;
        }
        const sentenceStop = Math.min(sentenceEnd(s) + 200, p.end);
        // 2. Right after the closing mark: "…,” Stoltenberg said." / "…,” said Mr. Stoltenberg."
        if (!attribution && q.close < p.end) {
          const stop = nextStop(body, q.close, sentenceStop);
          const endsSentence = /[.!?]["”]?$/.test(body.slice(q.contentStart, q.contentEnd));
          attribution = parseClause(q.close, stop, endsSentence);
          if (attribution) attrEnd = stop;
        }
        // 3. "according to X" anywhere in the sentence, outside the marks.
        if (!attribution) {
          const re = /\baccording to\s+/gi;
          re.lastIndex = s.start;
          const seg = body.slice(0, Math.max(s.end, q.close));
          let am: RegExpExecArray | null;
          while ((am = re.exec(seg))) {
            if (insideQuote(am.index)) continue;
            const from = am.index + am[0].length;
            const m = mentionsIn(from, from + 200).find((x) => x.start <= from + 60 && x.kind !== 'pronoun');
            if (m) {
              attribution = { mention: m, method: 'according-to', end: m.end };
              break;
            }
          }
        }
        // 4. A speech verb before the quote in its sentence: "Stoltenberg said: “…", "he told reporters that “…".
        if (!attribution) attribution = speechBefore(q.open, s, toks, sMentions);
        // 5. A closing clause further on in the sentence: "A “solution” is “still possible”…, he said."
        if (!attribution) {
          const from = q.close;
          const tail = body.slice(from, s.end);
          const commas = [...tail.matchAll(/,\s+/g)].map((c) => from + (c.index ?? 0) + c[0].length).reverse();
          for (const c of commas) {
            if (insideQuote(c)) continue;
            // "…,” Ana Lima, Rui Costa, and Eva Luz said": the last of a list of names is not the one speaker.
            if (/^(?:and|or)\s/i.test(body.slice(c, c + 4)) && mentionsIn(from, c).some((m) => m.kind === 'person' && !insideQuote(m.start))) break;
            const found = parseClause(c, nextStop(body, c, s.end), true);
            if (found) {
              attribution = found;
              break;
            }
          }
        }
        // 6. A passive agent: "an offer on “reciprocal” measures … was made by President Vladimir Putin".
        if (!attribution) {
          const seg = body.slice(s.start, s.end);
          const pm = /\b(?:made|offered|proposed|put forward|issued|given|presented|floated|voiced|uttered|written)\s+by\s+/i.exec(seg);
          if (pm) {
            const from = s.start + pm.index + pm[0].length;
            const m = mentionsIn(from, from + 200).find((x) => x.start <= from + 40 && x.kind === 'person');
            if (m) attribution = { mention: m, method: 'explicit', end: m.end };
          }
        }
        let speaker: Entity | null = attribution ? resolve(attribution.mention, pending, true) : null;
        let method: AttributionMethod = attribution?.method ?? 'none';
        if (attribution?.mention.kind === 'pronoun' && speaker) method = 'pronoun';
        // 7a. The first quotation of a paragraph after one that ended "X said:".
        if (!speaker && colonSpeaker && q.opensParagraph && colonSpeaker.paragraph < p.index) {
          speaker = colonSpeaker.entity;
          method = 'colon';
        }
        colonSpeaker = null;
        // 7b. A bare quotation block after a sentence that introduces its one speaker: "Dana … described the night."
        if (!speaker && q.opensParagraph) {
          const m = introducedSpeaker({
            body, paragraphs: ctx.paragraphs, sentences: ctx.sentences, quotes: ctx.quotes, tokensIn: (a, b) => tokensIn(ctx.tokens, a, b), mentionsIn,
            isKnownPerson: (x) => people.resolve(articleId, x, false) !== null,
          }, q);
          speaker = m ? resolve(m, pending, true) : null;
          if (speaker) method = 'colon';
        }
        // 7c. A quotation opening its sentence right after one whose subject answers or reacts:
        //     "Asked whether …, the manager shook his head. “…”", "The striker grinned. “…”".
        const isUnattributed = !speaker && !hasUnreadAttribution(q, sentenceStop);
        if (isUnattributed && q.open - s.start < 3) {
          const m = reactingSubject(q, s, p.index);
          speaker = m ? resolve(m, [], true) : null;
          if (speaker) method = 'colon';
        }
        // 7. Continued: a paragraph that opens with a mark after an unclosed quotation, or the next
        //    quotation of the same paragraph with nobody else named in between.
        if (!speaker && isUnattributed) {
          const prev = out[out.length - 1];
          if (prev && prev.speaker) {
            const continuesParagraph = q.opensParagraph && !prev.isClosed && prev.paragraph < p.index &&
              ctx.paragraphs.slice(prev.paragraph + 1, p.index).every((x) => x.isJunk);
            const sameParagraph = prev.paragraph === p.index && !namesSomeoneElse(prev.end, q.open, prev.speaker, p.index);
            // "“…,” Kanemaru said.\n\n“Underlying inflation …”": a paragraph of quotation alone goes on with
            // the speaker whose quotation closed the paragraph before, with nothing said after it.
            const prevPara = ctx.paragraphs[prev.paragraph];
            const followsParagraph = q.opensParagraph && prev.paragraph === p.index - 1 && prev.isClosed && prevPara !== undefined &&
              prev.sentence.end >= prevPara.end - 1 && q.isClosed && q.close >= p.end - 1 &&
              !namesSomeoneElse(prev.end, prevPara.end, prev.speaker, prev.paragraph);
            if (continuesParagraph || sameParagraph || followsParagraph) {
              speaker = prev.speaker;
              method = 'continued';
            }
          }
        }
        const isFragment = hasAtMostWords(text, FRAGMENT_MAX_WORDS);
        // 8. Scare quotes and short partial quotes belong to the sentence's subject: "He renewed an offer on “reciprocal” measures".
        if (!speaker && isFragment && firstM && firstM.start < q.open && firstM.start - s.start < 40) {
          const after = toks.find((t) => t.start >= firstM.end);
          if (after && (/(?:ed|es)$/.test(after.lower) || SPEECH_VERBS.has(after.lower))) {
            speaker = resolve(firstM, pending);
            method = firstM.kind === 'pronoun' ? 'pronoun' : firstM.kind === 'role' ? 'role' : firstM.kind === 'description' ? 'anonymous' : 'explicit';
          }
        }
        if (!speaker) method = 'none';
        if (speaker?.kind === 'description' && method !== 'continued' && method !== 'pronoun') method = 'anonymous';
        const endSentence = ctx.sentences[p.index]?.find((x) => x.start <= Math.max(attrEnd, q.close) - 1 && Math.max(attrEnd, q.close) - 1 < x.end) ?? s;
        out.push({
          text: cleanQuoteText(text),
          start: q.contentStart,
          end: q.contentEnd,
          sentence: { start: s.start, end: Math.max(s.end, endSentence.end) },
          speaker,
          method,
          isFragment,
          isClosed: q.isClosed,
          paragraph: p.index,
        });
        if (speaker) pending.push({ pos: q.open, paragraph: p.index, entity: speaker });
        pending.sort((a, b) => a.pos - b.pos);
        // A sentence whose speaker is named before the quotation, outside the marks, is about them: "X said she had “doubts”".
        if (speaker && !subject && attribution && attribution.mention.start >= s.start && attribution.mention.end <= q.open && !insideQuote(attribution.mention.start)) {
          subject = subjectOf(attribution.mention, speaker, true, s, p.index);
        }
        // So is one that opens with a quotation; a continued one goes on about the subject before it.
        if (speaker && !subject && q === sQuotes[0] && /^\s*$/.test(body.slice(s.start, q.open))) {
          subject = method === 'continued' && prevSubject && isSameEntity(prevSubject.entity, speaker)
            ? { ...prevSubject, sentence: s, paragraph: p.index }
            : { entity: speaker, pronoun: attribution?.mention.kind === 'pronoun' ? attribution.mention.gender : null, speaks: true, sentence: s, paragraph: p.index };
        }
      }
      if (s === sentences[sentences.length - 1] && /:\s*$/.test(body.slice(s.start, s.end))) {
        const found = speechBefore(s.end, s, toks, sMentions);
        const e = found ? resolve(found.mention, pending, true) : null;
        colonSpeaker = e ? { entity: e, paragraph: p.index } : null;
      }
      prevSubject = subject;
      history.push(...pending);
    }
  }
  return out;
}

/** Dotted titles that come before a name ("Sen. Ana Ruiz"), so their period ends no clause. */
const TITLE_BEFORE_NAME = /\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|Maj|Supt|Insp|Det|Prof|Rev|Fr|Atty|Amb)$/;

/** The end of an attribution clause: the sentence end or the next quotation mark. */
function nextStop(body: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = body[i] as string;
    if (c === '“' || c === '"' || c === '”' || c === ';' || c === '!' || c === '?') return i;
    if (c === '.' && !/\b(?:Mr|Ms|Mrs|Dr|St|[A-Z])$/.test(body.slice(Math.max(from, i - 3), i)) &&
      !(TITLE_BEFORE_NAME.test(body.slice(Math.max(from, i - 5), i)) && /^\.\s\p{Lu}/u.test(body.slice(i, i + 3)))) return i;
  }
  return limit;
}

/** First index whose key is >= pos in an array sorted by that key. */
function lowerBound<T>(arr: T[], pos: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid] as T) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The subject a sentence is about, as written by mention m. */
function subjectOf(m: Mention, entity: Entity, speaks: boolean, sentence: Span, paragraph: number): SentenceSubject {
  return { entity, pronoun: m.kind === 'pronoun' ? m.gender : null, speaks, sentence, paragraph };
}

/** A sentence-opening clause that a pronoun in it may point past: "Asked whether she …, ", "When he arrived, ". */
const FRONTED_CLAUSE = /^(?:Asked|When|After|Before|While|Although|Though|Once|Since)\b[^.;:!?“”"‘’,]{0,120},\s+/;

/** Verbs that report what the subject said, so that a quotation after the sentence gives their words. */
const REPORTING_VERBS = new Set(['told', 'said', 'says', 'added', 'warned', 'insisted', 'argued', 'stressed', 'explained', 'acknowledged', 'conceded', 'admitted']);

/** Verbs that show a subject reacting to a question, with the answer quoted right after ("She shrugged. “…”"). */
const REACTION_VERBS = new Set([
  'shrugged', 'smiled', 'grinned', 'laughed', 'chuckled', 'nodded', 'paused', 'sighed', 'winced', 'frowned', 'bristled', 'hesitated',
]);

/** Prepositions after which an -ing speech verb is a gerund ("for adding", "by saying"), not someone speaking. */
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'without', 'from', 'of', 'about', 'on', 'in', 'upon', 'since']);

const GENDERED_COMPOUNDS = '(?:spokes|chair|business|congress|council|police|fire|assembly|alder|sales|committee|ombuds|country|fresh)?';
const FEMALE_HEAD = new RegExp(`^(?:${GENDERED_COMPOUNDS}wom[ae]n|mother|sister|daughter|wife|widow|grandmother|girl|niece|aunt)$`, 'i');
const MALE_HEAD = new RegExp(`^(?:${GENDERED_COMPOUNDS}m[ae]n|father|brother|son|husband|widower|grandfather|boy|nephew|uncle)$`, 'i');

/**
 * The gender a description's head noun gives ("a FreshWay spokeswoman", "the chairman"), or null.
 *
 * @example
 * descriptionGender('a company spokeswoman') // 'f'
 */
export function descriptionGender(text: string): 'm' | 'f' | null {
  const head = text.trim().split(/\s+/).pop() ?? '';
  if (FEMALE_HEAD.test(head)) return 'f';
  if (MALE_HEAD.test(head)) return 'm';
  return null;
}

/** One person, or one description written alike ("the ministry" and "The ministry"). */
function isSameEntity(a: Entity, b: Entity): boolean {
  if (a.kind === 'person' || b.kind === 'person') return a.kind === 'person' && b.kind === 'person' && a.person.id === b.person.id;
  return a.text.toLowerCase() === b.text.toLowerCase();
}

/** "the diplomat" after "a senior EU diplomat": one source named twice, not two candidates. */
function isSameDescription(a: string, b: string): boolean {
  if (!a.startsWith('d:') || !b.startsWith('d:')) return false;
  const ha = a.split(/\s+/).pop();
  return ha !== undefined && ha === b.split(/\s+/).pop();
}

/**
 * The words of a title that tell posts apart, lower case, possessives and acronyms resolved, cut
 * before "of"/"at" ("Chancellor of the Exchequer" → chancellor; "the CFO" → chief financial officer).
 *
 * @example
 * roleWords("Lufthansa's chief human resources officer") // ['lufthansa', 'chief', 'human', 'resources', 'officer']
 */
export function roleWords(role: string): string[] {
  const main = role.toLowerCase().replace(/['’]s\b/g, '').replace(/\./g, '').replace(/-/g, ' ')
    .split(/\s+(?:of|at|for|in|to|with|who|from)\s+|,/)[0] ?? '';
  return main.split(/\s+/).filter((w) => w && !/^(?:the|an?|his|her|its|their|our)$/.test(w))
    .flatMap((w) => ROLE_ACRONYMS[w]?.split(' ') ?? [expandTitleAbbreviation(w)]);
}

/** Role nouns that news copy uses for a title with another head: "the judge" for Justice Ana Ruiz. */
const HEAD_SYNONYMS: Record<string, string> = { judge: 'justice' };

/** Words of a role noun that a title need not repeat: "the Russian minister" is the Minister X. */
const OPTIONAL_ROLE_WORDS = new Set(['top', 'senior', 'chief', 'country', 'bank', 'company', 'club', 'new']);

/**
 * Whether a role noun ("the deputy governor") names the post a person was given ("Deputy Governor"):
 * same head noun, every other word of the noun in the title, and no rank qualifier on one side only.
 *
 * @example
 * sameRole(roleWords('the governor'), roleWords('Deputy Governor')) // false
 */
export function sameRole(noun: string[], title: string[]): boolean {
  const head = noun[noun.length - 1];
  const titleHead = title[title.length - 1];
  if (head === undefined || titleHead === undefined || (titleHead !== head && HEAD_SYNONYMS[head] !== titleHead)) return false;
  const have = new Set(title);
  for (const w of noun.slice(0, -1)) if (!have.has(w) && !(w in NATIONALITIES) && !OPTIONAL_ROLE_WORDS.has(w)) return false;
  const want = new Set(noun);
  for (const w of title) if (RANK_QUALIFIERS.has(w) && !want.has(w)) return false;
  return true;
}
