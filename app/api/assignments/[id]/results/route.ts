import { withUser } from '@/server/http';
import { assignmentProgress } from '@/server/teaching';
import { toCsv } from '@/teaching/csv';

type Context = { params: Promise<{ id: string }> };

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** The assignment's results as CSV, for a spreadsheet. */
export const GET = withUser(async (user, _request, { params }: Context) => {
  const { assignment, students } = await assignmentProgress(user, (await params).id);
  const csv = toCsv([
    ['name', 'email', 'status', 'opened', 'read (%)', 'minutes reading', 'words looked up', 'quiz attempts', 'best score (%)', 'last score (%)'],
    ...students.map((student) => [
      student.name,
      student.email,
      student.status,
      student.opened ? 'yes' : 'no',
      percent(student.read),
      Math.round(student.seconds / 6) / 10,
      student.lookups,
      student.attempts,
      percent(student.bestScore),
      percent(student.lastScore),
    ]),
  ]);
  const name = `${assignment.className}-${assignment.title}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="results.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`,
      'Cache-Control': 'no-store',
    },
  });
});
