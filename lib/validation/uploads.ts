import { z } from 'zod';
import { lineText, safeText } from './text';

/**
 * The "Add article" form: a title (optional: the first line of the text serves), and either pasted text or
 * a file. The file itself is checked by lib/upload/check.ts (size, encoding, binary).
 */
export const addArticleSchema = z.object({
  title: z.preprocess((v) => (v === '' ? undefined : v), lineText(1, 200).optional()),
  outlet: z.preprocess((v) => (v === '' ? undefined : v), lineText(1, 120).optional()),
  text: safeText({ max: 2 * 1024 * 1024, multiline: true, tooLong: 'That text is longer than 1 MB.' }).optional(),
  file: z.instanceof(File).optional(),
});
