import { markParagraphs, type Mark, type MarkNode } from '@/lib/reader/marks';
import type { ChipProps } from './fact-chip';
import { CHIP_ICON_HTML } from './fact-chip-icons';

/** How one fact is drawn: the class of its words and the button that opens its panel. */
export interface FactLook {
  markClass: string;
  chip: ChipProps;
}

/** The body's own look, shared by the page drawn per request and the one rendered once (components/ui/html-once.tsx). */
export const ARTICLE_BODY_CLASS = 'article-paragraphs flex flex-col gap-3 font-serif text-[1.05rem] leading-loose break-words';

const CITED_CLASS = 'scroll-mt-[30vh] rounded-sm bg-yellow-200 box-decoration-clone text-stone-950';

/**
 * The article's own words, paragraph by paragraph, with its facts drawn on them, as one string of HTML that
 * the pages hand to `HtmlOnce` instead of a tree of hundreds of elements: the body has no React behaviour
 * (the chips are native popover buttons, taps are handled by TapToOpen), and rendering the tree twice on
 * every request (the RSC payload, then the HTML) was most of the page's CPU. Every piece of text and every
 * attribute goes through `escapeHtml`. The text of the marks is never changed; each fact ends with a small
 * button (its label drawn by CSS, so the article's text stays exactly the article's).
 */
export function articleBodyHtml(body: string, marks: Mark[], looks: Record<string, FactLook>): string {
  return markParagraphs(body, marks)
    .map((paragraph) => `<p>${nodesHtml(paragraph.nodes, looks)}</p>`)
    .join('');
}

function nodesHtml(nodes: MarkNode[], looks: Record<string, FactLook>): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      html += escapeHtml(node.text);
      continue;
    }
    const children = nodesHtml(node.children, looks);
    if (node.mark.kind === 'cited') {
      html += `<mark${node.isFirst ? ' id="cited"' : ''} class="${CITED_CLASS}">${children}</mark>`;
      continue;
    }
    const look = looks[node.mark.id];
    if (!look) {
      html += `<span>${children}</span>`;
      continue;
    }
    const chip = node.isLast ? chipHtml(look.chip) : '';
    html += `<span><span class="fact-mark ${escapeHtml(look.markClass)}" data-opens="${escapeHtml(look.chip.panelId)}">${children}</span>${chip}</span>`;
  }
  return html;
}

/** The button after a marked fact: opens its panel (a native popover, so it works before any script runs). */
function chipHtml({ panelId, name, label, icon, className }: ChipProps): string {
  const labelAttr = label === undefined ? '' : ` data-label="${escapeHtml(label)}"`;
  const iconHtml = icon ? CHIP_ICON_HTML[icon] : '';
  return `<button type="button" popovertarget="${escapeHtml(panelId)}" aria-label="${escapeHtml(name)}"${labelAttr} class="fact-chip ${escapeHtml(className)}">${iconHtml}</button>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values as HTML: nothing in an article (a teacher's upload included) can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
