import type { ReaderFigureDto } from '@/db/queries/facts';
import { FactPanel } from './fact-panel';
import { Disputes, Echoes } from './report-links';

/** What a figure counts, who claims it, and which other reports give it or another number. */
export function FigurePanel({ figure, panelId, from }: { figure: ReaderFigureDto; panelId: string; from: string }) {
  return (
    <FactPanel id={panelId} title={`${figure.qualifier ? `${capitalise(figure.qualifier)} ` : ''}${figure.raw} ${figure.unit}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Counts</dt>
        <dd>{figure.about}</dd>
        {figure.status ? (
          <>
            <dt className="font-semibold">Status</dt>
            <dd>{figure.status}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Source</dt>
        <dd>{figure.claimant ? `According to ${figure.claimant}` : 'The report states it itself'}</dd>
      </dl>
      <Echoes echoes={figure.echoes} from={from} />
      <Disputes disputes={figure.disputes} from={from} />
    </FactPanel>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
