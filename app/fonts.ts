import localFont from 'next/font/local';

/** Bricolage Grotesque (variable weight), served from our own origin: no font request leaves the site. */
export const brandFont = localFont({
  src: '../node_modules/@fontsource-variable/bricolage-grotesque/files/bricolage-grotesque-latin-wght-normal.woff2',
  variable: '--font-brand',
  weight: '200 800',
  display: 'swap',
});
