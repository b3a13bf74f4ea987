import { lexicon, valuedLexicon } from './lexicon';

/** Nouns that head a title or role ("minister", "spokesperson", "director-general", "CFO"), general and by trade. */
export const TITLE_HEADS = lexicon('title head nouns', [
  {
    source: 'titles-of-office',
    words: `
    airman aircrewman crewman seaman corporal private specialist ensign commodore brigadier sergeant-major marine soldier reverend
    rev pastor rabbi imam cardinal archbishop lieutenant sergeant colonel major admiral
`,
  },
  {
    source: 'titles-of-office',
    words: `
    president vice-president secretary secretary-general minister spokesman spokeswoman spokesperson ambassador
    chancellor premier leader head chief adviser advisor counterpart envoy deputy director commander governor
    mayor senator congressman congresswoman representative king queen prince emperor general official officials
    diplomat diplomats aide aides assistant negotiator negotiators foreign-minister lawmaker lawmakers analyst
    analysts spokespeople chairman chairwoman chair prosecutor judge sources source officer officers taoiseach
    tánaiste tanaiste commissioner director-general executive officer cfo ceo coo cto economist manager coach
    captain executive chairperson founder owner justice administrator inspector president-elect strategist trustee
    regulator treasurer controller superintendent sheriff attorney attorney-general solicitor-general registrar
    dean rector provost governor-general ombudsman auditor epidemiologist scientist researcher spokesperson
    councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
`,
  },
  {
    // "Professor Cres Eastman … / Professor Eastman said": an academic title before a name, as "Dr" is a courtesy one.
    source: 'titles-of-office',
    words: `
    professor lecturer
`,
  },
]);

/** Words that may sit inside a title before a name ("US Secretary of State", "Chief Financial Officer"). */
export const TITLE_WORDS = lexicon('words inside titles', [
  {
    source: 'titles-of-office',
    words: `
    airman seaman corporal private specialist ensign commodore brigadier master staff technical petty first class
    army navy air force marine corps guard reverend rev
`,
  },
  {
    source: 'titles-of-office',
    words: `
    president vice secretary general minister foreign defence defense interior finance state of spokesman
    spokeswoman spokesperson ambassador chancellor prime premier leader head chief staff adviser advisor
    counterpart envoy deputy director commander governor mayor senator representative department ministry the to
    national security senior top former then acting special white house kremlin nato un eu us u.s. uk opposition
    chairman chairwoman chair sergeant colonel captain lieutenant admiral marshal his her their its diplomacy
    taoiseach tánaiste tanaiste commissioner executive officer financial operating technology human resources
    economist manager coach climate environment trade commerce industry transport health education justice labour
    labor energy agriculture culture economy economic affairs interior home treasury budget environmental regional
    sporting technical managing general-secretary
`,
  },
]);

/** Qualifiers that make a different post: "the governor" is not the deputy governor. */
export const RANK_QUALIFIER_LEXICON = lexicon('rank qualifiers', [
  {
    source: 'titles-of-office',
    words: `
    deputy vice assistant acting former junior associate under interim co-chair
`,
  },
]);

/**
 * Qualifiers of a temporary holder: "the defense secretary" is the Acting Defense Secretary when the story
 * names nobody else with the post (a subset of the rank qualifiers, read only when no exact holder is found).
 */
export const TEMPORARY_QUALIFIER_LEXICON = lexicon('temporary qualifiers', [
  {
    source: 'titles-of-office',
    words: `
    acting interim
`,
  },
]);

/** Titles that rank a person; two different ones for one person are a title conflict. */
export const RANK_TITLE_LEXICON = lexicon('ranks', [
  {
    source: 'titles-of-office',
    words: `
    vice-president president prime-minister foreign-minister defence-minister defense-minister secretary-of-state secretary-general chancellor spokesman spokeswoman ambassador chief-of-staff deputy-chief-of-staff king queen
`,
  },
]);

/**
 * Military and naval ranks: a rank is held beside a post ("Army Gen. Ana Ruiz", chairman of the joint chiefs),
 * so a story may name its holder again by the post.
 */
export const MILITARY_RANK_LEXICON = lexicon('military ranks', [
  {
    source: 'titles-of-office',
    words: `
    general colonel major captain lieutenant sergeant corporal private admiral commodore commander marshal ensign
    airman seaman specialist brigadier sergeant-major
`,
  },
]);

/** Courtesy titles: they mark the next word(s) as a person and give a gender. */
export const HONORIFIC_LEXICON = valuedLexicon<'m' | 'f' | null>('courtesy titles', [
  {
    source: 'courtesy-titles',
    values: {
      mr: 'm', 'mr.': 'm', mister: 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dr: null, 'dr.': null,
      sir: 'm', dame: 'f', lord: 'm', lady: 'f', prof: null, 'prof.': null,
      // VOA Special English spells the title out: "Mister Obama", "Mister Karzai".
      // Parliament's style before a privy counsellor's or a member's name: "the Rt Hon Dr Liam Fox MP", "The Honourable …".
      rt: null, 'rt.': null, hon: null, 'hon.': null, honourable: null, honorable: null,
      // Diplomatic style: "His Excellency Miguel Angel Moratinos" (a State Department photo caption).
      excellency: null,
      // The address of a woman in office: "Her Excellency, Madam Kamala Harris" (a White House transcript, fresh33).
      madam: 'f', madame: 'f',
    },
  },
]);

/** Short forms of titles, read as the title they stand for. */
export const TITLE_ACRONYM_LEXICON = valuedLexicon<string>('title acronyms', [
  {
    source: 'titles-of-office',
    values: {
      cfo: 'chief financial officer',
      ceo: 'chief executive officer',
      coo: 'chief operating officer',
      cto: 'chief technology officer',
      // British copy's "the PM" (BBC and GOV.UK style guides).
      pm: 'prime minister',
    },
  },
]);
