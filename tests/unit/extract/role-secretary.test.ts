import { describe, expect, it } from 'vitest';
import { decided } from './passes/decided';

describe('"the secretary said": the person whose title that is', () => {
  it('is the Defense Secretary, not a Secretary General named beside', () => {
    const body = 'Defense Secretary Ana Ruiz met NATO Secretary General Tom Hale in Brussels on Monday.\n\n“We are ready to help our allies,” the secretary said.';
    expect(decided(body, 'ready to help')?.speaker).toBe('Ana Ruiz');
  });

  it('is a press secretary whose service and rank follow the title', () => {
    const body = 'The talks covered Ukraine, Pentagon Press Secretary Navy Rear Adm. Tom Hale said in a statement.\n\n' +
      'The two leaders also discussed defense spending, the press secretary said. “Both of them reiterated their commitment to the alliance,” he added.';
    expect(decided(body, 'reiterated')?.speaker).toContain('Tom Hale');
  });

  it('stays unsaid when nobody holds the title', () => {
    const body = 'The ministers met in Brussels on Monday.\n\n“We are ready to help our allies,” the secretary said.';
    expect(decided(body, 'ready to help')?.speaker ?? null).not.toMatch(/\p{Lu}\p{Ll}+ \p{Lu}/u);
  });
});
