import { escapeRegExp } from '../chars';
import type { Mention } from '../mentions';
import type { Person } from '../types';
import type { ArticleView } from './view';

/**
 * The people an article names who are named in its headline too, per article view: a document's
 * fact, read once rather than for every role noun (`personOf` is the article's people index, which
 * never changes for a view).
 */
const titled = new WeakMap<ArticleView, Person[]>();

function peopleInTitle(view: ArticleView, personOf: (m: Mention) => Person | null, title: string): Person[] {
  const known = titled.get(view);
  if (known) return known;
  const seen = new Map<string, Person>();
  for (const m of view.doc.mentions) {
    if (m.kind !== 'person') continue;
    const p = personOf(m);
    if (p) seen.set(p.id, p);
  }
  // A name the headline does not hold as written cannot match the pattern: no pattern compiled for it.
  const found = [...seen.values()].filter((p) => title.includes(p.name) && new RegExp(`(?<!\\p{L})${escapeRegExp(p.name)}(?!\\p{L})`, 'u').test(title));
  titled.set(view, found);
  return found;
}

/**
 * Whether the headline writes the role's title right before the person's name ("Defence Secretary Michael
 * Fallon visits Washington" for "The Defence Secretary said:"): the headline itself says who holds it.
 */
function givesTitle(title: string, role: string, p: Person): boolean {
  const words = role.split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<!\\p{L})${words}\\s+(?:\\p{L}[\\p{L}.'’-]*\\s+){0,3}?${escapeRegExp(p.name)}(?!\\p{L})`, 'iu').test(title);
}

/**
 * Whom an untitled role noun stands for when the article gives the title to nobody: the one person the
 * headline names ("Gordon Brown pledges to tackle youth unemployment" … "The Prime Minister assured
 * young jobseekers …"), when nobody else has been named before the role noun. Press releases and
 * wire leads name the subject in the headline and call them by their post in the body. Null when the
 * headline names two people ("Biden meets Kishida"): the reader could not tell either, unless the headline
 * gives one of them the role's title.
 */
export function headlinePerson(view: ArticleView, personOf: (m: Mention) => Person | null, role: Mention): Person | null {
  const title = view.doc.title;
  if (!title || role.isPlural || role.isObject) return null;
  const inTitle = peopleInTitle(view, personOf, title);
  const holders = role.role ? inTitle.filter((p) => givesTitle(title, role.role as string, p)) : [];
  if (holders.length === 1) return holders[0] as Person;
  if (inTitle.length !== 1) return null;
  const only = inTitle[0] as Person;
  for (const m of view.mentionsIn(0, role.start)) {
    if (m.kind !== 'person' || view.insideQuote(m.start) || m.name.length < 2) continue;
    if (personOf(m)?.id !== only.id) return null;
  }
  return only;
}
