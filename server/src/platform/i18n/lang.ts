export type Lang = 'zh' | 'en';
export type Text = { zh: string; en: string };

/** A record's name in the language: in English, the Chinese one where the record has none. */
export const nameIn = (lang: Lang, named: { nameZh: string; nameEn: string }): string =>
  lang === 'en' && named.nameEn.trim() !== '' ? named.nameEn : named.nameZh;

/** The caller's language from Accept-Language; Chinese unless English is preferred. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
