/**
 * A cheap first look before a word-list look-up run on every token: the length and first character of each listed
 * word, in a byte table. Most tokens of a text ("the", "of", "minister") have a shape no word of a short list has,
 * and are passed over without hashing the token's text; a token whose shape is listed is looked up as before, so
 * the answer is the list's own.
 */
export class WordShapes {
  /** One byte per `length * 128 + first char code`, for lengths under 32 and ASCII first characters. */
  private readonly table = new Uint8Array(32 * 128);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length < 32 && w.charCodeAt(0) < 128) this.table[w.length * 128 + w.charCodeAt(0)] = 1;
  }

  /**
   * Whether a listed word can have this text (false: none has; true: look it up). Text too long for the table or
   * opening outside ASCII is always looked up.
   *
   * @example
   * new WordShapes(['said', 'told']).mayList('the') // false
   */
  mayList(text: string): boolean {
    const c = text.charCodeAt(0);
    return text.length >= 32 || c >= 128 || this.table[text.length * 128 + c] === 1;
  }
}
