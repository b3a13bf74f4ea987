import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { afterApposition } from '@/lib/extract/attribution/speaker-apposition';

const speakers = (body: string) =>
  extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.quotes.map((q) => q.speaker);

describe('continued: the speaker\'s apposition names nobody else', () => {
  it('gives the next quotation of the paragraph to the speaker described (CENTCOM, June 2015)', () => {
    const body = '“When I went to Desert Storm the first time, we got our phone call home and we were in country almost a week,” said Tech. Sgt. Michial Smith, '
      + 'a 386th Expeditionary Aircraft Maintenance Squadron aerospace ground equipment technician. “It was a three-minute morale call, and you waited in line for it.”';
    expect(speakers(body)).toEqual(['Michial Smith', 'Michial Smith']);
  });

  it('still stops at someone else named between the quotations', () => {
    const body = '“We are ready,” said Ana Ruiz, a farmer. Tom Reed disagreed. “It is too late for that.”';
    expect(speakers(body)[1]).not.toBe('Ana Ruiz');
  });

  it('skips only a whole apposition that ends its sentence', () => {
    const body = '“Yes,” said Ana Ruiz, a technician. “No.”';
    const nameEnd = body.indexOf(', a');
    expect(afterApposition(body, nameEnd, body.lastIndexOf('“'))).toBe(body.lastIndexOf('“'));
    const other = '“Yes,” said Ana Ruiz. Tom Reed said no. “No.”';
    expect(afterApposition(other, other.indexOf('. Tom'), other.lastIndexOf('“'))).toBe(other.indexOf('. Tom'));
  });
});
