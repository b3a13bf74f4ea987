import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass roundup: "Name, Outlet: “…”" entries of an opinion roundup', () => {
  it('gives each entry to the writer it names, not the outlet', () => {
    const body = 'What the papers say.\n\nAna Ruiz, El País: “The deal is a mirage.”\n\nTom Hale (The Times): “A good day for Europe.”';
    expect(decided(body, 'mirage')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'roundup', method: 'roundup' });
    expect(decided(body, 'good day')).toMatchObject({ speaker: 'Tom Hale', pass: 'roundup' });
  });
});
