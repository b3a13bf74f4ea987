import { CalendarDays, Hash } from 'lucide-react';
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
  const Icon = icon === 'meeting' ? CalendarDays : icon === 'figure' ? Hash : null;
  return (
    <button type="button" popoverTarget={panelId} aria-label={name} data-label={label} className={`${CHIP} ${className}`}>
      {Icon ? <Icon aria-hidden="true" className="size-3.5" /> : null}
    </button>
  );
}
