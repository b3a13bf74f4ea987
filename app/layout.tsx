import type { Metadata, Viewport } from 'next';
import './globals.css';
import { SiteHeader } from '@/components/site-header';

export const metadata: Metadata = {
  title: { default: 'Cited', template: '%s · Cited' },
  description: 'Quizzes and flashcards from news articles, every question citing its source sentence.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1c1917' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <SiteHeader />
        <main className="mx-auto w-full max-w-3xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
