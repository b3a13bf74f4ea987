import { genderEvidence } from '../genders';
import { isOtherGiven } from '../given-name-gender';
import type { Mention } from '../mentions';
import { isEnglishWord } from '../pos';
import type { PeopleIndex } from '../people';
import { isRoleHead } from '../name-words';
import type { Person, Span } from '../types';
import { epithetRole } from './epithet-role';
import { headlinePerson } from './headline-person';
import { loneNameSubjectBefore } from './lone-subject';
import { commaTitledHolder } from './comma-title';
import { descriptionGender, isSameDescription, roleWords, sameRole } from './roles';
import { isSameEntity, type Entity, type PersonEntity, type RawQuote, type SalienceEvent, type SentenceSubject } from './types';
import { lowerBound } from '../sorted';
import { NATIONALITIES } from '../lexicon';
import { TEMPORARY_QUALIFIER_LEXICON } from '../lexicons/titles';
import type { ArticleView } from './view';

/** Words before capitals that make them a thing or a place, not a person: "in the", "Women's 100m". */
/** A name all of whose words are common English words ("Mobility Wing", "Compartment Syndrome"). */
const isCommonWords = (y: Mention) => y.name.every((w) => isEnglishWord(w.toLowerCase()));
const NOT_A_PERSON_BEFORE = /(?:\b(?:in|at|on|of|from|the|a|an|for|to)|\d\S*|[’']s)\s+$/i;
/** An article before a capitalised name, with at most one capitalised word between: "the Acton Jobcentre Plus" is a place or a body. */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/iu;
/** How many paragraphs back a pronoun may reach for its antecedent. */
const PRONOUN_WINDOW = 3;

/** "Carter and Le Drian reaffirmed …": a name joined to the subject by "and" or "with" shares it. */
const JOINED_TO_SUBJECT = /^,?\s+(?:and|with|together with|alongside)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const TEMPORARY_QUALIFIERS = TEMPORARY_QUALIFIER_LEXICON.words;
const TEMPORARY_RE = new RegExp(`\\b(?:${[...TEMPORARY_QUALIFIERS].join('|')})\\b`, 'i');
/** A person given a title, at their latest mention before a role noun. */
interface RoleHolder { person: Person; pos: number; paragraph: number; title: string[] }
/** How far back (characters) a role noun looks for the person given that title. */
const ROLE_LOOKBACK = 20_000;

/**
 * Whether a title holds the role a noun names: "the secretary" for a Defense Secretary, and "the press
 * secretary" for a job title that the service goes on after ("Pentagon Press Secretary Navy Rear Adm.
 * John Kirby"), though not for a compound title ("Secretary General": its last word heads a title too).
 */
function holdsRole(noun: string[], written: string[], isTemporaryHolder = false): boolean {
  const title = isTemporaryHolder ? written.filter((w) => noun.includes(w) || !TEMPORARY_QUALIFIERS.has(w)) : written;
  if (sameRole(noun, title)) return true;
  const head = title.lastIndexOf(noun[noun.length - 1] ?? '');
  return head >= 0 && head < title.length - 1 && !title.slice(head + 1).some((w) => isRoleHead(w)) && sameRole(noun, title.slice(0, head + 1));
}

/**
 * "The Iraqi president" where the story titled both "President Bush" and "Iraqi President Jalal Talabani": the
 * holders whose title names the noun's nation, when any does; else all of them.
 */
function ofSameNation(noun: string[], holders: RoleHolder[]): RoleHolder[] {
  const nations = noun.filter((w) => w in NATIONALITIES);
  if (holders.length < 2 || nations.length === 0) return holders;
  const same = holders.filter((h) => nations.every((w) => h.title.includes(w)));
  return same.length > 0 ? same : holders;
}

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
    const carried = recentInSentence ? null : this.carriedSubject(m, paragraph);
    if (carried) return carried;
    const e = this.resolvePronoun(m, pending, paragraph, asSpeaker) ?? (recentInSentence ? null : this.subjectOfSentenceBefore(m, paragraph, asSpeaker) ?? this.newcomer(m, paragraph));
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
    const { exact, temporary } = this.roleHolders(mentions, noun, pos);
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
   * The people named before `pos` with a title that holds the role noun, each at their latest mention; apart,
   * those whose title holds it only once "acting" or "interim" is set aside.
   */
  private roleHolders(mentions: Mention[], noun: string[], pos: number): { exact: RoleHolder[]; temporary: RoleHolder[] } {
    const exact = new Map<string, RoleHolder>();
    const temporary = new Map<string, RoleHolder>();
    if (noun.length === 0) return { exact: [], temporary: [] };
    for (let xi = lowerBound(mentions, pos - ROLE_LOOKBACK, (x) => x.start); xi < mentions.length; xi++) {
      const x = mentions[xi] as Mention;
      if (x.start >= pos) break;
      if (x.kind !== 'person' || !x.role) continue;
      const written = roleWords(x.role);
      const into = holdsRole(noun, written) ? exact : TEMPORARY_RE.test(x.role) && holdsRole(noun, written, true) ? temporary : null;
      const p = into ? this.personOf(x) : null;
      if (into && p) into.set(p.id, { person: p, pos: x.start, paragraph: this.view.paragraphOf(x.start), title: written });
    }
    return { exact: [...exact.values()], temporary: [...temporary.values()] };
  }

  /** The subject of the sentence right before, when it is the same pronoun as m and sits in m's paragraph or the one before. */
  private carriedSubject(m: Mention, paragraph: number): Entity | null {
    const prev = this.prevSubject;
    if (!prev || prev.pronoun === null || prev.pronoun !== m.gender || paragraph - prev.paragraph > 1) return null;
    return prev.entity;
  }

  /**
   * A fallback when the history leaves the pronoun open (two candidates whose gender cannot be told):
   * the subject of the sentence right before, when that sentence names nobody else who could be meant,
   * its subject's gender does not contradict the pronoun, and it either speaks ("X noted that …") or
   * sits in the pronoun's own paragraph ("X dismissed the concerns. “…,” he said."). A speaker quoted
   * before who was that sentence's subject is who speaks next even across a paragraph, against the
   * people it only named as objects and who never spoke ("Carter visited Minister A in Spain and
   * Minister B in Italy. / In both nations, he said, “…”"): the story is about its subject.
   */
  private subjectOfSentenceBefore(m: Mention, paragraph: number, asSpeaker = false): Entity | null {
    const prev = this.prevSubject;
    if (!prev || prev.pronoun !== null || paragraph - prev.paragraph > 1) return null;
    const e = prev.entity;
    const isQuotedSubject = asSpeaker && e.kind === 'person' && this.hasSpoken(e.person);
    if (!prev.speaks && prev.paragraph !== paragraph && !isQuotedSubject) return null;
    const g = e.kind === 'description' ? (e.isPlural || e.isOrg ? 'x' : descriptionGender(e.text)) : (e.gender ?? this.genderOf(e.person));
    if (g === 'x' || (g && m.gender && g !== m.gender)) return null;
    let subjectEnd: number | undefined;
    for (const x of this.view.mentionsIn(prev.sentence.start, m.start)) {
      if (x.kind !== 'person' || this.view.insideQuote(x.start) || x.isPossessive) continue;
      if (x.name.length < 2 && !x.role && !x.gender && (x.isObject || !this.personOf(x))) continue;
      const p = this.personOf(x);
      if (p && e.kind === 'person' && p.id === e.person.id) {
        subjectEnd ??= x.end;
        continue;
      }
      // Named only in the sentence's predicate, never a speaker or a subject: not who the story goes on about.
      const isJoined = subjectEnd !== undefined && JOINED_TO_SUBJECT.test(this.view.body.slice(subjectEnd, x.start));
      if (isQuotedSubject && x.end <= prev.sentence.end && p && subjectEnd !== undefined && !isJoined && !this.hasSpoken(p) && !this.wasSubject(p)) continue;
      const xg = x.gender ?? (p ? this.genderOf(p) : null);
      if (!xg || xg === m.gender) return null;
    }
    return e;
  }

  /**
   * A pronoun: the latest singular subject of the right gender, not too far back. Newest first: this
   * sentence's earlier events, then the history. A candidate of the right gender wins at once; one whose
   * gender cannot be told only when nobody else in the window could be meant, or, for the subject of a
   * speech verb ("…,” he said"), when it is who spoke last, in this paragraph or the one before, and
   * nobody else is named since: salience, not a guess. Organisations and groups are never "he" or "she".
   */
  private resolvePronoun(m: Mention, pending: SalienceEvent[], paragraph: number, asSpeaker: boolean): Entity | null {
    const history = this.history;
    const recent = pending.filter((e) => e.pos < m.start);
    let pick: { entity: Entity; key: string; pos: number; inSentence: boolean; speaks: boolean; paragraph: number } | null = null;
    for (let i = history.length + recent.length - 1; i >= 0; i--) {
      const inSentence = i >= history.length;
      // The only candidate of the pronoun's own sentence is its antecedent: "According to X, …, as he said".
      if (!inSentence && pick?.inSentence) return this.othersNamed(m, pick.pos, pick.key) ? null : pick.entity;
      const e = (inSentence ? recent[i - history.length] : history[i]) as SalienceEvent;
      if (paragraph - e.paragraph > PRONOUN_WINDOW) break;
      const c = this.candidateKey(e.entity, m.gender);
      if (c === null) continue;
      if (pick === null) {
        if (c.gender && c.gender === m.gender) return e.entity;
        pick = { entity: e.entity, key: c.key, pos: e.pos, inSentence, speaks: e.speaks === true, paragraph: e.paragraph };
      } else if (c.key !== pick.key && !isSameDescription(c.key, pick.key)) {
        const lastSpeaker = asSpeaker && pick.speaks && paragraph - pick.paragraph <= 1;
        // "Comedian Jon Stewart was the emcee. … “…,” he said": the one person this paragraph brings in,
        // against people of earlier paragraphs only, is who the paragraph is about.
        const ownParagraph = asSpeaker && pick.paragraph === paragraph && e.paragraph < paragraph && !pick.inSentence;
        return (lastSpeaker || ownParagraph) && !this.othersNamed(m, pick.pos, pick.key) ? pick.entity : null;
      }
    }
    return pick && !this.othersNamed(m, pick.pos, pick.key) ? pick.entity : null;
  }

  /**
   * A last resort for a pronoun that opens its sentence: the person the text has just brought in. The
   * sentence right before names someone for the first time ("… has been named as former Army Major
   * Bernie Broad. He served …"), or the latest sentence of this paragraph or the one before opens with a
   * full name ("Lynsey Kelly joined … . Düsseldorf 2023 marked Lynsey's first Games … . She said:"), and
   * no other sentence since opens with someone else. Never against a gender the article has shown.
   */
  private newcomer(m: Mention, paragraph: number): Entity | null {
    const { view } = this;
    const s = view.sentenceAt(m.start);
    if (!s || view.body.slice(s.start, m.start).trim() !== '') return null;
    // After a quotation in its paragraph ("“…,” he said"), a pronoun belongs to the speech passes.
    if (view.doc.quotes.some((q) => q.paragraph === paragraph && q.open < m.start)) return null;
    const before: Span[] = [];
    for (let pi = Math.max(0, paragraph - 1); pi <= paragraph; pi++) {
      if (view.doc.paragraphs[pi]?.isJunk) continue;
      for (const x of view.doc.sentences[pi] ?? []) if (x.end <= s.start) before.push(x);
    }
    const last = before.at(-1);
    if (!last) return null;
    const fits = (p: Person) => {
      const g = this.genderOf(p);
      return !(g && m.gender && g !== m.gender);
    };
    // The sentence right before introduces one person.
    const inLast = view.mentionsIn(last.start, last.end).filter((x) => !view.insideQuote(x.start));
    // "Tarjei Vik said he would stay on. She added:": a pronoun of the other gender already went to them.
    const otherPronoun = inLast.some((x) => x.kind === 'pronoun' && x.gender && m.gender && x.gender !== m.gender);
    const named = inLast.filter((x) => x.kind === 'person' && x.name.length >= 2 && !x.isPossessive);
    const people = [...new Map(named.map((x) => [this.personOf(x)?.id, this.personOf(x)])).values()].filter((p): p is Person => p !== null && p !== undefined);
    // Shown to be a person ("former Army Major Bernie Broad"), not a capitalised event ("the Women's 100m Freestyle Swimming").
    const shown = named.every((x) => x.role || x.gender || x.showsPerson);
    if (!otherPronoun && shown && people.length === 1 && named.every((x) => this.firstMention(x))) {
      const p = people[0] as Person;
      return fits(p) ? { kind: 'person', person: p, gender: this.genderOf(p) } : null;
    }
    // The latest sentence that opens with a full name, with no other sentence opening with a name since.
    for (let i = before.length - 1; i >= 0; i--) {
      const x = before[i] as Span;
      const opener = view.mentionsIn(x.start, x.end).find((y) => !view.insideQuote(y.start) && view.body.slice(x.start, y.start).trim() === '');
      if (!opener || opener.kind === 'pronoun') continue;
      // "Düsseldorf 2023 marked …": a lone capitalised word may be a place; it opens for no one.
      if (opener.kind === 'person' && opener.name.length < 2 && !opener.role && !opener.gender) continue;
      if (opener.kind !== 'person' || opener.isPossessive) return null;
      if (view.mentionsIn(x.start, x.end).some((y) => y.kind === 'pronoun' && y.gender && m.gender && y.gender !== m.gender)) return null;
      const p = this.personOf(opener);
      // "Tarjei Vik met Dagrun Holmsen": anyone else named since could be meant.
      // "No.1 Air Mobility Wing", "Women's 100m Freestyle Swimming": capitalised common words with no title
      // or gender are a unit or an event, not someone else who could be meant.
      const others = view.mentionsIn(x.start, m.start).some((y) => y.kind === 'person' && !view.insideQuote(y.start) && (y.name.length >= 2 || y.role || y.gender)
        && !y.isPossessive && this.personOf(y)?.id !== p?.id && (y.role || y.gender || (!NOT_A_PERSON_BEFORE.test(view.body.slice(Math.max(0, y.start - 24), y.start)) && !isCommonWords(y))));
      return p && !others && fits(p) ? { kind: 'person', person: p, gender: this.genderOf(p) } : null;
    }
    return null;
  }

  /** Whether no earlier mention of the article names the person this one names. */
  private firstMention(x: Mention): boolean {
    const p = this.personOf(x);
    if (!p) return false;
    for (const y of this.view.doc.mentions) {
      if (y.start >= x.start) break;
      if (y.kind === 'person' && this.personOf(y)?.id === p.id) return false;
    }
    return true;
  }

  /** A salience event as a pronoun's candidate: its identity key and gender, or null when it cannot be meant. */
  private candidateKey(e: Entity, gender: 'm' | 'f' | null): { key: string; gender: 'm' | 'f' | null } | null {
    if (e.kind === 'description') {
      if (e.isPlural || e.isOrg) return null;
      const dg = descriptionGender(e.text);
      if (dg && gender && dg !== gender) return null;
      return { key: `d:${e.text.toLowerCase().replace(/^(?:the|an?|one)\s+/, '')}`, gender: null };
    }
    const g = e.gender ?? this.genderOf(e.person);
    if (g && gender && g !== gender) return null;
    // "Jim Mattis" is not the "she" of the next sentence: a given name used for one gender only rules a
    // candidate out, but never picks one (two men named leave "he" as open as before).
    if (!g && gender && isOtherGiven(e.person.name, gender)) return null;
    return { key: e.person.id, gender: g };
  }

  /** Anyone else named between the candidate and the pronoun, even as an object ("X met Y"), who could be meant. */
  private othersNamed(m: Mention, from: number, key: string): boolean {
    let before: Mention | null = null;
    for (const x of this.view.mentionsIn(from, m.start)) {
      const owner = before;
      before = x;
      // Only a full name or a titled name counts: a lone capitalised word is too often a place ("Sudan"),
      // unless it is the surname of someone quoted before whose gender does not rule them out ("For Simms, …").
      if (x.kind !== 'person' || this.view.insideQuote(x.start)) continue;
      if (x.name.length < 2 && !x.role && !x.gender && !this.isQuotedBefore(x, m.gender)) continue;
      // "Dana Whitcombe of Crestline Securities": a name right after a person's and "of" is where they work.
      if (owner?.kind === 'person' && !x.role && !x.gender && this.view.body.slice(owner.end, x.start) === ' of ') continue;
      if (this.view.captions.has(this.view.paragraphOf(x.start))) continue;
      // "a visit to the Acton Jobcentre Plus": nobody is written with an article before their name.
      if (!x.role && !x.gender && ARTICLE_BEFORE.test(this.view.body.slice(Math.max(0, x.start - 40), x.start))) continue;
      const p = this.personOf(x);
      if (!p || p.id === key) continue;
      const g = x.gender ?? this.genderOf(p);
      if ((!g && !(m.gender && isOtherGiven(p.name, m.gender))) || g === m.gender) return true;
    }
    return false;
  }

  /** Whether this person has been the subject of a sentence read so far. */
  private wasSubject(p: Person): boolean {
    return this.history.some((h) => h.entity.kind === 'person' && h.entity.person.id === p.id);
  }

  /** Whether a mention names someone given a quotation so far, of this gender or of none the article has shown. */
  private isQuotedBefore(x: Mention, gender: 'm' | 'f' | null): boolean {
    const p = this.personOf(x);
    if (!p || !this.hasSpoken(p)) return false;
    const g = this.genderOf(p);
    return g === null || g === gender;
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
