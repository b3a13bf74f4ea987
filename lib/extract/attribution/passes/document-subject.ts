import { DOCUMENT_NOUNS } from '../../lexicons/speech-nouns';
import type { Mention } from '../../mentions';
import { describedAt } from '../as-written';
import type { CuePass, QuoteSite } from '../pass';
import type { Span } from '../../types';

/** How many paragraphs back "the statement" may look for the sentence that issued it. */
const ISSUER_WINDOW = 2;

/** Verbs a document speaks with: "the statement said", "the letter reads". */
const DOCUMENT_VERB = String.raw`(?:said|says|read|reads|stated|states|added|noted|continued)`;
/** A document written out: its determiner, up to three modifiers, its noun ("the joint statement", "a State Department readout"). */
const DOCUMENT = String.raw`((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+))`;
/** After the closing mark: "…,” the statement said." or "…,” said the communique." to the end of the clause. */
const AFTER = new RegExp(String.raw`^[\s,]*(?:${DOCUMENT}\s+${DOCUMENT_VERB}|${DOCUMENT_VERB}\s+${DOCUMENT})(?:[\s.]*$|\s*,)`, 'u');
/** Before the opening mark, the whole sentence so far: "The joint statement read: “…”". */
const BEFORE = new RegExp(String.raw`^\s*${DOCUMENT}\s+${DOCUMENT_VERB}\s*[:,]?\s*$`, 'u');

/**
 * A document as the subject of a verb of saying: "“…,” the statement said.", "The communique read:
 * “…”". The document speaks, as written (the gold names "the communique", "the State Department
 * statement" the same way). Only when the clause is nothing but the document and its verb. A document
 * the text brought in before ("In a statement, the department said …. “…,” the statement said.")
 * speaks for whoever issued it there; when that sentence names no speaker, nobody is given.
 */
export const documentSubject: CuePass = {
  name: 'document-subject',
  kind: 'cue',
  find(site) {
    const found = documentAfter(site) ?? documentBefore(site);
    if (!found) return null;
    const issuer = issuerBefore(site, found.noun);
    if (issuer === null) return null;
    const mention = issuer === 'none' ? describedAt(site.view.body, found.start, found.end, true) : issuer;
    return { mention, method: 'statement', end: found.end };
  },
};

interface Found { start: number; end: number; noun: string }

/**
 * Who issued the document, when an earlier sentence brought the same document noun in: the speaking
 * subject of that sentence ('none' when no earlier sentence names the noun, null when it names nobody).
 */
function issuerBefore({ view, reading, discourse }: QuoteSite, noun: string): Mention | 'none' | null {
  const word = new RegExp(String.raw`\b${noun}\b`, 'i');
  for (let p = reading.paragraph; p >= 0 && p >= reading.paragraph - ISSUER_WINDOW; p--) {
    const list = (view.doc.sentences[p] ?? []).filter((x) => x.end <= reading.sentence.start);
    for (let i = list.length - 1; i >= 0; i--) {
      const x = list[i] as Span;
      if (!word.test(view.body.slice(x.start, x.end))) continue;
      const ev = discourse.history.find((e) => e.pos >= x.start && e.pos < x.end && e.speaks === true && e.mention !== null);
      return ev?.mention ?? null;
    }
  }
  return 'none';
}

function documentAfter({ view, q, closeStop }: QuoteSite): Found | null {
  const text = view.body.slice(q.close, Math.max(closeStop, q.close) + 1);
  const m = AFTER.exec(text);
  const doc = m?.[1] ?? m?.[3];
  const noun = m?.[2] ?? m?.[4];
  if (!m || !doc || !noun || !DOCUMENT_NOUNS.has(noun)) return null;
  const start = q.close + text.indexOf(doc);
  return { start, end: start + doc.length, noun };
}

function documentBefore({ view, q, reading }: QuoteSite): Found | null {
  const s = reading.sentence;
  const m = BEFORE.exec(view.body.slice(s.start, q.open));
  if (!m || !DOCUMENT_NOUNS.has(m[2] as string)) return null;
  const start = s.start + m.index + m[0].indexOf(m[1] as string);
  return { start, end: start + (m[1] as string).length, noun: m[2] as string };
}
