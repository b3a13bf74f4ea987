import type { Mention } from '../../mentions';
import type { SpeakerLabel } from '../../turns';
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
  const at = body.slice(0, before).toLowerCase().lastIndexOf(`(${label.text.toLowerCase()})`);
  if (at < 0) return null;
  const name = NAME_BEFORE.exec(body.slice(Math.max(0, at - 80), at));
  if (!name) return null;
  const end = at - (body.slice(0, at).length - body.slice(0, at).trimEnd().length);
  return sourceNamed(d, end - (name[1] as string).length, end, name[1] as string);
}

/** The subject of a lead-in as written: "The Kenya Post" → the Kenya Post; a person the story knows when it names one. */
function leadInSource(d: Discourse, label: SpeakerLabel): ContextDecision | null {
  return sourceNamed(d, label.start, label.end, label.text.replace(/^The /, 'the '));
}

/**
 * The known person named last in [start, end) (the name after a post: "Gazette Columnist, Rui Amaral"), else
 * the name as written: a user or outlet is nobody the people index holds.
 */
function sourceNamed(d: Discourse, start: number, end: number, written: string): ContextDecision {
  const m: Mention | undefined = d.view.mentionsIn(start, end, true).filter((x) => x.kind === 'person' && d.personOf(x) !== null).at(-1);
  const p = m ? d.personOf(m) : null;
  const entity: Entity = p && m ? { kind: 'person', person: p, gender: d.genderOf(p) } : { kind: 'description', text: written, isPlural: false, isOrg: true };
  return { entity, method: 'label', mention: p && m ? m : null };
}
