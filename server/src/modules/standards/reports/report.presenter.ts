import {
  ASPECTS,
  type Assessment,
  type Finding,
  type ReportAspect,
  type ReportCampaign,
  type ReportFinding,
  type ReportSignOff,
  type ReportUnit,
} from '../../../../../contracts/index.ts';
import { toIsoOrNull } from '../../../platform/db/values.ts';
import type { CampaignRow } from '../campaigns.repository.ts';

/** Display names by username, as the report resolves them once for every person it names. */
export type Names = Map<string, string>;

/** A person and a time, or null when nobody has done it yet; an account since removed keeps its username. */
export function signOff(
  names: Names,
  username: string | null,
  at: string | null,
): ReportSignOff | null {
  if (username === null) return null;
  return { username, displayName: names.get(username) ?? username, at };
}

export const unitOf = (u: { code: string; nameZh: string; nameEn: string }): ReportUnit => ({
  code: u.code,
  nameZh: u.nameZh,
  nameEn: u.nameEn,
});

export function presentReportCampaign(
  row: CampaignRow,
  catalog: { code: string; nameZh: string; nameEn: string; versionNumber: number },
): ReportCampaign {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind as ReportCampaign['kind'],
    status: row.status as ReportCampaign['status'],
    deadline: row.deadline,
    openedAt: toIsoOrNull(row.openedAt),
    closedAt: toIsoOrNull(row.closedAt),
    catalog,
  };
}

/**
 * The assessment's aspects with their items. A working group's item comments live only while its aspect
 * stands returned (submitting again clears them), so the aspect's reviewer and time are the comment's own.
 */
export function presentReportAspects(a: Assessment, names: Names): ReportAspect[] {
  return a.aspects.map((review) => {
    const reviewed = signOff(names, review.reviewedBy, review.reviewedAt);
    return {
      aspect: review.aspect,
      reviewer: review.reviewer,
      status: review.status,
      reviewed,
      comment: review.comment,
      score: review.score,
      items: a.items
        .filter((i) => i.aspect === review.aspect)
        .map((i) => ({
          itemCode: i.itemCode,
          titleZh: i.titleZh,
          titleEn: i.titleEn,
          importance: i.importance,
          weight: i.weight,
          automatic: i.automatic,
          result: i.result,
          grade: i.grade,
          required: i.required,
          present: i.present,
          note: i.note,
          naReason: i.naReason,
          errorMessage: i.errorMessage,
          answered: signOff(names, i.answeredBy, i.answeredAt),
          reviewComment:
            i.returnComment === null
              ? null
              : { text: i.returnComment, by: review.status === 'returned' ? reviewed : null },
        })),
    };
  });
}

const aspectOrder = (f: Finding) => ASPECTS.indexOf(f.aspect);

/** Findings in the order a report lists them: by port, then aspect, then requirement. */
export function presentReportFindings(
  findings: readonly Finding[],
  ports: ReadonlyMap<string, { portNameEn: string }>,
  names: Names,
): ReportFinding[] {
  return [...findings]
    .sort(
      (x, y) =>
        x.portCode.localeCompare(y.portCode) ||
        aspectOrder(x) - aspectOrder(y) ||
        x.itemCode.localeCompare(y.itemCode),
    )
    .map((f) => ({
      id: f.id,
      portCode: f.portCode,
      portNameZh: f.portNameZh,
      portNameEn: ports.get(f.portId)?.portNameEn ?? '',
      itemCode: f.itemCode,
      titleZh: f.titleZh,
      titleEn: f.titleEn,
      aspect: f.aspect,
      grade: f.grade,
      priority: f.priority,
      status: f.status,
      ownerName: f.ownerName,
      dueDate: f.dueDate,
      overdue: f.overdue,
      verified: signOff(names, f.verifiedBy, f.verifiedAt),
    }));
}
