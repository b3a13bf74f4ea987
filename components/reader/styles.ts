import { SPEAKER_STYLE_COUNT } from '@/lib/reader/speakers';

/**
 * Speaker styles: a tint and an underline style of one colour, and a label of the same colour. The
 * underline style and the label tell speakers apart without colour. Written out in full so Tailwind
 * finds every class.
 */
const SPEAKER_MARKS = [
  'bg-sky-100 decoration-sky-700 decoration-solid',
  'bg-amber-100 decoration-amber-700 decoration-dashed',
  'bg-emerald-100 decoration-emerald-700 decoration-dotted',
  'bg-fuchsia-100 decoration-fuchsia-700 decoration-double',
  'bg-orange-100 decoration-orange-700 decoration-wavy',
  'bg-indigo-100 decoration-indigo-700 decoration-solid',
] as const;
const SPEAKER_CHIPS = ['bg-sky-800', 'bg-amber-800', 'bg-emerald-800', 'bg-fuchsia-800', 'bg-orange-800', 'bg-indigo-800'] as const;
const UNKNOWN_MARK = 'bg-stone-100 decoration-stone-500 decoration-dotted';
const UNKNOWN_CHIP = 'bg-stone-600';

if (SPEAKER_MARKS.length !== SPEAKER_STYLE_COUNT) throw new Error('one speaker style per SPEAKER_STYLE_COUNT');

export function quoteMarkClass(style: number): string {
  return `fact-quote ${SPEAKER_MARKS[style] ?? UNKNOWN_MARK}`;
}

export function quoteChipClass(style: number): string {
  return `${SPEAKER_CHIPS[style] ?? UNKNOWN_CHIP} text-white`;
}

export const MEETING_MARK = 'rounded-sm border border-dashed border-teal-700 bg-teal-50';
export const MEETING_CHIP = 'bg-teal-800 text-white';
export const FIGURE_MARK = 'rounded-sm border border-violet-700 bg-violet-50 font-semibold';
export const FIGURE_CHIP = 'bg-violet-800 text-white';
