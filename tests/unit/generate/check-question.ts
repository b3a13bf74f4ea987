/**
 * The bank invariants, as one function the property tests run over every question of a bank:
 * a teacher would reject a question that breaks any of these.
 */
import type { ArticleInput, LibraryFacts } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';
import { buildPeopleIndex } from '@/lib/generate/people';
import { stripDateline } from '@/lib/generate/dateline';
import { cleanShownText } from '@/lib/generate/clean';
import { shownCitation } from '@/lib/generate/shown-citation';
import { citedText, containsWords, normalise } from '@/lib/generate/text';

/**
 * Whether the quoted words appear in the source in order. A quotation split by an embedded
 * attribution ("…fails, warned Jens Stoltenberg. If Russia…") is not one contiguous string.
 */
const escapeForRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function containsInOrder(source: string, quoted: string): boolean {
  // An apostrophe the generator restored ("wont" → "won’t") is no change of words.
  const joinApostrophes = (t: string) => normalise(t.replace(/(\p{L})['’](\p{L})/gu, '$1$2'));
  const src = joinApostrophes(source).split(' ');
  let i = 0;
  for (const w of joinApostrophes(quoted).split(' ').filter(Boolean)) {
    while (i < src.length && src[i] !== w) i++;
    if (i === src.length) return false;
    i++;
  }
  return true;
}

/**
 * Whether a prompt gives away a numeric answer: its digits standing alone ("4.5" for "$4.5bn"), but
 * not a longer number that begins or ends the same ("4.25%" beside a blanked "4%"). Written apart from
 * lib/generate's own check, so that the two can catch each other.
 */
function givesAwayNumber(prompt: string, answer: string): boolean {
  const digits = /\d(?:[\d,.\u00a0\u202f ]*\d)?/.exec(answer)?.[0];
  if (!digits) return containsWords(prompt, answer);
  const plain = digits.replace(/[,\u00a0\u202f ]/g, '');
  const numbers = prompt.match(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d(?:[\d,.]*\d)?/g) ?? [];
  return numbers.some((n) => n.replace(/[, \u00a0\u202f]/g, '') === plain);
}

export function makeChecker(facts: LibraryFacts, articles: ArticleInput[]) {
  const people = buildPeopleIndex(facts.people);
  const byId = new Map(articles.map((a) => [a.id, a]));

  /** Returns the list of broken rules for a question (empty when it is sound). */
  return function problems(q: Question): string[] {
    const out: string[] = [];
    const fail = (why: string) => out.push(`${q.kind} ${q.id}: ${why} — ${q.prompt.slice(0, 80)}`);
    const texts = q.sources.map((s) => {
      const a = byId.get(s.article);
      if (!a) {
        fail(`cites unknown article ${s.article}`);
        return '';
      }
      if (!(s.start >= 0 && s.start < s.end && s.end <= a.body.length)) fail(`bad offsets ${s.start}..${s.end}`);
      return citedText(a, s);
    });
    if (q.sources.length === 0) fail('no source');
    // The explanation shows each cited passage as the student reads it: the article's words, with only the
    // certain repairs of shownCitation (a lost apostrophe, a quotation closed before its reporter's clause).
    q.sources.forEach((s, i) => {
      const t = texts[i];
      const a = byId.get(s.article);
      if (t && a && !q.explanation.includes(shownCitation(t, a.body))) fail('explanation does not quote its source');
    });
    if (q.choices.length > 0) {
      if (q.choices.filter((c) => c === q.answer).length !== 1) fail('not exactly one correct choice');
      if (q.choices.length < 2) fail('fewer than two choices');
      if (q.choices.some((c) => /\b(all|none) of the above\b/i.test(c))) fail('all/none of the above');
      for (let i = 0; i < q.choices.length; i++) {
        for (let j = i + 1; j < q.choices.length; j++) {
          const a = q.choices[i] as string;
          const b = q.choices[j] as string;
          if (normalise(a) === normalise(b)) fail(`duplicate choices ${a} / ${b}`);
          if (q.choiceType === 'person' && people.samePerson(a, b)) fail(`same person twice: ${a} / ${b}`);
        }
      }
    }
    const isFigure = q.kind === 'figure-choice' || q.kind === 'figure-numeric' || (q.kind === 'cloze' && /^\D{0,4}\d/.test(q.answer));
    const givenAway = isFigure ? givesAwayNumber(q.prompt, q.answer) : containsWords(q.prompt, q.answer);
    if (q.kind !== 'order' && givenAway) fail(`answer "${q.answer}" is in the prompt`);
    const joined = texts.join(' ');
    const answerId = q.choiceType === 'person' ? people.resolve(q.answer) : null;
    // The citation shows who said it: the speaker is named in the cited text, not only in the explanation's lead.
    const speakerId = q.kind === 'who-said' ? answerId : q.kind === 'what-said' ? q.tags.find((t) => t.startsWith('person:'))?.slice(7) ?? null : null;
    if ((q.kind === 'who-said' || q.kind === 'what-said') && (!speakerId || !people.isMentionedIn(speakerId, joined))) fail('citation does not name the speaker');
    switch (q.kind) {
      case 'who-said': {
        if (answerId && people.isMentionedIn(answerId, q.prompt)) fail('prompt names the speaker');
        // An editor's capital in brackets ("[T]here is …" for "But there is …") is the source's own word.
        // An editor's gloss after a pronoun ("he [Vladimir Putin]") is not the speaker's: it names the person the report names before.
        const glossed = /“(.*)”/.exec(q.prompt)?.[1]?.replace(/…$/, '').replace(/^\[(\p{L})\]/u, '$1') ?? '';
        // Or in a pronoun's place before a contraction ("[Vladimir Putin]’s made" for "he’s made").
        const gloss = /(?<=\b(?:he|she|him|her|his)) \[([^\]]+?)(?:’s)?\]/iu.exec(glossed) ?? /\[([^\]]+?)\](?=['’](?:s|d|ll)\b)/u.exec(glossed);
        if (gloss && !(byId.get(q.sources[0]?.article ?? '')?.body ?? '').includes((gloss[1] ?? '').split(' ').pop() ?? '')) fail(`gloss names no one the report names: ${gloss[1]}`);
        const quoted = gloss ? glossed.replace(new RegExp(`${escapeForRegExp(gloss[0])}(?:['’](?:s|d|ll)\\b)?`), '') : glossed;
        if (!quoted || !containsInOrder(joined, quoted)) fail('source lacks the quoted words');
        break;
      }
      case 'what-said':
        if (!containsInOrder(joined, q.answer.replace(/…$/, ''))) fail('source lacks the quoted words');
        break;
      case 'when': {
        // A bare weekday the report dates elsewhere (its publication date, a day of the same week): the
        // cited text holds the weekday, the explanation says how it is dated.
        const weekday = q.answer.split(',')[0] ?? q.answer;
        const dated = q.explanation.includes(`its ${weekday} is`) && containsWords(joined, weekday);
        if (!containsWords(joined, q.answer) && !dated) fail(`source lacks "${q.answer}"`);
        break;
      }
      case 'where':
      case 'figure-choice':
      case 'figure-numeric':
        if (!containsWords(joined, q.answer)) fail(`source lacks "${q.answer}"`);
        break;
      case 'cloze':
        // The back shows the cited sentence; a leading dateline ("BRUSSELS (Reuters) —") is left off.
        if (!q.back || !texts.map((t) => cleanShownText(stripDateline(t))).includes(q.back)) fail('back is not the cited sentence');
        if (!containsWords(joined, q.answer)) fail(`source lacks "${q.answer}"`);
        if (!q.prompt.includes('_____')) fail('no blank');
        break;
      case 'order':
        for (const part of q.answer.split(' → ')) if (!containsWords(joined, part.replace(/^the /, '').split(' in ').pop() ?? part)) fail(`source lacks "${part}"`);
        break;
      case 'source-check': {
        if (new Set(q.sources.map((s) => s.article)).size < 2) fail('source check cites fewer than two reports');
        // The asked report's words hold the answer: the speaker it names, the word it quotes, the figure it gives.
        const id = q.choiceType === 'person' ? people.resolve(q.answer) : null;
        const words = new Set(normalise(joined).split(' '));
        const holds = id ? people.isMentionedIn(id, joined) : normalise(q.answer.replace(/…$/, '')).split(' ').every((w) => words.has(w));
        if (!holds) fail(`no cited report holds "${q.answer}"`);
        break;
      }
    }
    if (q.kind === 'figure-numeric') {
      if (!q.numeric) fail('numeric question without value/tolerance');
      else if (q.numeric.tolerance > 0 && !/within/.test(q.prompt)) fail('tolerance not stated');
    }
    if (!(q.difficulty >= 0 && q.difficulty <= 1)) fail('difficulty out of range');
    if (!q.tags.includes(`kind:${q.kind}`) || !q.tags.some((t) => t.startsWith('article:'))) fail('missing tags');
    return out;
  };
}
