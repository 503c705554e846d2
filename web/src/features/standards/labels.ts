import {
  ASPECT_LABELS,
  ASPECT_REVIEW_STATUS_LABELS,
  ASSESSMENT_STATUS_LABELS,
  BASIS_KIND_LABELS,
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_STATUS_LABELS,
  CATALOG_VERSION_STATUS_LABELS,
  GRADE_LABELS,
  IMPORTANCE_LABELS,
  ITEM_CHANGE_LABELS,
  ITEM_RESULT_LABELS,
  PRIORITY_LABELS,
  RECTIFICATION_STATUS_LABELS,
  type Aspect,
  type AspectReviewStatus,
  type AssessmentStatus,
  type CampaignStatus,
  type ItemChange,
  type ItemResult,
  type RectificationStatus,
} from '@contracts';
import type { Tone } from '../../components/StatusTag.tsx';
import { useLabels } from '../../i18n/labels.ts';

export const RESULT_TONES: Record<ItemResult, Tone> = {
  compliant: 'good',
  partial: 'warn',
  non_compliant: 'bad',
  not_applicable: 'neutral',
  error: 'bad',
};
export const CAMPAIGN_STATUS_TONES: Record<CampaignStatus, Tone> = {
  draft: 'neutral',
  open: 'info',
  closed: 'good',
};
export const ASSESSMENT_STATUS_TONES: Record<AssessmentStatus, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  reviewed: 'warn',
  approved: 'good',
};
export const REVIEW_TONES: Record<AspectReviewStatus, Tone> = {
  pending: 'neutral',
  returned: 'bad',
  accepted: 'good',
};
export const CHANGE_TONES: Record<ItemChange, Tone> = {
  new: 'info',
  same: 'neutral',
  changed: 'warn',
  removed: 'bad',
};
export const RECTIFICATION_TONES: Record<RectificationStatus, Tone> = {
  open: 'bad',
  in_progress: 'warn',
  submitted: 'info',
  verified: 'good',
  rejected: 'bad',
};

type Label = { zh: string; en: string };

/** Labels of the standards domain (from contracts) in the UI language, and number formats. */
export function useStandardLabels() {
  const labels = useLabels();
  const lang: 'zh' | 'en' = labels.lang === 'en' ? 'en' : 'zh';
  const pick = (table: Record<string, Label>) => (key: string) => table[key]?.[lang] ?? key;
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  return {
    ...labels,
    aspect: pick(ASPECT_LABELS) as (a: Aspect) => string,
    importance: pick(IMPORTANCE_LABELS),
    basisKind: pick(BASIS_KIND_LABELS),
    versionStatus: pick(CATALOG_VERSION_STATUS_LABELS),
    change: pick(ITEM_CHANGE_LABELS),
    result: pick(ITEM_RESULT_LABELS),
    grade: pick(GRADE_LABELS),
    campaignKind: pick(CAMPAIGN_KIND_LABELS),
    campaignStatus: pick(CAMPAIGN_STATUS_LABELS),
    assessmentStatus: pick(ASSESSMENT_STATUS_LABELS),
    reviewStatus: pick(ASPECT_REVIEW_STATUS_LABELS),
    findingStatus: pick(RECTIFICATION_STATUS_LABELS),
    priority: pick(PRIORITY_LABELS),
    /** "label：value" / "label: value". */
    labelled: (label: string, value: string) =>
      lang === 'en' ? `${label}: ${value}` : `${label}：${value}`,
    /** Joins a list the way the UI language writes one. */
    list: (parts: string[]) => parts.join(lang === 'en' ? '; ' : '；'),
    /** A label in the UI language, e.g. a problem message `{zh, en}`. */
    text: (label: Label) => label[lang],
    title: (named: { titleZh: string; titleEn: string }) =>
      lang === 'en' ? named.titleEn : named.titleZh,
    number: (n: number | null | undefined, digits = 2) =>
      n === null || n === undefined
        ? '—'
        : n.toLocaleString(locale, { maximumFractionDigits: digits }),
    /** A percentage the server gives as 0–100. */
    percent: (rate: number | null | undefined) =>
      rate === null || rate === undefined
        ? '—'
        : `${rate.toLocaleString(locale, { maximumFractionDigits: 1 })}%`,
    score: (n: number | null | undefined) =>
      n === null || n === undefined ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 1 }),
    /** A fact's value in plain words: numbers with separators, yes/no, lists joined. */
    value: (v: unknown): string => {
      if (v === null || v === undefined) return '—';
      if (typeof v === 'number') return v.toLocaleString(locale, { maximumFractionDigits: 2 });
      if (typeof v === 'boolean') return lang === 'en' ? (v ? 'yes' : 'no') : v ? '是' : '否';
      if (Array.isArray(v))
        return v.length
          ? v
              .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
              .join(lang === 'en' ? ', ' : '、')
          : lang === 'en'
            ? '(none)'
            : '（无）';
      if (typeof v === 'string') return v;
      return JSON.stringify(v);
    },
  };
}
