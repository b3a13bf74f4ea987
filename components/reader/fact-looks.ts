import type { ReaderFactsDto } from '@/db/queries/facts';
import type { Mark } from '@/lib/reader/marks';
import { speakerStyles } from '@/lib/reader/speakers';
import type { FactLook } from './article-body';
import { FIGURE_CHIP, FIGURE_MARK, MEETING_CHIP, MEETING_MARK, quoteChipClass, quoteMarkClass } from './styles';

export const panelIdOf = (factId: string) => `fact-${factId}`;

/** The marks to draw on an article and how each looks: speakers keep one style across the article. */
export function factLooks(facts: ReaderFactsDto): { marks: Mark[]; looks: Record<string, FactLook> } {
  const styles = speakerStyles(facts.quotes.map((q) => q.person?.id ?? null));
  const looks: Record<string, FactLook> = {};
  const marks: Mark[] = [];
  for (const q of facts.quotes) {
    const style = q.person ? (styles.get(q.person.id) ?? -1) : -1;
    const who = q.person?.name ?? q.speaker;
    marks.push({ id: q.id, kind: 'quote', ...q.range });
    looks[q.id] = {
      markClass: quoteMarkClass(style),
      chip: {
        panelId: panelIdOf(q.id),
        label: q.person?.shortName ?? (q.speaker ? 'unnamed' : '?'),
        name: who ? `${q.person?.shortName ?? 'Unnamed'}: quotation by ${who}` : 'Quotation, speaker not known',
        className: quoteChipClass(style),
      },
    };
  }
  for (const m of facts.meetings) {
    if (!m.range) continue;
    marks.push({ id: m.id, kind: 'meeting', ...m.range });
    looks[m.id] = { markClass: MEETING_MARK, chip: { panelId: panelIdOf(m.id), icon: 'meeting', name: `Meeting: ${m.what}`, className: MEETING_CHIP } };
  }
  for (const f of facts.figures) {
    marks.push({ id: f.id, kind: 'figure', ...f.range });
    looks[f.id] = { markClass: FIGURE_MARK, chip: { panelId: panelIdOf(f.id), icon: 'figure', name: `Figure: ${f.raw} ${f.unit}`, className: FIGURE_CHIP } };
  }
  return { marks, looks };
}
