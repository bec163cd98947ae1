'use client';

import { useState, type FormEvent } from 'react';
import { SignInSchema, SignUpSchema } from '@/schemas/account';

export interface AuthFormLabels {
  name: string;
  email: string;
  password: string;
  passwordHint: string;
  role: string;
  learner: string;
  teacher: string;
  submit: string;
  /** By error code or field name. */
  errors: Record<string, string>;
}

/** A path inside this app to go to after signing in; anything else (another site) falls back to home. */
function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

/**
 * Sign-in and sign-up: checked here for quick feedback, then sent to better-auth's endpoints, which check
 * again, hash the password, start a session (httpOnly cookie) and rate-limit attempts.
 */
export function AuthForm({ mode, labels, home }: { mode: 'sign-in' | 'sign-up'; labels: AuthFormLabels; home: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = (mode === 'sign-up' ? SignUpSchema : SignInSchema).safeParse(form);
    if (!parsed.success) {
      setError(labels.errors[String(parsed.error.issues[0]?.message)] ?? labels.errors.UNKNOWN!);
      return;
    }
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/auth/${mode}/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(parsed.data),
    }).catch(() => null);
    if (response?.ok) {
      window.location.assign(safeNext(new URLSearchParams(window.location.search).get('next'), home));
      return;
    }
    const body = (await response?.json().catch(() => null)) as { code?: string } | null;
    const code = response?.status === 429 ? 'TOO_MANY_REQUESTS' : (body?.code ?? 'UNKNOWN');
    setError(labels.errors[code] ?? labels.errors.UNKNOWN!);
    setBusy(false);
  }

  return (
    <form className="auth-form" onSubmit={onSubmit} noValidate>
      {mode === 'sign-up' && (
        <p>
          <label htmlFor="name">{labels.name}</label>
          <input id="name" name="name" autoComplete="name" required maxLength={80} />
        </p>
      )}
      <p>
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </p>
      <p>
        <label htmlFor="password">{labels.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          required
          aria-describedby={mode === 'sign-up' ? 'password-hint' : undefined}
        />
        {mode === 'sign-up' && (
          <small id="password-hint" className="muted">
            {labels.passwordHint}
          </small>
        )}
      </p>
      {mode === 'sign-up' && (
        <fieldset>
          <legend>{labels.role}</legend>
          <label>
            <input type="radio" name="role" value="learner" defaultChecked /> {labels.learner}
          </label>{' '}
          <label>
            <input type="radio" name="role" value="teacher" /> {labels.teacher}
          </label>
        </fieldset>
      )}
      {error && (
        <p role="alert" id="auth-error" className="error-text">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {labels.submit}
      </button>
    </form>
  );
}
