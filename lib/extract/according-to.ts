/** "according to X": where the cue starts, where its source starts, and the source as written (up to a comma or stop). */
export interface AccordingTo {
  start: number;
  sourceStart: number;
  /** The words of the source up to the next comma, semicolon or full stop: "official figures", "Sarah Cole". */
  source: string;
}

const CUE = /\baccording to\s+/gi;

/**
 * Every "according to" in body[from, to): the one reading of the cue that attribution, salience and
 * figure claimants share.
 *
 * @example
 * accordingToIn('Prices rose, according to official figures.', 0, 44)[0]?.source // 'official figures'
 */
export function accordingToIn(body: string, from: number, to: number): AccordingTo[] {
  const out: AccordingTo[] = [];
  const text = body.slice(0, to);
  CUE.lastIndex = from;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const sourceStart = m.index + m[0].length;
    const source = /^[^,.;]{0,60}/.exec(body.slice(sourceStart, sourceStart + 60))?.[0]?.trim() ?? '';
    out.push({ start: m.index, sourceStart, source });
  }
  return out;
}
