import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { SqlJsStatic } from 'sql.js';
import { cardBack, cardFront, type ExportDeck } from './deck';

/**
 * An Anki package (.apkg): a zip holding `collection.anki2`, a SQLite database in Anki's schema 11 (the
 * one every Anki since 2.1 imports, and AnkiDroid and AnkiMobile too), and an empty `media` map. One Basic
 * note per question; the deck is named after the set. Written with sql.js so that no native module is needed.
 */

const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);`;

/** A positive id below 2^52 derived from text, so re-exporting a set updates the same notes in Anki. */
function stableId(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 12), 16) % 2 ** 40 + 1_500_000_000_000;
}

/** Anki's checksum of a note's sort field: the first 8 hex digits of its SHA-1. */
function checksum(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '<br>');
}

function collectionJson(deck: ExportDeck, ids: { model: number; deck: number }, nowSeconds: number) {
  const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  const model = {
    id: ids.model, name: 'Cited Basic', type: 0, mod: nowSeconds, usn: -1, sortf: 0, did: ids.deck, tags: [], vers: [],
    flds: [field('Front', 0), field('Back', 1)],
    tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id="answer">{{Back}}', did: null, bqfmt: '', bafmt: '' }],
    css: '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }',
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}', latexsvg: false, req: [[0, 'any', [0]]],
  };
  const deckRow = (id: number, name: string) => ({
    id, name, desc: '', mod: nowSeconds, usn: -1, collapsed: false, browserCollapsed: false, dyn: 0, conf: 1, extendNew: 10, extendRev: 50,
    newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  });
  const dconf = {
    id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 100 },
  };
  const conf = { activeDecks: [1], curDeck: 1, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: null, nextPos: 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
  return {
    conf: JSON.stringify(conf),
    models: JSON.stringify({ [ids.model]: model }),
    decks: JSON.stringify({ 1: deckRow(1, 'Default'), [ids.deck]: deckRow(ids.deck, deck.title) }),
    dconf: JSON.stringify({ 1: dconf }),
  };
}

/**
 * The deck as the bytes of an .apkg file.
 *
 * @example
 * const bytes = await buildApkg(await initSqlJs(), { title: 'Week 1', questions }, new Date());
 */
export async function buildApkg(SQL: SqlJsStatic, deck: ExportDeck, now: Date): Promise<Uint8Array> {
  const db = new SQL.Database();
  try {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const ids = { model: stableId(`model:cited-basic`), deck: stableId(`deck:${deck.title}`) };
    const json = collectionJson(deck, ids, nowSeconds);
    db.run(SCHEMA);
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [nowSeconds, now.getTime(), now.getTime(), json.conf, json.models, json.decks, json.dconf, '{}']);
    deck.questions.forEach((question, index) => {
      const noteId = stableId(`note:${question.id}`);
      const front = escapeHtml(cardFront(question));
      const fields = [front, escapeHtml(cardBack(question))].join('\x1f');
      db.run('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)', [noteId, `cited-${question.id}`, ids.model, nowSeconds, ` cited ${question.version.kind} `, fields, front, checksum(front), '']);
      db.run('insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [stableId(`card:${question.id}`), noteId, ids.deck, nowSeconds, index + 1, '']);
    });
    const zip = new JSZip();
    zip.file('collection.anki2', db.export());
    zip.file('media', '{}');
    return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  } finally {
    db.close();
  }
}
