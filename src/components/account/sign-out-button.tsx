'use client';

/** Ends the session (better-auth deletes it from the database and clears the cookie), then goes home. */
export function SignOutButton({ label, home }: { label: string; home: string }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => null);
        window.location.assign(home);
      }}
    >
      {label}
    </button>
  );
}
