import { jsonError, withUser } from '@/server/http';
import { getQuiz } from '@/server/quizzes';

export const GET = withUser(async (user, _request, { params }: { params: Promise<{ id: string }> }) => {
  const quiz = await getQuiz(user.id, (await params).id);
  return quiz ? Response.json(quiz) : jsonError(404, 'NOT_FOUND', 'No such quiz');
});
