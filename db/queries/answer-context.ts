import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, people, questions } from '@/db/schema';
import { sharedData } from '@/lib/cache/shared-data';
import { acceptedForms } from '@/lib/grading/accepted-forms';
import { shownCitation } from '@/lib/generate/shown-citation';

/**
 * Shared content changes only at import, so the few lookups every answer needs (names for typed answers,
 * article text for citations) are kept for a short while per process, and dropped by an import.
 */
const TTL_MS = 60_000;

interface NameBook {
  /** people.id → the person's name and aliases. */
  people: Map<string, string[]>;
  /** Every person's and place's names, to refuse an answer that names someone or somewhere else. */
  allNames: string[];
}

async function loadNameBook(db: Db): Promise<NameBook> {
  const [persons, places] = await Promise.all([
    db.select({ id: people.id, name: people.name, aliases: people.aliases }).from(people),
    db.selectDistinct({ choices: questions.choices }).from(questions).where(inArray(questions.kind, ['where'])),
  ]);
  const byId = new Map(persons.map((p) => [p.id, [p.name, ...p.aliases]]));
  const placeNames = new Set(places.flatMap((p) => p.choices));
  return { people: byId, allNames: [...persons.flatMap((p) => [p.name, ...p.aliases]), ...placeNames] };
}

/** The accepted aliases and rival names for a typed question, from its tags (`person:…`). */
export async function namesForTypedAnswer(db: Db, tags: readonly string[], answer: string): Promise<{ aliases: string[]; others: string[] }> {
  const book = await sharedData('answer:names', () => loadNameBook(db), TTL_MS);
  const personId = tags.find((t) => t.startsWith('person:'))?.slice('person:'.length);
  // "accept:Delhi": the article's own other forms of a place the card asks for.
  const aliases = [...((personId && book.people.get(personId)) || []), ...acceptedForms(tags)];
  return { aliases, others: book.allNames.filter((n) => n !== answer && !aliases.includes(n)) };
}

export interface ArticleText {
  id: string;
  slug: string;
  title: string;
  body: string;
}

/** An article's slug, title and body, for quoting cited sentences. */
export function articleText(db: Db, articleId: string): Promise<ArticleText | null> {
  return sharedData(
    `answer:article:${articleId}`,
    async () => {
      const [row] = await db.select({ id: articles.id, slug: articles.slug, title: articles.title, body: articles.body }).from(articles).where(eq(articles.id, articleId)).limit(1);
      return row ?? null;
    },
    TTL_MS,
  );
}

export interface CitationDto {
  articleSlug: string;
  articleTitle: string;
  /** The cited sentence, quoted from the article, as the explanation shows it (shownCitation: a lost apostrophe restored, quotation marks paired and curly). */
  sentence: string;
  /** For the reader's `?cite=start-end` link that scrolls to and highlights the sentence. */
  start: number;
  end: number;
}

/** The sentences a question cites, quoted from their articles (JavaScript string offsets, as the generator made them). */
export async function citationsFor(db: Db, sources: readonly { article: string; start: number; end: number }[]): Promise<CitationDto[]> {
  const found = await Promise.all(
    sources.map(async (source) => {
      const article = await articleText(db, source.article);
      if (!article) return null;
      return { articleSlug: article.slug, articleTitle: article.title, sentence: shownCitation(article.body.slice(source.start, source.end).trim(), article.body), start: source.start, end: source.end };
    }),
  );
  return found.filter((c): c is CitationDto => c !== null);
}
