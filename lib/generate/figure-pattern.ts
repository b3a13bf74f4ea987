import { escapeRegExp } from './text';

/**
 * Every whole occurrence of a figure as written, never a piece of a longer number: "5%" is not in "5.5%".
 *
 * @example
 * 'rose 5% to 5.5%'.replace(figurePattern('5%'), '_____'); // → 'rose _____ to 5.5%'
 */
export function figurePattern(raw: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{Sc}]|\\p{N}[.,])${escapeRegExp(raw)}(?![\\p{L}\\p{N}%]|[.,]\\p{N})`, 'gu');
}
