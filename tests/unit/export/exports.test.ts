import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { parse as parseGift, type MultipleChoice, type Numerical, type ShortAnswer } from 'gift-pegjs';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import { toCsv } from '@/lib/export/csv';
import { toGift, giftEscape } from '@/lib/export/gift';
import { toAnkiText } from '@/lib/export/anki-text';
import { buildApkg } from '@/lib/export/apkg';
import type { ExportDeck } from '@/lib/export/deck';

const awkward = 'Tricky: ~ = # { } \\ "quoted", commas\nand a second line';
const deck: ExportDeck = {
  title: 'Week 1: Ukraine talks',
  questions: [
    {
      id: 'q1',
      version: { kind: 'who-said', prompt: `Who said: “${awkward}”?`, choices: ['Antony Blinken', 'Liz = Truss', 'Ned {Price}'], answer: 'Antony Blinken', numeric: null, back: null, explanation: 'Blinken said it: #1 source.' },
      sourceTitles: ['US Secretary of State Says Diplomatic Solution Still Possible (Reuters)'],
    },
    {
      id: 'q2',
      version: { kind: 'figure-numeric', prompt: 'How many troops?', choices: [], answer: '100000', numeric: { value: 100000, tolerance: 5000, unit: 'troops' }, back: null, explanation: 'About 100,000.' },
      sourceTitles: [],
    },
    {
      id: 'q3',
      version: { kind: 'cloze', prompt: 'The talks took place in ____.', choices: [], answer: 'Geneva', numeric: null, back: 'The talks took place in Geneva.', explanation: '' },
      sourceTitles: ['Talks'],
    },
  ],
};

describe('CSV', () => {
  it('parses back to the same cells, and defuses formulas', () => {
    const csv = toCsv(['name', 'note', 'score'], [['Ana', awkward, 0.5], ['=HYPERLINK("x")', null, 1]]);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([['name', 'note', 'score'], ['Ana', awkward, '0.5'], ['\'=HYPERLINK("x")', '', '1']]);
  });
});

describe('GIFT', () => {
  it('escapes every special character', () => {
    expect(giftEscape('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
  });

  it('parses back with a GIFT parser: choices, the right answer, numbers and feedback survive', () => {
    const questions = parseGift(toGift(deck)).filter((q) => q.type !== 'Category');
    expect(questions.map((q) => q.type)).toEqual(['MC', 'Numerical', 'Short']);
    const [mc, numeric, short] = questions as [MultipleChoice, Numerical, ShortAnswer];
    expect(mc.stem.text).toBe(`Who said: “${awkward}”?`);
    expect(mc.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([['Antony Blinken', true], ['Liz = Truss', false], ['Ned {Price}', false]]);
    expect(mc.globalFeedback?.text).toBe('Blinken said it: #1 source.');
    expect(numeric.choices).toMatchObject({ number: 100000, range: 5000 });
    expect(short.choices.map((c) => c.text.text)).toEqual(['Geneva']);
  });
});

describe('Anki', () => {
  it('the text export has the header lines Anki reads and one quoted row per note', () => {
    const text = toAnkiText(deck);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 5)).toEqual(['#separator:tab', '#html:false', '#notetype:Basic', '#deck:Week 1: Ukraine talks', '#columns:Front\tBack\tTags']);
    expect(Papa.parse<string[]>(text.split('\n').slice(6).join('\n'), { delimiter: '\t', skipEmptyLines: true }).data.map((r) => r[2])).toEqual(['cited who-said', 'cited figure-numeric', 'cited cloze']);
  });

  it('the .apkg reopens as an Anki collection with the deck, the model and one note and card per question', async () => {
    const SQL = await initSqlJs();
    const bytes = await buildApkg(SQL, deck, new Date('2026-03-01T10:00:00Z'));
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['collection.anki2', 'media']);
    expect(await zip.file('media')!.async('string')).toBe('{}');
    const db = new SQL.Database(await zip.file('collection.anki2')!.async('uint8array'));
    const [col] = db.exec('select ver, models, decks from col');
    const [ver, models, decks] = col!.values[0] as [number, string, string];
    expect(ver).toBe(11);
    expect(Object.values(JSON.parse(decks) as Record<string, { name: string }>).map((d) => d.name)).toContain('Week 1: Ukraine talks');
    const model = Object.values(JSON.parse(models) as Record<string, { flds: { name: string }[] }>)[0]!;
    expect(model.flds.map((f) => f.name)).toEqual(['Front', 'Back']);
    const notes = db.exec('select flds from notes order by id')[0]!.values.map((r) => String(r[0]).split('\x1f'));
    expect(notes).toHaveLength(3);
    expect(notes.some(([front, back]) => front!.includes('How many troops?') && back!.includes('100000 troops'))).toBe(true);
    expect(notes.every(([front]) => !front!.includes('<script'))).toBe(true);
    expect(db.exec('select count(*) from cards')[0]!.values[0]![0]).toBe(3);
    db.close();
  });
});
