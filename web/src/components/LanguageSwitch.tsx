import { Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n/index.ts';

/** Each language named in itself, and tagged so (a reader's screen reader voices it right). */
const OPTIONS: { value: Language; label: ReactNode }[] = [
  { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
  { value: 'en', label: <span lang="en">English</span> },
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
