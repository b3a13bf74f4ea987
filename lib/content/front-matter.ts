/**
 * Checks the `---` block at the top of an article file before anything reads it. The reader itself is
 * forgiving (a file without front matter takes its first line as the title), which turned a broken
 * block into an article titled "---": a file that opens a block must close it and say something valid.
 */

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

function valueProblem(key: string, value: string): string | null {
  const v = value.trim();
  for (const mark of ['"', "'"]) {
    if (!v.startsWith(mark)) continue;
    // YAML: inside "…" a backslash escapes; inside '…' a doubled '' is a quote. Nothing may follow the close.
    const body = v.slice(1);
    const close = mark === '"' ? /^(?:[^"\\]|\\.)*"/.exec(body) : /^(?:[^']|'')*'/.exec(body);
    if (!close) return `the ${key} opens a quotation mark (${mark}) that is never closed`;
    if (body.slice(close[0].length).trim()) return `the ${key} has text after its closing quotation mark`;
  }
  if (key === 'date' && v && !/^["']?\d{4}-\d{2}-\d{2}/.test(v)) return `the date "${v.slice(0, 40)}" is not written as YYYY-MM-DD`;
  return null;
}

/**
 * Why an article file's front matter cannot be read, or null when it is fine (or absent: a file that does
 * not open with `---` is plain text, titled by its first line).
 *
 * @example
 * frontMatterProblem('---\ntitle: "x\n---\nBody') // 'the title opens a quotation mark (") that is never closed'
 * frontMatterProblem('---\n---\nBody') // 'the front matter is empty: it needs at least a title'
 * frontMatterProblem('---\ntitle: "T"\n---\nBody') // null
 */
export function frontMatterProblem(fileText: string): string | null {
  const text = fileText.startsWith('\uFEFF') ? fileText.slice(1) : fileText;
  if (!/^---[ \t]*\r?\n/.test(text) && text.trim() !== '---') return null;
  const lines = text.split(/\r?\n/);
  const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (close < 0) return 'the front matter opened by the first line (---) is never closed by another --- line';
  const block = lines.slice(1, close).filter((line) => line.trim() && !line.trimStart().startsWith('#'));
  if (block.length === 0) return 'the front matter is empty: it needs at least a title';
  const fields = new Map<string, string>();
  for (const line of block) {
    const m = KEY_LINE.exec(line);
    if (!m) return `the front matter line "${line.trim().slice(0, 60)}" is not "name: value"`;
    const key = m[1]!.toLowerCase();
    const problem = valueProblem(key, m[2] ?? '');
    if (problem) return problem;
    fields.set(key, (m[2] ?? '').trim());
  }
  const title = fields.get('title')?.replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!title) return 'the front matter has no title';
  if (!lines.slice(close + 1).join('\n').trim()) return 'the article has no text after its front matter';
  return null;
}
