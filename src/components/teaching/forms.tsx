'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError } from '../api';

/**
 * A form that sends its fields as JSON to one of our route handlers, then follows the answer
 * (reload, or go to a page built from the reply). Refusals show the server's message.
 */
export function JsonForm<T>({
  action,
  toBody,
  then,
  submit,
  failed,
  className,
  children,
}: {
  action: string;
  toBody: (form: FormData) => unknown;
  then: (reply: T) => string | null;
  submit: string;
  failed: string;
  className?: string;
  children?: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = await api<T>(action, { body: toBody(new FormData(event.currentTarget)) });
      const next = then(reply);
      if (next) window.location.assign(next);
      else window.location.reload();
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status < 500 ? `${failed} ${caught.message}` : failed);
      setBusy(false);
    }
  }
  return (
    <form className={className ?? 'stack-form'} onSubmit={onSubmit}>
      {children}
      {error && (
        <p className="error-text form-message" role="status">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
    </form>
  );
}

/** A button that calls a route handler (POST or DELETE), then reloads the page. */
export function ActionButton({ action, method = 'POST', label, failed, confirm }: { action: string; method?: string; label: string; failed: string; confirm?: string }) {
  const [error, setError] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          try {
            await api(action, { method, body: method === 'POST' ? {} : undefined });
            window.location.reload();
          } catch {
            setError(true);
          }
        }}
      >
        {label}
      </button>
      {error && (
        <span className="error-text" role="status">
          {' '}
          {failed}
        </span>
      )}
    </>
  );
}

/** A teacher's new class; opens it once created. */
export function NewClassForm({ locale, labels }: { locale: string; labels: { name: string; submit: string; failed: string } }) {
  return (
    <JsonForm<{ id: string }>
      action="/api/classes"
      toBody={(form) => ({ name: form.get('name') })}
      then={(created) => `/${locale}/teach/${created.id}`}
      submit={labels.submit}
      failed={labels.failed}
    >
      <label htmlFor="class-name">{labels.name}</label>
      <input id="class-name" name="name" required maxLength={80} />
    </JsonForm>
  );
}

/** A learner joins a class with its code (the join link fills it in). */
export function JoinForm({ code, locale, labels }: { code: string; locale: string; labels: { code: string; submit: string; failed: string } }) {
  return (
    <JsonForm<{ name: string }>
      action="/api/classes/join"
      toBody={(form) => ({ code: form.get('code') })}
      then={() => `/${locale}`}
      submit={labels.submit}
      failed={labels.failed}
    >
      <label htmlFor="join-code">{labels.code}</label>
      <input id="join-code" name="code" required defaultValue={code} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
    </JsonForm>
  );
}

/** Assigns an article version to a class, with a due date, instructions and an optional quiz. */
export function AssignmentForm({
  classId,
  versions,
  defaultDue,
  labels,
}: {
  classId: string;
  versions: { value: string; label: string }[];
  defaultDue: string;
  labels: { article: string; due: string; instructions: string; quizRequired: string; minScore: string; submit: string; failed: string };
}) {
  return (
    <JsonForm<{ id: string }>
      action={`/api/classes/${classId}/assignments`}
      toBody={(form) => {
        const [slug, level] = String(form.get('version')).split('|');
        const quizRequired = form.get('quizRequired') === 'on';
        const minScore = form.get('minScore');
        return {
          slug,
          level,
          dueAt: form.get('dueAt'),
          instructions: String(form.get('instructions') ?? '') || undefined,
          quizRequired,
          minScore: quizRequired && minScore ? Number(minScore) : undefined,
        };
      }}
      then={() => null}
      submit={labels.submit}
      failed={labels.failed}
    >
      <label htmlFor="assign-version">{labels.article}</label>
      <select id="assign-version" name="version" required>
        {versions.map((version) => (
          <option key={version.value} value={version.value}>
            {version.label}
          </option>
        ))}
      </select>
      <label htmlFor="assign-due">{labels.due}</label>
      <input id="assign-due" name="dueAt" type="date" required defaultValue={defaultDue} />
      <label htmlFor="assign-instructions">{labels.instructions}</label>
      <textarea id="assign-instructions" name="instructions" maxLength={2000} rows={2} />
      <label>
        <input type="checkbox" name="quizRequired" defaultChecked /> {labels.quizRequired}
      </label>
      <label htmlFor="assign-min">{labels.minScore}</label>
      <input id="assign-min" name="minScore" type="number" min={0} max={100} defaultValue={60} />
    </JsonForm>
  );
}

/** Turns the class's hardest words into a quiz assignment. */
export function HardWordsQuizForm({
  classId,
  defaultDue,
  labels,
}: {
  classId: string;
  defaultDue: string;
  labels: { title: string; defaultTitle: string; due: string; submit: string; failed: string };
}) {
  return (
    <JsonForm<{ id: string }>
      action={`/api/classes/${classId}/words`}
      toBody={(form) => ({ title: form.get('title'), dueAt: form.get('dueAt') })}
      then={() => null}
      submit={labels.submit}
      failed={labels.failed}
    >
      <label htmlFor="words-title">{labels.title}</label>
      <input id="words-title" name="title" required maxLength={120} defaultValue={labels.defaultTitle} />
      <label htmlFor="words-due">{labels.due}</label>
      <input id="words-due" name="dueAt" type="date" required defaultValue={defaultDue} />
    </JsonForm>
  );
}
