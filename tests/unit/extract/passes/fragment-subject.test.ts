import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass fragment-subject: a scare quote belongs to the subject of its sentence', () => {
  it('gives a short partial quotation to the subject', () => {
    expect(decided('President Ana Ruiz renewed an offer on “reciprocal” measures.', 'reciprocal')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'fragment-subject' });
  });
});
