// What a page loaded from disk asked for: every request that left the file (none should), and
// every uncaught error, collected from the moment this is called.
import type { Page } from '@playwright/test';

export function watchRequests(page: Page): { outside: () => string[]; errors: string[] } {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const own = (u: string) =>
    u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:');
  return { outside: () => requests.filter((u) => !own(u)), errors };
}
