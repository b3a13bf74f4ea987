import { lexicon } from './lexicon';

/** Capitalised words that are never part of a person's name: function words, dates, titles, bodies, outlets, page furniture. */
export const NON_NAME_LEXICON = lexicon('capitalised words that are never a name', [
  {
    source: 'closed-class',
    words: `
    the a an and but or if in on at of for to by with from as it its this that these those there here he she they
    we us i you his her their our my your when while after before since until although though however also not no yes
    so then than what which who whom whose where why how all any some each every both either neither one two three
    according speaking asked shortly nonetheless meanwhile moreover yet still even just only despite during
    earlier later indeed instead
`,
  },
  {
    source: 'calendar',
    words: `
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan
    olympic winter summer spring autumn fall
`,
  },
  {
    source: 'titles-of-office',
    words: `
    mayor judge governor senator colonel captain lieutenant admiral director chairman chief minister premier
    taoiseach tánaiste tanaiste commissioner inspector professor sheriff bishop pope king queen prince princess
    president vice secretary minister foreign general state spokesman spokeswoman ambassador chancellor prime
    mister excellency madam madame
`,
  },
  {
    source: 'organisation-nouns',
    words: `
    authority port company police department ministry council union alliance organization organisation commission
    sea ocean states kingdom forces army navy party parliament congress senate court bank fund agency times post
    press university institute treaty agreement pact accord summit conference talks group committee assembly
    government administration embassy
`,
  },
  {
    source: 'common-nouns',
    words: `
    republic europe european america american office house news olympics games format stream powers war force
    service station airport street square pipeline day week month year north south east west eastern western
    northern southern central united nations world cooperation co-operation security defense defence federation
    islands island mountains river city province region county district media network television radio channel
`,
  },
  {
    source: 'news-outlets',
    words: `
    reuters afp ap bbc cnn nbc abc cbs fox tass interfax ria novosti xinhua agence france-presse presse
`,
  },
  {
    source: 'web-furniture',
    words: `
    next read leave reply see share related advertisement breaking update live video photo image click subscribe
    getty
`,
  },
  {
    // "John Kerry Remarks", "For Immediate Release", "Joe. Thank you": a heading's or a turn's words read as a name (issue #15).
    source: 'headline-furniture',
    words: `
    remarks statement statements readout readouts briefing transcript excerpts telephone conversation release thank thanks
    interview announcement
`,
  },
  {
    // "Burmese Service Correspondent Kyaw Kyaw Thein interviewed …", "VOA White House Correspondent Paula Wolfson reports":
    // a newsroom's role before a name, which round 21 read as part of it.
    source: 'newsroom-roles',
    words: 'correspondent correspondents',
  },
  {
    source: 'venues',
    words: `
    kremlin white pentagon capitol downing elysee élysée quai duma
`,
  },
  {
    source: 'courtesy-titles',
    words: `
    mr mrs ms dr sir prof rt hon honourable honorable
`,
  },
  {
    source: 'political-parties',
    words: `
    democrat democrats republican republicans tory tories labour conservative conservatives liberal liberals
    socialist socialists communist communists
`,
  },
]);

/**
 * Nouns that end the names of things, never of people: a who-said option "Germanwings Flight" (blind-27),
 * "Hurricane Florence", "Immigrant Visa", "Direct Line" or "Article Five" is a crash, a storm, a form or a
 * clause read as a name. Offered beside people, a student rules it out at a glance.
 */
export const THING_NAME_LEXICON = lexicon('nouns that head or end the names of things, not people', [
  {
    source: 'common-nouns',
    words: `
    flight airlines airline airways hurricane typhoon cyclone storm visa visas line lines article articles clause
    resolution act bill hotel hospital bridge tower falcons tigers tiger eagles lions stadium cup trophy prize award
    operation mission plan program programme fund project initiative festival
    prefecture province county district oblast governorate municipality canton
`,
  },
  {
    // "Memorial Park" (from "the Peace Memorial Park") and "Unified Response" (a relief operation's name) were
    // offered beside John Kerry and a soldier as who-said options in round 7's development sheets.
    source: 'venue-nouns',
    words: `
    gardens memorial monument cemetery response
`,
  },
]);

/** Words that open names of things: a storm, a clause, a flight, a military operation ("Hurricane Florence", "Article Five"). */
export const THING_OPENER_LEXICON = lexicon('nouns that open the names of things, not people', [
  { source: 'common-nouns', words: 'hurricane typhoon cyclone storm article flight operation' },
  // "Memorial Park": "Park" alone may end a person's name (Linda Park), "Memorial" never opens one.
  { source: 'venue-nouns', words: 'memorial' },
]);

/**
 * Nouns that a possessive name of a holiday or an observance goes before: "International Women’s Day"
 * gave a person "International Women" in round 8's blind-28 sheets, offered beside Nawaz Sharif.
 */
export const HOLIDAY_NOUN_LEXICON = lexicon('nouns that end the names of holidays after a possessive', [
  { source: 'holiday-nouns', words: 'day days eve week month year anniversary' },
]);
