/**
 * `npm run --silent review:sample -- --why FILE…`: for each article, every extracted quotation, meeting and
 * figure, and either the questions that ask it or the gates that turned it away; then the counts per gate
 * and the questions per article. A development tool: generation pays nothing for it when it is not run.
 */
import type { ArticleInput, Fact, LibraryFacts } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { meetingViews } from '@/lib/generate/meetings';
import type { Question } from '@/lib/generate/types';

export interface FactTrace {
  fact: Fact;
  /** Kinds of the balanced bank's questions on this fact. */
  asked: string[];
  /** Gates that dropped one of its questions, in the order they fired, each once. */
  gates: string[];
}

export interface ArticleTrace {
  article: ArticleInput;
  facts: FactTrace[];
  questions: number;
}

/**
 * Traces a library: the balanced bank, and for each fact the questions that ask it or why none does.
 *
 * @example
 * traceLibrary(facts, articles)[0]?.facts[0]; // → { fact, asked: [], gates: ['who-said:few-options'] }
 */
export function traceLibrary(facts: LibraryFacts, articles: ArticleInput[]): ArticleTrace[] {
  const gates = new Map<string, string[]>();
  const trace = (factId: string, gate: string) => {
    const list = gates.get(factId) ?? [];
    if (!list.includes(gate)) list.push(gate);
    gates.set(factId, list);
  };
  const bank = generateBank(facts, articles, { trace });
  const ctx = buildContext(facts, articles, 'cited');
  const viewed = new Set([...meetingViews(ctx).values()].flat().map((v) => v.m.id));
  const askedBy = new Map<string, Question[]>();
  for (const q of bank.questions) for (const id of q.factIds) askedBy.set(id, [...(askedBy.get(id) ?? []), q]);
  const perArticle = new Map<string, number>();
  for (const q of bank.questions) {
    const a = q.sources[0]?.article;
    if (a) perArticle.set(a, (perArticle.get(a) ?? 0) + 1);
  }
  return articles.map((article) => {
    const af = facts.articles.find((x) => x.id === article.id);
    const all: Fact[] = af ? [...af.quotes, ...af.meetings, ...af.figures] : [];
    const traced = all.map((fact) => {
      const asked = (askedBy.get(fact.id) ?? []).map((q) => q.kind);
      const g = [...(gates.get(fact.id) ?? [])];
      if (ctx.isDerivative(article.id)) g.unshift('article:garbled-copy');
      else if (fact.kind === 'meeting' && !viewed.has(fact.id)) g.unshift('meeting:no-event-view');
      if (!asked.length && !g.length) g.push('(no gate recorded)');
      // Asked as a choice, so not typed too: no loss, unless nothing else asks the fact.
      const loss = g.length > 1 ? g.filter((x) => x !== 'balance:asked-by-another-kind') : g;
      return { fact, asked, gates: asked.length ? [] : loss };
    });
    return { article, facts: traced, questions: perArticle.get(article.id) ?? 0 };
  });
}

function describe(f: Fact): string {
  const cut = (t: string, n = 90) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
  if (f.kind === 'quote') return `quote (${f.speaker ?? 'no speaker'}): “${cut(f.text.replace(/\s+/g, ' '))}”`;
  if (f.kind === 'meeting') return `meeting: ${f.what} | ${f.place ?? '—'} | ${f.when ?? '—'}${f.date ? ` (${f.date})` : ''}`;
  return `figure: ${f.qualifier ? `${f.qualifier} ` : ''}${f.raw} ${f.unit} — ${cut(f.about, 60)}`;
}

/**
 * The trace as Markdown: per article, its facts and their fate; then the counts per gate (a fact is
 * counted once under each gate that turned one of its questions away) and the questions per article.
 */
export function renderTrace(traces: ArticleTrace[], label: string): string {
  const out = [`# Why facts are not asked: ${label}`, ''];
  const gateCount = new Map<string, number>();
  const byKind = new Map<string, { all: number; asked: number }>();
  for (const t of traces) {
    const n = (k: Fact['kind']) => t.facts.filter((x) => x.fact.kind === k && (k !== 'quote' || (x.fact.kind === 'quote' && !!x.fact.speakerId))).length;
    out.push(`## ${t.article.title} (${t.article.id})`, '', `attributed quotations ${n('quote')} / meetings ${n('meeting')} / figures ${n('figure')} → **${t.questions} questions**`, '');
    for (const x of t.facts) {
      const k = byKind.get(x.fact.kind) ?? { all: 0, asked: 0 };
      k.all++;
      if (x.asked.length) k.asked++;
      byKind.set(x.fact.kind, k);
      for (const g of x.gates) gateCount.set(g, (gateCount.get(g) ?? 0) + 1);
      out.push(`- ${describe(x.fact)} → ${x.asked.length ? `asked: ${x.asked.join(', ')}` : `not asked: ${x.gates.join(', ')}`}`);
    }
    out.push('');
  }
  const counts = traces.map((t) => t.questions);
  const mean = counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0;
  out.push('## Summary', '', `articles ${traces.length}; questions ${counts.reduce((a, b) => a + b, 0)}; per article mean ${mean.toFixed(2)}; articles with none ${counts.filter((c) => c === 0).length}`, '');
  for (const [kind, k] of byKind) out.push(`- ${kind}: ${k.asked}/${k.all} asked`);
  out.push('', '| gate | facts |', '|---|---|');
  for (const [g, c] of [...gateCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out.push(`| ${g} | ${c} |`);
  return `${out.join('\n')}\n`;
}
