'use client';

import { useState } from 'react';
import { api } from '../api';

/** Creates a quiz (from an article version or from the learner's review words) and opens it. */
export function StartQuizButton({
  label,
  failed,
  body,
  locale,
}: {
  label: string;
  failed: string;
  body: { source: 'article'; slug: string; level: string } | { source: 'review' } | { source: 'assignment'; assignmentId: string };
  locale: string;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={state === 'busy'}
        onClick={async () => {
          setState('busy');
          try {
            const { id } = await api<{ id: string }>('/api/quizzes', { body });
            window.location.assign(`/${locale}/quiz/${id}`);
          } catch {
            setState('failed');
          }
        }}
      >
        {label}
      </button>
      {state === 'failed' && (
        <span role="alert" className="error-text">
          {failed}
        </span>
      )}
    </>
  );
}
