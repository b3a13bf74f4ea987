/** The typed answer of a figure: what the student types, and the margin accepted. */
import type { Figure } from '@/lib/extract/types';
import { decimalPlaces, formatLike, scaleName, type WrittenNumber } from './numbers';
import type { FigureKind } from './figure-askable';

/** "1 decimal place", "2 decimal places" in words, so that no digit of the prompt can echo the answer. */
const PLACES = ['', 'one decimal place', 'two decimal places', 'three decimal places'];

/**
 * What the student types and how close it must be, in words for the prompt and as the unit of
 * `numeric`: "Type the amount in billions of US dollars; answers within 0.2 of the reported figure
 * are accepted." The typed number is the figure in the scale it is written in (4.5 for "$4.5bn").
 */
export function typedInstruction(f: Figure, parsed: WrittenNumber, kind: FigureKind, tolerance: number): { text: string; unit: string } {
  const places = decimalPlaces(parsed.style);
  const tol = parsed.style.kind === 'grouped' && Number.isInteger(tolerance) ? formatLike(tolerance, parsed.style) : String(tolerance);
  const within = `answers within ${tol}`;
  const scale = scaleName(parsed);
  if (kind === 'percent') {
    const points = /points?$/i.test(f.unit.trim());
    const what = points ? 'the number of percentage points' : 'the percentage';
    const pointWord = tolerance === 1 ? 'percentage point' : 'percentage points';
    if (tolerance > 0) return { text: `Type ${what}; ${within} ${pointWord} of the reported figure are accepted.`, unit: f.unit };
    const exact = places === 0 ? 'as a whole number' : `to ${PLACES[places] ?? `${places} decimal places`}`;
    return { text: `Type ${what} ${exact}; only the exact figure is accepted.`, unit: f.unit };
  }
  if (kind === 'money') {
    const currency = /^money$/i.test(f.unit.trim()) ? '' : f.unit.trim();
    const what = scale ? `${scale}s${currency ? ` of ${currency}` : ''}` : currency;
    const inWhat = what ? ` in ${what}` : '';
    const unit = [scale, currency || 'money'].filter(Boolean).join(' ');
    if (tolerance === 0) return { text: `Type the exact amount${inWhat}.`, unit };
    return { text: `Type the amount${inWhat}; ${within} of the reported figure are accepted.`, unit };
  }
  const inScale = scale ? ` in ${scale}s` : '';
  const unit = scale ? `${scale} ${f.unit}` : f.unit;
  if (tolerance === 0) return { text: `Type the exact number${inScale}.`, unit };
  return { text: `Type ${scale ? `the number${inScale}` : 'a number'}; ${within} of the reported figure are accepted.`, unit };
}

/** Qualifiers that state one side of a range ("more than", "up to"): the figure is the bound itself. */
const BOUNDS: ReadonlySet<Figure['qualifier']> = new Set(['more than', 'less than', 'up to', 'at least', 'over', 'between']);

/**
 * Whether a figure's qualifier bounds it, so that any typed margin would cross the bound.
 *
 * @example
 * isBound('more than'); // → true
 * isBound('about'); // → false
 */
export function isBound(qualifier: Figure['qualifier']): boolean {
  return BOUNDS.has(qualifier);
}
