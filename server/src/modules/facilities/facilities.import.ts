import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import {
  FACILITY_IMPORT_COLUMNS,
  dateSchema,
  facilityStatusSchema,
  type ImportProblem,
  type ImportReport,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import { cellNumber, cellText } from '../../platform/http/import-cells.ts';
import { parseRows, type ImportRow } from '../../platform/http/xlsx-import.ts';
import { noProgress, stepper, type ImportProgress } from '../../platform/http/import-progress.ts';
import type { ImportDefinition } from '../../platform/http/import-routes.ts';
import { portsService } from '../ports/ports.service.ts';
import { facilitiesRepository, type CertificationRow } from './facilities.repository.ts';
import type { FacilityTable } from '../../platform/db/schema.ts';

const optionalText = (max: number) => cellText(z.string().trim().max(max).nullable());

/** One ledger row; the certification columns are all filled or all empty. */
const rowSchema = z
  .object({
    portCode: cellText(z.string().trim().min(1).max(40)),
    typeCode: cellText(z.string().trim().min(1).max(40)),
    functionalArea: cellText(z.string().trim().min(1).max(200)),
    quantity: cellNumber(z.number().int().min(1).max(100_000)),
    capacity: cellNumber(z.number().nonnegative().max(1e12).nullable()),
    commissionedDate: cellText(dateSchema.nullable()),
    status: cellText(facilityStatusSchema),
    notes: optionalText(2000),
    certIssuer: optionalText(200),
    certIssuedDate: cellText(dateSchema.nullable()),
    certExpiryDate: cellText(dateSchema.nullable()),
    certDocumentRef: optionalText(500),
  })
  .refine(
    (r) =>
      (r.certIssuer === null) === (r.certIssuedDate === null) &&
      (r.certIssuedDate === null) === (r.certExpiryDate === null),
    { message: 'certification_complete', path: ['certIssuer'] },
  )
  .refine(
    (r) =>
      r.certIssuedDate === null || r.certExpiryDate === null || r.certExpiryDate > r.certIssuedDate,
    { message: 'expiry_after_issue', path: ['certExpiryDate'] },
  );

/** Validates every row; writes all of them in one transaction, or none and reports each problem. */
export async function importFacilities(
  ctx: AppContext,
  actor: Actor,
  rows: ImportRow[],
  lang: Lang,
  progress: ImportProgress = noProgress,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const parsed = await parseRows(rowSchema, rows, lang, problems);
  const codes = [...new Set(parsed.flatMap((p) => (p.data ? [p.data.portCode] : [])))];
  const ports = new Map((await portsService.findPortsByCodes(ctx, codes)).map((p) => [p.code, p]));
  const types = new Set((await facilitiesRepository.types(ctx.db)).map((t) => t.code));
  const now = ctx.clock();
  const facilities: FacilityTable[] = [];
  const certifications: CertificationRow[] = [];
  const checked = stepper(progress, 'checking', parsed.length);
  for (const [i, { row, data }] of parsed.entries()) {
    await checked(i + 1);
    if (!data) continue;
    const port = ports.get(data.portCode);
    if (!port || !reachesUnit(actor, 'facility.write', port) || port.archivedAt !== null) {
      problems.push({
        row,
        column: 'portCode',
        message: lang === 'en' ? 'no such port that you may edit' : '口岸不存在或无权编辑',
      });
    }
    if (!types.has(data.typeCode))
      problems.push({
        row,
        column: 'typeCode',
        message: lang === 'en' ? 'no such facility type' : '设施类型不存在',
      });
    if (!port) continue;
    const id = newId();
    facilities.push({
      id,
      portId: port.id,
      typeCode: data.typeCode,
      functionalArea: data.functionalArea,
      quantity: data.quantity,
      capacity: data.capacity,
      commissionedDate: data.commissionedDate,
      status: data.status,
      notes: data.notes,
      archivedAt: null,
      archivedReason: null,
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    });
    if (data.certIssuer && data.certIssuedDate && data.certExpiryDate) {
      certifications.push({
        id: newId(),
        facilityId: id,
        issuer: data.certIssuer,
        issuedDate: data.certIssuedDate,
        expiryDate: data.certExpiryDate,
        documentRef: data.certDocumentRef,
        createdAt: now,
        createdBy: actor.userId,
      });
    }
  }
  if (problems.length > 0 || rows.length === 0) {
    if (rows.length === 0)
      problems.push({
        row: 2,
        column: FACILITY_IMPORT_COLUMNS[0],
        message: lang === 'en' ? 'the sheet has no rows' : '表格没有数据行',
      });
    return { applied: 0, problems: problems.sort((a, b) => a.row - b.row) };
  }
  await inTransaction(ctx, async (tx) => {
    const written = stepper(progress, 'writing', facilities.length, 200);
    for (let i = 0; i < facilities.length; i += 200) {
      await facilitiesRepository.insert(tx, facilities.slice(i, i + 200));
      await written(Math.min(i + 200, facilities.length));
    }
    for (let i = 0; i < certifications.length; i += 200) {
      await facilitiesRepository.insertCertification(tx, certifications.slice(i, i + 200));
      await yieldToLoop();
    }
    await ctx.audit.append(tx, actor, {
      action: 'facility.import',
      entityType: 'facility',
      entityId: null,
      after: {
        rows: facilities.length,
        certifications: certifications.length,
        ids: facilities.map((f) => f.id),
      },
    });
  });
  await yieldToLoop();
  await ctx.facts.changed(facilities.map((f) => f.portId));
  return { applied: facilities.length, problems: [] };
}

type Label = { zh: string; en: string };

export const facilityImport: ImportDefinition = {
  path: '/facilities',
  permission: 'facility.write',
  fileBase: 'facilities',
  summaries: {
    template: 'The facility import template',
    import: 'Import facilities (and their certifications) from an xlsx: all rows or none',
  },
  columns: FACILITY_IMPORT_COLUMNS,
  labels: {
    portCode: { zh: '口岸代码', en: 'Port code' },
    typeCode: { zh: '设施类型代码', en: 'Facility type code' },
    functionalArea: { zh: '功能区', en: 'Functional area' },
    quantity: { zh: '数量', en: 'Quantity' },
    capacity: { zh: '能力（该记录合计）', en: 'Capacity (record total)' },
    commissionedDate: { zh: '投用日期 YYYY-MM-DD', en: 'Commissioned YYYY-MM-DD' },
    status: { zh: '状态', en: 'Status' },
    notes: { zh: '备注', en: 'Notes' },
    certIssuer: { zh: '认证签发单位（可空）', en: 'Certification issuer (optional)' },
    certIssuedDate: { zh: '认证签发日期', en: 'Certification issued' },
    certExpiryDate: { zh: '认证到期日期', en: 'Certification expiry' },
    certDocumentRef: { zh: '证书编号', en: 'Certificate reference' },
  } satisfies Record<(typeof FACILITY_IMPORT_COLUMNS)[number], Label>,
  example: {
    portCode: 'P-SEA-EAST',
    typeCode: 'COLD_STORE',
    functionalArea: '冷链查验区',
    quantity: 1,
    capacity: 1500,
    commissionedDate: '2024-05-01',
    status: 'in_service',
    notes: null,
    certIssuer: null,
    certIssuedDate: null,
    certExpiryDate: null,
    certDocumentRef: null,
  },
  run: importFacilities,
};
