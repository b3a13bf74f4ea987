import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass quoted-as-saying: "X quoted Y as saying"', () => {
  it('gives the words to the one quoted, not to the outlet that quoted them', () => {
    expect(decided('The state news agency quoted Foreign Minister Ana Ruiz as saying: “We reject the plan.”', 'reject')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'quoted-as-saying' });
    expect(decided('Reuters quoted Ana Ruiz as saying the plan was “dead on arrival”.', 'dead on arrival')).toMatchObject({ speaker: 'Ana Ruiz', method: 'quoted-as-saying' });
  });
});
