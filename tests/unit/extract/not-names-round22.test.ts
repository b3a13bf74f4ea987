/**
 * Words read as people that are none (round 22, from the extraction snapshot of real news): a newsroom's role glued to
 * a name ("Burmese Service Correspondent Kyaw Kyaw Thein" made a person "Correspondent Kyaw Kyaw Thein"), and the
 * adjective "Joint" of "Joint news conference with …" made a person of its own. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const people = (body: string, title = 'T') => extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).people.map((p) => p.name);

describe('a newsroom’s role before a name is no part of the name', () => {
  it('“Burmese Service Correspondent Tomas Vale Lund”, “VOA White House Correspondent Ola Brun” are Tomas Vale Lund and Ola Brun', () => {
    const got = people('LAKEPORT — Burmese Service Correspondent Tomas Vale Lund interviewed former Secretary of State Anna Berg June 4 in Lakeport. VOA White House Correspondent Ola Brun reports the talks were overshadowed.');
    expect(got).toEqual(expect.arrayContaining(['Tomas Vale Lund', 'Ola Brun']));
    expect(got.filter((n) => /Correspondent/.test(n))).toEqual([]);
  });
});

describe('“Joint” of a joint act is no person', () => {
  it('“According to “Joint news conference with Federal Chancellor … Tomas Vale” …” names Tomas Vale and Anna Berg, no “Joint”', () => {
    const got = people('According to “Joint news conference with Federal Chancellor of Ruritania Tomas Vale” (President of Ruritania, February 2018), which of these did Anna Berg say?');
    expect(got).not.toContain('Joint');
    expect(got).toContain('Tomas Vale');
  });
});
