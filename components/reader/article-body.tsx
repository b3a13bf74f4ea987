import { markParagraphs, type Mark, type MarkNode } from '@/lib/reader/marks';
import { FactChip, type ChipProps } from './fact-chip';

/** How one fact is drawn: the class of its words and the button that opens its panel. */
export interface FactLook {
  markClass: string;
  chip: ChipProps;
}

type Props = { body: string; marks: Mark[]; looks: Record<string, FactLook> };

/**
 * The article's own words, paragraph by paragraph, with its facts drawn on them. A server component: the
 * body reaches the browser once, as HTML. The text of the marks is never changed; each fact ends with a
 * small button (its label drawn by CSS, so the article's text stays exactly the article's).
 */
export function ArticleBody({ body, marks, looks }: Props) {
  return (
    <div id="article-body" data-testid="article-body" className="flex flex-col gap-3 font-serif text-[1.05rem] leading-loose break-words">
      {markParagraphs(body, marks).map((paragraph) => (
        <p key={paragraph.start}>
          <Nodes nodes={paragraph.nodes} looks={looks} />
        </p>
      ))}
    </div>
  );
}

function Nodes({ nodes, looks }: { nodes: MarkNode[]; looks: Record<string, FactLook> }) {
  return nodes.map((node, index) => {
    if (node.type === 'text') return node.text;
    const children = <Nodes nodes={node.children} looks={looks} />;
    if (node.mark.kind === 'cited') {
      return (
        <mark key={index} id={node.isFirst ? 'cited' : undefined} className="scroll-mt-[30vh] rounded-sm bg-yellow-200 box-decoration-clone text-stone-950">
          {children}
        </mark>
      );
    }
    const look = looks[node.mark.id];
    if (!look) return <span key={index}>{children}</span>;
    return (
      <span key={index}>
        <span className={`fact-mark ${look.markClass}`} data-opens={look.chip.panelId}>
          {children}
        </span>
        {node.isLast ? <FactChip {...look.chip} /> : null}
      </span>
    );
  });
}
