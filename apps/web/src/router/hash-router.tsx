/**
 * A tiny hash router (`#/catalog`, `#/scans/42`). Hash routes need no server fallback, so the
 * built app works from any static server and from the API server's `/` without extra rules.
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

function readPath(): string {
  const raw = window.location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw : '/';
}

/** The current route path, e.g. `/scans/42`; re-renders on every hash change. */
export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, readPath, () => '/');
}

/** Go to a route path. */
export function navigate(path: string): void {
  window.location.hash = `#${path}`;
}

/** `match('/scans/:id', '/scans/42')` → `{ id: '42' }`, or `undefined` when it does not match. */
export function matchRoute(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('?')[0]?.split('/').filter(Boolean) ?? [];
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = have[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}
