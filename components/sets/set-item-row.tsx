import { moveItemAction } from '@/app/(per-request)/sets/actions';
import type { SetItemDto } from '@/db/queries/sets';
import { KIND_LABELS } from '@/lib/review/kinds';
import { StatusBadge } from '@/components/review/status-badge';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = { setId: string; item: SetItemDto; position: number; isFirst: boolean; isLast: boolean };

/** One question of a set, with buttons to move it or take it out. */
export function SetItemRow({ setId, item, position, isFirst, isLast }: Props) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3" data-testid="set-item">
      <p className="font-medium">
        {position}. {item.version.prompt}
      </p>
      <p className="text-sm text-stone-700">Answer: {item.version.answer}</p>
      <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        {KIND_LABELS[item.version.kind]} <StatusBadge status={item.status} /> {item.articleTitle}
        {item.isRetired ? ' · no longer generated (left out when assigned)' : ''}
        {item.status === 'rejected' ? ' · rejected (left out when assigned)' : ''}
      </p>
      <ActionForm action={moveItemAction} fields={{ setId, questionId: item.questionId }} className="flex flex-wrap gap-2">
        {!isFirst ? (
          <SubmitButton name="move" value="up" variant="secondary">
            Move up<span className="sr-only"> question {position}</span>
          </SubmitButton>
        ) : null}
        {!isLast ? (
          <SubmitButton name="move" value="down" variant="secondary">
            Move down<span className="sr-only"> question {position}</span>
          </SubmitButton>
        ) : null}
        <SubmitButton name="move" value="remove" variant="danger">
          Remove<span className="sr-only"> question {position}</span>
        </SubmitButton>
      </ActionForm>
    </li>
  );
}
