import { NON_NAME_LEXICON } from '../../lexicons/non-names';
import { TITLE_HEADS, TITLE_WORDS } from '../../lexicons/titles';
import type { Mention } from '../../mentions';
import { speechBefore } from '../clause';
import { describedWriter } from '../../set-off-lead-in';
import type { SpeakerLabel } from '../../turn-labels';
import type { Discourse } from '../discourse';
import { isReferredTo, peopleOfLabel, speakerOfPair } from '../pair-label';
import type { ContextPass } from '../pass';
import { isSameEntity, type Entity } from '../types';
import type { Person } from '../../types';
import { titleCase } from '@/lib/text/title-case';

/** Courtesy titles and posts that may open a label before the surname: "MR. PRICE", "DEPUTY SECRETARY SHERMAN". */
const HONORIFIC = /^(?:MR|MS|MRS|MISS|DR|PROF|SIR|DAME|LORD|LADY)\.?$/i;
/** Head nouns of a label that describes rather than names: "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR". */
const DESCRIPTIVE_HEADS = /^(?:OFFICIALS?|MODERATOR|OPERATOR|PARTICIPANTS?|STAFF|SPOKES(?:MAN|WOMAN|PERSON)|INTERPRETER|NARRATOR|ANNOUNCER|REPORTER|AUDIENCE|QUESTION|INTERVIEWER|PRESENTER|HOST|ANCHOR|CORRESPONDENT)$/i;
/** A question from the floor: who asks is not named. */
const QUESTION_LABELS = new Set(['Q', 'QUESTION']);
/** The answer of a Q/A interview: who answers is who the headline names, or nobody ("A" is no one's name). */
const ANSWER_LABELS = new Set(['A', 'ANSWER']);

/**
 * A transcript turn: its speaker is the label ("MR. PRICE: …" → the Price the article names, "AM: …" →
 * the one person whose initials are A. M., "SENIOR ADMINISTRATION OFFICIAL: …" → a description as
 * written, "Q …" → a reporter). A label that cannot be told ("A:") leaves the turn without a speaker.
 */
export const speakerLabel: ContextPass = {
  name: 'speaker-label',
  kind: 'context',
  readsTurns: true,
  find({ q, discourse }) {
    // Handles, roundup lines and lead-ins naming no person are the lead-in pass's: a handle is no name.
    if (!q.label || q.label.isHandle || q.label.isLeadIn || q.label.isRoundupLine || q.label.isRoundupEntry) return null;
    // The next paragraph of the same turn: the speaker found for its first paragraph.
    const prev = discourse.quotes[discourse.quotes.length - 1];
    const pair = q.label.isIntro ? peopleOfLabel(discourse, q.label) : [];
    if (prev?.label === q.label) {
      // Under an introduction naming two, a paragraph that speaks of its speaker by name or title is the other's, or a new voice.
      const self = pair.length > 1 ? pair.find((x) => prev.speaker !== null && isSameEntity(x.entity, prev.speaker)) : undefined;
      if (!prev.speaker || (self && isReferredTo(discourse, self, q.contentStart, q.contentEnd))) return null;
      return { entity: prev.speaker, method: 'label', mention: prev.speakerMention };
    }
    const found = q.label.isInterviewer ? { entity: reporterInStory(discourse), mention: null }
      : pair.length > 1 ? speakerOfPair(discourse, pair, q.contentStart, q.contentEnd)
        : q.label.isIntro ? introSpeaker(discourse, q.label) : labelSpeaker(discourse, q.label);
    return found?.entity ? { entity: found.entity, method: 'label', mention: found.mention } : null;
  },
};

interface Found {
  entity: Entity | null;
  mention: Mention | null;
}

function labelSpeaker(d: Discourse, label: SpeakerLabel): Found {
  // A label written as in running text ("Andrew Marr", "Spokesperson Matthew Miller") holds a name mention.
  const named = d.view.mentionsIn(label.start, label.end, true).find((m) => m.kind === 'person' && m.name.length >= 2);
  const p = named ? d.personOf(named) : null;
  if (p) return { entity: { kind: 'person', person: p, gender: d.genderOf(p) }, mention: named ?? null };
  const entity = capsLabelSpeaker(d, label);
  // A label holding the full name, a caption glued around it, is still the sentence that names the speaker.
  const holdsName = entity?.kind === 'person' && /\p{Ll}/u.test(label.text) && holdsWholeName(label.text, entity.person.name);
  return { entity, mention: holdsName && entity.kind === 'person' ? nameMention(label, entity.person.name.split(' ')) : null };
}

/**
 * The speaker a paragraph hands over to: the subject of its speech verb ("Defence Secretary Gavin
 * Williamson said:", "He added:"), or the name it gives ("attributable to Spokesperson Matthew Miller:").
 */
function introSpeaker(d: Discourse, label: SpeakerLabel): Found {
  const { view } = d;
  const s = view.sentenceAt(label.end - 1);
  if (s) {
    const toks = view.tokensIn(s.start, label.end + 1);
    const mentions = view.mentionsIn(s.start, label.end + 1).filter((m) => !m.isObject && !m.isPossessive);
    const cue = speechBefore(view, label.end + 1, s, toks, mentions);
    const entity = cue ? d.resolve(cue.mention, []) : null;
    if (cue && entity) return { entity, mention: cue.mention.kind === 'person' ? cue.mention : null };
  }
  const found = labelSpeaker(d, label);
  if (found.entity || !label.subjectEnd) return found;
  // "One Weibo user wrote on his microblog:": nobody named, one writer described, kept as the article describes them.
  const text = describedWriter(d.view.body.slice(label.start, label.subjectEnd));
  return { entity: text ? { kind: 'description', text, isPlural: false } : null, mention: null };
}

function capsLabelSpeaker(d: Discourse, label: SpeakerLabel): Entity | null {
  const words = label.text.split(' ').filter(Boolean);
  if (QUESTION_LABELS.has(label.text.toUpperCase())) return interviewer(d) ?? { kind: 'description', text: 'a reporter', isPlural: false };
  if (ANSWER_LABELS.has(label.text.toUpperCase())) return answerer(d);
  if (isOutletLabel(d, label.text)) return interviewer(d) ?? reporterInStory(d) ?? reporterNamed(d);
  if (DESCRIPTIVE_HEADS.test(words[words.length - 1] as string)) {
    const text = words.map((w) => w.toLowerCase()).join(' ');
    return { kind: 'description', text: /^(?:the|a|an)\s/.test(text) ? text : `${/^[aeiou]/.test(text) ? 'an' : 'a'} ${text}`, isPlural: false };
  }
  if (words[0]?.toUpperCase() === 'THE' && words.length > 1) return titledPerson(d, words.slice(1));
  const named = words.filter((w) => !HONORIFIC.test(w)).map(titleCase);
  if (named.length === 0 || (label.isIntro && !label.skipsHeader)) return null;
  if (words.length === 1 && /^\p{Lu}{2,3}$/u.test(label.text)) {
    const byInitials = personWithInitials(d, label.text);
    if (byInitials) return byInitials;
  }
  // "President Bush" (the Public Papers' label): the title before the name is no part of it.
  const nameAt = named.findIndex((w) => !isTitleWord(w));
  const full = named.length >= 2 && words.every((w) => !/^\p{Lu}{2,}$/u.test(w)) ? named.slice(Math.max(nameAt, 0)) : null;
  const p = d.personOf(nameMention(label, full ?? [named[named.length - 1] as string])) ?? personNamedIn(d, label);
  if (p) return { kind: 'person', person: p, gender: d.genderOf(p) };
  const written = words.map(titleCase).join(' ');
  return { kind: 'description', text: written, isPlural: false };
}

/**
 * "THE PRESIDENT:", "THE PRIME MINISTER:": the one person the transcript's title or text names with that title
 * ("Remarks by President Biden …" → Joe Biden), or nobody. The label is a title, never a name of its own, and
 * "The President" kept as the speaker would be nobody a student could be asked about.
 */
function titledPerson(d: Discourse, titleWords: string[]): Entity | null {
  const lower = titleWords.map((w) => w.toLowerCase());
  if (!lower.every((w) => TITLE_HEADS.words.has(w) || TITLE_WORDS.words.has(w))) return null;
  const title = lower.map((w) => titleCase(w)).join(' ');
  const after = new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`, 'gu');
  // "Remarks by President Biden …": the headline says who holds the title, even one the body never names;
  // in the body, a turn that speaks of "President Putin" is someone else's ("I told President Putin …").
  const inHeadline = [...(d.view.doc.title ?? '').matchAll(after)];
  const inBody = inHeadline.length > 0 ? [] : [...d.view.body.matchAll(after)].filter((m) => !d.view.insideQuote(m.index));
  const found = new Map<string, Entity>();
  for (const m of [...inHeadline, ...inBody]) {
    const words = (m[1] as string).split(/\s+/);
    // "President Biden During the …": the capitalised word after a name is the title's, not the name's.
    const p = d.personOf(nameMention({ start: 0, end: 0 }, words)) ?? d.personOf(nameMention({ start: 0, end: 0 }, words.slice(0, 1)));
    if (p) found.set(p.id, { kind: 'person', person: p, gender: d.genderOf(p) });
  }
  return found.size === 1 ? ([...found.values()][0] as Entity) : null;
}

/**
 * The interviewer an interview's headline names: "Secretary Blinken With Yalda Hakim of Impact …",
 * "Interview with Andrew Marr on BBC One". A capitalised name of two or three words after "with",
 * followed by "of", "on" or "from" (the outlet), is who asks.
 */
const INTERVIEWER_IN_TITLE = /\b(?:[Ww]ith|[Ii]nterview(?:ed)? by)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:of|on|from)\s+\p{Lu}/u;

/** The person who asks the questions of an interview, as its headline names them, or null. */
function interviewer(d: Discourse): Entity | null {
  const name = INTERVIEWER_IN_TITLE.exec(d.view.doc.title ?? '')?.[1];
  if (!name) return null;
  const words = name.split(/\s+/);
  // "With Prime Minister Kishida of Japan": a title names the guest of a press conference, not an interviewer.
  if (words.some((w) => TITLE_HEADS.words.has(w.toLowerCase()) || TITLE_WORDS.words.has(w.toLowerCase()))) return null;
  const p = d.personOf(nameMention({ start: 0, end: 0 }, words));
  return p ? { kind: 'person', person: p, gender: d.genderOf(p) } : { kind: 'description', text: name, isPlural: false };
}

/** Outlets by the short names a broadcast interview's label uses: "BBC", "CNN". */
const OUTLETS = new Set(NON_NAME_LEXICON.entries.filter((e) => e.source === 'news-outlets').map((e) => e.word));

/**
 * "VOA: “Thank you, Madame Secretary …”": a label that is an outlet's short name, on the news-outlets lexicon or written
 * in an interview's headline ("Transcript of VOA Burmese Service's Interview with …"). The outlet asks; it is nobody.
 */
function isOutletLabel(d: Discourse, label: string): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(label)) return false;
  const title = d.view.doc.title ?? '';
  return OUTLETS.has(label.toLowerCase()) || (/\binterview/i.test(title) && new RegExp(`\\b${label}\\b`).test(title));
}

/** The one person an interview's headline names in full ("Q&A: Ana Ruiz on the budget"), who answers its "A:" turns; else nobody. */
function answerer(d: Discourse): Entity | null {
  const title = d.view.doc.title ?? '';
  const found = new Map<string, Entity>();
  for (const m of d.view.doc.mentions) {
    if (m.kind !== 'person' || m.name.length < 2) continue;
    const p = d.personOf(m);
    if (p && title.includes(p.name)) found.set(p.id, { kind: 'person', person: p, gender: d.genderOf(p) });
  }
  return found.size === 1 ? ([...found.values()][0] as Entity) : null;
}

/** "Laura Hale interviews …", "LauraHale interviewed …": the story names the reporter who asks. */
const REPORTER_INTERVIEWS = /(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}) interview(?:s|ed)\b/u;

/**
 * Who asks in a Wikinews interview ("((WN)) Which event?"): the person the story says interviews, or no
 * one. The label names the outlet, not a speaker, so it is never taken for one.
 */
function reporterInStory(d: Discourse): Entity | null {
  const { body } = d.view;
  const m = REPORTER_INTERVIEWS.exec(body);
  if (!m) return null;
  const named = d.view.mentionsIn(m.index, m.index + (m[1] as string).length, true).find((x) => x.kind === 'person' && x.name.length >= 2);
  const p = named ? d.personOf(named) : null;
  return p ? { kind: 'person', person: p, gender: d.genderOf(p) } : null;
}

/**
 * Who asks for an outlet when the people index holds no one by the name the story gives ("Burmese Service Correspondent
 * Kyaw Kyaw Thein interviewed …", read there with the post glued on): that name as written, else a reporter.
 */
function reporterNamed(d: Discourse): Entity {
  const name = REPORTER_INTERVIEWS.exec(d.view.body)?.[1];
  return { kind: 'description', text: name ?? 'a reporter', isPlural: false };
}

const isTitleWord = (w: string) => TITLE_HEADS.words.has(w.toLowerCase()) || TITLE_WORDS.words.has(w.toLowerCase());

/** A name mention for the people index, as if the label were written in running text. */
function nameMention(label: { start: number; end: number }, name: string[]): Mention {
  return {
    kind: 'person', start: label.start, end: label.end, nameStart: label.start, nameEnd: label.end, name, role: null,
    text: name.join(' '), gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
  };
}

/**
 * The one person the article names in full whose name the label holds, whatever is glued around it: kremlin.ru's
 * copied pages repeat a guest's caption inside the label ("Prime Minister of Hungary Viktor Orban Orban ViktorPrime
 * Minister of Hungary (retranslated):"), which as written is nobody's name.
 */
function personNamedIn(d: Discourse, label: SpeakerLabel): Person | null {
  const found = new Map<string, Person>();
  for (const m of d.view.doc.mentions) {
    if (m.kind !== 'person' || m.name.length < 2 || (m.start >= label.start && m.end <= label.end)) continue;
    const p = holdsWholeName(label.text, m.name.join(' ')) ? d.personOf(m) : null;
    if (p) found.set(p.id, p);
  }
  return found.size === 1 ? ([...found.values()][0] as Person) : null;
}

/** Whether text holds name as whole words ("… Viktor Orban Orban ViktorPrime …" holds "Viktor Orban"). */
function holdsWholeName(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + name.length] ?? '');
}

/** The one person of the article whose first and last names start with the label's letters ("AM" → Andrew Marr). */
function personWithInitials(d: Discourse, initials: string): Entity | null {
  const found = new Map<string, Entity>();
  for (const m of d.view.doc.mentions) {
    if (m.kind !== 'person' || m.name.length < 2) continue;
    const letters = `${m.name[0]?.[0] ?? ''}${m.name[m.name.length - 1]?.[0] ?? ''}`.toUpperCase();
    const p = letters === initials ? d.personOf(m) : null;
    if (p) found.set(p.id, { kind: 'person', person: p, gender: d.genderOf(p) });
  }
  return found.size === 1 ? ([...found.values()][0] as Entity) : null;
}
