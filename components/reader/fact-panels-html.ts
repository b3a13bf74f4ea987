import type { DisputeDto, ReaderFactsDto, ReaderFigureDto, ReaderMeetingDto, ReaderQuoteDto, ReportLink } from '@/db/queries/facts';
import { citeHref } from '@/lib/reader/cite';
import { formatDate } from '@/lib/reader/dates';
import { escapeHtml as esc } from './article-body';
import { panelIdOf } from './fact-looks';

/**
 * An article's fact panels as one string of HTML, built once per article and library (see
 * app/_lib/shared-library.ts) instead of a React tree of hundreds of elements rendered twice (the RSC
 * payload, then the HTML) on every request. The panels have no React behaviour: each is a native popover
 * (Escape, a tap outside and the Close button dismiss it with no script), and their links are followed by
 * SoftLinks (components/nav/soft-links.tsx) without a full page load. Every text and attribute goes through
 * `escapeHtml`. Their classes are in app/globals.css.
 *
 * They go out inside a `<noscript>`: a browser without scripts builds them (so every button still opens its
 * panel); one with scripts keeps them as text, and a panel is built when it is first opened
 * (components/reader/fact-panel-on-demand.ts). Most of them are never opened, and built up front they were
 * half the article page's elements.
 */
export function factPanelsHtml(slug: string, facts: Pick<ReaderFactsDto, 'quotes' | 'meetings' | 'figures'>): string {
  // Links out of a panel come back to this article, at the fact they left from.
  const backHere = (range: { start: number; end: number }) => `/articles/${slug}?cite=${range.start}-${range.end}#cited`;
  const panels = [
    ...facts.quotes.map((q) => quotePanel(q, panelIdOf(q.id), backHere(q.sentence))),
    ...facts.meetings.map((m) => (m.range ? meetingPanel(m, panelIdOf(m.id), backHere(m.sentence)) : '')),
    ...facts.figures.map((f) => figurePanel(f, panelIdOf(f.id), backHere(f.sentence))),
  ].join('');
  return `<noscript>${panels}</noscript>`;
}

const LINK = 'inline-flex min-h-11 items-center underline underline-offset-2';

function link(href: string, className: string, text: string): string {
  return `<a href="${esc(href)}" class="${className}">${esc(text)}</a>`;
}

/** A small sheet that rises from the bottom of the screen, or takes the top when it would hide what was tapped (tap-to-open.tsx). */
function factPanel(id: string, title: string, children: string): string {
  const i = esc(id);
  return (
    `<section id="${i}" popover="auto" aria-labelledby="${i}-title" class="fact-panel"><div class="fact-panel-body"><div class="fact-panel-head">` +
    `<h2 id="${i}-title" class="fact-panel-title">${esc(title)}</h2>` +
    `<button type="button" popovertarget="${i}" popovertargetaction="hide" class="fact-panel-close"><span aria-hidden="true" class="fact-icon fact-icon-close size-5"></span><span class="sr-only">Close</span></button>` +
    `</div>${children}</div></section>`
  );
}

/** Who said a quotation (with their role), and which other reports give it or disagree. */
function quotePanel(quote: ReaderQuoteDto, panelId: string, from: string): string {
  const title = quote.person ? `Said by ${quote.person.name}` : quote.speaker ? `Said by ${quote.speaker}` : 'Speaker not known';
  const who = quote.person
    ? `<p>${quote.person.role ? `${esc(quote.person.role)}. ` : ''}${link(`/people/${quote.person.id}`, `${LINK} font-medium`, `Everything ${quote.person.name} said in the library`)}</p>`
    : `<p class="text-sm text-stone-700">${quote.speaker ? 'The article does not name this speaker.' : 'The article does not make clear who said this, so Cited asks no question about it.'}</p>`;
  return factPanel(panelId, title, who + echoes(quote.echoes, from) + disputes(quote.disputes, from));
}

/** What a meeting was, where and when, who took part, and where it sits on the timeline. */
function meetingPanel(meeting: ReaderMeetingDto, panelId: string, from: string): string {
  const place = meeting.place === 'virtual' ? 'Online' : (meeting.place ?? 'Place not given');
  const when =
    (meeting.date ? esc(formatDate(meeting.date)) : 'Date not given') +
    (meeting.whenText ? `<span class="text-stone-600"> (the article says “${esc(meeting.whenText)}”)</span>` : '');
  const who = meeting.participants.length ? `<dt class="font-semibold">Who</dt><dd>${participants(meeting.participants)}</dd>` : '';
  return factPanel(
    panelId,
    `Meeting: ${meeting.what}`,
    `<dl class="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm"><dt class="font-semibold">Where</dt><dd>${esc(place)}</dd><dt class="font-semibold">When</dt><dd>${when}</dd>${who}</dl>` +
      link(`/timeline#${meeting.id}`, `${LINK} text-sm font-medium`, 'See it on the timeline') +
      echoes(meeting.echoes, from) +
      disputes(meeting.disputes, from),
  );
}

/** What a figure counts, who claims it, and which other reports give it or another number. */
function figurePanel(figure: ReaderFigureDto, panelId: string, from: string): string {
  const title = `${figure.qualifier ? `${capitalise(figure.qualifier)} ` : ''}${figure.raw} ${figure.unit}`;
  const status = figure.status ? `<dt class="font-semibold">Status</dt><dd>${esc(figure.status)}</dd>` : '';
  const source = figure.claimant ? `According to ${figure.claimant}` : 'The report states it itself';
  return factPanel(
    panelId,
    title,
    `<dl class="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm"><dt class="font-semibold">Counts</dt><dd>${esc(figure.about)}</dd>${status}<dt class="font-semibold">Source</dt><dd>${esc(source)}</dd></dl>` +
      echoes(figure.echoes, from) +
      disputes(figure.disputes, from),
  );
}

/** Who took part: people link to their page in Who's who; countries and groups are plain words. */
function participants(list: { name: string; personId: string | null }[]): string {
  const items = list.map((p) => `<li>${p.personId ? link(`/people/${p.personId}`, LINK, p.name) : `<span class="inline-flex min-h-11 items-center">${esc(p.name)}</span>`}</li>`);
  return `<ul class="flex flex-wrap gap-x-3">${items.join('')}</ul>`;
}

const hrefOf = (report: ReportLink, from: string) => (report.range ? citeHref(report.slug, report.range, from) : `/articles/${report.slug}`);

/** The other reports that give the same fact (their words may differ: see the disagreements), each linking to its sentence. */
function echoes(list: ReportLink[], from: string): string {
  if (list.length === 0) return '<p class="text-sm text-stone-600">No other report in the library gives this.</p>';
  const items = list.map((echo) => `<li>${link(hrefOf(echo, from), LINK, echo.label)}</li>`);
  return `<div class="text-sm"><h3 class="font-semibold">Also reported in</h3><ul class="mt-1 flex flex-col">${items.join('')}</ul></div>`;
}

/** Where reports disagree about this fact: what each says, with its sentence, and the full comparison. */
function disputes(list: DisputeDto[], from: string): string {
  if (list.length === 0) return '';
  const blocks = list.map((dispute) => {
    const claims = dispute.claims.map(
      (claim) =>
        `<li>${claim.isHere ? `<span class="inline-flex min-h-11 items-center">This report: ${esc(claim.says)}</span>` : link(hrefOf(claim, from), LINK, `${claim.label}: ${claim.says}`)}</li>`,
    );
    return (
      `<div class="mt-1 rounded-md border border-red-200 bg-red-50 p-2"><p>${esc(dispute.about)}</p><ul class="mt-1 flex flex-col">${claims.join('')}</ul>` +
      `${link(`/conflicts/${dispute.conflictId}`, `${LINK} font-medium`, 'Compare the reports side by side')}</div>`
    );
  });
  return `<div class="text-sm"><h3 class="font-semibold">Reports disagree</h3>${blocks.join('')}</div>`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
