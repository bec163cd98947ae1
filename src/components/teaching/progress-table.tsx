'use client';

import { useQuery } from '@tanstack/react-query';
import type { StudentProgress } from '@/server/teaching';
import { api } from '../api';
import { fill } from '../fill';
import { QueryProvider } from '../query-provider';

const POLL_MS = 5_000;
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

function Table({ assignmentId, initial, labels }: { assignmentId: string; initial: StudentProgress[]; labels: Record<string, string> }) {
  // Refreshes while the teacher watches; no reload needed.
  const { data: students = initial, dataUpdatedAt } = useQuery({
    queryKey: ['assignment-progress', assignmentId],
    queryFn: async () => (await api<{ students: StudentProgress[] }>(`/api/assignments/${assignmentId}/progress`)).students,
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  if (students.length === 0) return <p>{labels.noStudents}</p>;
  return (
    <>
      <table className="data-table" data-testid="progress">
        <thead>
          <tr>
            <th scope="col">{labels.student}</th>
            <th scope="col">{labels.status}</th>
            <th scope="col">{labels.read}</th>
            <th scope="col">{labels.time}</th>
            <th scope="col">{labels.lookups}</th>
            <th scope="col">{labels.score}</th>
            <th scope="col">{labels.attempts}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((student) => (
            <tr key={student.userId} data-student={student.name}>
              <th scope="row">{student.name}</th>
              <td className={`status status-${student.status}`}>{labels[`status-${student.status}`]}</td>
              <td>{student.opened ? percent(student.read) : '–'}</td>
              <td>{fill(labels.minutes, { minutes: Math.round(student.seconds / 60) })}</td>
              <td>{student.lookups}</td>
              <td>{percent(student.bestScore)}</td>
              <td>{student.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" aria-live="off">
        {fill(labels.updated, { time: new Date(dataUpdatedAt).toLocaleTimeString() })}
      </p>
    </>
  );
}

/** Each student's progress on an assignment, polled every 5 s. */
export function ProgressTable(props: Parameters<typeof Table>[0]) {
  return (
    <QueryProvider>
      <Table {...props} />
    </QueryProvider>
  );
}
