import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n/index.ts';

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** 中文 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('shell.language')}
      data-testid="language-switch"
      options={OPTIONS}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(language) => void setLanguage(language)}
    />
  );
}
