import { one } from '../helpers';

/** The quotation whose text contains `snippet`: its speaker and the pass that decided it. */
export function decided(body: string, snippet: string): { speaker: string | null; pass: string | undefined; method: string } | undefined {
  const q = one(body).article.quotes.find((x) => x.text.includes(snippet));
  return q && { speaker: q.speaker, pass: q.pass, method: q.method };
}
