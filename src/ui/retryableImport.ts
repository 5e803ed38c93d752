// A dynamic import that can ask the server again after it failed, for the panels' "Try again".

/** The module URL a failed dynamic import names (Chromium and Firefox do; Safari does not), if same-origin. */
function failedModuleUrl(error: unknown): string | null {
  const found = /(https?:\/\/[^\s'"?#]+\.m?js)\b/.exec(error instanceof Error ? error.message : '');
  if (!found) return null;
  try {
    const url = new URL(found[1]!);
    return url.origin === globalThis.location?.origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A dynamic import that is made once and shared, but made anew by the first call after it failed.
 * Importing the same URL again is not enough: the browser keeps the failed module in its module
 * map and fails at once, without a request (Chromium does). So the new request is for the URL the
 * error names with a query added, which is a new module to the browser; its own imports resolve
 * to the modules already loaded. Where the error names no URL, it imports as before.
 */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let current: Promise<M> | null = null;
  let failure: { error: unknown } | null = null;
  let retries = 0;
  const start = (made: Promise<M>) => {
    current = made;
    failure = null;
    made.catch((error: unknown) => {
      if (current === made) failure = { error };
    });
    return made;
  };
  return () => {
    if (!current) return start(load());
    if (!failure) return current;
    const url = failedModuleUrl(failure.error);
    retries++;
    return start(
      url ? (import(/* @vite-ignore */ `${url}?retry=${retries}`) as Promise<M>) : load(),
    );
  };
}
