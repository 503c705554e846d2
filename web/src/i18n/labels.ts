import { ORG_KIND_LABELS, ROLE_LABELS, type OrgKind, type Role } from '@contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './time.ts';

/** Role, org kind and bilingual names in the current UI language; the label tables live in contracts. */
export function useLabels() {
  const { i18n, t } = useTranslation();
  const lang: 'zh' | 'en' = i18n.language === 'en' ? 'en' : 'zh';
  return {
    lang,
    role: (role: Role) => ROLE_LABELS[role][lang],
    kind: (kind: OrgKind) => ORG_KIND_LABELS[kind][lang],
    /**
     * A record's name in the UI language. In English, a record with no English name shows its Chinese
     * one marked as such, so the gap is seen (and can be filled) rather than passed off as a translation.
     */
    name: (named: { nameZh: string; nameEn: string }) =>
      lang !== 'en' || named.nameEn.trim() !== ''
        ? lang === 'en'
          ? named.nameEn
          : named.nameZh
        : named.nameZh.trim() === ''
          ? ''
          : t('labels.noEnglishName', { name: named.nameZh }),
    /** An instant in the district's time zone (see time.ts), whatever the browser's. */
    dateTime: (iso: string | null) => formatDateTime(iso, lang),
  };
}
