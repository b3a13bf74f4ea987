/**
 * Where a quotation's own words put its speaker: a visitor to Pakistan ("I am pleased to visit Pakistan
 * again") is no Pakistani; a host ("I warmly welcome you to Berlin") is of the state that welcomes; "working
 * together with the US" is not said by the US. A who-said option the words place on the wrong side is ruled
 * out by the stem alone (blind-28: Pakistani ministers offered for Hammond's visit, Blinken for Raab's words).
 */
import { leadingSide, sideOfPlace } from './nations';

/** A state, its demonym or its capital, written in capitals ("the United States", "Pakistan", "Berlin"). */
const PLACE = String.raw`((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})`;

/** Words that put the speaker outside the state they name: a visit to it, work with it, a guest from it. */
const OUTSIDE = [
  String.raw`\bvisit(?:s|ed|ing)?\s+(?:to\s+)?`,
  String.raw`\b(?:trip|journey|travel(?:l?ed)?|came|come|coming)\s+to\s+`,
  String.raw`\b(?:be|been|am|are|is)\s+back\s+in\s+`,
  String.raw`\b(?:with|alongside)\s+`,
  String.raw`\bwelcome\s+(?:[\p{L}.’']+\s+){0,4}?from\s+`,
].map((cue) => new RegExp(cue + PLACE, 'gu'));

/** Words that put the speaker inside the state they name: a host's welcome to it or its seat, speaking on its behalf. */
const INSIDE = [
  String.raw`\bwelcome\s+(?:[\p{L}.’']+\s+){0,5}?(?:here\s+)?(?:to|in)\s+`,
  // "Pleasure to have you at the State Department": the host's own seat of government.
  String.raw`\b(?:have|having)\s+you\s+(?:here\s+)?(?:at|in|to)\s+`,
  String.raw`\bon behalf of\s+(?:the\s+(?:people|government)\s+of\s+)?`,
  String.raw`\bI am (?:the|a)\s[^.,;]{0,60}?\bof\s+(?:the people of\s+)?`,
].map((cue) => new RegExp(cue + PLACE, 'gu'));

export interface SpeakerPlace {
  /** Sides the words say the speaker is not of. */
  outside: Set<string>;
  /** Sides the words say the speaker is of. */
  inside: Set<string>;
}

function sidesAfter(text: string, cues: RegExp[]): Set<string> {
  const out = new Set<string>();
  for (const re of cues) {
    for (const m of text.matchAll(re)) {
      const side = leadingSide(m[1] ?? '', sideOfPlace);
      if (side) out.add(side);
    }
  }
  return out;
}

/**
 * The sides a quotation's words put its speaker outside and inside of; a side named both ways is dropped
 * from both (the words say nothing sure about it).
 *
 * @example
 * speakerPlace('I am pleased to visit Pakistan again').outside; // → Set { 'Pakistan' }
 * speakerPlace('I warmly welcome you to Berlin').inside; // → Set { 'Germany' }
 */
export function speakerPlace(text: string): SpeakerPlace {
  const outside = sidesAfter(text, OUTSIDE);
  const inside = sidesAfter(text, INSIDE);
  for (const side of [...outside]) {
    if (inside.has(side)) {
      outside.delete(side);
      inside.delete(side);
    }
  }
  // "I am pleased to visit Pakistan … Pakistan matters greatly to the UK": the one other state named is the visitor's.
  const others = [...sidesAfter(text, [NAMED])].filter((side) => !outside.has(side));
  if (outside.size > 0 && inside.size === 0 && others.length === 1) inside.add(others[0] as string);
  return { outside, inside };
}

/** Any state, demonym or capital written in capitals. */
const NAMED = new RegExp(String.raw`(?<![\p{L}])` + PLACE, 'gu');

/** "I am the …", "I was a …", "my first visit as …": words that give the speaker's own office next. */
const SELF_CUES = [/\bI(?: am|['’]m| was)\s+(?:the|a|an)\s+/gu, /\b(?:I|[Mm]y|[Mm]e)\b[^.;:!?]{0,40}?\bas\s+(?=\p{Lu})/gu];
/** "We in the Senate": a chamber whose members the speaker counts themself among, with its members' title. */
const WE_IN_THE_SENATE = /\bwe in the Senate\b/u;
/** Words of a title that say nothing of the office ("the", "of", "then"). */
const FILLER = new Set(['the', 'of', 'to', 'his', 'her', 'their', 'its', 'then', 'former', 'acting']);

/**
 * The office a quotation's speaker gives themself, as the words of a role that holds it: "I am the
 * democratically elected prime minister" → ["prime", "minister"]; "my first visit as Foreign Secretary" →
 * ["foreign", "secretary"]; "we in the Senate" → ["senator"]. Null when the words give none.
 *
 * @example
 * selfTitle('I am the democratically elected prime minister of the people of Fiji', words, heads); // → ['prime', 'minister']
 */
export function selfTitle(text: string, titleWords: ReadonlySet<string>, heads: ReadonlySet<string>): string[] | null {
  if (WE_IN_THE_SENATE.test(text)) return ['senator'];
  for (const cue of SELF_CUES) {
    for (const m of text.matchAll(cue)) {
      const words = text.slice(m.index + m[0].length).split(/[^\p{L}.'’-]+/u).slice(0, 6).map((w) => w.toLowerCase());
      // Up to two words before the title ("democratically elected"), then a run of title words with a head.
      const start = words.findIndex((w, i) => i <= 2 && titleWords.has(w) && !FILLER.has(w));
      if (start < 0) continue;
      const run: string[] = [];
      for (const w of words.slice(start)) {
        if (!titleWords.has(w) && !heads.has(w)) break;
        run.push(w);
      }
      const title = run.filter((w) => !FILLER.has(w));
      if (title.some((w) => heads.has(w))) return title;
    }
  }
  return null;
}

/**
 * Words only a host says to a guest: a welcome that opens on the guest's title ("Mr. Minister, welcome"), "great to
 * have you here", thanks "for accepting the invitation". The speaker is at home, so a who-said offers the host's own
 * people only: Poland's defence minister or a CIA director could not have welcomed Brazil's minister to the
 * Pentagon, nor an American congressman thanked President Bush for meeting "here in Sochi" (full-19's sheet).
 */
const HOST_WORDS = [
  /^[\s“"‘']*(?:(?:OK|Okay|Well|So|Now)[.,]\s+)?(?:Mr\.?|Mister|Madam|Madame|Mrs\.?|Ms\.?)\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}?\p{Lu}[\p{L}-]+,\s+(?:and\s+)?welcome\b/u,
  /\b(?:great|good|nice|wonderful|delighted|glad|happy|pleasure)\s+to\s+have\s+you\s+(?:all\s+)?here\b/iu,
  /\bfor\s+accepting\s+(?:the|my|our)\s+invitation\b/iu,
];

/**
 * Whether the words are a host's to a guest.
 *
 * @example
 * speaksAsHost('Mr. Minister, welcome. Ambassador, great to have you here.'); // → true
 * speaksAsHost('Thank you, Mr. President, for the warm welcome.'); // → false
 */
export function speaksAsHost(text: string): boolean {
  return HOST_WORDS.some((re) => re.test(text));
}
