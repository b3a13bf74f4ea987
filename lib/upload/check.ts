/**
 * Checks on a teacher's uploaded or pasted article before anything is stored: it must be text, not empty,
 * and at most 1 MB. Each refusal is a sentence the teacher can act on.
 */

export const MAX_UPLOAD_BYTES = 1024 * 1024;
export const ALLOWED_EXTENSIONS = ['.txt', '.md'] as const;

export type UploadCheck = { ok: true; text: string } | { ok: false; error: string };

/**
 * Decodes the bytes as UTF-8 text, or says why it cannot be an article.
 *
 * @example
 * checkUpload('notes.txt', new TextEncoder().encode('Title\n\nBody.')) // { ok: true, text: 'Title\n\nBody.' }
 */
export function checkUpload(fileName: string, bytes: Uint8Array): UploadCheck {
  const lower = fileName.toLowerCase();
  if (!ALLOWED_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { ok: false, error: 'Choose a .txt or .md file.' };
  if (bytes.byteLength === 0) return { ok: false, error: 'That file is empty.' };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: `That file is ${megabytes(bytes.byteLength)} MB; the limit is 1 MB.` };
  if (bytes.includes(0)) return { ok: false, error: 'That file is not text (it looks like a document or an image). Save it as plain text, or paste the text instead.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'That file is not UTF-8 text. Save it as plain text (UTF-8), or paste the text instead.' };
  }
  return checkText(text);
}

/** The same checks for pasted text. */
export function checkText(raw: string): UploadCheck {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, error: 'There is no text to add.' };
  if (new TextEncoder().encode(text).byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'That text is longer than 1 MB.' };
  // Control characters other than tab and line breaks mean a binary file that happened to decode.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return { ok: false, error: 'That text holds control characters; it does not look like an article.' };
  if (text.trim().split(/\s+/).length < 20) return { ok: false, error: 'That text is too short to be an article (fewer than 20 words).' };
  return { ok: true, text };
}

function megabytes(bytes: number): string {
  return (bytes / MAX_UPLOAD_BYTES).toFixed(1);
}
