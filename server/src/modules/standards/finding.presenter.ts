import {
  ASPECT_LABELS,
  GRADE_LABELS,
  PRIORITY_LABELS,
  RECTIFICATION_STATUS_LABELS,
  type Aspect,
  type Finding,
  type Grade,
  type ItemResult,
  type Priority,
  type RectificationStatus,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { toIso, toIsoOrNull } from '../../platform/db/values.ts';
import type { ExportColumn } from '../../platform/http/excel.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import { presentEvidence } from './evidence.presenter.ts';
import type { EvidenceRow } from './evidence.repository.ts';
import { findingAbilities } from './finding.policy.ts';
import { OPEN_FINDING_STATUSES, type FindingRow } from './findings.repository.ts';

export function presentFinding(
  row: FindingRow,
  evidence: EvidenceRow[],
  actor: Actor,
  today: string,
): Finding {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    assessmentItemId: row.assessmentItemId,
    campaignId: row.campaignId,
    campaignNameZh: row.campaignNameZh,
    campaignNameEn: row.campaignNameEn,
    portId: row.portId,
    portCode: row.portCode,
    portNameZh: row.portNameZh,
    portNameEn: row.portNameEn,
    branchId: row.branchId,
    branchNameZh: row.branchNameZh,
    branchNameEn: row.branchNameEn,
    itemCode: row.itemCode,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    aspect: row.aspect as Aspect,
    grade: row.grade as Grade,
    resultAtFinding: row.resultAtFinding as ItemResult,
    currentResult: row.currentResult as ItemResult | null,
    status: row.status as RectificationStatus,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueDate: row.dueDate,
    overdue:
      OPEN_FINDING_STATUSES.includes(row.status) && row.dueDate !== null && row.dueDate < today,
    priority: row.priority as Priority,
    plan: row.plan,
    progressNote: row.progressNote,
    verifiedBy: row.verifiedBy,
    verifiedAt: toIsoOrNull(row.verifiedAt),
    reviewComment: row.reviewComment,
    evidence: evidence.map(presentEvidence),
    version: row.version,
    createdAt: toIso(row.createdAt),
    can: findingAbilities(actor, row),
  };
}

/** Findings as the rectification ledger's workbook lists them. */
export const findingColumns = (lang: Lang): ExportColumn<Finding>[] => [
  {
    header: { zh: '隶属海关', en: 'Branch' },
    value: (r) => (lang === 'en' && r.branchNameEn ? r.branchNameEn : r.branchNameZh),
  },
  {
    header: { zh: '口岸', en: 'Port' },
    value: (r) => (lang === 'en' && r.portNameEn ? r.portNameEn : r.portNameZh),
  },
  { header: { zh: '口岸代码', en: 'Port code' }, value: (r) => r.portCode },
  { header: { zh: '方面', en: 'Aspect' }, value: (r) => ASPECT_LABELS[r.aspect][lang] },
  {
    header: { zh: '要求', en: 'Requirement' },
    width: 40,
    value: (r) => (lang === 'en' ? r.titleEn : r.titleZh),
  },
  { header: { zh: '等级', en: 'Grade' }, value: (r) => GRADE_LABELS[r.grade][lang] },
  {
    header: { zh: '优先级', en: 'Priority' },
    value: (r) => PRIORITY_LABELS[r.priority][lang],
  },
  {
    header: { zh: '状态', en: 'Status' },
    value: (r) => RECTIFICATION_STATUS_LABELS[r.status][lang],
  },
  { header: { zh: '责任人', en: 'Owner' }, value: (r) => r.ownerName ?? '' },
  { header: { zh: '期限', en: 'Due' }, value: (r) => r.dueDate ?? '' },
  {
    header: { zh: '逾期', en: 'Overdue' },
    value: (r) => (r.overdue ? (lang === 'en' ? 'yes' : '是') : ''),
  },
];
