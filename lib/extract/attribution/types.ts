import type { Mention } from '../mentions';
import type { SpeakerLabel } from '../turn-labels';
import type { AttributionMethod, Person, Span } from '../types';

/** Who a mention stands for once resolved: a canonical person or a description kept as written. */
export type Entity =
  | { kind: 'person'; person: Person; gender: 'm' | 'f' | null }
  | { kind: 'description'; text: string; isPlural: boolean; isOrg?: boolean };

export type PersonEntity = Extract<Entity, { kind: 'person' }>;

/** A quotation with its speaker, before ids and cross-article fields are added. */
export interface RawQuote {
  text: string;
  start: number;
  end: number;
  sentence: Span;
  speaker: Entity | null;
  method: AttributionMethod;
  /** The attribution pass that decided the speaker ('none' when none did). */
  pass: string;
  /** Where the speaker is named: the mention that named them, when one did. */
  speakerMention: Mention | null;
  /** The sentence that names the speaker (see Quote.speakerSpan). */
  speakerSpan: Span | null;
  isFragment: boolean;
  isClosed: boolean;
  paragraph: number;
  /** The transcript label of a turn, shared by its paragraphs. */
  label?: SpeakerLabel;
}

/** A cue in the text that names who speaks: the mention, how it was read and where the cue ends. */
export interface Attribution {
  mention: Mention;
  method: AttributionMethod;
  end: number;
}

/** Someone the article has just made salient, for pronouns and continued quotations. */
export interface SalienceEvent {
  pos: number;
  paragraph: number;
  entity: Entity;
  /** The mention that named them, when it was a name. */
  mention: Mention | null;
  /** They spoke here: the subject of a speech verb, a source after "according to", a quotation's speaker. */
  speaks?: boolean;
}

/**
 * Orders salience events by position, in place, as a stable sort would. A sentence's events mostly come in
 * order already, and Array#sort copies the list and calls the comparator even then (once per sentence and quotation).
 *
 * @example
 * const events = [{ pos: 9 }, { pos: 3 }] as SalienceEvent[];
 * sortByPosition(events); // events[0].pos === 3
 */
export function sortByPosition(events: SalienceEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    if ((events[i] as SalienceEvent).pos < (events[i - 1] as SalienceEvent).pos) {
      events.sort((a, b) => a.pos - b.pos);
      return;
    }
  }
}

/** Who a sentence is about: its subject, or the speaker of the quotation it opens with. */
export interface SentenceSubject {
  entity: Entity;
  /** The gender of the pronoun the subject was written as ("He was critical of …"), else null. */
  pronoun: 'm' | 'f' | null;
  /** The subject is also who speaks in the sentence ("X noted that …", "“…,” X said"). */
  speaks: boolean;
  sentence: Span;
  paragraph: number;
}

/** One person, or one description written alike ("the ministry" and "The ministry"). */
export function isSameEntity(a: Entity, b: Entity): boolean {
  if (a.kind === 'person' || b.kind === 'person') return a.kind === 'person' && b.kind === 'person' && a.person.id === b.person.id;
  return a.text.toLowerCase() === b.text.toLowerCase();
}

/** The method a cue's mention gives when the cue itself says nothing more particular. */
export function methodOfMention(m: Mention, fallback: AttributionMethod): AttributionMethod {
  return m.kind === 'pronoun' ? 'pronoun' : m.kind === 'role' ? 'role' : m.kind === 'description' ? 'anonymous' : fallback;
}
