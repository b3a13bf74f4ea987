import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { travelStop } from '@/lib/extract/meetings/travel';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences from State Department and White House travel statements (public domain).
describe('a trip frames the meetings told after it', () => {
  it('reads the destination city and the date of a travel clause', () => {
    expect(travelStop('Secretary Kerry will also visit Nairobi, Kenya, beginning on May 3, to reinforce the importance of our strong bilateral relationship.'))
      .toEqual({ city: 'Nairobi', when: 'May 3' });
    expect(travelStop('On May 5, Secretary Kerry will travel to Mogadishu, Somalia to reinforce the United States commitment.'))
      .toEqual({ city: 'Mogadishu', when: 'May 5' });
    // Two destinations: the time frames the paragraph, no one city does.
    expect(travelStop('Vice President Joe Biden and Dr. Jill Biden will travel to India and Singapore in late July 2013.'))
      .toEqual({ city: null, when: 'late July 2013' });
    expect(travelStop('The minister praised the visit.')).toBeNull();
    // A visitor is no destination.
    expect(travelStop('Trump will join Pompeo on Tuesday for talks with visiting Russian Foreign Minister Sergei Lavrov.')).toBeNull();
  });

  it('places and dates "his meetings with government officials" at the stop its paragraph travels to', () => {
    const body = 'Secretary Kerry will also visit Nairobi, Kenya, beginning on May 3, to reinforce the importance of our strong bilateral relationship. '
      + 'In his meetings with government officials, business leaders and civil society representatives, he will discuss a range of issues.';
    expect(meetings(body)).toEqual([expect.objectContaining({ place: 'Nairobi', when: 'May 3' })]);
  });

  it('gives a meeting in a country the trip\'s time, not the article\'s city', () => {
    const body = 'Vice President Joe Biden and Dr. Jill Biden will travel to India and Singapore in late July 2013. '
      + 'In India, the Vice President will meet with key leaders to discuss the full range of bilateral, regional and global issues.';
    expect(meetings(body, 'Vice President Biden and Dr. Jill Biden to Travel to India and Singapore'))
      .toEqual([expect.objectContaining({ place: null, when: 'late July 2013' })]);
  });

  it('takes each paragraph\'s own stop: the next paragraph\'s trip frames its meetings', () => {
    const body = 'Secretary Kerry will also visit Nairobi, Kenya, beginning on May 3, to reinforce our strong bilateral relationship.\n\n'
      + 'On May 5, Secretary Kerry will travel to Mogadishu, Somalia to reinforce the United States commitment. '
      + 'In his meetings with federal and regional government officials, he will discuss security cooperation.';
    // The dated visit to Nairobi is a meeting of its own (the annotators count a person's dated visit), held there.
    expect(meetings(body)).toEqual([expect.objectContaining({ place: 'Nairobi', when: 'May 3' }), expect.objectContaining({ place: 'Mogadishu', when: 'May 5' })]);
  });
});
