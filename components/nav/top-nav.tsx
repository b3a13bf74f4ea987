'use client';

import { usePathname } from 'next/navigation';
import { IntentLink } from './intent-link';
import { isCurrentSection, NAV_ITEMS } from './nav-items';

/** The same sections as the tab bar, in the header on wider screens. */
export function TopNav({ role }: { role: 'student' | 'teacher' }) {
  const pathname = usePathname();
  return (
    <ul className="hidden items-center gap-1 md:flex">
      {NAV_ITEMS[role].map(({ href, label, icon: Icon }) => {
        const current = isCurrentSection(href, pathname);
        return (
          <li key={href}>
            <IntentLink
              href={href}
              aria-current={current ? 'page' : undefined}
              className={`flex min-h-11 items-center gap-1.5 rounded-full px-3 text-sm font-medium ${current ? 'bg-accent-100 text-accent-800' : 'text-stone-700 hover:bg-stone-100'}`}
            >
              <Icon aria-hidden className="size-4" />
              {label}
            </IntentLink>
          </li>
        );
      })}
    </ul>
  );
}
