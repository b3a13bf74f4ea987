import type { Mention } from '../../mentions';
import { tagSpan } from '../../pos';
import { HANDLE_OPENER, isRoundupHeading } from '../../roundup-entries';
import type { SpeakerLabel } from '../../turn-labels';
import type { Discourse } from '../discourse';
import type { ContextDecision, ContextPass } from '../pass';
import type { Entity } from '../types';

/** The capitalised words right before a position: the name a story gives before "(@handle)". */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})\s*$/u;

/**
 * Quotations a roundup lays out without marks, each under who wrote it: "Ana Ruiz, El País: …" lines, a tweet after its handle
 * ("@Moawen: …", the user the story introduced as "Abu Saber (@Moawen)"), and a blog or paper's block
 * after a lead-in that names no person ("The Kenya Post observed that …:" → the Kenya Post). The other
 * label passes read a handle as a name; this one reads it as a pointer to the name the story gave.
 */
export const leadIn: ContextPass = {
  name: 'lead-in',
  kind: 'context',
  readsTurns: true,
  find({ q, discourse }) {
    const label = q.label;
    if (!label?.isHandle && !label?.isLeadIn && !label?.isRoundupLine) return null;
    const prev = discourse.quotes[discourse.quotes.length - 1];
    if (prev?.label === label) return prev.speaker ? { entity: prev.speaker, method: 'label', mention: prev.speakerMention } : null;
    if (label.isRoundupLine) return sourceNamed(discourse, label.start, label.end, label.text);
    return label.isHandle ? handleOwner(discourse, label, q.open) : leadInSource(discourse, label);
  },
};

/** Who the story introduced with this handle before the tweet: "Abu Saber (@Moawen)", or nobody. */
function handleOwner(d: Discourse, label: SpeakerLabel, before: number): ContextDecision | null {
  const { body } = d.view;
  // "Eman AlNafjan (@Saudiwoman [3])": a page copied with its links numbers them inside the brackets.
  const handle = label.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = [...body.slice(0, before).toLowerCase().matchAll(new RegExp(`\\(${handle}(?: ?\\[\\d{1,3}\\])?\\)`, 'g'))].at(-1)?.index ?? -1;
  // Under a roundup's heading ("Reactions on Weibo:") no lead-in names the writer: the handle is all the story gives.
  if (at < 0) return leadInSpeaker(d, label) ?? (isUnderHeading(d, label) ? sourceNamed(d, label.start, label.end, label.text) : null);
  const name = NAME_BEFORE.exec(body.slice(Math.max(0, at - 80), at));
  if (!name) return null;
  const end = at - (body.slice(0, at).length - body.slice(0, at).trimEnd().length);
  return sourceNamed(d, end - (name[1] as string).length, end, name[1] as string);
}

/** Whether a handle's line stands in a roundup, under its heading or after another line of it. */
function isUnderHeading(d: Discourse, label: SpeakerLabel): boolean {
  const { view } = d;
  for (let pi = view.paragraphOf(label.start) - 1; pi >= 0; pi--) {
    const p = view.doc.paragraphs[pi];
    if (!p || p.isJunk) continue;
    const text = view.body.slice(p.start, p.end);
    if (isRoundupHeading(text)) return true;
    if (!HANDLE_OPENER.test(text)) return false;
  }
  return false;
}

/**
 * A tweet whose handle the story never introduced, under a lead-in that ends on its verb and a colon: "Israeli
 * journalist Ana Ruiz notes:", "Meanwhile, Ana Ruiz jokes:", "And she adds:". Who wrote it is the subject of
 * that verb, whatever verb the tagger says it is (a person or a pronoun, with only adverbs between); nobody
 * when the lead-in says more ("The ministry answered the criticism of Ana Ruiz:").
 */
function leadInSpeaker(d: Discourse, label: SpeakerLabel): ContextDecision | null {
  const { view } = d;
  let pi = view.paragraphOf(label.start) - 1;
  while (pi >= 0 && view.doc.paragraphs[pi]?.isJunk) pi--;
  const para = view.doc.paragraphs[pi];
  const colon = para ? view.body.slice(para.start, para.end).trimEnd() : '';
  if (!para || !colon.endsWith(':')) return null;
  const stop = para.start + colon.length - 1;
  const s = view.sentenceAt(stop);
  if (!s) return null;
  const subject = view.mentionsIn(s.start, stop).filter((m) => m.kind === 'person' || m.kind === 'pronoun').at(-1);
  if (!subject || subject.isPossessive || subject.isObject) return null;
  const words = tagSpan(view.body, s.start, s.end).filter((w) => w.start >= subject.end && w.end <= stop);
  const verb = words.at(-1);
  // "Ana Ruiz notes:", "Ana Ruiz jokes:": a lower-case word in -s between a subject and the colon is its verb, though
  // the tagger, reading it alone, may call it a plural noun.
  const isVerb = verb !== undefined && (verb.pos === 'VERB' || /^\p{Ll}{2,}s$/u.test(verb.word));
  if (!isVerb || !words.slice(0, -1).every((w) => w.pos === 'ADV')) return null;
  const entity = d.resolve(subject, [], true);
  return entity?.kind === 'person' ? { entity, method: 'label', mention: subject.kind === 'person' ? subject : null } : null;
}

/** The subject of a lead-in as written: "The Kenya Post" → the Kenya Post; a person the story knows when it names one. */
function leadInSource(d: Discourse, label: SpeakerLabel): ContextDecision | null {
  return sourceNamed(d, label.start, label.end, label.text.replace(/^The /, 'the '));
}

/**
 * The known person named last in [start, end) (the name after a post: "Gazette Columnist, Rui Amaral"), else
 * the name as written: a user or outlet is nobody the people index holds.
 */
export function sourceNamed(d: Discourse, start: number, end: number, written: string): ContextDecision {
  const m: Mention | undefined = d.view.mentionsIn(start, end, true).filter((x) => x.kind === 'person' && d.personOf(x) !== null).at(-1);
  const p = m ? d.personOf(m) : null;
  const entity: Entity = p && m ? { kind: 'person', person: p, gender: d.genderOf(p) } : { kind: 'description', text: written, isPlural: false, isOrg: true };
  return { entity, method: 'label', mention: p && m ? m : null };
}
