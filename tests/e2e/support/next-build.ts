import { readFileSync } from 'node:fs';
import path from 'node:path';

// E2E_APP_DIR points at another checkout's build (to run these tests against an older version of the app).
const root = path.resolve(process.env.E2E_APP_DIR ?? path.join(import.meta.dirname, '../../..'));

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page that serves it (Next forwards an action posted to any page to the one that has it). */
  path: string;
}

/** A URL path for a route file: route groups dropped, dynamic segments filled with `fill`. */
export function routePath(routeFile: string, fill = 'x'): string {
  const segments = routeFile
    .replace(/^app/, '')
    .replace(/\/(page|route)$/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith('@'))
    .map((segment) => (/^\[.*\]$/.test(segment) ? fill : segment));
  return `/${segments.join('/')}`;
}

/** Every server action of the production build, from Next's own manifest (the ones added later included). */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => !w.includes('_not-found')) ?? 'app/page';
    return { id, name: entry.exportedName, file: entry.filename, path: routePath(worker) };
  });
}

/** Every page and route handler of the production build. */
export function appRoutes(): { pages: string[]; handlers: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/app-paths-manifest.json'), 'utf8')) as Record<string, string>;
  const routes = Object.keys(manifest).filter((route) => !route.includes('_not-found') && !route.includes('_global-error'));
  return {
    pages: routes.filter((r) => r.endsWith('/page')).map((r) => `app${r}`),
    handlers: routes.filter((r) => r.endsWith('/route')).map((r) => `app${r}`),
  };
}

export function actionNamed(name: string): ServerAction {
  const action = serverActions().find((a) => a.name === name);
  if (!action) throw new Error(`no server action named ${name} in this build`);
  return action;
}
