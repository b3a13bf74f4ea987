/**
 * The chips' icons as inline SVG (lucide's calendar-days and hash, ISC licence). They were CSS masks over
 * SVG data URLs, and Chromium builds a whole SVG document for each such image and rasterises it for every
 * chip it paints: with a meeting or figure chip on the first screen, that was about a third of the article
 * page's first style, layout and paint. Inline, an icon is a few shapes painted in the chip's text colour.
 */
const SVG_OPEN = '<svg aria-hidden="true" class="size-3.5 shrink-0" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">';

export const CHIP_ICON_HTML = {
  meeting: `${SVG_OPEN}<path d="M8 2v3M16 2v3M3 9h18M8 13h.01M12 13h.01M16 13h.01M8 17h.01M12 17h.01M16 17h.01"/><rect x="3" y="3" width="18" height="18" rx="2"/></svg>`,
  figure: `${SVG_OPEN}<path d="M4 9h16M4 15h16M10 3 8 21M16 3l-2 18"/></svg>`,
} as const;
