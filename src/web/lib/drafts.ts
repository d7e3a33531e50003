/** Unsaved edits live in localStorage until the server has them, so a reload or a crash loses nothing. */
export interface Draft<T> {
  value: T;
  baseVersion: number | null;
}

const PREFIX = 'malkedja:draft:';

export function readDraft<T>(key: string): Draft<T> | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Draft<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(key: string, draft: Draft<T>): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the edit still lives in memory and is saved to the server.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
