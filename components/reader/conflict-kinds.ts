/** Disagreements by kind, in the words a reader uses. */
export const CONFLICT_KIND_LABELS: Record<string, string> = {
  speaker: 'Another speaker',
  date: 'Another date',
  title: 'Another title',
  value: 'A changed figure',
  status: 'Another status',
  place: 'Another place',
  wording: 'A quotation worded differently',
  name: 'A name spelled differently',
};

export const kindLabel = (kind: string) => CONFLICT_KIND_LABELS[kind] ?? 'Reports disagree';
