import { COUNTRIES as COUNTRY_LIST, NATIONALITIES } from './lexicon';
import { CLAUSE_END, datelineCity, findPlace, isBuildingName, isInBuilding, isInTheTown, sequenceStops } from './meeting-places';
import { inferAnchor, resolveWhen, WHEN_RE } from './dates';
import type { AnalyzedArticle } from './analyze';
import type { MeetingKind, Span } from './types';

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const COUNTRIES = COUNTRY_LIST;

/** A meeting before ids and cross-article fields. */
export interface RawMeeting {
  what: string;
  type: MeetingKind;
  place: string | null;
  when: string | null;
  date: string | null;
  participants: string[];
  order: number | null;
  start: number;
  end: number;
  sentence: Span;
}

const TRIGGER_RE =
  /\b((?:video|tele)[- ]?conference(?:\s+(?:meeting|call))?|video (?:hook|link)-?up|(?:phone|telephone|video|[Zz]oom) call|(?:telephone|phone) conversation|spoke by (?:tele)?phone|sat down (?:again )?with(?! (?:reporters|journalists|a reporter|an interviewer)\b)|(?:return(?:ed|s|ing)?|back) to the (?:bargaining |negotiating )?table|(?:closed[- ]door|informal|private) consultations|[Tt]alks|[Mm]eetings?|[A-Z][\w-]*\s+(?:Council|Conference|Summit|Forum|Committee)|(?:press|news) (?:conference|briefing)|conference|summit|forum|negotiations|discussions|round[- ]?table|round(?:\s+of\s+talks)?|sessions?|briefing|[Ss]entencing(?: hearing)?|hearings?|oral arguments|(?:investor|capital markets|analyst) day|(?:pledging|donor|fundraising|virtual|online) event|trial(?= (?:is|was) (?:scheduled|set|due|expected) to (?:begin|start|open|resume)| (?:begins|began|opens|opened|starts|started|resumes|resumed)\b)|(?:annual|general|shareholders?[’']?) meeting|vote|reconvene[sd]?|met|meets|meet)\b/g;
const TOWN_COUNCIL_RE = /^(\p{Lu}[\p{L}-]+)\s+(?:City|Town|County|Borough|Parish|Municipal|District)\s+Council$/u;
/** A governing body as the subject of "meet", or before "meeting": "the board will meet", "the council's meeting". */
const BODY_BEFORE = /\b(?:board|council|committee|cabinet|commission|panel|directors|trustees|governors|shareholders)(?:[’']s?)?\s+(?:(?:will|would|is to|are to|is due to|are due to|plans to|plan to|is expected to|are expected to)\s+)?(?:next\s+|regular\s+|special\s+)?$/i;
const START_CUE = /\b(begins?|began|starts?|started|opens?|first)\b/i;
const NEXT_CUE = /\b(followed by|finally|then|will follow|the next day|the following day|after the|afterwards|later)\b/i;
/** "held a strike vote", "will hold talks": a meeting that took place, or will, by the verb. */
const HELD_BEFORE = /\b(?:held|hold|holds|holding|convened?|convenes|chaired|chairs?|called|scheduled|attended|attends?)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
/** "behind closed doors", "a closed-door briefing": a meeting by its privacy. */
const CLOSED_DOOR = /\bclosed[- ]door\b/i;
/** "a conference centre", "the conference hall": a venue, not a meeting. */
const VENUE_AFTER = /^\s+(?:centre|center|hall|room|venue|facility|suite)\b/i;
/** Idioms of negotiators meeting: "sat down with", "return to the table". */
const TALKS_IDIOM = /^(?:sat|return|returned|returns|returning|back)\b/;
const FUTURE_CUE = /\b(will|would|next|begins?|opens|follows|due to|to be held|is to|are to|shall|upcoming|agreed to|expected|scheduled|plans?)\b/i;

function typeOf(trigger: string): MeetingKind {
  const t = trigger.toLowerCase();
  if (/^(?:video|tele)/.test(t)) return 'video-conference';
  if (t.endsWith('call') || t.endsWith('conversation') || t.endsWith('phone')) return t.startsWith('zoom') ? 'video-conference' : 'call';
  if (t.endsWith('council')) return 'council';
  if (t.endsWith('conference') || t.endsWith('summit')) return 'conference';
  if (t.endsWith('forum')) return 'forum';
  if (/meetings?$|^sessions?$|briefing$|hearings?$|round[- ]?table$|^reconvene|sentencing$|arguments$| day$|^vote$|committee$| event$|^trial$/.test(t)) return 'meeting';
  return 'talks';
}

function titleCase(word: string): string {
  return word.split('-').map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(' ');
}

/** A private copy of WHEN_RE to scan with: matchAll would clone the expression on every call. */
const WHEN_SCAN = new RegExp(WHEN_RE.source, WHEN_RE.flags);

/** The first "when" phrase of the text, as `[...text.matchAll(WHEN_RE)][0]?.[0]`. */
function firstWhen(text: string): string | undefined {
  WHEN_SCAN.lastIndex = 0;
  return WHEN_SCAN.exec(text)?.[0];
}

/** The last "when" phrase of the text, as `[...text.matchAll(WHEN_RE)].pop()?.[0]`. */
function lastWhen(text: string): string | undefined {
  WHEN_SCAN.lastIndex = 0;
  let last: string | undefined;
  let m: RegExpExecArray | null;
  while ((m = WHEN_SCAN.exec(text))) {
    last = m[0];
    if (m[0] === '') WHEN_SCAN.lastIndex++;
  }
  return last;
}

/**
 * The country a lower-case word names as a nationality, for every word `word in NATIONALITIES` holds
 * for (inherited keys included, as the `in` test this replaces did), minus the institutions.
 */
const NATION_OF = new Map<string, unknown>(
  [...Object.keys(NATIONALITIES), ...Object.getOwnPropertyNames(Object.prototype)]
    .filter((k) => !['nato', 'eu', 'un', 'kremlin'].includes(k))
    .map((k) => [k, NATIONALITIES[k]]),
);

const LETTER_RE = /^\p{L}$/u;
/** \p{L} per BMP code unit, filled on first sight: 0 unknown, 1 letter, 2 not. */
const letterClass = new Uint8Array(0x10000);

/** Code units of the [\p{L}.] code point at i, or 0 when the character there separates words (as a /u regex reads it). */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = letterClass[c] as number;
  if (k === 0) {
    k = LETTER_RE.test(text[i] as string) ? 1 : 2;
    letterClass[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/** Countries named or implied (by a nationality) in the words of the text: runs of letters and dots. */
function countriesIn(text: string): string[] {
  const out = new Set<string>();
  let i = 0;
  while (i < text.length) {
    let w = wordCharWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < text.length && (w = wordCharWidth(text, i)) > 0);
    const lower = text.slice(start, i).toLowerCase();
    const nation = NATION_OF.get(lower);
    if (nation !== undefined) out.add(nation as string);
    else if (COUNTRIES.has(lower)) out.add(titleCase(lower));
  }
  return [...out];
}

/** A meeting while the article is read: how it is cued and, for a stated sequence, its place in it. */
type Pending = RawMeeting & { cue: 'start' | 'next' | null; after: number | null; future?: boolean; seq?: number };

const SEQ_CUE = /\b(?:first|then|finally)\b/i;

/**
 * "first to Geneva on Monday, then to Brussels on Wednesday and finally to Vienna on Friday": one
 * meeting per stop, in the stated order, built on the meeting the sentence names (which already took
 * one of the stops as its place). Meetings elsewhere with a stop's place take its order.
 */
function addSequence(sentence: string, s: Span, out: Pending[]): void {
  if (!SEQ_CUE.test(sentence)) return;
  const stops = sequenceStops(sentence);
  const base = out.find((m) => m.sentence.start === s.start);
  if (stops.length === 0 || !base) return;
  const baseIndex = out.indexOf(base);
  stops.forEach((stop, i) => {
    const same = out.find((m) => m.place === stop.place);
    if (same) {
      if (same === base || same.sentence.start === s.start) same.when = stop.when ?? same.when;
      same.seq = i + 1;
      return;
    }
    // Inserted around the sentence's own meeting (which took one stop) so that stops stay in stated order.
    out.splice(baseIndex + i, 0, {
      ...base, participants: [...base.participants], place: stop.place, when: stop.when, cue: null, after: null, seq: i + 1,
    });
  });
}

/**
 * The meeting already read that a new mention in the same place names again, if any: of the same kind
 * first, then of any kind unless the mention is a body's own meeting or (with "a"/"an" and a date of its
 * own, as "Cairo would also host an emergency summit on March 11") plainly another one. "The next round"
 * is always another.
 */
function sameMeeting(out: Pending[], before: string, type: MeetingKind, when: string | null, isBodyOwn: boolean, samePlace: (m: Pending) => boolean): Pending | undefined {
  if (/\bnext\s+$/i.test(before)) return undefined;
  const sameKind = out.find((m) => samePlace(m) && m.type === type);
  if (sameKind || isBodyOwn) return sameKind;
  const isOther = when !== null && /\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$/i.test(before);
  return out.find((m) => samePlace(m) && !(isOther && !m.when));
}

/** What the meeting at trigger i is called, where its clause ends, and the last trigger its name covers. */
function meetingName(sentence: string, triggers: RegExpMatchArray[], i: number): { what: string; segEnd: number; last: number } {
  const t = triggers[i] as RegExpMatchArray;
  const at = t.index ?? 0;
  const trig = t[0];
  let what = trig;
  let segEnd = (triggers[i + 1]?.index ?? sentence.length);
  const of = /^\s+(?:of|between)\s+(?:the\s+)?((?:[A-Z][\w-]*|and|for|in|of|on|the)(?:\s+(?:[A-Z][\w-]*|and|for|in|of|on|the))*(?:\s+\([A-Z]+\))?)/.exec(sentence.slice(at + trig.length));
  if (of && /^[A-Z]/.test(of[1] as string) && (of[1] as string).split(/\s+/).length >= 2) {
    what = (of[1] as string).replace(/\s+(?:and|for|in|of|on|the)$/, '');
    const nameEnd = at + trig.length + of[0].length;
    while (triggers[i + 1] && (triggers[i + 1]?.index ?? 0) < nameEnd) i++;
    segEnd = triggers[i + 1]?.index ?? sentence.length;
  } else {
    const adj = /((?:[A-Z][\w’'-]*\s+){1,3})$/.exec(sentence.slice(Math.max(0, at - 40), at));
    // "the Ashford Town Council": the words after the article name it.
    const named = (adj?.[1] ?? '').replace(/^(?:The|A|An)\s+/, '');
    if (named && !/^(?:In|After|Before|At|The|A)\s/.test(named)) what = `${named.trim()} ${trig}`.replace(/^(?:[A-Z][a-z]+day(?:[’']s)?|The|A|That|This|These|Those|Its|Their)\s+/, '');
    if (/^(?:met|meets)$/.test(trig)) what = 'talks';
    if (trig === 'meet' || /^reconvene/.test(trig)) what = 'meeting';
    if (TALKS_IDIOM.test(trig)) what = 'talks';
    if (/^(?:ministerial|bilateral|virtual)$/i.test(sentence.slice(Math.max(0, at - 12), at).trim().split(/\s+/).pop() ?? '')) {
      what = `${sentence.slice(Math.max(0, at - 12), at).trim().split(/\s+/).pop()} ${trig}`;
    }
  }
  return { what, segEnd, last: i };
}

/** Dates and order: a meeting cued "followed by", "after the Geneva talks", "the next day" comes after its predecessor. */
function orderMeetings(out: Pending[], anchor: ReturnType<typeof inferAnchor>): void {
  const pred = out.map((m, i) => (m.seq ? (m.seq > 1 ? i - 1 : null) : m.cue === 'next' ? (m.after ?? (i > 0 ? i - 1 : null)) : null));
  const hasSuccessor = new Set(pred.filter((x): x is number => x !== null));
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as Pending;
    const pi = pred[i];
    const prevDate = pi !== null && pi !== undefined ? (out[pi]?.date ?? null) : null;
    m.date = m.when ? resolveWhen(m.when, anchor, prevDate, Boolean(m.future)) : null;
    if (m.seq) {
      m.order = m.seq;
    } else if (pi !== null && pi !== undefined) {
      const prev = out[pi] as RawMeeting;
      if (prev.order === null) prev.order = 1;
      m.order = prev.order + 1;
    } else if (hasSuccessor.has(i)) {
      m.order = 1;
    }
  }
}

/**
 * Meetings in one article: talks, councils, conferences, calls and video conferences, with place,
 * when (and a date where the article anchors one), participants and the order the article states.
 *
 * @param personsIn canonical names of the people named inside a span of the body
 */
export function extractMeetings(a: AnalyzedArticle, personsIn: (start: number, end: number) => string[]): RawMeeting[] {
  const body = a.article.body;
  const anchor = inferAnchor(body, a.article.date);
  const dateline = datelineCity(body);
  const out: Pending[] = [];
  for (const p of a.paragraphs) {
    if (p.isJunk) continue;
    for (const s of a.sentences[p.index] ?? []) {
      const sentence = body.slice(s.start, s.end);
      // "a conference centre" names where a meeting is held, not a meeting.
      const triggers = [...sentence.matchAll(TRIGGER_RE)].filter((t) => !(/conference$/i.test(t[0]) && VENUE_AFTER.test(sentence.slice((t.index ?? 0) + t[0].length))));
      let prevEnd = 0;
      for (let i = 0; i < triggers.length; i++) {
        const t = triggers[i] as RegExpMatchArray;
        const at = t.index ?? 0;
        const trig = t[0];
        if (at < prevEnd) continue;
        // "a fourth-round tie": a stage of a competition, not a round of talks.
        if (trig === 'round' && sentence[at - 1] === '-') continue;
        // "the City Council’s health committee has scheduled a hearing": the body owns the meeting named next.
        if (/^[A-Z]/.test(trig) && /(?:Council|Committee|Forum)$/.test(trig) && /^[’']s\s/.test(sentence.slice(at + trig.length)) && triggers[i + 1]) continue;
        const prevSeg = sentence.slice(i > 0 ? (triggers[i - 1]?.index ?? 0) + (triggers[i - 1]?.[0].length ?? 0) : 0, at);
        // "a meeting in Brussels on Wednesday of the Russian NATO Council": the council names that meeting.
        const last = out[out.length - 1];
        if (/Council|Conference|Summit|Forum/.test(trig) && last && last.sentence.start === s.start && /^(?:\w+ )?meeting$/.test(last.what)) {
          last.what = trig.replace(/^(?:The|A|An)\s+/, '');
          const named = /((?:[A-Z][\w-]*\s+){1,3})$/.exec(sentence.slice(Math.max(0, at - 30), at));
          if (named) last.what = `${(named[1] as string).trim()} ${last.what}`.replace(/^(?:The|A|An)\s+/, '');
          last.type = 'council';
          prevEnd = at + trig.length;
          continue;
        }
        // "a meeting of the Organization for … (OSCE)": the name is what was held.
        const named = meetingName(sentence, triggers, i);
        const what = named.what;
        const segEnd = named.segEnd;
        i = named.last;
        prevEnd = at + trig.length;
        const seg = sentence.slice(at + trig.length, segEnd);
        const before = sentence.slice(prevEnd - trig.length - 60 < 0 ? 0 : at - 60, at);
        const type = typeOf(trig);
        // A call is held nowhere in particular: its place is "virtual", as a video conference's is.
        let place = type === 'video-conference' || type === 'call' ? 'virtual' : findPlace(seg, sentence.slice(0, at));
        // "told a press conference at the Bank's headquarters", "met at the Capitol": a building without a
        // town is in the dateline's city, when the article has a dateline.
        if (!place && dateline && (isInBuilding(seg) || isInTheTown(seg))) place = dateline;
        // "at Raj Bhavan": a named building, not a town, is in the dateline's city too.
        if (place && dateline && isBuildingName(place)) place = dateline;
        // "the Millbrook City Council": a town's council sits in the town.
        const townCouncil = !place && what.endsWith(' Council') ? TOWN_COUNCIL_RE.exec(what) : null;
        if (townCouncil) place = townCouncil[1] as string;
        const segWhen = firstWhen(seg.split(CLAUSE_END)[0] ?? '');
        const prevWhen = lastWhen(prevSeg);
        const when = (segWhen ?? prevWhen ?? null)?.replace(/^on\s+/i, '').trim() ?? null;
        const isNamed = /^[A-Z]/.test(what) && /(Council|Conference|Summit|Forum|Organization|Organisation)/.test(what);
        // "the talks": a meeting named before, unless the trigger is a verb ("The board will meet on Monday").
        const isVerb = /^(?:meet|meets|met|reconvene[sd]?)$/.test(trig) || TALKS_IDIOM.test(trig);
        const isDefiniteRef = /\bthe\s+(?:[\w-]+\s+){0,2}$/i.test(before) && !place && !isNamed && !isVerb;
        if (isDefiniteRef) continue;
        // "the Nov. 3 session" after "return to the table in Toronto on Nov. 3": the meeting of that date again.
        const sameDay = !place && when !== null && /\d/.test(when) && /\bthe\s+[\w.]+\s+\d{1,2}(?:[’']s)?\s+$/.test(before) ? out.find((m) => m.when === when) : undefined;
        if (sameDay) continue;
        const isDated = when !== null && /\d/.test(when) && /^(?:meeting|session|hearing|summit|vote|trial|sentencing)$/i.test(trig);
        // "The club's board will meet on Monday evening": a body's own meeting, dated, needs no place.
        const isBodyMeeting = !place && when !== null && (trig === 'meet' || trig === 'meets' || trig === 'meeting') && BODY_BEFORE.test(before);
        // "would meet again on Thursday", "held closed-door consultations on Wednesday", "held a strike vote in
        // September": a meeting by its verb or its privacy, dated, needs no place.
        const isCued = !place && when !== null && (
          (/^(?:meet|meets|met)$/.test(trig) && /^\s+again\b/.test(seg)) || /^reconvene/.test(trig) || CLOSED_DOOR.test(before.slice(-25) + trig) || HELD_BEFORE.test(before));
        if (!place && !isNamed && !isDated && !isBodyMeeting && !isCued && !((type === 'call' || type === 'video-conference') && when)) continue;
        // "voted 5-4", "a vote on the budget": a vote is a meeting only when the article says where, or that it was held.
        if (/^vote$/i.test(trig) && !place && !isCued) continue;
        if (when && /^in (?:two|three|\d+) years?/i.test(when) && !place) continue;
        // "then", "later", "followed by" order this meeting only when they come before its noun or date it
        // ("the next day"): "chaired a meeting in Lisbon and later flew to Porto" is no sequence.
        const cue = NEXT_CUE.test(sentence.slice(0, at)) || (when !== null && /next day|following day/.test(when)) ? 'next'
          : START_CUE.test(sentence.slice(0, at + trig.length)) ? 'start' : null;
        const afterPlace = /\b[Aa]fter the\s+([A-Z][a-z]+)\s+(?:talks|meeting)/.exec(sentence);
        const afterIdx = afterPlace ? out.findIndex((m) => m.place === afterPlace[1]) : -1;
        const participants = [...new Set([...personsIn(s.start, s.end), ...countriesIn(triggers.length > 1 ? seg : sentence)])];
        // The same place names the same meeting again ("the Geneva talks"), unless a new one ("a hearing") is
        // dated differently ("Tuesday", "Oct. 28").
        const isNew = TALKS_IDIOM.test(trig) || !/\bthe\s+(?:[\w’'-]+\s+){0,2}$/i.test(before);
        // "A review board will meet": the body's own meeting, not the news conference held there.
        const isBodyOwn = isNew && /^(?:meet|meets|meeting)$/.test(trig) && BODY_BEFORE.test(before);
        const samePlace = (m: Pending) => m.place === place && !(isNew && m.when && when && m.when !== when);
        const existing = place && place !== 'virtual' ? sameMeeting(out, before, type, when, isBodyOwn, samePlace) : undefined;
        if (existing) {
          if (!existing.when && when) existing.when = when;
          for (const x of participants) if (!existing.participants.includes(x)) existing.participants.push(x);
          continue;
        }
        out.push({
          what: what.replace(/\s+/g, ' '),
          type: /Council/.test(what) ? 'council' : isBodyMeeting || isBodyOwn ? 'meeting' : type,
          place,
          when,
          date: null,
          participants,
          order: null,
          start: s.start,
          end: s.end,
          sentence: { start: s.start, end: s.end },
          cue,
          after: afterIdx >= 0 ? afterIdx : null,
          // "had met on Tuesday and would meet again": "met" is past whatever else the sentence says.
          ...(FUTURE_CUE.test(sentence) && trig !== 'met' ? { future: true } : {}),
        } as Pending);
      }
      addSequence(sentence, s, out);
    }
  }
  orderMeetings(out, anchor);
  return out.map((m) => ({
    what: m.what, type: m.type, place: m.place, when: m.when, date: m.date, participants: m.participants,
    order: m.order, start: m.start, end: m.end, sentence: m.sentence,
  }));
}
