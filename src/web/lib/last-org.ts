const KEY = 'malkedja:senaste-organisation';

/** The organisation the user last worked with, so the start page can lead straight back to it. */
export function rememberOrg(id: string) {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Without storage the start page simply lists every organisation.
  }
}

export function lastOrg(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
