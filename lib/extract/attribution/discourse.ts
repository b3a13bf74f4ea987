import { genderEvidence } from '../genders';
import type { Mention } from '../mentions';
import type { PeopleIndex } from '../people';
import type { Person } from '../types';
import { epithetRole } from './epithet-role';
import { headlinePerson } from './headline-person';
import { loneNameSubjectBefore } from './lone-subject';
import { commaTitledHolder } from './comma-title';
import { newcomer } from './newcomer';
import { carriedSubject, resolvePronoun, subjectOfSentenceBefore } from './pronoun-antecedents';
import { ofSameNation, roleHolders } from './role-holders';
import { roleWords } from './roles';
import { isSameEntity, type Entity, type PersonEntity, type RawQuote, type SalienceEvent, type SentenceSubject } from './types';
import type { ArticleView } from './view';

/**
 * What the reader knows at a point of the article: who was made salient and in what order (for "he",
 * "the minister" and continued quotations), the subject of the sentence before, the genders the article
 * has shown, and the quotations attributed so far. The attribution loop advances it sentence by
 * sentence; passes only read it.
 */
export class Discourse {
  /** Salience events of finished sentences, oldest first. */
  readonly history: SalienceEvent[] = [];
  readonly quotes: RawQuote[] = [];
  /** The subject of the sentence read before the current one. */
  prevSubject: SentenceSubject | null = null;
  /** Role nouns that name again the person they were first used for ("the chairman" after Gen. Dempsey): see epithet-role.ts. */
  readonly epithetRoles = new Map<string, Person>();
  /** "Chiara Martinelli, director of …, said:" closing a paragraph: the speaker of the quotation opening the next one. */
  colonSpeaker: { entity: Entity; paragraph: number } | null = null;
  private readonly genders: Map<string, 'm' | 'f'>;

  constructor(readonly view: ArticleView, readonly people: PeopleIndex) {
    const { body, tokens, mentions } = view.doc;
    this.genders = genderEvidence(body, tokens, mentions, (m) => this.personOf(m), (pos) => view.insideQuote(pos));
  }

  /** The known person a name mention stands for, or null. */
  personOf(m: Mention): Person | null {
    return this.people.resolve(this.view.doc.articleId, m);
  }

  /** Gender as the article shows it (Mr, Ms, "X said she"); never guessed from a first name. */
  genderOf(p: Person): 'm' | 'f' | null {
    return this.genders.get(p.id) ?? null;
  }

  /** The person as a pronoun has shown them to be, remembered for the rest of the article. */
  withGender(e: PersonEntity, gender: 'm' | 'f'): Entity {
    this.genders.set(e.person.id, gender);
    return { ...e, gender };
  }

  /** Whether this person has been given a quotation so far. */
  hasSpoken(p: Person | null): boolean {
    return p !== null && this.quotes.some((o) => o.speaker?.kind === 'person' && o.speaker.person.id === p.id);
  }

  /**
   * Who a mention stands for: a person, a description as written, the person a role noun names, or a
   * pronoun's antecedent. `pending` holds the salience events of the sentence being read.
   */
  resolve(m: Mention, pending: SalienceEvent[], asSpeaker = false): Entity | null {
    const paragraph = this.view.paragraphOf(m.start);
    if (m.kind === 'person') {
      const p = this.personOf(m) ?? this.salientNamesake(m, paragraph);
      if (!p) return null;
      if (m.gender) this.genders.set(p.id, m.gender);
      return { kind: 'person', person: p, gender: m.gender ?? this.genderOf(p) };
    }
    if (m.kind === 'description') return { kind: 'description', text: m.text, isPlural: m.isPlural, isOrg: m.isOrg === true };
    if (m.kind === 'role') return this.roleTarget(m, m.start, paragraph);
    const recentInSentence = pending.some((e) => e.pos < m.start);
    // "He was critical of referee X …” / “…,” he said": a pronoun that goes on from a sentence whose
    // subject was the same pronoun means the same person, whoever that sentence named as an object.
    const carried = recentInSentence ? null : carriedSubject(this, m, paragraph);
    if (carried) return carried;
    const e = resolvePronoun(this, m, pending, paragraph, asSpeaker) ?? (recentInSentence ? null : subjectOfSentenceBefore(this, m, paragraph, asSpeaker) ?? newcomer(this, m, paragraph));
    // "Nabeel wonders why … . He asks:": the "he" is the one-word name just before, and no one else.
    const lone = !recentInSentence ? loneNameSubjectBefore(this.view, m) : null;
    const word = lone?.name[0] as string;
    if (lone && (e === null || (e.kind === 'person' && !e.person.name.split(/\s+/).includes(word)))) {
      // The people index holds a one-word name when "he" or "she" takes it up: then it is who "he" means.
      const p = this.personOf(lone);
      return p && p.name === word ? { kind: 'person', person: p, gender: m.gender ?? this.genderOf(p) } : null;
    }
    // "Kjærgaard expects …, which he said …": once "he" is found to mean someone, so is their gender.
    return e?.kind === 'person' && e.gender === null && m.gender ? this.withGender(e, m.gender) : e;
  }

  /**
   * A lone surname two people of the story share ("Gordon Brown … with his wife Sarah Brown. “…,” Brown
   * said."): the one the sentence before was about, as its subject, in this paragraph or the one before.
   * Nobody when that subject bears another name: the reader could not tell either.
   */
  private salientNamesake(m: Mention, paragraph: number): Person | null {
    const prev = this.prevSubject;
    if (m.name.length !== 1 || !prev || prev.entity.kind !== 'person' || prev.pronoun !== null || paragraph - prev.paragraph > 1) return null;
    const surname = (m.name[0] as string).toLowerCase();
    const words = prev.entity.person.name.toLowerCase().split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/.test(w));
    if (words.length < 2 || words[words.length - 1] !== surname) return null;
    // "Ana Ruiz and her brother Tom Ruiz spoke": both namesakes are the subject, so neither is more salient.
    const text = this.view.body.slice(prev.sentence.start, prev.sentence.end).toLowerCase();
    const i = text.indexOf(surname);
    const coordinated = i >= 0 && /^[^.;:]{0,30}\band\b/.test(text.slice(i + surname.length)) && text.indexOf(surname, i + surname.length) >= 0;
    return coordinated ? null : prev.entity.person;
  }

  /** The person an earlier title names ("the minister" → Minister X), a description when none, null when two could be meant. */
  roleTarget(m: Mention, pos: number, paragraph: number): Entity | null {
    const { mentions } = this.view.doc;
    const noun = roleWords(m.role ?? '');
    // "the defense secretary" for the Acting Defense Secretary, when nobody holds the post outright.
    const { exact, temporary } = roleHolders(this, mentions, noun, pos);
    const list = ofSameNation(noun, exact.length > 0 ? exact : temporary);
    const personEntity = (p: Person): Entity => ({ kind: 'person', person: p, gender: this.genderOf(p) });
    if (list.length === 1) return personEntity((list[0] as { person: Person }).person);
    if (list.length > 1) {
      list.sort((a, b) => b.pos - a.pos);
      const recent = list[0] as { person: Person; paragraph: number };
      if (paragraph - recent.paragraph <= 1) return personEntity(recent.person);
      // "the general said" once Gen. A has been quoted and Gen. B, named in a photo caption, never was: the one the story quotes.
      const quoted = list.filter((c) => this.hasSpoken(c.person));
      return quoted.length === 1 ? personEntity((quoted[0] as { person: Person }).person) : null;
    }
    const lead = commaTitledHolder(this.view, (x) => this.personOf(x), m, pos) ?? headlinePerson(this.view, (x) => this.personOf(x), m) ?? epithetRole(this, m, paragraph);
    if (lead) return personEntity(lead);
    return { kind: 'description', text: m.text, isPlural: m.isPlural, isOrg: m.isOrg === true };
  }

  /**
   * Whether [a, b) names a possible speaker other than `speaker` outside quotation marks: then a
   * quotation after it may be theirs. Places and bodies after "at"/"in" ("at Folkets Hus", "at the
   * ministry") and a bare owner ("Labour's campaign") name no one; a pronoun is taken to go on about
   * the same speaker.
   */
  namesSomeoneElse(a: number, b: number, speaker: Entity, paragraph: number, locatives: ReadonlySet<string>): boolean {
    for (const m of this.view.mentionsIn(a, b)) {
      if (this.view.insideQuote(m.start) || m.kind === 'pronoun') continue;
      const lead = this.view.tokensIn(m.start - 16, m.start);
      const before = lead.at(-1)?.lower === 'the' ? lead.at(-2) : lead.at(-1);
      const afterLocative = before !== undefined && locatives.has(before.lower);
      if (afterLocative && (m.kind === 'person' ? !m.role && !m.gender : m.isOrg === true)) continue;
      // "told the committee", "before the board": a body spoken to is an audience, not another speaker.
      if (m.isOrg === true && (before?.lower === 'told' || before?.lower === 'before' || before?.lower === 'to')) continue;
      // "told Al Jazeera", "told Bloomberg Television": an outlet the speaker talks to, unless it has spoken in the article.
      if (before?.lower === 'told' && m.kind === 'person' && !m.role && !m.gender && !this.hasSpoken(this.personOf(m))) continue;
      if (m.kind === 'person') {
        const p = this.personOf(m);
        if (!p && m.name.length < 2 && m.isPossessive && !m.role && !m.gender) continue;
        if (!p || speaker.kind !== 'person' || p.id !== speaker.person.id) return true;
        continue;
      }
      if (m.isObject) continue;
      const e = m.kind === 'role' ? this.roleTarget(m, m.start, paragraph) : { kind: 'description' as const, text: m.text, isPlural: m.isPlural };
      if (!e || !isSameEntity(e, speaker)) return true;
    }
    return false;
  }
}
