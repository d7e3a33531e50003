import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language, readLanguagePreference, saveLanguagePreference } from './language.ts';

type Namespace = { default: Record<string, unknown> };

// Each feature owns its files in sv/ and en/, so parallel work never edits a shared list of namespaces.
const modules = {
  sv: import.meta.glob<Namespace>('./sv/*.ts', { eager: true }),
  en: import.meta.glob<Namespace>('./en/*.ts', { eager: true }),
};

function bundle(files: Record<string, Namespace>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, mod] of Object.entries(files))
    out[path.slice(path.lastIndexOf('/') + 1, -3)] = mod.default;
  return out;
}

const resources = { sv: bundle(modules.sv), en: bundle(modules.en) };

function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv' || base === 'nb' || base === 'nn' || base === 'da') return 'sv';
    if (base === 'en') return 'en';
  }
  return 'sv';
}

i18next.use(initReactI18next).init({
  resources,
  lng: readLanguagePreference() ?? browserLanguage(),
  fallbackLng: 'sv',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources.sv),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function followLanguage(lng: string) {
  document.documentElement.lang = lng;
}
followLanguage(i18next.language);
i18next.on('languageChanged', followLanguage);

/**
 * Switches the UI language and remembers it in this browser. When accounts exist, the caller also saves
 * it as the person's setting and calls this on sign-in with the stored value.
 */
export async function setLanguage(lng: Language): Promise<void> {
  saveLanguagePreference(lng);
  await i18next.changeLanguage(lng);
}

export { i18next };
