/**
 * Typed answers (#15, round 6): a word answer accepts its numeral and a numeral its word ("ten" / "10"),
 * small counts are exact, and the feedback says what was accepted. The questions are those blind-25/26 read.
 */
import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/grading/grade';
import { acceptedNote, inWords } from '@/lib/grading/accepted';

// Blind-26: “Civilian protests against the coup resulted in the deaths of at least _____ people …”, answer “ten”.
const burkina = { kind: 'cloze' as const, choices: [], answer: 'ten', numeric: null };
// Blind-25: “Nearly 30 people have been killed in the unrest.”, typed exactly.
const thai = { kind: 'figure-numeric' as const, choices: [], answer: '30', numeric: { value: 30, tolerance: 0, unit: 'people' } };
// Blind-26: the UNHCR estimate, within 300.
const chad = { kind: 'figure-numeric' as const, choices: [], answer: '5,600', numeric: { value: 5600, tolerance: 300, unit: 'refugees' } };

describe('typed numbers in words or figures', () => {
  it('accepts 10 for “ten” and “thirty” for 30, and says so', () => {
    expect(gradeResponse(burkina, '10')).toBe(true);
    expect(gradeResponse(burkina, 'Ten')).toBe(true);
    expect(gradeResponse(burkina, '11')).toBe(false);
    expect(acceptedNote(burkina)).toBe('Accepted: 10 or “ten”.');
    expect(gradeResponse(thai, 'thirty')).toBe(true);
    expect(gradeResponse(thai, '30 people')).toBe(true);
  });

  it('keeps a small count exact: “nearly 30” is 30, not 29 or 33', () => {
    expect(gradeResponse(thai, '29')).toBe(false);
    expect(gradeResponse(thai, '33')).toBe(false);
    expect(acceptedNote(thai)).toBe('Accepted: exactly 30 people, in figures or in words (“thirty”).');
  });

  it('states a tolerance as the range it accepts', () => {
    expect(acceptedNote(chad)).toBe('Accepted: any number from 5,300 to 5,900 refugees.');
    expect(gradeResponse(chad, '5,900')).toBe(true);
    expect(gradeResponse(chad, '5,000')).toBe(false);
  });

  // Blind-27: “… the first since the summer of _____.” read “Accepted: 2,019, however it is written.”
  it('shows a year as a year', () => {
    const year = { kind: 'cloze' as const, choices: [], answer: '2019', numeric: null };
    expect(acceptedNote(year)).toBe('Accepted: 2019.');
    expect(gradeResponse(year, '2019')).toBe(true);
  });

  it('says that a day is accepted however it is written', () => {
    expect(acceptedNote({ kind: 'cloze', choices: [], answer: 'Jan 26', numeric: null })).toBe('Accepted: 26 January, however it is written (“Jan 26”, “26 January”), the weekday optional.');
    expect(acceptedNote({ kind: 'cloze', choices: [], answer: 'Thursday 27 February 2025', numeric: null })).toBe(
      'Accepted: 27 February 2025, however it is written (“Thursday 27 February 2025”, “27 February”), the weekday and the year optional.',
    );
  });

  it('says nothing for a choice or a name', () => {
    expect(acceptedNote({ kind: 'where', choices: ['Geneva', 'Paris'], answer: 'Geneva', numeric: null })).toBeNull();
    expect(acceptedNote({ kind: 'cloze', choices: [], answer: 'Blinken', numeric: null })).toBeNull();
    expect(inWords(42)).toBe('forty-two');
    expect(inWords(100)).toBeNull();
  });
});
