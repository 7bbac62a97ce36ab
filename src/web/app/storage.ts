// localStorage throws when storage is disabled (some private modes, strict policies);
// preferences then simply last for the page's lifetime.

export function readPref(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not persisted; the in-memory state still applies.
  }
}
