import type { Metadata, Viewport } from 'next';
import './globals.css';
import { brandFont } from '@/app/fonts';

export const metadata: Metadata = {
  title: { default: 'Cited', template: '%s · Cited' },
  description: 'Quizzes and flashcards from news articles, every question citing its source sentence.',
  applicationName: 'Cited',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#6a35f5' };

/**
 * The document, with nothing read per request: a layout that read the session would make every page below it
 * render per request. The signed-in header comes from the two route groups' layouts: `(per-request)` renders
 * it on the server with each page, `(shared)` (pages rendered once for everyone) fills it in on the client.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={brandFont.variable}>
      <body className="min-h-dvh font-sans">
        <a href="#content" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
