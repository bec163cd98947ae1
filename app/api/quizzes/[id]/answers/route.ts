import { AnswerSchema } from '@/schemas/study';
import { readJson, withUser } from '@/server/http';
import { answerQuestion } from '@/server/quizzes';

/** Records an answer; a retry with the same idempotency key returns the first judgement and is not counted again. */
export const POST = withUser(async (user, request, { params }: { params: Promise<{ id: string }> }) => {
  const input = await readJson(request, AnswerSchema);
  const outcome = await answerQuestion(user.id, (await params).id, input);
  return Response.json(outcome, { status: outcome.counted ? 201 : 200 });
});
