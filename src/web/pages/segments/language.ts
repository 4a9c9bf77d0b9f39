import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/segments.ts';

/** The UI language as 'nl' | 'en' and a picker for the survey's own localized texts. */
export function useLanguage(): { lang: 'nl' | 'en'; text: (t: LocalizedText) => string; pct: (x: number) => string; num: (x: number) => string } {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'nl').startsWith('en') ? 'en' : 'nl';
  const fmt = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  // Means as the server's sentences show them: one decimal below 100, whole numbers above.
  const num = (x: number) => x.toLocaleString(locale, Math.abs(x) < 100 ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 0 });
  return { lang, text: (t) => t[lang], pct: (x) => fmt.format(x), num };
}
