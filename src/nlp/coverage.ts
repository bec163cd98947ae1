/** A running word of a text, by the key its knowledge is stored under (a lemma or lexeme id; null when unglossed). */
export interface CoverageWord<K> {
  key: K | null;
  /** Names are not vocabulary: they count neither way. */
  proper: boolean;
}

export type Knowledge = 'known' | 'ignored' | 'new';

/**
 * Share of a text's running words the learner knows. Names and words the learner chose to ignore count
 * neither way; an unglossed word counts as unknown. An empty text is fully covered.
 */
export function coverageOf<K>(words: Iterable<CoverageWord<K>>, knowledgeOf: (key: K) => Knowledge): number {
  let total = 0;
  let known = 0;
  for (const word of words) {
    if (word.proper) continue;
    const knowledge = word.key === null ? 'new' : knowledgeOf(word.key);
    if (knowledge === 'ignored') continue;
    total += 1;
    if (knowledge === 'known') known += 1;
  }
  return total ? known / total : 1;
}

/** The coverage learners read best at: enough known words to guess the rest from context. */
export const TARGET_COVERAGE = 0.95;

/** The version whose coverage is closest to the target; on a tie, the harder one. */
export function suggestVersion<V extends { level: string; coverage: number }>(versions: readonly V[]): V | null {
  let best: V | null = null;
  for (const version of versions) {
    const distance = Math.abs(version.coverage - TARGET_COVERAGE);
    const bestDistance = best ? Math.abs(best.coverage - TARGET_COVERAGE) : Infinity;
    if (distance < bestDistance - 1e-9 || (Math.abs(distance - bestDistance) <= 1e-9 && best && version.level > best.level)) best = version;
  }
  return best;
}
