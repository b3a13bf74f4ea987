/**
 * The shape of a mention, apart from the code that finds them: mentions.ts, the finders it calls
 * (person-, role- and org-mentions.ts) and person-evidence.ts all read it, so none of them imports another for it.
 */
export type MentionKind = 'person' | 'pronoun' | 'role' | 'description';

/** Someone the text refers to: a name, a pronoun, a role noun or an anonymous description. */
export interface Mention {
  kind: MentionKind;
  /** Span of the whole mention, including a title before and an appositive after the name. */
  start: number;
  end: number;
  /** Span of the name itself (persons), else the same as start/end. */
  nameStart: number;
  nameEnd: number;
  /** Name tokens as written (persons): ["Jens", "Stoltenberg"]. */
  name: string[];
  /** Role from a title or appositive, or the role words of a role/description mention. */
  role: string | null;
  text: string;
  gender: 'm' | 'f' | null;
  isPlural: boolean;
  isPossessive: boolean;
  /** Inside another mention (an appositive, a possessive title): never a subject itself. */
  isNested: boolean;
  /** Preceded by a preposition: an object, never the subject of the next verb. */
  isObject: boolean;
  /** An organisation ("UNICEF", "the German environment ministry"): a speaker as written, never a pronoun's antecedent. */
  isOrg?: boolean;
  /** A lone capitalised word the text shows to be a person (it speaks, has a title; see person-evidence.ts). */
  showsPerson?: boolean;
}
