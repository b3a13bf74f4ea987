import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when }));

// Round 15 (meet19): invented articles, each in the shape a rule reads.

describe('the town a lead’s visit goes to', () => {
  it('places the visit’s meetings that the article tells without a town', () => {
    const body = 'Chancellor Irma Vogt said Lorvania would join the alliance during her Sunday visit to Tbilisi, Lorvania.\n\n'
      + 'During her meeting with President Tomas Vale, Vogt stated that the borders have to be respected.';
    expect(meetings(body, 'Vogt backs Lorvania').filter((m) => m.what === 'meeting').map((m) => m.place)).toEqual(['Tbilisi']);
  });

  it('reads a seat the lead names: “at the White House”', () => {
    const body = 'Secretary General Anna Berg discussed the alliance’s budget with President Tomas Vale at the White House on Friday.\n\n'
      + 'The Secretary General also met with Secretary of State Paul Reed.';
    expect(meetings(body, 'Berg in talks').map((m) => m.place)).toEqual(['Washington']);
  });

  it('leaves a lead naming two towns to its own sentences', () => {
    const body = 'Minister Anna Berg made a visit to Tbilisi and a visit to Yerevan this week, officials said on Friday.\n\n'
      + 'Berg also met with President Tomas Vale.';
    expect(meetings(body, 'Berg travels').filter((m) => m.what === 'talks').map((m) => m.place)).toEqual([null]);
  });
});
