/**
 * The reader's remembered choices (theme, comment consent) in localStorage, which throws where
 * storage is blocked: the site then just does not remember, and a choice holds for the page only.
 * Shared by the boot script and the comments module.
 */
export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers `value` under `key`; null forgets it. */
export function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage is blocked: the choice holds for this page only.
  }
}
