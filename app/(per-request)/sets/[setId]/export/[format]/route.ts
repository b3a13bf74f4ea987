import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import { getCaller } from '@/app/_lib/caller';
import { download, notFoundResponse } from '@/app/_lib/download';
import { getDb } from '@/db/client';
import { exportSet } from '@/db/queries/sets';
import { toAnkiText } from '@/lib/export/anki-text';
import { buildApkg } from '@/lib/export/apkg';
import { toCsv } from '@/lib/export/csv';
import { toGift } from '@/lib/export/gift';

type Context = { params: Promise<{ setId: string; format: string }> };

/** A set as CSV, an Anki deck (.apkg or text) or Moodle GIFT, for its owner only. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const caller = await getCaller();
  if (!caller) return notFoundResponse();
  const { setId, format } = await params;
  const deck = await exportSet(await getDb(), caller, setId);
  if (!deck) return notFoundResponse();
  const name = deck.title.slice(0, 60);
  switch (format) {
    case 'csv':
      return download(
        toCsv(
          ['position', 'kind', 'question', 'choices', 'answer', 'explanation', 'sources'],
          deck.questions.map((q, i) => [i + 1, q.version.kind, q.version.prompt, q.version.choices.join(' | '), q.version.answer, q.version.explanation, q.sourceTitles.join('; ')]),
        ),
        `${name}.csv`,
        'text/csv; charset=utf-8',
      );
    case 'gift':
      return download(toGift(deck), `${name}.gift.txt`, 'text/plain; charset=utf-8');
    case 'anki-txt':
      return download(toAnkiText(deck), `${name}.anki.txt`, 'text/plain; charset=utf-8');
    case 'apkg': {
      const bytes = await buildApkg(await initSqlJs(), deck, new Date());
      return download(new Blob([bytes as BlobPart]), `${name}.apkg`, 'application/octet-stream');
    }
    default:
      return notFoundResponse();
  }
}
