import { escapeRegExp } from '../chars';
import type { Mention } from '../mentions';
import type { SpeakerLabel } from '../turn-labels';
import type { Discourse } from './discourse';
import type { Entity } from './types';

/** The people a label names in full ("Foreign Secretary William Hague and Secretary of State Hillary Clinton"), once each. */
export function peopleOfLabel(d: Discourse, label: SpeakerLabel): { entity: Entity; mention: Mention }[] {
  const out = new Map<string, { entity: Entity; mention: Mention }>();
  for (const m of d.view.mentionsIn(label.start, label.end, true)) {
    if (m.kind !== 'person' || m.name.length < 2) continue;
    const p = d.personOf(m);
    if (p && !out.has(p.id)) out.set(p.id, { entity: { kind: 'person', person: p, gender: d.genderOf(p) }, mention: m });
  }
  const found = [...out.values()];
  // Two people joined by "and" ("… William Hague and Secretary of State Hillary Clinton"), not a place
  // read as a name beside the speaker ("a visit to the Devonport Naval Base, Defence Secretary … said").
  if (found.length !== 2) return [];
  const [a, b] = found;
  return a && b && /^,?\s+and\s+$/.test(d.view.body.slice(a.mention.end, b.mention.start)) ? found : [];
}

/** Whether the words of a turn [a, b) refer to the person by name or by a title the article gave them (a turn is one quotation: all of it is "inside"). */
function refersTo(d: Discourse, a: number, b: number, e: Entity): boolean {
  if (e.kind !== 'person') return false;
  const paragraph = d.view.paragraphOf(a);
  return d.view.mentionsIn(a, b, true).some((m) => {
    // "Thank you, Hillary": a first name alone is how one speaker addresses the other.
    if (m.kind === 'person' && m.name.length === 1 && e.person.name.split(/\s+/)[0] === m.name[0]) return true;
    const target = m.kind === 'person' ? d.personOf(m) : m.kind === 'role' ? personOfRole(d, m, paragraph) : null;
    return target?.id === e.person.id;
  });
}

/** Whether [a, b) speaks of one of a label's people by name, by a title the article reads, or by the title the label gave them. */
export function isReferredTo(d: Discourse, x: { entity: Entity; mention: Mention }, a: number, b: number): boolean {
  return refersTo(d, a, b, x.entity) || namesRole(d.view.body.slice(a, b), x.mention.role);
}

/** Escapes a title for a pattern: titles hold only letters, spaces, dots and hyphens, but a dot must not match any character. */

/**
 * Whether the text speaks of the holder of a title with "the" and the title written in any case ("welcome
 * the foreign secretary here"): the role layer reads capitalised titles only.
 */
function namesRole(text: string, role: string | null): boolean {
  // A one-word title ("the president", "the minister") too often means someone else than the label's holder.
  if (!role || role.trim().split(/\s+/).length < 2) return false;
  return new RegExp(`\\bthe ${escapeRegExp(role.trim()).replace(/\s+/g, '\\s+')}\\b`, 'i').test(text);
}

function personOfRole(d: Discourse, m: Mention, paragraph: number) {
  const e = d.roleTarget(m, m.start, paragraph);
  return e?.kind === 'person' ? e.person : null;
}

/**
 * Who speaks under an introduction naming two people ("Transcript of remarks by Foreign Secretary
 * William Hague and Secretary of State Hillary Clinton …") when the turn carries no label of its own:
 * nobody speaks of themselves as "the foreign secretary" or by name, so when the words refer to exactly
 * one of the two ("let me again welcome the foreign secretary here to Washington"), the other speaks.
 * Null when they refer to both or neither: the reader could not tell either.
 *
 * @example
 * // 'Transcript of remarks by Foreign Secretary Ana Ruiz and Secretary of State Tom Lee.'
 * // 'Let me welcome the foreign secretary to Washington.' → Tom Lee
 */
export function speakerOfPair(d: Discourse, pair: { entity: Entity; mention: Mention }[], a: number, b: number): { entity: Entity; mention: Mention } | null {
  if (pair.length !== 2) return null;
  const referred = pair.filter((x) => isReferredTo(d, x, a, b));
  if (referred.length !== 1) return null;
  return pair.find((x) => x !== referred[0]) ?? null;
}
