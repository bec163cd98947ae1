import { NewQuizSchema } from '@/schemas/study';
import { readJson, withUser } from '@/server/http';
import { createArticleQuiz, createAssignmentQuiz, createReviewQuiz } from '@/server/quizzes';

/** Starts a quiz on an article version's words, an assignment (the learner's class's), or the learner's saved and due words. */
export const POST = withUser(async (user, request) => {
  const input = await readJson(request, NewQuizSchema);
  const id =
    input.source === 'article'
      ? await createArticleQuiz(user.id, input.slug, input.level)
      : input.source === 'assignment'
        ? await createAssignmentQuiz(user.id, input.assignmentId)
        : await createReviewQuiz(user.id);
  return Response.json({ id }, { status: 201 });
});
