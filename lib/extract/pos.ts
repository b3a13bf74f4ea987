import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The part-of-speech layer: Universal POS tags from wink-nlp's English lite model, read on demand for
 * the stretches attribution asks about (a clause after a closing quotation mark, a sentence that opens
 * with a lone capitalised word), never for a whole article: tagging every character of a library would
 * cost more than all the rest of extraction.
 */

/** A word of the body with its Universal POS tag ("PROPN", "VERB", "NOUN" …). */
export interface TaggedWord {
  start: number;
  end: number;
  word: string;
  pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * Words of the model's own vocabulary get ids below this; a word it has never seen gets a new one when first read.
 * Measured as soon as the model loads, before any text is read: measured later, every word tagged before
 * (surnames included) would count as the model's own, and `isEnglishWord` would depend on what was read first.
 */
let vocabularySize = -1;

/** Loaded on first use (about 60 ms), so that extraction that never asks pays nothing. */
function tagger(): Nlp {
  if (nlp) return nlp;
  nlp = winkNLP(model, ['pos']);
  vocabularySize = nlp.readDoc('zzqxjv').tokens().itemAt(0).out(nlp.its.uniqueId) as unknown as number;
  return nlp;
}

/**
 * Tagged stretches of the body being read, by "start:end": a clause is often asked about by more than one
 * pass. Only the last body is kept: the bench's copies of one article (and a library's reprints) are tagged
 * each time they are read, as a library of different articles would be, so the bench measures the tagging.
 */
let cachedBody: string | null = null;
let cachedSpans = new Map<string, TaggedWord[]>();
const MAX_CACHED = 2_000;

function spansOf(body: string): Map<string, TaggedWord[]> {
  if (body !== cachedBody) {
    cachedBody = body;
    cachedSpans = new Map();
  }
  return cachedSpans;
}

/** Whether the tagged word starting at `start` is a verb: "any verb" read by grammar, not from a list. */
export function isTaggedVerb(tags: TaggedWord[], start: number): boolean {
  return tags.some((w) => w.start === start && w.pos === 'VERB');
}

/**
 * The words of body[start, end) with their tags, offsets into the body. Words the tagger splits
 * differently from the text (it never changes characters) are found again by searching forward.
 *
 * @example
 * tagSpan('“No,” Maria Lopez snapped.', 6, 25).map((w) => w.pos) // ['PROPN', 'PROPN', 'VERB', 'PUNCT']
 */
export function tagSpan(body: string, start: number, end: number): TaggedWord[] {
  const spans = spansOf(body);
  const key = `${start}:${end}`;
  const hit = spans.get(key);
  if (hit) return hit;
  const text = body.slice(start, end);
  const doc = tagger().readDoc(text);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(tagger().its.pos) as string[];
  const out: TaggedWord[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const k = text.indexOf(w, at);
    if (k < 0) continue; // a token the tagger normalised: skip it rather than guess its place
    out.push({ start: start + k, end: start + k + w.length, word: w, pos: tags[i] as string });
    at = k + w.length;
  }
  if (spans.size >= MAX_CACHED) spans.clear();
  spans.set(key, out);
  return out;
}

const known = new Map<string, boolean>();

/**
 * Whether a lower-case word is in the tagger's English vocabulary ("teachers", "hospital", "price"),
 * unlike most surnames ("watanabe", "hicks"). A capitalised word that opens a sentence and is a common
 * English word is not shown to be a name by speaking: "Teachers said …".
 *
 * @example
 * isEnglishWord('teachers') // true
 * isEnglishWord('watanabe') // false
 */
export function isEnglishWord(lower: string): boolean {
  const hit = known.get(lower);
  if (hit !== undefined) return hit;
  const t = tagger();
  const id = t.readDoc(lower).tokens().itemAt(0).out(t.its.uniqueId) as unknown as number;
  const v = id < vocabularySize;
  if (known.size < 50_000) known.set(lower, v);
  return v;
}
