import { describe, expect, it } from 'vitest';
import { one } from './helpers';

const speakerOf = (body: string, snippet: string) => one(body).article.quotes.find((q) => q.text.includes(snippet))?.speaker;

describe('a pronoun right after a sentence whose subject is a one-word name', () => {
  const opening = [
    'Bloggers reacted to the result within minutes.',
    'And Egyptian blogger Hosam Farouk notes:',
    'The turnout tells its own story (and not a happy one).',
  ];

  it('is not given to the person named before that sentence', () => {
    const body = [...opening, 'Meanwhile, Tariqa wonders why people are upset that the runner-up lost. He asks:', 'Why are we blaming the runner-up? Because he got few votes?'].join('\n\n');
    expect(speakerOf(body, 'Why are we blaming')).not.toBe('Hosam Farouk');
  });

  it('still goes to the full name that is the subject', () => {
    const body = [...opening, 'Meanwhile, Hosam Farouk wonders why people are upset that the runner-up lost. He asks:', 'Why are we blaming the runner-up? Because he got few votes?'].join('\n\n');
    expect(speakerOf(body, 'Why are we blaming')).toBe('Hosam Farouk');
  });
});
