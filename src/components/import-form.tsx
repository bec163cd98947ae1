'use client';

import { useActionState } from 'react';
import type { ImportState } from '@/actions/import';

interface Labels {
  title: string;
  source: string;
  date: string;
  text: string;
  file: string;
  submit: string;
  working: string;
  errors: Record<string, string>;
}

export function ImportForm({ action, labels }: { action: (state: ImportState, data: FormData) => Promise<ImportState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values;
  return (
    <form action={formAction} className="import-form" aria-describedby={state.error ? 'import-error' : undefined}>
      {state.error && (
        <p id="import-error" role="alert" className="form-error">
          {labels.errors[state.error]}
        </p>
      )}
      <label>
        {labels.title}
        <input name="title" required maxLength={200} defaultValue={values?.title} key={`title-${values?.title}`} />
      </label>
      <label>
        {labels.source}
        <input name="source" maxLength={200} defaultValue={values?.source} key={`source-${values?.source}`} />
      </label>
      <label>
        {labels.date}
        <input name="date" placeholder="2023-03-20" pattern="\d{4}-\d{2}(-\d{2})?" defaultValue={values?.date} key={`date-${values?.date}`} />
      </label>
      <label>
        {labels.text}
        <textarea name="text" rows={14} lang="nl" defaultValue={values?.text} key={`text-${values?.text?.length}`} />
      </label>
      <label>
        {labels.file}
        <input type="file" name="file" accept=".txt,.md,.markdown,text/plain,text/markdown" />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? labels.working : labels.submit}
      </button>
    </form>
  );
}
