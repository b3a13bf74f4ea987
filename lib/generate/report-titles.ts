/**
 * The titles each report writes before a person's name, per report: "PRESIDENT NIINISTÖ:", "President of Turkey
 * Recep Tayyip Erdogan", "Pakistani Army Chief General Raheel Sharif". One index per library, read by every helper
 * that asks what a report calls someone (written-title, titled-names, sides, scene-links), so a title is read in
 * one place and each entry keeps its report, the report's year and whether the report is a garbled copy: a copy's
 * titles ("US Vice President Joe Biden" in a 2022 rewrite) are its own, never another report's.
 *
 * Each facet is filled per person on first use: a thousand-article library asks only of the people it questions.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { namedIn } from './story';
import { escapeRegExp } from './text';
import { memoByObject, memoByObjectAndKey } from './memo';

/** A report of the library as the title index sees it. */
export interface TitledReport {
  id: string;
  /** The report's year ("2022"), or null when it has no date. */
  year: string | null;
  /** A garbled or machine-rewritten copy: its titles count for itself only. */
  isCopy: boolean;
  title: string;
  body: string;
}

/** One report's finding for one person. */
export interface PerReport<T> {
  report: TitledReport;
  value: T;
}

/** The library's reports in the library's order, once per library. */
export const titledReports = memoByObject((ctx: GenerateContext): TitledReport[] =>
  [...ctx.articles].map(([id, a]) => ({ id, year: a.date?.slice(0, 4) ?? null, isCopy: ctx.isDerivative(id), title: a.title, body: a.body })),
);

/** Offices whose holder a report calls by title and surname alone ("President Obama", "Chancellor Merkel"). */
export const SURNAME_TITLES = new Set(['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emir', 'sultan']);

/** A capitalised word or a surname's particle right after: the name goes on ("President Teodoro Obiang"). */
const NAME_GOES_ON = /^\s+(?:\p{Lu}\p{Ll}|(?:de|van|von|da|del|di|du|le|la|bin|al|ibn)\s)/u;

/** The words a surname-title form is looked for under: the last word, and the first of a two-word name ("Hu Jintao"). */
function surnameCandidates(name: string): string[] {
  const words = name.split(/\s+/).reverse();
  return words.length === 2 ? words : words.slice(0, 1);
}

/** The head offices a report writes before one surname, lowercased with single spaces ("prime minister"). */
export interface SurnameTitles {
  /** Every such office, "Vice President Biden"'s "president" too. */
  any: Set<string>;
  /** Those no "Vice", "Deputy", "former" or "acting" stands before: the office the report says the person holds. */
  held: Set<string>;
}

/** "Vice ", "former ", "Deputy ": words before an office that make it another office or a past one. */
const NOT_HELD_BEFORE = /\b(?:vice|deputy|former|ex|late|then|acting)[\s-]*$/i;

/** The surname titles as one alternation, the space of "prime minister" standing for any whitespace. */
const OFFICES = [...SURNAME_TITLES].map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');

/** A surname title with whitespace after it, where no letter stands before: where a title before a surname can start. */
const OFFICE_THEN_SPACE = new RegExp(`(?<![\\p{L}])(?:${OFFICES})\\s+`, 'giu');

/**
 * Per report, where its body and its headline write a surname title ("President ", "PRIME MINISTER "), read once
 * per library: every person asked about used to search every whole report again.
 */
const officeStarts = memoByObject((ctx: GenerateContext): { body: number[]; title: number[] }[] => {
  const find = (text: string): number[] => [...text.matchAll(OFFICE_THEN_SPACE)].map((m) => m.index);
  return titledReports(ctx).map((report) => ({ body: find(report.body), title: find(report.title) }));
});

/**
 * Adds to `found` the offices one text writes before a surname: `re` (sticky) tried only where an office starts,
 * left to right and never inside the match before, finds what one search through the whole text would.
 */
function titlesBefore(text: string, starts: readonly number[], re: RegExp, found: SurnameTitles): void {
  let lastEnd = 0;
  for (const start of starts) {
    if (start < lastEnd) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    lastEnd = end;
    if (NAME_GOES_ON.test(text.slice(end, end + 6))) continue;
    const office = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    found.any.add(office);
    if (!NOT_HELD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) found.held.add(office);
  }
}

/**
 * Per report, per candidate surname of `name` (a person's shown name): the head offices written, in any case, just
 * before that word with no further name after it ("President Niinistö", "PRESIDENT NIINISTÖ:").
 *
 * @example
 * surnameTitles(ctx, 'Niinistö')[0].value.get('Niinistö'); // → { any: Set { 'president' }, held: Set { 'president' } }
 */
export const surnameTitles = memoByObjectAndKey((ctx: GenerateContext, name: string): PerReport<Map<string, SurnameTitles>>[] => {
  const forms = surnameCandidates(name).map((surname) => ({
    surname,
    re: new RegExp(`(?<![\\p{L}])(${OFFICES})\\s+${escapeRegExp(surname)}(?![\\p{L}])`, 'iuy'),
  }));
  const starts = officeStarts(ctx);
  return titledReports(ctx).map((report, i) => {
    const value = new Map<string, SurnameTitles>();
    const at = starts[i] as { body: number[]; title: number[] };
    for (const { surname, re } of forms) {
      const found: SurnameTitles = { any: new Set(), held: new Set() };
      titlesBefore(report.body, at.body, re, found);
      titlesBefore(report.title, at.title, re, found);
      value.set(surname, found);
    }
    return { report, value };
  });
});

/** A head's title just before a name or surname; "Vice President", "former President" are other offices. */
const HEAD_TITLE_BEFORE = /(?<!\b(?:Vice|Deputy|former|Former|ex|then|acting|Acting)[\s-])\b(?:President|Prime Minister|Chancellor)\s+$/u;

/**
 * Per report: whether it writes a head's title before the person's surname or whole name ("Remarks by President
 * Biden", "President Joe Biden"), not a deputy's or a former holder's.
 *
 * @example
 * headTitleBefore(ctx, biden).some((r) => r.value && !r.report.isCopy); // → true
 */
export const headTitleBefore = memoByObjectAndKey((ctx: GenerateContext, p: Person): PerReport<boolean>[] => {
  const surname = p.name.trim().split(/\s+/).pop() ?? '';
  const givenNames = p.name.slice(0, p.name.length - surname.length);
  const writes = (text: string) => {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const before = text.slice(Math.max(0, at - 40), at);
      const beforeName = givenNames && before.endsWith(givenNames) ? before.slice(0, before.length - givenNames.length) : before;
      if (HEAD_TITLE_BEFORE.test(before) || HEAD_TITLE_BEFORE.test(beforeName)) return true;
    }
    return false;
  };
  const capital = /^\p{Lu}/u.test(surname);
  return titledReports(ctx).map((report) => ({ report, value: capital && (writes(report.title) || writes(report.body)) }));
}, (p: Person) => p.id);

/** A text just before and just after one mention of a person's full name. */
export interface NameMention {
  before: string;
  after: string;
}

/**
 * Per report that names the person: each mention of their full name or a full alias (forms in order, then by
 * place), with the 90 characters before it and the 50 after, where the titles and the apposition a report
 * writes around a name are ("Pakistani Army Chief General Raheel Sharif", "Bruno Rodriguez, Cuba’s foreign minister").
 */
export const nameMentions = memoByObjectAndKey((ctx: GenerateContext, p: Person): PerReport<NameMention[]>[] => {
  const forms = [p.name, ...p.aliases].filter((f) => f.includes(' ') && /^\p{Lu}/u.test(f));
  const out: PerReport<NameMention[]>[] = [];
  for (const report of titledReports(ctx)) {
    if (!namedIn(ctx, report.id).has(p.id)) continue;
    const value: NameMention[] = [];
    const { body } = report;
    for (const form of forms) {
      for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length)) {
        value.push({ before: body.slice(Math.max(0, at - 90), at), after: body.slice(at + form.length, at + form.length + 50) });
      }
    }
    out.push({ report, value });
  }
  return out;
}, (p: Person) => p.id);

/** An office written just before a full name, with what stands on either side of it. */
export interface OfficeBeforeName {
  /** "Russian" of "Russian President". */
  before: string | undefined;
  /** "President", "Prime Minister", "Chancellor". */
  office: string;
  /** "Russia" of "President of Russia". */
  of: string | undefined;
  /** The dozen characters before the whole title ("former ", "Vice "). */
  preceding: string;
}

/** "Russian President", "President of Russia", "Prime Minister of the Republic of Turkey": an office then, optionally, the state it is of. */
const TITLE = String.raw`(?:(\p{Lu}\p{Ll}+)\s+)?(President|Prime Minister|Chancellor)(?:\s+of\s+((?:the\s+)?\p{Lu}\p{Ll}+(?:\s+(?:of\s+)?\p{Lu}\p{Ll}+){0,3}))?`;

/**
 * Per report that names the person, in the body's order: the head offices written just before their full name
 * ("President of the Republic of Turkey Recep Tayyip Erdogan"). Empty for a one-word name.
 */
export const officesBeforeName = memoByObjectAndKey((ctx: GenerateContext, p: Person): PerReport<OfficeBeforeName[]>[] => {
  if (!/\s/.test(p.name)) return [];
  const re = new RegExp(String.raw`\b${TITLE}\s+${escapeRegExp(p.name)}\b`, 'gu');
  return titledReports(ctx)
    .filter((report) => namedIn(ctx, report.id).has(p.id))
    .map((report) => ({
      report,
      value: [...report.body.matchAll(re)].map((m) => ({ before: m[1], office: m[2] ?? '', of: m[3], preceding: report.body.slice(Math.max(0, m.index - 12), m.index) })),
    }));
}, (p: Person) => p.id);
