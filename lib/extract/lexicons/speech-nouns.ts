import { lexicon } from './lexicon';

/** Nouns of saying: "a reporter's comment that “…”", "the minister's words: “…”". */
export const REPORTING_NOUNS = lexicon('nouns of saying', [
  {
    source: 'reporting-nouns',
    words: `
    comment comments remark remarks words statement claim assertion warning observation quip joke description
    reply answer response retort pledge promise assurance admission suggestion insistence argument complaint
    declaration tweet post message update announcement
    appeal plea call speech address
`,
  },
]).words;

/** Nouns for an unnamed person who may be quoted as written: "a reporter", "one resident", "a witness". */
export const PERSON_NOUNS = lexicon('nouns for people', [
  {
    source: 'person-nouns',
    words: `
    reporter journalist correspondent columnist commentator blogger editor writer witness resident user
    commenter viewer listener reader voter supporter fan protester protestor student teacher doctor nurse
    worker employee farmer driver passenger customer neighbour neighbor bystander observer critic activist
    volunteer veteran survivor victim parent mother father official spokesman spokeswoman spokesperson
    netizen microblogger poster person
`,
  },
]).words;

/** Documents a body issues, which speak for it when quoted: "the communique", "the joint declaration". */
export const DOCUMENT_NOUNS = lexicon('nouns for issued documents', [
  {
    source: 'document-nouns',
    words: `
    communique communiqué declaration resolution manifesto memorandum charter accord treaty statement readout
    letter report release notice
`,
  },
]).words;

/** What a person or body sets out point by point, in a numbered list after a colon: "made public their demands:". */
export const DEMAND_NOUNS = lexicon('nouns for points set out', [
  {
    source: 'demand-nouns',
    words: 'demands requests conditions proposals terms recommendations points principles positions',
  },
]).words;

/** Texts a speaker recites, whose words are not his: "There is a well known poem about this: “…”". */
export const QUOTED_TEXT_NOUNS = lexicon('nouns for recited texts', [
  {
    source: 'quoted-text-nouns',
    words: `
    poem poems poet poetry verse verses proverb proverbs saying sayings adage maxim motto slogan song lyrics hymn
    anthem prayer epigram aphorism
`,
  },
]).words;

/**
 * What users write online and a roundup collects under a heading: "Reactions on Weibo:", "Some comments from Twitter users:".
 * Not "remarks" or "views": "Kerry Remarks on the Iran Negotiations:" heads a transcript.
 */
export const POST_NOUNS = lexicon('nouns for posts and reactions', [
  {
    source: 'post-nouns',
    words: `
    comment comments reaction reactions response responses reply replies post posts tweet tweets message messages
    quip quips joke jokes retweet retweets update updates microblog microblogs
`,
  },
]).words;
