/*
 * The room's equipment is no one's words to learn: "Can you put on your earpiece? We have simultaneous
 * interpreting" was asked as a who-said over the fixtures (a White House transcript, round 17).
 */
import { describe, expect, it } from 'vitest';
import { isMostlyRoomTalk, isRoomTalk } from '@/lib/generate/room-talk';

describe('the room’s equipment', () => {
  it('is room talk', () => {
    expect(isRoomTalk('Can you put on your earpiece?')).toBe(true);
    expect(isMostlyRoomTalk('Can you put on your earpiece? We have simultaneous interpreting.')).toBe(true);
  });

  it('leaves words about the world', () => {
    expect(isRoomTalk('Our interpretation of the treaty has not changed since 1994.')).toBe(false);
    expect(isMostlyRoomTalk('Can you put on your earpiece? Russia must withdraw its troops from the border of Ukraine now.')).toBe(false);
  });
});
