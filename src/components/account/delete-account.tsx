'use client';

import { useState } from 'react';

/** Deletes the account after the password is confirmed (better-auth checks it); the database cascades to all the learner's data. */
export function DeleteAccount({ labels, home }: { labels: { confirmPassword: string; delete: string; failed: string }; home: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const password = String(new FormData(event.currentTarget).get('password') ?? '');
        const response = await fetch('/api/auth/delete-user', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ password }),
        }).catch(() => null);
        if (response?.ok) window.location.assign(home);
        else setFailed(true);
      }}
    >
      <p>
        <label htmlFor="delete-password">{labels.confirmPassword}</label>
        <input id="delete-password" name="password" type="password" autoComplete="current-password" required />
      </p>
      {failed && (
        <p role="alert" className="error-text">
          {labels.failed}
        </p>
      )}
      <button type="submit" className="danger">
        {labels.delete}
      </button>
    </form>
  );
}
