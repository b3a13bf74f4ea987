import type { ArticleInput } from './types';

/** Share of control characters above which a file is treated as binary rather than text. */
const BINARY_CONTROL_RATIO = 0.02;

/** Whether text looks binary: NUL bytes, or many control characters other than tab/newline/CR. */
export function isBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_RATIO;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1).replace(/\\"/g, '"');
  }
  return v;
}

function idFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Reads an article file: `.md` with a `---` front matter block (title, outlet, date, source),
 * or plain text whose first non-empty line is the title. The body is never altered, so offsets
 * into it (plus `bodyStart`) point into the original file.
 *
 * @throws Error with a readable message when the text is binary.
 * @example
 * parseArticleFile('a/003_x.md', '---\ntitle: "T"\n---\nBody').body // 'Body'
 * parseArticleFile('b.txt', '\nHeadline\nText').title // 'Headline'
 */
export function parseArticleFile(fileName: string, fileText: string): ArticleInput {
  if (isBinaryText(fileText)) {
    throw new Error(`${fileName}: looks like a binary file, not an article (expected .md or .txt text)`);
  }
  const id = idFromFileName(fileName);
  const text = fileText.startsWith('\uFEFF') ? fileText.slice(1) : fileText;
  const bom = fileText.length - text.length;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    const fields: Record<string, string> = {};
    for (const line of (fm[1] ?? '').split(/\r?\n/)) {
      const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (m && m[1] && m[2] !== undefined) fields[m[1].toLowerCase()] = unquote(m[2]);
    }
    const bodyStart = bom + fm[0].length;
    const body = fileText.slice(bodyStart);
    const date = fields.date && /^\d{4}-\d{2}-\d{2}/.test(fields.date) ? fields.date.slice(0, 10) : null;
    const month = !date && fields.date && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(fields.date.trim()) ? fields.date.trim() : null;
    return {
      id,
      title: fields.title || firstLine(body) || id,
      body,
      bodyStart,
      outlet: fields.outlet || null,
      date,
      ...(month ? { month } : {}),
    };
  }
  return { id, title: firstLine(fileText) || id, body: fileText, bodyStart: 0, outlet: null, date: null };
}

function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/, 50)) {
    const t = line.trim();
    if (t) return t.length > 300 ? `${t.slice(0, 297)}…` : t;
  }
  return '';
}
