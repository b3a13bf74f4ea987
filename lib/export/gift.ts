import type { ExportDeck, ExportQuestion } from './deck';

/**
 * Moodle GIFT (docs.moodle.org/en/GIFT_format): one question per block, blank lines between, the special
 * characters ~ = # { } : escaped with a backslash (and the backslash itself), line breaks written as \n.
 */

/**
 * Text safe inside a GIFT question.
 *
 * @example
 * giftEscape('2 + 2 = 4: {yes}') // '2 + 2 \\= 4\\: \\{yes\\}'
 */
export function giftEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');
}

function answerBlock(question: ExportQuestion): string {
  const { choices, answer, numeric, explanation } = question.version;
  const feedback = explanation ? `\n####${giftEscape(explanation)}` : '';
  if (numeric) return `{#${numeric.value}:${numeric.tolerance}${feedback}\n}`;
  if (choices.length) {
    const lines = choices.map((choice) => `${choice === answer ? '=' : '~'}${giftEscape(choice)}`);
    return `{\n${lines.join('\n')}${feedback}\n}`;
  }
  return `{\n=${giftEscape(answer)}${feedback}\n}`;
}

function questionBlock(question: ExportQuestion, index: number): string {
  const title = giftEscape(`${String(index + 1).padStart(2, '0')} ${question.version.kind}`);
  const comment = question.sourceTitles.length ? `// Source: ${question.sourceTitles.join('; ').replace(/\r?\n/g, ' ')}\n` : '';
  return `${comment}::${title}::${giftEscape(question.version.prompt)} ${answerBlock(question)}`;
}

/**
 * A whole set as a GIFT file, under a category named after the set.
 *
 * @example
 * toGift({ title: 'Week 1', questions: [] }) // '$CATEGORY: Week 1\n'
 */
export function toGift(deck: ExportDeck): string {
  const header = `$CATEGORY: ${deck.title.replace(/[\r\n]+/g, ' ')}\n`;
  // A blank line ends each question.
  return [header, ...deck.questions.map(questionBlock)].join('\n\n') + (deck.questions.length ? '\n' : '');
}
