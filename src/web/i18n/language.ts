export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'malkedja.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

/** The language chosen in this browser, if the person has chosen one. */
export function readLanguagePreference(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguagePreference(lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode without storage: the choice lasts for this page view only.
  }
}

/** BCP 47 locale used for numbers and dates in the UI. */
export function localeFor(lng: string): string {
  return lng.startsWith('en') ? 'en-GB' : 'sv-SE';
}
