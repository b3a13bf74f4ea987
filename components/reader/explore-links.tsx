import { IntentLink } from '@/components/nav/intent-link';

const PAGES = [
  { href: '/people', label: "Who's who" },
  { href: '/timeline', label: 'Timeline' },
  { href: '/conflicts', label: 'Disagreements' },
] as const;

/** The ways to read the library across articles: people, the order of events, and disagreements. */
export function ExploreLinks({ current }: { current?: (typeof PAGES)[number]['href'] }) {
  return (
    <nav aria-label="Explore the library" className="text-sm">
      <ul className="flex flex-wrap gap-x-4">
        {PAGES.map((page) => (
          <li key={page.href}>
            <IntentLink
              href={page.href}
              aria-current={page.href === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center underline underline-offset-2 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {page.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
