import type { Metadata, Viewport } from 'next';
import './globals.css';
import { getCaller } from '@/app/_lib/caller';
import { brandFont } from '@/app/fonts';
import { SiteHeader } from '@/components/site-header';
import { TabBar } from '@/components/nav/tab-bar';
import { TimeZoneSync } from '@/components/time-zone-sync';

export const metadata: Metadata = {
  title: { default: 'Cited', template: '%s · Cited' },
  description: 'Quizzes and flashcards from news articles, every question citing its source sentence.',
  applicationName: 'Cited',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#6a35f5' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const caller = await getCaller();
  return (
    <html lang="en" className={brandFont.variable}>
      <body className="min-h-dvh font-sans">
        <a href="#content" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="content" className={`mx-auto w-full max-w-3xl px-4 py-6 ${caller ? 'pb-28 md:pb-10' : ''}`}>
          {children}
        </main>
        {caller ? (
          <>
            <TabBar role={caller.role} />
            <TimeZoneSync saved={caller.timeZone} />
          </>
        ) : null}
      </body>
    </html>
  );
}
