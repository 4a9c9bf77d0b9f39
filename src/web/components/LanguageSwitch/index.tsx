import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Switches the interface between Dutch and English; the choice is remembered in the browser. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={lang}
      onChange={(v) => void i18n.changeLanguage(v)}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
      data-testid="language-switch"
    />
  );
}
