/** Shared by the who-said option tests: whether a person may be offered for the words of a quotation. */
import type { GenerateContext } from '@/lib/generate/context';
import { isEligibleOption, optionQuestion } from '@/lib/generate/who-said-options';

/** Whether `name` may be offered for the quotation holding `words`; undefined when either is not in the library. */
export function eligibleFor(ctx: GenerateContext, words: string, name: string): boolean | undefined {
  const q = ctx.quotes.find((x) => x.text.includes(words));
  const speaker = q?.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  const p = [...ctx.people.byId.values()].find((x) => x.name === name);
  if (!q || !speaker || !p) return undefined;
  return isEligibleOption(ctx, optionQuestion(ctx, q, speaker, q.text, q.text, new Set()), p);
}
