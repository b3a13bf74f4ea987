import { X } from 'lucide-react';

type Props = { id: string; title: string; children: React.ReactNode };

/**
 * A small sheet that rises from the bottom of the screen (within thumb reach on a phone), or takes the
 * top when it would hide what was tapped (see tap-to-open.tsx): a native popover, so Escape, a tap
 * outside and the Close button all dismiss it, with no script. The display is set on the inner box
 * only: a display class on the popover itself would keep it open.
 */
export function FactPanel({ id, title, children }: Props) {
  return (
    <section
      id={id}
      popover="auto"
      aria-labelledby={`${id}-title`}
      className="fixed inset-x-0 top-auto bottom-0 m-0 max-h-[60dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border-t border-stone-300 bg-white p-4 text-stone-900 shadow-2xl backdrop:bg-stone-950/20 data-[place=top]:top-0 data-[place=top]:bottom-auto data-[place=top]:rounded-t-none data-[place=top]:rounded-b-2xl data-[place=top]:border-t-0 data-[place=top]:border-b sm:bottom-4 sm:mx-auto sm:max-w-lg sm:rounded-2xl sm:border sm:data-[place=top]:top-4"
    >
      <div className="flex flex-col gap-3">
        <div className="flex items-start justify-between gap-2">
          <h2 id={`${id}-title`} className="pt-2 text-lg leading-snug font-semibold">
            {title}
          </h2>
          <button
            type="button"
            popoverTarget={id}
            popoverTargetAction="hide"
            className="-mt-1 -mr-1 inline-flex size-11 shrink-0 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-stone-900"
          >
            <X aria-hidden="true" className="size-5" />
            <span className="sr-only">Close</span>
          </button>
        </div>
        {children}
      </div>
    </section>
  );
}
