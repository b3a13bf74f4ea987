import { cardBack, cardFront, type ExportDeck } from './deck';

/**
 * Anki's text import format (docs.ankiweb.net, "Importing text files"), with the header lines that tell
 * Anki the separator, the note type and the deck, so a teacher imports it without choosing anything.
 * Fields are quoted (they may hold tabs or line breaks) and HTML is off, so nothing is interpreted.
 *
 * @example
 * toAnkiText({ title: 'Week 1', questions: [] }).split('\n')[0] // '#separator:tab'
 */
export function toAnkiText(deck: ExportDeck): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = ['#separator:tab', '#html:false', '#notetype:Basic', `#deck:${deck.title.replace(/[\r\n\t]+/g, ' ')}`, '#columns:Front\tBack\tTags', '#tags column:3'];
  const rows = deck.questions.map((q) => [quote(cardFront(q)), quote(cardBack(q)), `cited ${q.version.kind}`].join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}
