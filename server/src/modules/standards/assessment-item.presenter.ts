import {
  ASPECT_LABELS,
  GRADE_LABELS,
  ITEM_RESULT_LABELS,
  type Aspect,
  type AssessmentItem,
  type Grade,
  type Importance,
  type ItemResult,
} from '../../../../contracts/index.ts';
import { fromFlag, readJson, toIsoOrNull } from '../../platform/db/values.ts';
import type { ExportColumn } from '../../platform/http/excel.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import type { AssessmentItemRow } from './assessment-items.repository.ts';
import { presentEvidence } from './evidence.presenter.ts';
import type { EvidenceRow } from './evidence.repository.ts';

export function presentAssessmentItem(
  row: AssessmentItemRow,
  evidence: EvidenceRow[],
  canFill: boolean,
): AssessmentItem {
  const automatic = fromFlag(row.automatic);
  return {
    id: row.id,
    itemCode: row.itemCode,
    aspect: row.aspect as Aspect,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    guidanceZh: row.guidanceZh,
    guidanceEn: row.guidanceEn,
    basis: row.basis,
    evidenceGuidance: row.evidenceGuidance,
    importance: row.importance as Importance,
    weight: row.weight,
    automatic,
    result: row.result as ItemResult | null,
    grade: row.grade as Grade | null,
    required: row.requiredValue,
    present: row.presentBool !== null ? fromFlag(row.presentBool) : row.presentValue,
    explanation: readJson(row.explanationJson) as AssessmentItem['explanation'],
    errorMessage: row.errorMessage,
    naReason: row.naReason,
    note: row.note,
    returnComment: row.returnComment,
    answeredBy: row.answeredBy,
    answeredAt: toIsoOrNull(row.answeredAt),
    evaluatedAt: toIsoOrNull(row.evaluatedAt),
    evidence: evidence.map(presentEvidence),
    version: row.version,
    can: { answer: canFill, attach: canFill },
  };
}

/** An assessment's items as its workbook lists them. */
export const assessmentItemColumns = (lang: Lang): ExportColumn<AssessmentItem>[] => [
  { header: { zh: '方面', en: 'Aspect' }, value: (r) => ASPECT_LABELS[r.aspect][lang] },
  { header: { zh: '编码', en: 'Code' }, width: 26, value: (r) => r.itemCode },
  {
    header: { zh: '要求', en: 'Requirement' },
    width: 40,
    value: (r) => (lang === 'en' ? r.titleEn : r.titleZh),
  },
  {
    header: { zh: '结果', en: 'Result' },
    value: (r) => (r.result ? ITEM_RESULT_LABELS[r.result][lang] : ''),
  },
  {
    header: { zh: '等级', en: 'Grade' },
    value: (r) => (r.grade ? GRADE_LABELS[r.grade][lang] : ''),
  },
  { header: { zh: '要求数量', en: 'Required' }, value: (r) => r.required },
  {
    header: { zh: '现有', en: 'Present' },
    value: (r) => (typeof r.present === 'boolean' ? String(r.present) : r.present),
  },
  {
    header: { zh: '说明', en: 'Note' },
    width: 40,
    value: (r) => r.naReason ?? r.note ?? r.errorMessage ?? '',
  },
];
