'use client';

import { useState } from 'react';
import { useKeyedAction } from '@/components/form-key';
import { addArticleAction } from '@/app/(per-request)/articles/new/actions';
import { FormError } from '@/components/form-error';
import { SubmitButton } from '@/components/ui/submit-button';

const MAX_BYTES = 1024 * 1024;
const input = 'min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base';

/** Paste an article or choose a .txt/.md file; an oversized file is refused before it is sent. */
export function AddArticleForm() {
  const [state, formAction, , keyField] = useKeyedAction(addArticleAction);
  const [fileError, setFileError] = useState<string | null>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  const fileMessages = fileError ? [fileError] : errors.file;
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      {keyField}
      <div className="flex flex-col gap-1">
        <label htmlFor="article-title" className="text-sm font-medium">
          Headline (optional)
        </label>
        <input id="article-title" name="title" maxLength={200} defaultValue={typed.title} aria-describedby="article-title-hint" className={input} />
        <p id="article-title-hint" className="text-xs text-stone-600">
          Left empty, the first line of the text is the headline.
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="article-outlet" className="text-sm font-medium">
          Published by (optional)
        </label>
        <input id="article-outlet" name="outlet" maxLength={120} defaultValue={typed.outlet} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="article-text" className="text-sm font-medium">
          Paste the article
        </label>
        <textarea id="article-text" name="text" rows={8} defaultValue={typed.text} aria-invalid={errors.text ? true : undefined} aria-describedby={errors.text ? 'article-text-errors' : undefined} className={input} />
        {errors.text ? (
          <p id="article-text-errors" className="text-sm text-red-800">
            {errors.text.join(' ')}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="article-file" className="text-sm font-medium">
          …or upload a .txt or .md file (at most 1 MB)
        </label>
        <input
          id="article-file"
          name="file"
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          aria-invalid={fileMessages ? true : undefined}
          aria-describedby={fileMessages ? 'article-file-errors' : undefined}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen && chosen.size > MAX_BYTES) {
              setFileError(`That file is ${(chosen.size / MAX_BYTES).toFixed(1)} MB; the limit is 1 MB.`);
              event.currentTarget.value = '';
            } else setFileError(null);
          }}
          className="min-h-11 text-base"
        />
        {fileMessages ? (
          <p id="article-file-errors" className="text-sm text-red-800">
            {fileMessages.join(' ')}
          </p>
        ) : null}
      </div>
      <FormError message={state && !state.ok ? state.error : null} />
      <SubmitButton className="self-start">Add article</SubmitButton>
    </form>
  );
}
