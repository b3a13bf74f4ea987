/**
 * A title-case headline or caption line puts a verb right after a name ("President Bush Meets with French
 * President Chirac"): blind-28 was offered "Bush Meets" beside John Kerry as who said a quotation.
 * Invented sentences in the shape of such lines; none comes from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const peopleOf = (body: string) => extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).people.map((p) => p.name);

describe('a headline verb ends a name', () => {
  it('keeps the verb and the headline words after it out of the name', () => {
    const names = peopleOf('President Carter Meets with Kenyan President Moi, Nairobi, Kenya.\n\nPresident Jimmy Carter met President Daniel arap Moi on Tuesday.');
    expect(names).not.toContain('Carter Meets');
    expect(names.some((n) => /Meets/.test(n))).toBe(false);
  });

  it('reads no person from a title before the verb: "Defense Secretary Meets with …"', () => {
    expect(peopleOf('Defense Secretary Meets with Chilean Counterpart\n\nThe talks covered maritime security.').some((n) => /Meets|Counterpart/.test(n))).toBe(false);
  });

  it('reads no person from the headline words after the verb: "Says Peace Deal Still Possible"', () => {
    expect(peopleOf('Envoy Says Peace Deal Still Possible\n\nThe envoy spoke on Monday.').some((n) => /Says|Peace Deal/.test(n))).toBe(false);
  });

  it('still reads a person whose next word is an ordinary capitalised word', () => {
    expect(peopleOf('Officials said Maria Lopez Garcia would lead the delegation.')).toContain('Maria Lopez Garcia');
  });
});
