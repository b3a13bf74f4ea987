import { CHIP } from './styles';

export interface ChipProps {
  panelId: string;
  /** What a screen reader says: who said it, or what the mark is. */
  name: string;
  /** The short text drawn on the chip ("Blinken"); icons stand for meetings and figures. */
  label?: string;
  icon?: 'meeting' | 'figure';
  className: string;
}

/** The button after a marked fact: opens its panel (a native popover, so it works before any script runs). */
export function FactChip({ panelId, name, label, icon, className }: ChipProps) {
  return (
    <button type="button" popoverTarget={panelId} aria-label={name} data-label={label} className={`${CHIP} ${className}`}>
      {icon ? <span aria-hidden="true" className={`fact-icon fact-icon-${icon} size-3.5`} /> : null}
    </button>
  );
}
