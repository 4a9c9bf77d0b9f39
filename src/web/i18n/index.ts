import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

// Every JSON file in i18n/<lang>/<namespace>.json is a namespace; each area owns its own file.
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, messages] of Object.entries(files)) {
  const [, lang, ns] = path.match(/\.\/(\w+)\/([\w-]+)\.json$/)!;
  (resources[lang] ??= {})[ns] = messages;
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: ['nl', 'en'],
    nonExplicitSupportedLngs: true, // nl-BE and en-GB count as nl and en
    load: 'languageOnly',
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.nl ?? {}),
    // A stored choice first, then what the browser asks for: Dutch when it asks for Dutch.
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'klankbord.lang', caches: ['localStorage'] },
    interpolation: { escapeValue: false }, // React escapes
  });

document.documentElement.lang = i18n.resolvedLanguage ?? 'nl';
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
