'use server';

import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createUpload, unsafeRunImportJob } from '@/db/queries/uploads';
import { checkText, checkUpload } from '@/lib/upload/check';
import { addArticleSchema } from '@/lib/validation/uploads';
import { authedAction } from '@/app/_lib/authed-action';
import { invalidateSharedLibrary } from '@/app/_lib/shared-library';

/**
 * Stores a teacher's article and answers at once; extraction and generation run after the response
 * (`after`), and the teacher watches the job's progress.
 */
export const addArticleAction = authedAction(addArticleSchema, async ({ caller, data, db }) => {
  if (caller.role !== 'teacher') return { ok: false, error: 'Only teachers add articles.' };
  const pasted = data.text?.trim() ? data.text : undefined;
  // An empty file input still sends an empty file (nameless, or named by the browser): with pasted text it is no choice at all.
  const chosen = data.file && (data.file.size > 0 || (!pasted && /\.\w+$/.test(data.file.name)));
  const file = chosen ? data.file : undefined;
  if (file && pasted) return { ok: false, error: 'Paste the text or choose a file, not both.', fieldErrors: { file: ['Choose a file or paste text, not both.'] } };
  if (!file && !pasted) return { ok: false, error: 'Paste the article’s text, or choose a .txt or .md file.', fieldErrors: { text: ['Paste the text here, or choose a file.'] } };
  const checked = file ? checkUpload(file.name, new Uint8Array(await file.arrayBuffer())) : checkText(pasted!);
  if (!checked.ok) return { ok: false, error: checked.error, fieldErrors: { [file ? 'file' : 'text']: [checked.error] } };
  const created = await createUpload(db, caller, { fileName: file?.name ?? 'pasted.txt', text: checked.text, title: data.title, outlet: data.outlet });
  if (!created) return { ok: false, error: 'Only teachers add articles.' };
  // The new article is in its owner's (and their classes') library now, and its facts when the job ends.
  invalidateSharedLibrary();
  after(() => unsafeRunImportJob(getDb(), created.jobId).finally(invalidateSharedLibrary));
  redirect(`/articles/uploads/${created.jobId}`);
});
