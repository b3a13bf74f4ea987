/**
 * Issue #15, quotations that say nothing (blind-4x and blind-5x trivia notes): diplomatic boilerplate built only
 * from the meeting's tone, an agenda said to cover everything, thanks and hospitality is not asked as who-said or
 * what-said; a quotation that mixes it with a position still is. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { saysNothingSentence } from '@/lib/generate/says-nothing';
import { isMostlyProtocol } from '@/lib/generate/protocol';
import { isIdleOrBroken } from '@/lib/generate/idle-choices';

const BOILERPLATE = [
  'It was a very productive meeting.',
  'We had a frank and open exchange of views.',
  'We discussed a wide range of issues of mutual interest.',
  'I would like to thank the President for his hospitality.',
  'I’m very grateful for the warm welcome we’ve received today.',
  'I look forward to a good conversation.',
  'I’m honored by his hospitality.',
];

const TELLING = [
  'We had constructive talks, and we agreed to open the border by June.',
  'We discussed Iran.',
  'We must stop the fighting in the north.',
  'Our talks were useful, but the tariffs will stay until the factories reopen.',
];

describe('says-nothing: a sentence built only from boilerplate', () => {
  it.each(BOILERPLATE)('says nothing: %s', (s) => {
    expect(saysNothingSentence(s)).toBe(true);
    expect(isMostlyProtocol(s)).toBe(true);
  });

  it.each(TELLING)('tells something: %s', (s) => {
    expect(saysNothingSentence(s)).toBe(false);
    expect(isMostlyProtocol(s)).toBe(false);
  });
});

describe('says-nothing: the gates of who-said and what-said read it', () => {
  it.each([
    'It was a very productive meeting, and we discussed a wide range of issues of mutual interest.',
    'I would like to thank the President for his hospitality. We had a frank and open exchange of views.',
    'Minister, it’s good to see you. Thank you for hosting me today. I appreciate it. I look forward to a good conversation.',
  ])('a quotation that says nothing is neither asked nor a what-said choice: %s', (s) => {
    expect(isMostlyProtocol(s)).toBe(true);
    expect(isIdleOrBroken(s)).toBe(true);
  });

  it.each([
    'We had constructive talks, and we agreed to open the border by June.',
    'It was a very productive meeting. We will not lift the tariffs on grain until the river ports reopen to our ships.',
  ])('a quotation with a position beside the boilerplate is still asked: %s', (s) => {
    expect(isMostlyProtocol(s)).toBe(false);
    expect(isIdleOrBroken(s)).toBe(false);
  });
});
