import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('titles and honorifics real news writes before names', () => {
  it('reads the Rev., Rep. … (D-Mo.), Ms. and military ranks as titles, never as names', () => {
    expect(decided('“We will rebuild the church,” the Rev. John Smith told worshippers.', 'rebuild')?.speaker).toBe('John Smith');
    expect(decided('“This bill is a disgrace,” said Rep. Ann Wagner (R-Mo.).', 'disgrace')?.speaker).toBe('Ann Wagner');
    expect(decided('Rep. Emanuel Cleaver (D-Mo.) disagreed. “It is a start,” he said.', 'a start')?.speaker).toBe('Emanuel Cleaver');
    expect(decided('Maria Lopez arrived late. “I was stuck in traffic,” Ms. Lopez said.', 'traffic')?.speaker).toBe('Maria Lopez');
  });

  it('keeps anonymous sources as written', () => {
    expect(decided('“Nobody asked us,” said an official who spoke on condition of anonymity.', 'Nobody')?.speaker).toBe('an official');
  });
});
