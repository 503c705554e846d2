import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import {
  FACILITY_IMPORT_COLUMNS,
  FACILITY_STATUSES,
  FACILITY_STATUS_LABELS,
  dateSchema,
  facilityStatusSchema,
  type ImportExisting,
  type ImportOnExisting,
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
import {
  pendingChoice,
  report as problemReport,
  writablePortCodes,
  writtenReport,
} from '../ports/ports.import.ts';
import { facilitySnapshot } from './facilities.presenter.ts';
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

/**
 * Validates every row; writes the new ones and skips or updates those already recorded (same port, type and
 * functional area) as the caller chose, all in one transaction, or none and reports each problem.
 */
export async function importFacilities(
  ctx: AppContext,
  actor: Actor,
  rows: ImportRow[],
  lang: Lang,
  progress: ImportProgress = noProgress,
  onExisting: ImportOnExisting | null = null,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const parsed = await parseRows(rowSchema, rows, lang, problems);
  const codes = [...new Set(parsed.flatMap((p) => (p.fields.portCode ? [p.fields.portCode] : [])))];
  const ports = new Map((await portsService.findPortsByCodes(ctx, codes)).map((p) => [p.code, p]));
  const types = new Set((await facilitiesRepository.types(ctx.db)).map((t) => t.code));
  const portIds = [...ports.values()].map((p) => p.id);
  const naturalKey = (portId: string, typeCode: string, area: string) =>
    `${portId}|${typeCode}|${area}`;
  const recorded = new Map(
    (portIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('facilities')
          .selectAll()
          .where('portId', 'in', portIds)
          .where('archivedAt', 'is', null)
          .execute()
    ).map((f) => [naturalKey(f.portId, f.typeCode, f.functionalArea), f]),
  );
  const seen = new Set<string>();
  const existing: ImportExisting[] = [];
  const updates: {
    before: FacilityTable;
    changes: Omit<
      FacilityTable,
      | 'id'
      | 'version'
      | 'createdAt'
      | 'createdBy'
      | 'updatedAt'
      | 'updatedBy'
      | 'archivedAt'
      | 'archivedReason'
    >;
  }[] = [];
  const now = ctx.clock();
  const facilities: FacilityTable[] = [];
  const certifications: CertificationRow[] = [];
  const checked = stepper(progress, 'checking', parsed.length);
  for (const [i, { row, data, fields }] of parsed.entries()) {
    await checked(i + 1);
    // References are checked on every valid cell, even of a row another cell of which is malformed.
    const port = fields.portCode === undefined ? undefined : ports.get(fields.portCode);
    const portOk =
      port !== undefined && reachesUnit(actor, 'facility.write', port) && port.archivedAt === null;
    if (fields.portCode !== undefined && !portOk) {
      problems.push({
        row,
        column: 'portCode',
        message: lang === 'en' ? 'no such port that you may edit' : '口岸不存在或无权编辑',
      });
    }
    if (fields.typeCode !== undefined && !types.has(fields.typeCode))
      problems.push({
        row,
        column: 'typeCode',
        message: lang === 'en' ? 'no such facility type' : '设施类型不存在',
      });
    // A port out of reach says nothing more, not even which of its facilities exist.
    if (!data || !port || !portOk) continue;
    const key = naturalKey(port.id, data.typeCode, data.functionalArea);
    if (seen.has(key))
      problems.push({
        row,
        column: 'functionalArea',
        message:
          lang === 'en'
            ? 'the same port, type and functional area appear twice in the sheet'
            : '同一口岸、设施类型和功能区在表中重复',
      });
    seen.add(key);
    const before = recorded.get(key);
    if (before) {
      existing.push({ row, key: `${data.portCode} / ${data.typeCode} / ${data.functionalArea}` });
      updates.push({
        before,
        changes: {
          portId: port.id,
          typeCode: data.typeCode,
          functionalArea: data.functionalArea,
          quantity: data.quantity,
          capacity: data.capacity,
          commissionedDate: data.commissionedDate,
          status: data.status,
          notes: data.notes,
        },
      });
      const { certIssuer, certIssuedDate, certExpiryDate } = data;
      // The same certification sent again is not recorded twice.
      if (
        certIssuer &&
        certIssuedDate &&
        certExpiryDate &&
        onExisting === 'update' &&
        !(await facilitiesRepository.certificationsOf(ctx.db, before.id)).some(
          (c) =>
            c.issuer === certIssuer &&
            c.issuedDate === certIssuedDate &&
            c.expiryDate === certExpiryDate,
        )
      )
        certifications.push({
          id: newId(),
          facilityId: before.id,
          issuer: certIssuer,
          issuedDate: certIssuedDate,
          expiryDate: certExpiryDate,
          documentRef: data.certDocumentRef,
          createdAt: now,
          createdBy: actor.userId,
        });
      continue;
    }
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
  if (problems.length > 0 || rows.length === 0)
    return problemReport(problems, rows, lang, FACILITY_IMPORT_COLUMNS[0], existing);
  const pending = pendingChoice(existing, onExisting);
  if (pending) return pending;
  const toUpdate = onExisting === 'update' ? updates : [];
  await inTransaction(ctx, async (tx) => {
    const written = stepper(progress, 'writing', facilities.length + toUpdate.length, 200);
    for (let i = 0; i < facilities.length; i += 200) {
      await facilitiesRepository.insert(tx, facilities.slice(i, i + 200));
      await written(Math.min(i + 200, facilities.length));
    }
    // The same versioned write and audit entry as editing a facility.
    for (const [i, { before, changes }] of toUpdate.entries()) {
      await facilitiesRepository.update(tx, before.id, before.version, changes, actor.userId, now);
      await ctx.audit.append(tx, actor, {
        action: 'facility.update',
        entityType: 'facility',
        entityId: before.id,
        before: facilitySnapshot(before),
        after: facilitySnapshot({ ...before, ...changes, version: before.version + 1 }),
      });
      await written(facilities.length + i + 1);
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
        updated: toUpdate.map((u) => u.before.id),
      },
    });
  });
  await yieldToLoop();
  await ctx.facts.changed([
    ...facilities.map((f) => f.portId),
    ...toUpdate.map((u) => u.before.portId),
  ]);
  return writtenReport(facilities.length, existing, onExisting);
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
    capacity: { zh: '能力', en: 'Capacity' },
    commissionedDate: { zh: '投用日期', en: 'Commissioned on' },
    status: { zh: '状态', en: 'Status' },
    notes: { zh: '备注', en: 'Notes' },
    certIssuer: { zh: '认证签发单位', en: 'Certification issuer' },
    certIssuedDate: { zh: '认证签发日期', en: 'Certification issued on' },
    certExpiryDate: { zh: '认证到期日期', en: 'Certification expires on' },
    certDocumentRef: { zh: '证书编号', en: 'Certificate reference' },
  } satisfies Record<(typeof FACILITY_IMPORT_COLUMNS)[number], Label>,
  rules: {
    portCode: {
      zh: '必填。你可编辑的口岸，见代码表。',
      en: 'Required. A port you may edit, see the codes sheet.',
    },
    typeCode: { zh: '必填。见代码表。', en: 'Required. See the codes sheet.' },
    functionalArea: {
      zh: '必填。最多 200 字；口岸、设施类型与功能区相同的已有设施按所选方式跳过或更新。',
      en: 'Required. At most 200 characters; a facility with the same port, type and area is skipped or updated as you choose.',
    },
    quantity: { zh: '必填。1–100000 的整数。', en: 'Required. A whole number, 1–100000.' },
    capacity: {
      zh: '可空。该记录的合计能力，不小于 0。',
      en: "Optional. The record's total capacity, 0 or more.",
    },
    commissionedDate: { zh: '可空。格式 YYYY-MM-DD。', en: 'Optional. As YYYY-MM-DD.' },
    status: { zh: '必填。见代码表。', en: 'Required. See the codes sheet.' },
    notes: { zh: '可空。最多 2000 字。', en: 'Optional. At most 2000 characters.' },
    certIssuer: {
      zh: '可空。认证三列（签发单位、签发日期、到期日期）同填或同空。',
      en: 'Optional. The three certification columns (issuer, issued, expiry) are filled together or not at all.',
    },
    certIssuedDate: { zh: '可空。格式 YYYY-MM-DD。', en: 'Optional. As YYYY-MM-DD.' },
    certExpiryDate: {
      zh: '可空。YYYY-MM-DD，晚于签发日期。',
      en: 'Optional. YYYY-MM-DD, after the issue date.',
    },
    certDocumentRef: { zh: '可空。最多 500 字符。', en: 'Optional. At most 500 characters.' },
  },
  example: {
    portCode: 'GL-DS',
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
  codes: async (ctx, actor) => ({
    portCode: await writablePortCodes(ctx, actor, 'facility.write'),
    typeCode: (await facilitiesRepository.types(ctx.db)).map((t) => ({
      code: t.code,
      name: { zh: t.nameZh, en: t.nameEn },
    })),
    status: FACILITY_STATUSES.map((code) => ({ code, name: FACILITY_STATUS_LABELS[code] })),
  }),
  run: importFacilities,
};
