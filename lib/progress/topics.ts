import type { QuestionKind } from '@/lib/generate/types';

export type Topic = 'who-said-what' | 'meetings' | 'figures' | 'sources';

export const TOPIC_LABELS: Record<Topic, string> = {
  'who-said-what': 'Who said what',
  meetings: 'Meetings',
  figures: 'Figures',
  sources: 'Checking sources',
};

/**
 * The topic a question trains, from its kind; a fill-in-the-blank card trains whatever was blanked
 * (a speaker, a place, a figure), which its tags say.
 *
 * @example
 * topicOf('cloze', ['kind:cloze', 'person:antony-blinken']) // 'who-said-what'
 */
export function topicOf(kind: QuestionKind, tags: readonly string[] = []): Topic {
  switch (kind) {
    case 'who-said':
    case 'what-said':
      return 'who-said-what';
    case 'where':
    case 'when':
    case 'order':
      return 'meetings';
    case 'figure-choice':
    case 'figure-numeric':
      return 'figures';
    case 'source-check':
      return 'sources';
    case 'cloze':
      if (tags.some((t) => t.startsWith('person:'))) return 'who-said-what';
      if (tags.some((t) => t.startsWith('place:'))) return 'meetings';
      return 'figures';
  }
}

export interface MasteryRow {
  key: string;
  label: string;
  /** Questions whose latest outcome (quiz answer or flashcard grade) was right. */
  mastered: number;
  /** Questions the student has met at all. */
  seen: number;
}

/**
 * Mastery per group: of the questions a student has met, how many they got right the last time.
 *
 * @example
 * masteryBy([{ group: 'a', questionId: 'q1', isCorrect: true, at: t1 }], (g) => g) // [{ key: 'a', label: 'a', mastered: 1, seen: 1 }]
 */
export function masteryBy(
  outcomes: readonly { group: string; questionId: string; isCorrect: boolean; at: Date }[],
  labelOf: (group: string) => string,
): MasteryRow[] {
  const latest = new Map<string, { group: string; isCorrect: boolean; at: number }>();
  for (const o of outcomes) {
    const key = `${o.group}\u0000${o.questionId}`;
    const seen = latest.get(key);
    if (!seen || o.at.getTime() >= seen.at) latest.set(key, { group: o.group, isCorrect: o.isCorrect, at: o.at.getTime() });
  }
  const rows = new Map<string, MasteryRow>();
  for (const { group, isCorrect } of latest.values()) {
    const row = rows.get(group) ?? { key: group, label: labelOf(group), mastered: 0, seen: 0 };
    row.seen++;
    if (isCorrect) row.mastered++;
    rows.set(group, row);
  }
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
}
