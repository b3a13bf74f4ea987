import { BookOpen, ChartColumn, ClipboardCheck, House, Layers, ListChecks, Users, type LucideIcon } from 'lucide-react';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

/**
 * The app's navigation, by role: the phone's bottom tab bar and the laptop's header both read it.
 * To add a section, add one line here. A phone shows at most five tabs.
 */
export const NAV_ITEMS: Record<'student' | 'teacher', NavItem[]> = {
  student: [
    { href: '/', label: 'Home', icon: House },
    { href: '/library', label: 'Library', icon: BookOpen },
    { href: '/flashcards', label: 'Flashcards', icon: Layers },
    { href: '/progress', label: 'Progress', icon: ChartColumn },
    { href: '/classes', label: 'Classes', icon: Users },
  ],
  teacher: [
    { href: '/', label: 'Home', icon: House },
    { href: '/library', label: 'Library', icon: BookOpen },
    { href: '/classes', label: 'Classes', icon: Users },
    { href: '/review', label: 'Review', icon: ClipboardCheck },
    { href: '/sets', label: 'Sets', icon: ListChecks },
  ],
};

/** Whether a nav entry is the current section (Home only on "/", others on their subpages too). */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
