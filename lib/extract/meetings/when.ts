import { WHEN_RE } from '../dates';

/** A private copy of WHEN_RE to scan with: matchAll would clone the expression on every call. */
const WHEN_SCAN = new RegExp(WHEN_RE.source, WHEN_RE.flags);

/** The first "when" phrase of the text, as `[...text.matchAll(WHEN_RE)][0]?.[0]`. */
export function firstWhen(text: string): string | undefined {
  WHEN_SCAN.lastIndex = 0;
  return WHEN_SCAN.exec(text)?.[0];
}

/** The last "when" phrase of the text, as `[...text.matchAll(WHEN_RE)].pop()?.[0]`. */
export function lastWhen(text: string): string | undefined {
  WHEN_SCAN.lastIndex = 0;
  let last: string | undefined;
  let m: RegExpExecArray | null;
  while ((m = WHEN_SCAN.exec(text))) {
    last = m[0];
    if (m[0] === '') WHEN_SCAN.lastIndex++;
  }
  return last;
}

