import Link from 'next/link';
import type { ReaderQuoteDto } from '@/db/queries/facts';
import { FactPanel } from './fact-panel';
import { Disputes, Echoes } from './report-links';

/** Who said a quotation (with their role), and which other reports give it or disagree. */
export function QuotePanel({ quote, panelId, from }: { quote: ReaderQuoteDto; panelId: string; from: string }) {
  const title = quote.person ? `Said by ${quote.person.name}` : quote.speaker ? `Said by ${quote.speaker}` : 'Speaker not known';
  return (
    <FactPanel id={panelId} title={title}>
      {quote.person ? (
        <p>
          {quote.person.role ? <>{quote.person.role}. </> : null}
          <Link prefetch={false} href={`/people/${quote.person.id}`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
            Everything {quote.person.name} said in the library
          </Link>
        </p>
      ) : (
        <p className="text-sm text-stone-700">
          {quote.speaker ? 'The article does not name this speaker.' : 'The article does not make clear who said this, so Cited asks no question about it.'}
        </p>
      )}
      <Echoes echoes={quote.echoes} from={from} />
      <Disputes disputes={quote.disputes} from={from} />
    </FactPanel>
  );
}
