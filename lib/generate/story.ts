/**
 * Who belongs to which story. A wrong answer is plausible when it comes from the same article, or
 * from another report of the same story; an official from an unrelated story (the WHO chief offered
 * for an EU climate quote) is a giveaway.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { isPersonLike } from './people';
import { isRealPlace } from './places';
import { citedText, normalise } from './text';
import { memoByObject } from './memo';
import { officeKind } from './office-kinds';

/** A run of capitalised words, with the particles names carry ("Maria Van Kerkhove", "Jean-Yves Le Drian"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|le|la|bin|al))*/gu;

interface StoryIndex {
  /** Person ids the article's text names anywhere. */
  named: Map<string, Set<string>>;
  /** Person ids the article's facts stand on: speakers, claimants, participants, and people named in cited sentences (not bylines or photo credits). */
  actors: Map<string, Set<string>>;
  /** Person ids named in articles of the same story (sharing a quoted or titled person, or a meeting place). */
  story: Map<string, Set<string>>;
}

/** Whether a run of capitalised words contains the person's surname, or is one of their aliases, as written. */
function namesExactly(p: Person, run: string): boolean {
  // The name's last written word, whole: "Jae-in" is one word, and its "in" opens every third sentence ("In Malaysia …").
  const last = p.name.trim().split(/\s+/).pop() ?? '';
  const surname = normalise(last);
  // "UN" is an acronym, not Kim Jong Un's "Un" (he was offered for Kofi Annan's words on Kenya, round 15).
  // A transcript's "RODRIGUEZ:" still names its speaker: only a two-letter word in capitals reads as an acronym.
  const isAcronym = (w: string) => /^\p{Lu}{2}$/u.test(w) && !/^\p{Lu}{2}$/u.test(last);
  const hit = !!surname && run.split(/\s+/).some((w) => ` ${normalise(w)} `.includes(` ${surname} `) && !isAcronym(w));
  return hit || p.aliases.some((a) => normalise(a) === normalise(run));
}

/**
 * One-word short forms that are not a surname (a name's last word) and that more than one person carries:
 * "Kim" for Kim Jong Il and Kim Jong Un. Per form, how many person-like people carry it.
 */
const sharedShortForms = memoByObject(function sharedShortForms(ctx: GenerateContext): Map<string, number> {
  const carriers = new Map<string, Set<string>>();
  for (const p of ctx.people.byId.values()) {
    if (!isPersonLike(p)) continue;
    for (const a of [p.name.trim().split(/\s+/)[0] ?? '', ...p.aliases]) {
      if (/\s/.test(a.trim()) || !a) continue;
      const key = normalise(a);
      carriers.set(key, (carriers.get(key) ?? new Set()).add(p.id));
    }
  }
  const surnames = new Set([...ctx.people.byId.values()].map((p) => normalise(p.name.trim().split(/\s+/).pop() ?? '')));
  return new Map([...carriers].filter(([k]) => !surnames.has(k)).map(([k, ids]) => [k, ids.size]));
});

function namesIn(ctx: GenerateContext, text: string, cache: Map<string, Set<string>>): Set<string> {
  let hit = cache.get(text);
  if (!hit) {
    hit = new Set();
    for (const found of text.matchAll(NAME_RUN)) {
      const run = found[0];
      // "members of Congress on the Hill", "the Bush administration": a lone capitalised word after "the" names
      // a place or a thing, not the person who shares it as a surname (a briefing's "he" was glossed
      // "[Marc Lamont Hill]" from another article's professor).
      if (!/\s/.test(run) && /\bthe\s+$/i.test(text.slice(Math.max(0, found.index - 5), found.index))) continue;
      // "Johnson & Johnson": a firm named after its founders, not the Johnson of another report.
      if (/^\s*&/.test(text.slice(found.index + run.length, found.index + run.length + 3)) || /&\s*$/.test(text.slice(Math.max(0, found.index - 3), found.index))) continue;
      // "Kim" alone, a family name Kim Jong Il and Kim Jong Un share: it names neither (Kim Jong Il was offered
      // for Moon Jae-in's words of 2019, round 15's full review).
      if (!/\s/.test(run) && (sharedShortForms(ctx).get(normalise(run)) ?? 0) > 1) continue;
      const id = ctx.people.resolve(run);
      const p = id ? ctx.people.byId.get(id) : undefined;
      // resolve() forgives a one-letter slip ("Blinker"); here that would read "March" as "Marsh".
      if (p && isPersonLike(p) && namesExactly(p, run)) hit.add(p.id);
    }
    cache.set(text, hit);
  }
  return hit;
}

function buildIndex(ctx: GenerateContext): StoryIndex {
  // Copies of one text (a big library repeats stories) are read once.
  const textCache = new Map<string, Set<string>>();
  const named = new Map<string, Set<string>>();
  const actors = new Map<string, Set<string>>();
  const places = new Map<string, Set<string>>();
  for (const a of ctx.articles.values()) {
    // A transcript names its guests in full only in its headline ("Remarks by President Biden, President Yoon
    // Suk Yeol …, and Prime Minister Kishida Fumio …"): they were in the room (blind-29).
    const inTitle = namesIn(ctx, a.title, textCache);
    const inBody = namesIn(ctx, a.body, textCache);
    named.set(a.id, inTitle.size > 0 ? new Set([...inBody, ...inTitle]) : inBody);
    actors.set(a.id, new Set());
    places.set(a.id, new Set());
  }
  const addActor = (articleId: string, name: string | null) => {
    const id = name ? ctx.people.resolve(name) : null;
    const p = id ? ctx.people.byId.get(id) : undefined;
    if (p && isPersonLike(p)) actors.get(articleId)?.add(p.id);
  };
  for (const f of [...ctx.quotes, ...ctx.meetings, ...ctx.figures]) {
    const article = ctx.articles.get(f.articleId);
    const mine = actors.get(f.articleId);
    if (!article || !mine) continue;
    for (const id of namesIn(ctx, citedText(article, f.sentence), textCache)) mine.add(id);
    if (f.kind === 'quote') {
      if (f.speakerId) addActor(f.articleId, ctx.people.byId.get(f.speakerId)?.name ?? null);
      else addActor(f.articleId, f.speaker);
    } else if (f.kind === 'figure') addActor(f.articleId, f.claimant);
    else {
      for (const p of f.participants) addActor(f.articleId, p);
      if (isRealPlace(f.place)) places.get(f.articleId)?.add(normalise(f.place));
    }
  }
  // Only people a report is about (quoted or titled) link stories: a shared reporter does not.
  const quoted = new Set(ctx.quotes.map((q) => q.speakerId).filter((id): id is string => !!id));
  const linking = (id: string) => quoted.has(id) || !!ctx.people.byId.get(id)?.role;
  // A head of state or government is named in many unrelated stories: they link reports of one year, or of
  // two years from one outlet (the Kremlin's readouts of Putin's talks, whose aides recur). Over two years and
  // across outlets Obama linked his 2016 Hanoi press conference to a 2015 Pentagon briefing on ISIL, and his
  // 2011 Deauville talks to a 2012 Afghan war report: Ash Carter, Martin Dempsey and US generals were offered
  // for his words beside Vietnam's and Russia's presidents (gen12's dev sheets).
  const isHead = (id: string) => {
    const p = ctx.people.byId.get(id);
    return !!p && officeKind(p) === 'head-of-government';
  };
  const linkers = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  for (const a of ctx.articles.values()) {
    // A person links reports at most two years apart: Joe Biden in a 2009 report (then vice president) and
    // in the 2022 Ukraine story made Hillary Clinton a distractor for Blinken (blind-22). Each report keys
    // its year and the next two, so two reports share a key when they are within two years.
    const year = a.date?.slice(0, 4) ?? '';
    const years = /^\d{4}$/.test(year) ? [0, 1, 2].map((k) => String(Number(year) + k)) : [''];
    // "President of Russia (kremlin.ru, reposted on a forum)" is the outlet "President of Russia".
    const outlet = normalise((a.outlet ?? '').replace(/\(.*$/, ''));
    const headKeys = (id: string) => [`p:${id}|${year}`, ...(outlet ? years.map((y) => `p:${id}|${y}|${outlet}`) : [])];
    const keys = [...(named.get(a.id) ?? [])].filter(linking).flatMap((id) => (isHead(id) ? headKeys(id) : years.map((y) => `p:${id}|${y}`)));
    // A meeting place links reports of one year only (or two undated ones): Vienna hosts Iran's nuclear
    // talks in 2021 and an OSCE meeting on Ukraine in 2022, two stories whose people are no distractors for each other.
    keys.push(...[...(places.get(a.id) ?? [])].map((pl) => `l:${pl}|${a.date?.slice(0, 4) ?? ''}`));
    linkers.set(a.id, keys);
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(a.id);
      else byKey.set(k, [a.id]);
    }
  }
  // Articles with the same links have the same story: computed once per distinct set of links.
  const storyByLinks = new Map<string, Set<string>>();
  const story = new Map<string, Set<string>>();
  for (const a of ctx.articles.values()) {
    const keys = linkers.get(a.id) ?? [];
    const sig = [...keys].sort().join('\u0000');
    let people = storyByLinks.get(sig);
    if (!people) {
      people = new Set();
      const seen = new Set<string>();
      for (const k of keys) {
        for (const other of byKey.get(k) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          for (const id of named.get(other) ?? []) people.add(id);
        }
      }
      storyByLinks.set(sig, people);
    }
    story.set(a.id, people);
  }
  return { named, actors, story };
}

const storyIndex = memoByObject(buildIndex);

const EMPTY: ReadonlySet<string> = new Set();

/**
 * People the article names anywhere in its text (person-like names only).
 *
 * @example
 * namedIn(ctx, 'climate-eu').has('lars-aagaard'); // → true
 */
export function namedIn(ctx: GenerateContext, articleId: string): ReadonlySet<string> {
  return storyIndex(ctx).named.get(articleId) ?? EMPTY;
}

/**
 * People the article's facts are about: speakers, claimants, participants, people named in cited sentences.
 *
 * @example
 * actorsOf(ctx, 'central-bank').has('alan-taylor'); // → true ("external member Alan Taylor" in a figure's sentence)
 */
export function actorsOf(ctx: GenerateContext, articleId: string): ReadonlySet<string> {
  return storyIndex(ctx).actors.get(articleId) ?? EMPTY;
}

/**
 * People named in any article of the same story as this one (the article itself included).
 *
 * @example
 * storyPeopleOf(ctx, '003_7dd9c39fcf2f66b9').has('jens-stoltenberg'); // → true
 */
export function storyPeopleOf(ctx: GenerateContext, articleId: string): ReadonlySet<string> {
  return storyIndex(ctx).story.get(articleId) ?? EMPTY;
}

/** The people an article quotes. */
export function speakersOf(ctx: GenerateContext, articleId: string): Set<string> {
  return speakersByArticle(ctx).get(articleId) ?? new Set();
}

const speakersByArticle = memoByObject(function speakersByArticle(ctx: GenerateContext): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const q of ctx.quotes) if (q.speakerId) map.set(q.articleId, (map.get(q.articleId) ?? new Set()).add(q.speakerId));
  return map;
});
