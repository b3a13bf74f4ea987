/*
 * How a question names a report by its outlet (#15): "According to 10 Downing Street press release" wanted "a", "a
 * report by White House" wanted "the" (blind-54–57). Invented outlets of the same shapes.
 */
import { describe, expect, it } from 'vitest';
import { outletPhrase, reportByOutlet } from '@/lib/generate/outlet-names';

describe('an outlet after “According to” and “by”', () => {
  it('gives an office or a body “the”, whatever its store wrote', () => {
    expect(outletPhrase('Green House')).toBe('the Green House');
    expect(outletPhrase('The Green House')).toBe('the Green House');
    expect(outletPhrase('Norland Department of Fisheries')).toBe('the Norland Department of Fisheries');
    expect(outletPhrase('Royal Norland Air Force')).toBe('the Royal Norland Air Force');
    expect(outletPhrase('Court of Appeal of Norland')).toBe('the Court of Appeal of Norland');
    expect(outletPhrase('Green House archives')).toBe('the Green House archives');
    expect(outletPhrase('Norland-House.org')).toBe('the Norland-House');
  });

  it('gives a document of the body “a”', () => {
    expect(outletPhrase('12 Harbour Street press release')).toBe('a 12 Harbour Street press release');
    expect(outletPhrase('The Green House transcript')).toBe('a Green House transcript');
    expect(outletPhrase('Norland Department of Fisheries, transcript')).toBe('a Norland Department of Fisheries transcript');
    expect(outletPhrase('Office of Fisheries news release via Norland News Network')).toBe('an Office of Fisheries news release');
  });

  it('leaves a name of its own bare', () => {
    expect(outletPhrase('Voice of Norland')).toBe('Voice of Norland');
    expect(outletPhrase('NNA')).toBe('NNA');
    expect(outletPhrase('Norlandnews')).toBe('Norlandnews');
  });

  it('names a report by its outlet, or the document itself', () => {
    expect(reportByOutlet('Norland Department of Fisheries')).toBe('a report by the Norland Department of Fisheries');
    expect(reportByOutlet('Office of Fisheries transcript')).toBe('an Office of Fisheries transcript');
    expect(reportByOutlet('Voice of Norland')).toBe('a report by Voice of Norland');
  });
});
