/** A sign that a word was hard for a student: they looked it up while reading, or answered it wrong. */
export interface Difficulty {
  lexemeId: number;
  userId: string;
  kind: 'lookup' | 'miss';
}

export interface HardWord {
  lexemeId: number;
  /** Students who looked it up. */
  lookedUp: number;
  /** Students who answered it wrong at least once. */
  missed: number;
  /** Students with either. */
  students: number;
}

/** Words ranked by how many students found them hard, then by misses, then by look-ups. */
export function hardestWords(signs: readonly Difficulty[], limit: number): HardWord[] {
  const byWord = new Map<number, { lookedUp: Set<string>; missed: Set<string> }>();
  for (const sign of signs) {
    const word = byWord.get(sign.lexemeId) ?? { lookedUp: new Set<string>(), missed: new Set<string>() };
    (sign.kind === 'lookup' ? word.lookedUp : word.missed).add(sign.userId);
    byWord.set(sign.lexemeId, word);
  }
  return [...byWord]
    .map(([lexemeId, { lookedUp, missed }]) => ({
      lexemeId,
      lookedUp: lookedUp.size,
      missed: missed.size,
      students: new Set([...lookedUp, ...missed]).size,
    }))
    .sort((a, b) => b.students - a.students || b.missed - a.missed || b.lookedUp - a.lookedUp || a.lexemeId - b.lexemeId)
    .slice(0, limit);
}
