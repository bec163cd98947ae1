'use client';

import { useQuery } from '@tanstack/react-query';
import type { ClassWord } from '@/server/teaching';
import { api } from '../api';
import { QueryProvider } from '../query-provider';

function Words({ classId, initial, labels }: { classId: string; initial: ClassWord[]; labels: Record<string, string> }) {
  const { data: words = initial } = useQuery({
    queryKey: ['hard-words', classId],
    queryFn: () => api<ClassWord[]>(`/api/classes/${classId}/words`),
    initialData: initial,
    refetchInterval: 10_000,
  });
  if (words.length === 0) return <p>{labels.noHardWords}</p>;
  return (
    <table className="data-table" data-testid="hard-words">
      <thead>
        <tr>
          <th scope="col">{labels.word}</th>
          <th scope="col">{labels.meaning}</th>
          <th scope="col">{labels.lookedUp}</th>
          <th scope="col">{labels.missed}</th>
        </tr>
      </thead>
      <tbody>
        {words.map((word) => (
          <tr key={word.lexemeId}>
            <th scope="row" lang="nl">
              {word.lemma}
            </th>
            <td lang="en">{word.gloss}</td>
            <td>{word.lookedUp}</td>
            <td>{word.missed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The words a class found hardest, refreshed while the teacher watches. */
export function HardWords(props: Parameters<typeof Words>[0]) {
  return (
    <QueryProvider>
      <Words {...props} />
    </QueryProvider>
  );
}
