/**
 * The facts Cited extracts from articles: the contract between lib/extract (producer),
 * lib/generate (consumer), the database import and the `extract` command.
 *
 * Offsets: every `start`/`end` is a JavaScript string index into the article's `body`
 * (the text after any front matter, byte-for-byte as published). The `extract` command adds
 * `bodyStart` so that its JSON points into the whole file, as ../shared/DESIGN.md documents.
 */

/** One article as read from `content/articles/*.md` (front matter) or a plain `.txt` file. */
export interface ArticleInput {
  /** File name without extension, e.g. "003_7dd9c39fcf2f66b9". */
  id: string;
  title: string;
  /** The article text exactly as published; citations are offsets into it. */
  body: string;
  /** Index in the original file where `body` begins (0 for `.txt`). */
  bodyStart: number;
  outlet?: string | null;
  /** ISO date (YYYY-MM-DD) of publication when known; anchors "Monday", "Wednesday (Jan 26)". */
  date?: string | null;
  /**
   * Year and month (YYYY-MM) when the front matter gives no day ("date: 2015-05"): too vague to anchor a
   * weekday, enough to tell a student which year's earthquake a stem means.
   */
  month?: string | null;
}

/** A half-open range [start, end) in an article body. */
export interface Span {
  start: number;
  end: number;
}

/** A canonical person across the whole library. */
export interface Person {
  /** Stable slug of the canonical name, e.g. "antony-blinken". */
  id: string;
  /** Canonical full name, e.g. "Antony Blinken". */
  name: string;
  /** Every other way the library refers to them: "Tony Blinken", "Mr Blinken", "the Secretary of State". */
  aliases: string[];
  /** Role from an appositive or title, e.g. "US Secretary of State"; null when none is given. */
  role: string | null;
  /** Organisation or side when it can be told ("US", "NATO", "Russia", "UK"…); used to pick distractors. */
  affiliation: string | null;
}

/** How a quotation's speaker was found. */
export type AttributionMethod =
  | 'explicit' // "…," X said / X said: "…"
  | 'inverted' // "…," said X
  | 'according-to' // according to X
  | 'told' // X told reporters
  | 'put-it' // as X put it
  | 'colon' // X …, saying: "…" / a sentence that introduces the quotation after it ("X described …", "Asked …, X shrugged.")
  | 'pronoun' // he said → the last compatible person
  | 'role' // the minister said → the person the article defined with that role
  | 'continued' // a paragraph continuing the previous speaker's quotation
  | 'embedded' // attribution inside the marks: "… , warned X. …"
  | 'anonymous' // an administration official
  | 'label' // a transcript turn: "MR. PRICE: …", "Q: …"
  | 'statement' // an organisation's statement: "the bank said in a statement", "a joint statement from …"
  | 'quoted-as-saying' // "X quoted Y as saying"
  | 'roundup' // "Name, Outlet: “…”"
  | 'none';

/** Fields every fact carries. */
export interface FactBase {
  /** Stable id derived from content (article id + kind + normalised text), never from position alone. */
  id: string;
  articleId: string;
  /** The sentence the fact is cited from. */
  sentence: Span;
  /** Article ids (including this one) whose text supports this fact; filled by the cross-article step. */
  supportedBy: string[];
  /** Ids of conflicts this fact takes part in; filled by the cross-article step. */
  conflictIds: string[];
}

export interface Quote extends FactBase {
  kind: 'quote';
  /** Quoted words without the marks, and without an attribution that sat inside the marks. */
  text: string;
  /** Where the quoted words are. For a quote split by an embedded attribution, the whole quoted stretch. */
  start: number;
  end: number;
  /** Canonical full name, or the description used ("an administration official"), or null. */
  speaker: string | null;
  /** Person id when the speaker is a known person. */
  speakerId: string | null;
  method: AttributionMethod;
  /**
   * The attribution pass that decided the speaker ("after-close", "according-to", "continued"…; see
   * lib/extract/attribution/passes), or "none". Optional for facts stored before passes were named.
   */
  pass?: string;
  /**
   * The sentence that names the speaker, the citation for "who said this": the attribution sentence
   * when it names them ("“…,” Ana Ruiz said."); otherwise the nearest earlier sentence that names the
   * person a pronoun, a role ("the minister") or a continued paragraph points to. Null when `speaker`
   * is null (or, rarely, when the article never names them outside quotation marks).
   */
  speakerSpan?: Span | null;
  /** One- or two-word scare quotes and partial quotes shorter than a clause. */
  isFragment: boolean;
}

export type MeetingKind = 'talks' | 'council' | 'conference' | 'call' | 'video-conference' | 'meeting' | 'forum';

export interface Meeting extends FactBase {
  kind: 'meeting';
  /** What the meeting was, e.g. "NATO-Russia Council", "US-Russian talks", "phone call". */
  what: string;
  type: MeetingKind;
  /** A city, "virtual", or null when the article does not say. */
  place: string | null;
  /** When, as written ("Monday, January 10", "Wednesday", "the next day"). */
  when: string | null;
  /** Resolved calendar date (YYYY-MM-DD) when the article gives an anchor. */
  date: string | null;
  participants: string[];
  /** Position in a sequence the article states (1 = first), or null. */
  order: number | null;
  start: number;
  end: number;
}

/** 'between': one end of a range ("between 3,000 and 5,000"); the article gives both ends as two figures. */
export type FigureQualifier = 'more than' | 'less than' | 'about' | 'estimated' | 'up to' | 'at least' | 'over' | 'between' | null;

export interface Figure extends FactBase {
  kind: 'figure';
  value: number;
  /** What is counted, singular-neutral: "troops", "people", "hours", "allies", "countries". */
  unit: string;
  /** What the figure counts, in words: "Russian troops massed around Ukraine". */
  about: string;
  /** The number exactly as written: "100,000", "40 000", "thirty", "double that number". */
  raw: string;
  /** Where `raw` is. */
  valueStart: number;
  valueEnd: number;
  qualifier: FigureQualifier;
  /** Who claims it (canonical name or description), or null when the article states it itself. */
  claimant: string | null;
  /** e.g. "on standby" vs "deployed"; null when the article gives no status. */
  status: string | null;
  /** Sentence span (same as `sentence`, kept for the CLI's start/end). */
  start: number;
  end: number;
}

export type Fact = Quote | Meeting | Figure;

export interface ArticleFacts {
  id: string;
  title: string;
  quotes: Quote[];
  meetings: Meeting[];
  figures: Figure[];
}

/** The same fact found in several articles. */
export interface Cluster {
  id: string;
  kind: Fact['kind'];
  factIds: string[];
  /** Distinct article ids. */
  articles: string[];
}

export type ConflictKind = 'speaker' | 'date' | 'place' | 'status' | 'wording' | 'title' | 'value' | 'name';

/** Sources that disagree about one thing. Never resolved silently: teachers see it. */
export interface Conflict {
  id: string;
  kind: ConflictKind;
  /** What the disagreement is about, in words. */
  about: string;
  claims: {
    article: string;
    /** What this source says, in words ("Antony Blinken", "Friday", "on standby"). */
    says: string;
    start: number;
    end: number;
    factId: string | null;
  }[];
  /**
   * What a curated list (content/people.json) gives for the disputed thing, when it gives one: the
   * spelling of a name, or a person's role. Absent for disagreements between articles alone.
   */
  reference?: string;
}

export interface LibraryFacts {
  articles: ArticleFacts[];
  people: Person[];
  clusters: Cluster[];
  conflicts: Conflict[];
}

/** A curated spelling fix from content/people.json: optional, an article about unknown people must work without it. */
export interface CuratedPerson {
  name: string;
  aliases?: string[];
  role?: string;
  affiliation?: string;
  /** Wrong spellings seen in sources ("Pskov" for Peskov): mapped to this person and reported as name conflicts. */
  misspellings?: string[];
}
