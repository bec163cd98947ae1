/** A learner's progress as series to draw: pure, over the stored status changes and answers. */

export interface StatusEvent {
  lexemeId: number;
  status: string;
  at: Date;
}

export interface AnswerEvent {
  type: string;
  correct: boolean;
  at: Date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** How many words were known at the end of each day on which a status changed (the last change of a word counts). */
export function knownOverTime(events: readonly StatusEvent[]): { day: string; known: number }[] {
  const current = new Map<number, string>();
  const series: { day: string; known: number }[] = [];
  let known = 0;
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const before = current.get(event.lexemeId);
    if (before === 'known') known -= 1;
    if (event.status === 'known') known += 1;
    current.set(event.lexemeId, event.status);
    const today = day(event.at);
    const last = series.at(-1);
    if (last?.day === today) last.known = known;
    else series.push({ day: today, known });
  }
  return series;
}

/** Answers given on each of the `days` days up to `now`, oldest first; days without answers count zero. */
export function answersPerDay(answers: readonly AnswerEvent[], now: Date, days: number): { day: string; answers: number }[] {
  const counts = new Map<string, number>();
  for (const answer of answers) counts.set(day(answer.at), (counts.get(day(answer.at)) ?? 0) + 1);
  return Array.from({ length: days }, (_, i) => {
    const date = day(new Date(now.getTime() - (days - 1 - i) * 86_400_000));
    return { day: date, answers: counts.get(date) ?? 0 };
  });
}

/** Share of correct answers per question type, in the given order; types never asked are left out. */
export function accuracyByType(answers: readonly AnswerEvent[], types: readonly string[]): { type: string; answers: number; accuracy: number }[] {
  return types.flatMap((type) => {
    const ofType = answers.filter((answer) => answer.type === type);
    return ofType.length ? [{ type, answers: ofType.length, accuracy: ofType.filter((answer) => answer.correct).length / ofType.length }] : [];
  });
}
