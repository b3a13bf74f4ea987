type Props = { id: string; title: string; children: React.ReactNode };

/**
 * A small sheet that rises from the bottom of the screen (within thumb reach on a phone), or takes the
 * top when it would hide what was tapped (see tap-to-open.tsx): a native popover, so Escape, a tap
 * outside and the Close button all dismiss it, with no script. Its classes are in app/globals.css.
 */
export function FactPanel({ id, title, children }: Props) {
  return (
    <section
      id={id}
      popover="auto"
      aria-labelledby={`${id}-title`}
      className="fact-panel"
    >
      <div className="fact-panel-body">
        <div className="fact-panel-head">
          <h2 id={`${id}-title`} className="fact-panel-title">
            {title}
          </h2>
          <button
            type="button"
            popoverTarget={id}
            popoverTargetAction="hide"
            className="fact-panel-close"
          >
            <span aria-hidden="true" className="fact-icon fact-icon-close size-5" />
            <span className="sr-only">Close</span>
          </button>
        </div>
        {children}
      </div>
    </section>
  );
}
