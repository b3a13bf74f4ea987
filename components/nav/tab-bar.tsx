'use client';

import { usePathname } from 'next/navigation';
import { IntentLink } from './intent-link';
import { isCurrentSection, NAV_ITEMS } from './nav-items';

/** The phone's bottom tab bar (hidden from md up, where the header carries the same links). */
export function TabBar({ role }: { role: 'student' | 'teacher' }) {
  const pathname = usePathname();
  const items = NAV_ITEMS[role];
  return (
    <nav aria-label="Sections" className="fixed inset-x-0 bottom-0 z-30 border-t border-accent-100 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden">
      <ul className="mx-auto flex max-w-lg">
        {items.map(({ href, label, icon: Icon }) => {
          const current = isCurrentSection(href, pathname);
          return (
            <li key={href} className="flex-1">
              <IntentLink
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-[0.7rem] font-medium ${current ? 'text-accent-700' : 'text-stone-600'}`}
              >
                <Icon aria-hidden className={`size-6 ${current ? 'stroke-[2.4]' : 'stroke-2'}`} />
                {label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
