/** Where a photo caption shows two people talking: the town its close names before the day the photo was taken. */
import { cityIn } from './setting';

/** A photo caption's close: "… in Tbilisi, Feb. 3, 2031.", "… in Tokyo, 2017.": the town, then the day the photo was taken. */
const CAPTION_CLOSE = /\bin\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),\s+(?:\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2},\s+)?\d{4}\.?\s*$/u;

/**
 * "Mattis, left, speaks with Prime Minister Abe, second from right, … in Tokyo, Feb. 3, 2017.": a caption's present
 * "speaks with" shows the two together where the photo was taken, not on a call.
 */
export function captionPlace(trig: string, seg: string): string | null {
  if (!/^(?:speaks|talks) /.test(trig)) return null;
  const town = CAPTION_CLOSE.exec(seg)?.[1];
  return town ? cityIn(town) : null;
}
