import type { AnalyzedArticle } from './analyze';
import type { FigureQualifier, Span } from './types';

/** A figure before ids, claimant and cross-article fields. */
export interface RawFigure {
  value: number;
  unit: string;
  about: string;
  raw: string;
  valueStart: number;
  valueEnd: number;
  qualifier: FigureQualifier;
  status: string | null;
  sentence: Span;
}

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const UNITS_DIGIT = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = Object.keys(WORD_NUMBERS).join('|');
const FIGURE_RE = new RegExp(
  String.raw`(?<![\w.,])((?:${UNITS_DIGIT})(?:\s+(?:million|billion|thousand))?|(?:${WORDS})(?:[- ](?:two|three|four|five|six|seven|eight|nine))?(?:\s+(?:million|billion|thousand))?)(?:\s+|-)((?:[A-Za-z][a-z-]*\s+){0,2}?)([a-z]+s|men|people|personnel|staff|police|children|women|percent|per cent|km|kilometres|kilometers|miles)\b`,
  'gi',
);
const RELATIVE_RE = /\b(double|twice|triple|three times|half)\s+(?:that|this|the)\s+(?:number|figure|amount|size)\b/gi;
const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/;
const TIME_UNITS = /^(?:days|weeks|months|years|decades|hours|minutes)$/;
const QUALIFIERS: [RegExp, FigureQualifier][] = [
  [/\b(?:more than|over|in excess of)\s*$/i, 'more than'],
  [/\b(?:less than|fewer than|under)\s*$/i, 'less than'],
  [/\b(?:at least)\s*$/i, 'at least'],
  [/\b(?:up to|as many as)\s*$/i, 'up to'],
  [/\b(?:about|around|some|roughly|nearly|almost|approximately|close to)\s*$/i, 'about'],
  [/\b(?:estimated|an estimated|the estimated)\s*$/i, 'estimated'],
];
const STANDBY_RE = /\bon\s+(?:high\s+)?(standby|alert|stand-by)\b|\bready to deploy\b|\bput\b[^.]{0,40}\bon\s+(?:standby|alert)/i;
const DEPLOYED_RE = /\b(deployed|stationed|massed|sent|dispatched|mobili[sz]ed|amassed)\b/i;

function parseValue(raw: string): number | null {
  const lower = raw.toLowerCase();
  const mult = /million/.test(lower) ? 1e6 : /billion/.test(lower) ? 1e9 : /thousand/.test(lower) ? 1e3 : 1;
  const digits = lower.replace(/\s*(million|billion|thousand)$/, '');
  if (/^\d/.test(digits)) {
    const n = Number(digits.replace(/[,\u00a0\u202f ]/g, ''));
    return Number.isFinite(n) ? n * mult : null;
  }
  const parts = digits.split(/[- ]/);
  let n = 0;
  for (const p of parts) n += WORD_NUMBERS[p] ?? (p === 'one' ? 1 : 0);
  return n > 0 ? n * mult : null;
}

/** Figures in one article: value, unit, what is counted, qualifier and status ("on standby" vs "deployed"). */
export function extractFigures(a: AnalyzedArticle): RawFigure[] {
  const body = a.article.body;
  const out: RawFigure[] = [];
  for (const p of a.paragraphs) {
    if (p.isJunk) continue;
    for (const s of a.sentences[p.index] ?? []) {
      const text = body.slice(s.start, s.end);
      const found: RawFigure[] = [];
      FIGURE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = FIGURE_RE.exec(text))) {
        const raw = m[1] as string;
        const mods = (m[2] ?? '').trim();
        const unitWord = (m[3] as string).toLowerCase();
        const before = text.slice(0, m.index);
        if (MONTH_BEFORE.test(before)) continue;
        if (/^(19|20)\d\d$/.test(raw) && !mods) continue; // a year
        if (/[A-Z][a-z]+\s+$/.test(before) && /^\d+$/.test(raw) && Number(raw) < 10) continue; // "Nord Stream 2"
        const isWord = /^[a-z]/i.test(raw);
        if (isWord && /\b(?:the|in|within|for the past|of)\s+$/i.test(before) && TIME_UNITS.test(unitWord)) continue;
        if (isWord && /\bthe\s+$/i.test(before)) continue;
        if (/\b(?:in|within)\s+$/i.test(before) && TIME_UNITS.test(unitWord)) continue;
        if (/-/.test(text.slice(m.index + raw.length, m.index + raw.length + 1)) && TIME_UNITS.test(unitWord)) continue;
        if (mods && !/^[A-Za-z-]+(?:\s+[A-Za-z-]+)?$/.test(mods)) continue;
        if (/^(?:of|and|or|to|in|on|the|a)\b/i.test(mods)) continue;
        const value = parseValue(raw);
        if (value === null) continue;
        const unit = unitWord === 'per cent' ? 'percent' : unitWord;
        const valueStart = s.start + m.index;
        const valueEnd = valueStart + raw.length;
        const tailMatch = /^[^,.;:“”"()]{0,60}/.exec(text.slice(m.index + m[0].length));
        let tail = (tailMatch?.[0] ?? '').split(/\s+(?:with|and|but|which|that|who|it|to|as|while|if|because|so)\s+/)[0] ?? '';
        tail = tail.split(/\s+/).slice(0, 6).join(' ').trim();
        const about = `${mods ? `${mods} ` : ''}${unitWord}${tail ? ` ${tail}` : ''}`.trim();
        let qualifier: FigureQualifier = null;
        for (const [re, q] of QUALIFIERS) if (re.test(before)) qualifier = q;
        const near = text.slice(Math.max(0, m.index - 50), Math.min(text.length, m.index + m[0].length + 40));
        const status = STANDBY_RE.test(near) ? 'on standby' : DEPLOYED_RE.exec(near)?.[1]?.toLowerCase() ?? null;
        found.push({ value, unit, about, raw, valueStart, valueEnd, qualifier, status, sentence: { start: s.start, end: s.end } });
      }
      // "double that number": relative to the figure just before it in the sentence.
      RELATIVE_RE.lastIndex = 0;
      while ((m = RELATIVE_RE.exec(text))) {
        const base = found.filter((f) => f.valueStart < s.start + m!.index).pop();
        if (!base) continue;
        const word = (m[1] as string).toLowerCase();
        const factor = word === 'half' ? 0.5 : word === 'triple' || word === 'three times' ? 3 : 2;
        const valueStart = s.start + m.index;
        found.push({
          value: base.value * factor, unit: base.unit, about: base.about, raw: m[0], valueStart,
          valueEnd: valueStart + m[0].length, qualifier: null, status: null, sentence: { start: s.start, end: s.end },
        });
      }
      out.push(...found);
    }
  }
  return out;
}
