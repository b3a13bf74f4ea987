import type { MetadataRoute } from 'next';

/** Makes Cited installable ("Add to Home screen"); the installed app opens on the student's home page. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Cited',
    short_name: 'Cited',
    description: 'Quizzes and flashcards from news articles, every question citing its source sentence.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#6a35f5',
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [{ name: 'Flashcards', url: '/flashcards', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] }],
  };
}
