import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const DEMO = {
  teacher: 'teacher@cited.test',
  students: ['ana', 'ben'],
  password: 'cited-demo-2026',
} as const;

/** A login nobody has used before, so each run (and each retry) signs up afresh. */
export function uniqueLogin(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export type SourceArticle = { file: string; title: string; body: string };

/** The library as it is on disk: what the app must show after importing it. */
export function sourceArticles(): SourceArticle[] {
  const dir = path.join(import.meta.dirname, '../../content/articles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no front matter`);
      const title = /^title:\s*"(.*)"\s*$/m.exec(match[1] ?? '')?.[1];
      if (!title) throw new Error(`${file}: no title`);
      return { file, title, body: match[2] ?? '' };
    });
}

/** The longest paragraph of a body: real article prose, not a byline or a share button. */
export function longestParagraph(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .reduce((longest, paragraph) => (paragraph.length > longest.length ? paragraph : longest), '');
}

/** How wide the page scrolls; more than the viewport means a sideways scroll on a phone. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}
