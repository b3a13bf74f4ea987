/**
 * Whether a person could be taken for the speaker of words at all (#15): someone who speaks somewhere, or whom a
 * report names at work by a formal title. The option floor let in anyone a report merely names, and judges struck
 * "Osama bin Laden" for a general's wife's thanks to the troops, "John F. Kennedy" (recalled in a prime minister's
 * turn: "the words delivered by President Kennedy") for words of 2022, and a firm ("Voith Hydro") as a person. News
 * style capitalises a formal title before a name ("Foreign Minister Sergei Lavrov", "Gen. Muhammad Aziz Khan") and
 * writes a description in lower case ("al-Qaida leader Osama bin Laden", "Iraqi leader Saddam Hussein": AP
 * Stylebook, "titles"), so a capital title in the narrator's own words marks an office holder of the time; one inside
 * someone's quotation, after "the late" or "former", or in a sentence of a year long gone is history.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { memoByObject, memoByObjectAndKey } from './memo';
import { escapeRegExp } from './text';
import { SPEECH_VERBS } from '@/lib/extract/lexicons/speech-verbs';
import { participantIds } from './meeting-people';

/** Formal titles and ranks that stand capitalised before a name (AP Stylebook, "titles"; "military titles"). */
const FORMAL_TITLE = String.raw`(?:President|Vice\s+President|Prime\s+Minister|Minister|Secretary|Secretary-General|Chancellor|Premier|Governor|Mayor|Ambassador|Envoy|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Speaker|Chairman|Chairwoman|Chair|Director|Commissioner|Commander|Chief|Spokesman|Spokeswoman|Spokesperson|Official|Adviser|Advisor|Counselor|Attorney\s+General|Chairperson|Lord|Baroness|Judge|Justice|Prosecutor|King|Queen|Prince|Princess|Emir|Sheikh|Sultan|Pope|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Sergeant|Sgt\.|Corporal|Cpl\.|Private|Pvt\.|Specialist|Spc\.|Airman|Seaman|Marshal|Brigadier|Officer|Dr\.|Professor|Prof\.)`;

/** A title ending just before a name: "Foreign Minister", "Chairman of the Joint Chiefs of Staff Gen.", "Airman 1st Class". */
const TITLE_BEFORE = new RegExp(String.raw`\b${FORMAL_TITLE}(?:\s+(?:of|for|to|in|and|the|\d+(?:st|nd|rd|th)|[\p{Lu}][\p{L}.’'-]*))*[-\p{L}]*,?\s+$`, 'u');

/** The same title in lower case just before the name, as some outlets write it: "foreign minister Mohamed Kamel Amr", "party official, Kim Yong Chol". */
const LOWER_TITLE_BEFORE = new RegExp(String.raw`\b${FORMAL_TITLE.toLowerCase()},?\s+$`, 'u');

/** A title set after the name, where news style writes it in lower case too: "Bruno Rodriguez, the foreign minister of Cuba". */
const TITLE_AFTER = new RegExp(String.raw`^,\s+(?:the\s+|a\s+)?(?:[\p{L}’'.-]+\s+){0,4}?${FORMAL_TITLE}\b`, 'iu');

/** A title held no more: "the late President", "former Secretary". */
const NO_MORE = /\b(?:late|former|then|ex-)\s*(?:\p{Lu}[\p{L}.’'-]*\s+)*$/iu;

/** "…,” said Halden resident Pia Lund": after a quotation, a verb of saying before the name and its description. */
const SAID_BEFORE = /[”"],?\s*(\p{Ll}+)\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;
/** "Pia Lund, a resident, said": the name, an optional description between commas, then a verb of saying. */
const SAID_AFTER = /^(?:\s*,[^,.“”"]{0,80},|\s+(?:for|of|from|at|with)\s+[^,.“”"]{0,60}?,)?,?\s+(\p{Ll}+)\b/u;

/** Whether the narrator has the person speak at this mention: the subject of a verb of saying, either side. */
function isSpeakingAt(before: string, after: string): boolean {
  const verb = (m: RegExpExecArray | null) => !!m && SPEECH_VERBS.has(m[1] ?? '');
  return verb(SAID_AFTER.exec(after)) || verb(SAID_BEFORE.exec(before));
}

/** Years before a report's own beyond which a sentence's year tells history ("met President John Kennedy in 1961"). */
const HISTORY_YEARS = 10;

/** Each report's quoted stretches (a transcript's turns included). */
const quotedSpans = memoByObject((ctx: GenerateContext): Map<string, { start: number; end: number }[]> => {
  const out = new Map<string, { start: number; end: number }[]>();
  for (const q of ctx.quotes) {
    const spans = out.get(q.articleId) ?? [];
    if (!out.has(q.articleId)) out.set(q.articleId, spans);
    spans.push({ start: q.start, end: q.end });
  }
  return out;
});

const speakers = memoByObject((ctx: GenerateContext): ReadonlySet<string> => new Set(ctx.quotes.map((q) => q.speakerId).filter((id): id is string => !!id)));

/**
 * People a report has take part in a meeting of its own time ("held bilateral meetings with Ms. Vjosa Osmani"): not
 * one a sentence recalls ("in 1961 to meet with President John Kennedy", "the late President …"), nor one named only
 * inside the quoted words of its sentence ("… recover from a brutal regime, that of Saddam Hussein.").
 */
const meetingPeople = memoByObject((ctx: GenerateContext): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const m of ctx.meetings) {
    const article = ctx.articles.get(m.articleId);
    if (!article) continue;
    const sentence = article.body.slice(m.sentence.start, m.sentence.end);
    if (isHistoryText(sentence, Number(article.date?.slice(0, 4)) || null) || /\b(?:late|former)\s+\p{Lu}/u.test(sentence)) continue;
    for (const id of participantIds(ctx, m)) {
      const forms = ctx.people.spellings(id).filter((f) => f.trim().length > 2);
      if (forms.some((f) => isOutsideQuotes(sentence, f))) out.add(id);
    }
  }
  return out;
});

/** Whether a form stands in a sentence outside any quotation marks it opens. */
function isOutsideQuotes(sentence: string, form: string): boolean {
  let at = sentence.indexOf(form);
  while (at >= 0) {
    const head = sentence.slice(0, at);
    const open = (head.match(/“/g)?.length ?? 0) - (head.match(/”/g)?.length ?? 0) + ((head.match(/"/g)?.length ?? 0) % 2);
    if (open <= 0) return true;
    at = sentence.indexOf(form, at + 1);
  }
  return false;
}

/** Whether the sentence around `at` names a year long before the report's own. */
function isOfHistory(body: string, at: number, reportYear: number | null): boolean {
  const start = Math.max(body.lastIndexOf('.', at), body.lastIndexOf('\n', at)) + 1;
  const end = body.indexOf('\n', at);
  return isHistoryText(body.slice(start, end < 0 ? body.length : end), reportYear);
}

/** Whether a text names a year long before the report's own. */
function isHistoryText(text: string, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) <= reportYear - HISTORY_YEARS);
}

/** Whether one report names the person in its own words after a formal title of the time, or has them speak. */
function isTitledIn(ctx: GenerateContext, p: Person, articleId: string): boolean {
  const article = ctx.articles.get(articleId);
  if (!article) return false;
  const body = article.body;
  const spans = quotedSpans(ctx).get(articleId) ?? [];
  const year = Number(article.date?.slice(0, 4)) || null;
  const full = ctx.people.spellings(p.id).filter((s) => /\s/.test(s.trim()));
  const surname = p.name.trim().split(/\s+/).pop() ?? '';
  // Full names, and the surname alone where a full name is written (news style's second reference: "Gen. Myers").
  // A headline names the principals of its news ("Remarks by President Biden, President Yoon Suk Yeol, and Prime Minister Kishida").
  if (full.some((f) => article.title.includes(f))) return true;
  if (!full.some((f) => body.includes(f))) return false;
  const forms = surname.length > 2 ? [...full, surname] : full;
  for (const form of forms) {
    for (const m of body.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(form)}(?![\p{L}])`, 'gu'))) {
      const at = m.index ?? 0;
      if (spans.some((s) => s.start <= at && at < s.end)) continue;
      const before = body.slice(Math.max(0, at - 80), at);
      const after = body.slice(at + form.length, at + form.length + 80);
      const titled = ((TITLE_BEFORE.test(before) || LOWER_TITLE_BEFORE.test(before)) && !NO_MORE.test(before.replace(TITLE_BEFORE, '').replace(LOWER_TITLE_BEFORE, ''))) || (TITLE_AFTER.test(after) && !/^,\s+(?:the\s+)?(?:late|former|then|ex-)/i.test(after));
      if ((titled || isSpeakingAt(before, after)) && !isOfHistory(body, at, year)) return true;
    }
  }
  return false;
}

/**
 * Whether a person may be offered as the speaker of someone's words: quoted somewhere in the library, at a meeting of
 * a report's own time, or named in a report's own words by a formal title of the time or as the subject of a verb of saying ("said resident Pia Lund"). Once per person and library.
 *
 * @example
 * isPlausibleSpeaker(ctx, binLaden); // → false: "al-Qaida leader Osama bin Laden", never quoted
 * isPlausibleSpeaker(ctx, khan); // → true: "Chairman of the Joint Staff Committee Gen. Muhammad Aziz Khan"
 */
export const isPlausibleSpeaker = memoByObjectAndKey(
  (ctx: GenerateContext, p: Person): boolean => {
    if (speakers(ctx).has(p.id) || meetingPeople(ctx).has(p.id)) return true;
    return [...ctx.articles.keys()].some((id) => isTitledIn(ctx, p, id));
  },
  (p: Person) => p.id,
);
