/** The button after a marked fact, which opens its panel: drawn as HTML by article-body.tsx (chipHtml). */
export interface ChipProps {
  panelId: string;
  /** What a screen reader says: who said it, or what the mark is. */
  name: string;
  /** The short text drawn on the chip ("Blinken"); icons stand for meetings and figures. */
  label?: string;
  icon?: 'meeting' | 'figure';
  className: string;
}
