/**
 * Other written forms a typed answer accepts, carried in a question's tags ("accept:Delhi" for "New Delhi"):
 * the generator finds them in the article, the grader and the feedback read them back.
 */
const PREFIX = 'accept:';

/**
 * The tag that accepts `form` as a typed answer.
 *
 * @example
 * acceptTag('Delhi'); // → 'accept:Delhi'
 */
export function acceptTag(form: string): string {
  return `${PREFIX}${form}`;
}

/**
 * The accepted forms a question's tags carry.
 *
 * @example
 * acceptedForms(['kind:cloze', 'accept:Delhi']); // → ['Delhi']
 */
export function acceptedForms(tags: readonly string[] | undefined): string[] {
  return (tags ?? []).filter((t) => t.startsWith(PREFIX)).map((t) => t.slice(PREFIX.length));
}
