import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { isSurnameAfterInitial } from '@/lib/extract/middle-initial';

describe('a surname after a middle initial', () => {
  it('takes "Dana W. White" whole, though "White" is otherwise a word of "White House"', () => {
    const body = 'In a statement summarizing the meeting, chief Pentagon spokesperson Dana W. White said Mattis lauded the partnership.\n\n'
      + '"He thanked Secretary Fallon for his country\'s sustained leadership in NATO as a framework nation," she said.';
    const lib = extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]);
    expect(lib.articles[0]!.quotes[0]!.speaker).toMatch(/^Dana W\.? White$/);
  });

  it('never takes a function word, a month, a title or a place for the surname', () => {
    expect(isSurnameAfterInitial('White', 'white')).toBe(true);
    for (const [w, l] of [['The', 'the'], ['May', 'may'], ['President', 'president'], ['Washington', 'washington'], ['Tunisian', 'tunisian']]) {
      expect(isSurnameAfterInitial(w as string, l as string)).toBe(false);
    }
  });
});
