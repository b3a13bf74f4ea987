import type { Mention } from './mentions';
import type { CuratedPerson, Person } from './types';

/**
 * What the people index gathers: each person mention it is given (a sighting) and the group of sightings
 * it takes for one person, read by people.ts as it builds and by the modules that judge a group.
 */

/** A person mention as the library step sees it. */
export interface NameSighting {
  articleId: string;
  mention: Mention;
  /**
   * For a lone capitalised word ("Hicks"): the article shows it is a person (it speaks, carries a title
   * or a courtesy title, or is given as a name), so it may stand for someone the article never names in full.
   */
  isPersonEvidence?: boolean;
  /** Read from the headline: offsets are the headline's, so it names a person but is no source to quote in a conflict. */
  fromHeadline?: boolean;
  /** Written as the report's own reporter ("Jim Teeple reports …", "Reporting by …"): see reporter-mentions.ts. */
  isReporter?: boolean;
  /** The form of address written right before the name, lower case without its dot: "dr" for "Dr. Jill Biden", "DR. GOODMAN:". */
  courtesy?: string;
  /** Named inside someone's quotation or turn after a form of address alone ("thank you and Dr. Jill Biden"). */
  quotedByCourtesy?: boolean;
}

export interface Group {
  key: string;
  names: Map<string, { articles: Set<string>; first: NameSighting }>;
  curated: CuratedPerson | null;
  sightings: NameSighting[];
  /** Last and first words (lower case) of the full names in `names`. */
  lasts: Set<string>;
  firsts: Set<string>;
  person?: Person;
}
