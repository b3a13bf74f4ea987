import type { Mention } from '../mentions';
import { TITLE_HEADS } from '../lexicons/titles';
import type { Person } from '../types';
import { roleWords, sameRole } from './roles';
import type { ArticleView } from './view';

/**
 * A title set off from the name after it by a comma, as GOV.UK and wire copy write it: "Foreign Secretary,
 * Philip Hammond, visited Somalia", "Britain's Defence Secretary, Ana Ruiz, said". The title is the run of
 * capitalised words (with "of", "for", "and", "the" inside) that ends at the comma.
 */
const TITLE_THEN_COMMA = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]*){0,5}),\s+$/u;

/** The names an article writes after a comma-set title, with the title's words: read once per article view. */
const titledByComma = new WeakMap<ArticleView, { pos: number; mention: Mention; title: string[] }[]>();

function commaTitled(view: ArticleView): { pos: number; mention: Mention; title: string[] }[] {
  let list = titledByComma.get(view);
  if (list) return list;
  list = [];
  for (const m of view.doc.mentions) {
    if (m.kind !== 'person' || m.name.length < 2 || view.body.charCodeAt(m.start - 2) !== 0x2c || view.insideQuote(m.start)) continue;
    const title = TITLE_THEN_COMMA.exec(view.body.slice(Math.max(0, m.start - 80), m.start))?.[1];
    if (title) list.push({ pos: m.start, mention: m, title: roleWords(title) });
  }
  titledByComma.set(view, list);
  return list;
}

/**
 * Whom a role noun stands for when the article wrote the title apart from the name by a comma (the people
 * index keeps no title so written): the one person named that way before `pos` with a title holding the
 * noun ("the Foreign Secretary said:" after "Foreign Secretary, Philip Hammond, visited …"). Null when none
 * or two could be meant.
 *
 * @example
 * // 'Foreign Secretary, Ana Ruiz, arrived.\n\nThe Foreign Secretary said: …' → Ana Ruiz
 */
export function commaTitledHolder(view: ArticleView, personOf: (m: Mention) => Person | null, role: Mention, pos: number): Person | null {
  const noun = roleWords(role.role ?? '');
  if (noun.length === 0 || role.isPlural || !TITLE_HEADS.words.has(noun[noun.length - 1] as string)) return null;
  const found = new Map<string, Person>();
  for (const x of commaTitled(view)) {
    if (x.pos >= pos || !sameRole(noun, x.title)) continue;
    const p = personOf(x.mention);
    if (p) found.set(p.id, p);
  }
  return found.size === 1 ? ([...found.values()][0] as Person) : null;
}
