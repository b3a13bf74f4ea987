import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, checkUpload, MAX_UPLOAD_BYTES } from '@/lib/upload/check';
import { findNearCopy, markNearCopies } from '@/lib/upload/similarity';

const dir = path.join(import.meta.dirname, '../../../content/articles');
const library = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), body: readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?---\n/, '') }));
const article = 'Ministers met in Geneva on Monday. '.repeat(10);

describe('upload checks', () => {
  it('accepts a text file and refuses empty, oversized, binary and other files with a sentence', () => {
    expect(checkUpload('story.md', new TextEncoder().encode(article))).toEqual({ ok: true, text: article });
    expect(checkUpload('story.txt', new Uint8Array())).toEqual({ ok: false, error: 'That file is empty.' });
    expect(checkUpload('story.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65))).toMatchObject({ ok: false, error: expect.stringContaining('limit is 1 MB') });
    expect(checkUpload('story.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toMatchObject({ ok: false, error: expect.stringContaining('not text') });
    expect(checkUpload('story.txt', new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, error: expect.stringContaining('UTF-8') });
    expect(checkUpload('story.pdf', new TextEncoder().encode(article))).toEqual({ ok: false, error: 'Choose a .txt or .md file.' });
  });

  it('refuses blank, tiny or control-laden pasted text', () => {
    expect(checkText('   \n ')).toMatchObject({ ok: false });
    expect(checkText('Too short.')).toMatchObject({ ok: false, error: expect.stringContaining('too short') });
    expect(checkText(`${article}\u0007`)).toMatchObject({ ok: false });
    expect(checkText(`\uFEFF${article.replace(/ /g, '\r\n')}`)).toMatchObject({ ok: true });
  });
});

describe('near copies', () => {
  it('finds that 004 rewrites 003, and that the other library articles are distinct stories', () => {
    const copies = markNearCopies(library);
    expect([...copies.keys()]).toEqual(['004']);
    expect(copies.get('004')?.id).toBe('003');
  });

  it('points an upload of a library article at it, and leaves a new story alone', () => {
    const copy = library[3]!.body.replace(/Wednesday/g, 'Thursday');
    expect(findNearCopy(copy, library)?.id).toBe('003');
    expect(findNearCopy(article, library)).toBeNull();
  });
});
