/** 中文 / English switch; the choice is remembered in localStorage. */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n/index.ts';

const NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const value = (LANGUAGES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : 'zh-CN';
  return (
    <Segmented<Language>
      data-testid="language-switch"
      size="small"
      value={value}
      options={LANGUAGES.map((lng) => ({ value: lng, label: NAMES[lng] }))}
      onChange={(lng) => {
        void changeLanguage(lng);
      }}
    />
  );
}
