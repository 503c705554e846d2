import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import {
  PLACE_KINDS,
  PLACE_KIND_LABELS,
  PLACE_TYPES,
  PLACE_TYPES_BY_KIND,
  PLACE_TYPE_LABELS,
  placeFromModes,
  placeKindSchema,
  placeTypeSchema,
  takesDesignations,
  PORT_CLASSES,
  PORT_CLASS_LABELS,
  PORT_IMPORT_COLUMNS,
  PORT_MODES,
  PORT_MODE_LABELS,
  PORT_STATUSES,
  PORT_STATUS_LABELS,
  TRAFFIC_UNITS,
  TRAFFIC_UNIT_LABELS,
  TRAFFIC_IMPORT_COLUMNS,
  dateSchema,
  latitudeSchema,
  longitudeSchema,
  portClassSchema,
  portModeSchema,
  portStatusSchema,
  provinceCodeSchema,
  cityCodeSchema,
  trafficUnitSchema,
  type ImportExisting,
  type ImportOnExisting,
  type ImportProblem,
  type ImportReport,
  type TrafficUnit,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, scopeOfAny, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { readJson, writeJson } from '../../platform/db/values.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import { cellNumber, cellText } from '../../platform/http/import-cells.ts';
import { parseRows, type ImportRow, type TemplateCode } from '../../platform/http/xlsx-import.ts';
import { noProgress, stepper, type ImportProgress } from '../../platform/http/import-progress.ts';
import type { ImportDefinition } from '../../platform/http/import-routes.ts';
import { orgService } from '../org/org.service.ts';
import { portSnapshot } from './ports.presenter.ts';
import { portsRepository, type PortRow, type TrafficRow } from './ports.repository.ts';
import { trafficSnapshot } from './traffic.service.ts';
import { isCityOf, isProvince, regionsData } from './regions.ts';

const text = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

const portRowSchema = z
  .object({
    code: cellText(
      z
        .string()
        .trim()
        .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code' }),
    ),
    branchCode: cellText(z.string().trim().min(1).max(40)),
    nameZh: cellText(z.string().trim().min(1).max(100)),
    nameEn: cellText(z.string().trim().min(1).max(200)),
    // Modes in one cell, separated by commas.
    modes: cellText(
      z
        .string()
        .transform((v) => [...new Set(v.split(/[,，、\s]+/).filter(Boolean))])
        .pipe(z.array(portModeSchema).min(1).max(PORT_MODES.length)),
    ),
    // Left blank, a new entry takes the kind its modes point to and an existing one keeps its own.
    placeKind: cellText(placeKindSchema.nullable()),
    placeType: cellText(placeTypeSchema.nullable()),
    portClass: cellText(portClassSchema),
    provinceCode: cellText(provinceCodeSchema),
    cityCode: cellText(cityCodeSchema),
    latitude: cellNumber(latitudeSchema.nullable()),
    longitude: cellNumber(longitudeSchema.nullable()),
    status: cellText(portStatusSchema),
    openedDate: cellText(dateSchema.nullable()),
  })
  .refine((r) => (r.latitude === null) === (r.longitude === null), {
    message: 'both_coordinates',
    path: ['longitude'],
  })
  .refine((r) => r.placeKind !== null || r.placeType === null, {
    message: 'place_type',
    path: ['placeType'],
  })
  .refine(
    (r) =>
      r.placeKind === null ||
      (r.placeKind === 'designated_site'
        ? r.placeType === null
        : r.placeType !== null && PLACE_TYPES_BY_KIND[r.placeKind].includes(r.placeType)),
    { message: 'place_type', path: ['placeType'] },
  );

/** The kind and type an imported row gives a place: what the sheet says, else what it had, else its modes'. */
function placeOf(data: z.infer<typeof portRowSchema>, port?: PortRow) {
  if (data.placeKind !== null) return { placeKind: data.placeKind, placeType: data.placeType };
  if (port) return { placeKind: port.placeKind, placeType: port.placeType };
  return placeFromModes(data.modes);
}

/**
 * The report of a sheet that passed every check: rows already recorded wait for the caller's choice (409)
 * when none was made; otherwise null, and the import writes.
 */
export function pendingChoice(
  existing: readonly ImportExisting[],
  onExisting: ImportOnExisting | null,
): ImportReport | null {
  return existing.length > 0 && onExisting === null
    ? { applied: 0, problems: [], existing: [...existing] }
    : null;
}

/** The report of a written import; what happened to rows already recorded is said only when there were any. */
export function writtenReport(
  inserted: number,
  existing: readonly ImportExisting[],
  onExisting: ImportOnExisting | null,
): ImportReport {
  if (existing.length === 0) return { applied: inserted, problems: [] };
  const updated = onExisting === 'update' ? existing.length : 0;
  return {
    applied: inserted + updated,
    problems: [],
    existing: [...existing],
    skipped: existing.length - updated,
    updated,
  };
}

/**
 * Creates every new port of the sheet (each with its org unit) and skips or updates the ones whose code is
 * already a port's, as the caller chose; all in one transaction, or nothing.
 */
export async function importPorts(
  ctx: AppContext,
  actor: Actor,
  rows: ImportRow[],
  lang: Lang,
  progress: ImportProgress = noProgress,
  onExisting: ImportOnExisting | null = null,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const parsed = await parseRows(portRowSchema, rows, lang, problems);
  const seen = new Set<string>();
  const recorded = new Map(
    (
      await portsRepository.findByCodes(ctx.db, [
        ...new Set(parsed.flatMap((p) => (p.fields.code ? [p.fields.code] : []))),
      ])
    ).map((p) => [p.code, p]),
  );
  const accepted: {
    data: z.infer<typeof portRowSchema>;
    branch: NonNullable<Awaited<ReturnType<typeof orgService.findByCode>>>;
  }[] = [];
  const existing: ImportExisting[] = [];
  const updates: { data: z.infer<typeof portRowSchema>; port: PortRow }[] = [];
  const checked = stepper(progress, 'checking', parsed.length);
  for (const [i, { row, data, fields }] of parsed.entries()) {
    await checked(i + 1);
    // Rules and references are checked on every valid cell, even of a row with a malformed one.
    const code = fields.code;
    if (code !== undefined && seen.has(code))
      problems.push({
        row,
        column: 'code',
        message: text(
          lang,
          '同一口岸代码在表中重复',
          'the same port code appears twice in the sheet',
        ),
      });
    if (code !== undefined) seen.add(code);
    const port = code === undefined ? undefined : recorded.get(code);
    if (port) {
      if (!reachesUnit(actor, 'port.write', port) || port.archivedAt !== null)
        problems.push({
          row,
          column: 'code',
          message: text(lang, '该口岸已存在且无权编辑', 'this port exists and you may not edit it'),
        });
      else if (data) {
        existing.push({ row, key: data.code });
        updates.push({ data, port });
        if (!takesDesignations(placeOf(data, port)) && takesDesignations(port)) {
          const held = (await portsRepository.designationsOf(ctx.db, [port.id])).filter(
            (d) => d.status !== 'withdrawn',
          ).length;
          if (held > 0)
            problems.push({
              row,
              column: 'placeKind',
              message: text(
                lang,
                `该场地仍有 ${held} 个有效的指定类别，先撤销再改场所类型`,
                `this place has ${held} designation(s) in force; withdraw them before changing its kind`,
              ),
            });
        }
      }
    } else if (code !== undefined && (await orgService.findByCode(ctx, code)))
      problems.push({
        row,
        column: 'code',
        message: text(lang, '代码已被其他单位使用', 'code already in use by another unit'),
      });
    const branch =
      fields.branchCode === undefined
        ? undefined
        : await orgService.findByCode(ctx, fields.branchCode);
    const probe = branch
      ? { path: `${branch.path}${newId()}/`, kind: 'port', depth: branch.depth + 1 }
      : null;
    // A malformed branch code has its problem already.
    if (
      fields.branchCode !== undefined &&
      (!branch ||
        branch.kind !== 'branch' ||
        branch.status !== 'active' ||
        !probe ||
        !reachesUnit(actor, 'port.create', probe))
    ) {
      problems.push({
        row,
        column: 'branchCode',
        message: text(
          lang,
          '隶属海关不存在或无权在其下建口岸',
          'no such branch where you may add ports',
        ),
      });
    } else if (branch && port && port.branchId !== branch.id)
      problems.push({
        row,
        column: 'branchCode',
        message: text(
          lang,
          '导入不能改变已有口岸的隶属海关',
          'an import cannot move an existing port to another branch',
        ),
      });
    if (fields.provinceCode !== undefined && !isProvince(fields.provinceCode))
      problems.push({
        row,
        column: 'provinceCode',
        message: text(lang, '省级代码不存在', 'no such province'),
      });
    else if (
      fields.provinceCode !== undefined &&
      fields.cityCode !== undefined &&
      !isCityOf(fields.cityCode, fields.provinceCode)
    )
      problems.push({
        row,
        column: 'cityCode',
        message: text(lang, '该省没有此城市代码', 'no such city in the province'),
      });
    if (data && branch && !port) accepted.push({ data, branch });
  }
  if (problems.length > 0 || rows.length === 0)
    return report(problems, rows, lang, 'code', existing);
  const pending = pendingChoice(existing, onExisting);
  if (pending) return pending;
  const now = ctx.clock();
  const toUpdate = onExisting === 'update' ? updates : [];
  const written = stepper(progress, 'writing', accepted.length + toUpdate.length);
  await inTransaction(ctx, async (tx) => {
    for (const [i, { data, branch }] of accepted.entries()) {
      await written(i + 1);
      const unit = await orgService.createUnitIn(ctx, tx, actor.userId, {
        code: data.code,
        kind: 'port',
        nameZh: data.nameZh,
        nameEn: data.nameEn,
        parent: branch,
      });
      await portsRepository.insert(tx, {
        id: newId(),
        orgUnitId: unit.id,
        ...placeOf(data),
        modesJson: JSON.stringify(data.modes),
        portClass: data.portClass,
        provinceCode: data.provinceCode,
        cityCode: data.cityCode,
        latitude: data.latitude,
        longitude: data.longitude,
        status: data.status,
        statusReason: null,
        openedDate: data.openedDate,
        designCapacityJson: '[]',
        archivedAt: null,
        archivedReason: null,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      });
    }
    // The same writes as editing a port (versioned, each audited as port.update); a status change has a
    // route of its own that asks for a reason, so an import leaves the status as it is.
    for (const [i, { data, port }] of toUpdate.entries()) {
      await written(accepted.length + i + 1);
      await portsRepository.update(
        tx,
        port.id,
        port.version,
        {
          ...placeOf(data, port),
          modesJson: writeJson(data.modes) ?? '[]',
          portClass: data.portClass,
          provinceCode: data.provinceCode,
          cityCode: data.cityCode,
          latitude: data.latitude,
          longitude: data.longitude,
          openedDate: data.openedDate,
          designCapacityJson: port.designCapacityJson,
        },
        actor.userId,
        now,
      );
      if (data.nameZh !== port.nameZh || data.nameEn !== port.nameEn)
        await orgService.renameUnitIn(
          ctx,
          tx,
          { id: port.orgUnitId, version: port.orgVersion },
          { nameZh: data.nameZh, nameEn: data.nameEn },
          actor.userId,
        );
      const after = await portsRepository.findById(tx, port.id);
      await ctx.audit.append(tx, actor, {
        action: 'port.update',
        entityType: 'port',
        entityId: port.id,
        before: portSnapshot(port),
        after: after ? portSnapshot(after) : null,
      });
    }
    await ctx.audit.append(tx, actor, {
      action: 'port.import',
      entityType: 'port',
      entityId: null,
      after: {
        rows: accepted.length,
        codes: accepted.map((a) => a.data.code),
        updated: toUpdate.map((u) => u.data.code),
      },
    });
  });
  if (toUpdate.length > 0) {
    await yieldToLoop();
    await ctx.facts.changed(toUpdate.map((u) => u.port.id));
  }
  return writtenReport(accepted.length, existing, onExisting);
}

const trafficRowSchema = z.object({
  portCode: cellText(z.string().trim().min(1).max(40)),
  categoryCode: cellText(z.string().trim().min(1).max(40)),
  year: cellNumber(z.number().int().min(1980).max(2100)),
  month: cellNumber(z.number().int().min(1).max(12).nullable()),
  unit: cellText(trafficUnitSchema),
  value: cellNumber(z.number().nonnegative().max(1e12)),
});

/**
 * Writes every new figure of the sheet and skips or updates the periods already recorded, as the caller
 * chose; all in one transaction, or nothing.
 */
export async function importTraffic(
  ctx: AppContext,
  actor: Actor,
  rows: ImportRow[],
  lang: Lang,
  progress: ImportProgress = noProgress,
  onExisting: ImportOnExisting | null = null,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const parsed = await parseRows(trafficRowSchema, rows, lang, problems);
  const ports = new Map(
    (
      await portsRepository.findByCodes(ctx.db, [
        ...new Set(parsed.flatMap((p) => (p.fields.portCode ? [p.fields.portCode] : []))),
      ])
    ).map((p) => [p.code, p]),
  );
  const categories = new Map(
    (await portsRepository.categories(ctx.db)).map((c) => [
      c.code,
      readJson(c.trafficUnitsJson) as TrafficUnit[],
    ]),
  );
  const recorded = new Map(
    (
      await portsRepository.trafficForPorts(
        ctx.db,
        [...ports.values()].map((p) => p.id),
      )
    ).map((t) => [`${t.portId}|${t.categoryCode}|${t.year}|${t.month}`, t]),
  );
  const seen = new Set<string>();
  const found: ImportExisting[] = [];
  const inserts: TrafficRow[] = [];
  const updates: { row: TrafficRow; unit: TrafficUnit; value: number }[] = [];
  const now = ctx.clock();
  const checked = stepper(progress, 'checking', parsed.length);
  for (const [i, { row, data, fields }] of parsed.entries()) {
    await checked(i + 1);
    // References are checked on every valid cell, even of a row another cell of which is malformed.
    const port = fields.portCode === undefined ? undefined : ports.get(fields.portCode);
    const portOk =
      port !== undefined && reachesUnit(actor, 'port.write', port) && port.archivedAt === null;
    if (fields.portCode !== undefined && !portOk)
      problems.push({
        row,
        column: 'portCode',
        message: text(lang, '口岸不存在或无权编辑', 'no such port that you may edit'),
      });
    const units =
      fields.categoryCode === undefined ? undefined : categories.get(fields.categoryCode);
    if (fields.categoryCode !== undefined && !units)
      problems.push({
        row,
        column: 'categoryCode',
        message: text(lang, '类别不存在', 'no such category'),
      });
    if (units && fields.unit !== undefined && !units.includes(fields.unit))
      problems.push({
        row,
        column: 'unit',
        message: text(
          lang,
          `该类别可用单位：${units.join('、')}`,
          `this category counts in: ${units.join(', ')}`,
        ),
      });
    if (!data || !port || !portOk || !units) continue;
    const key = `${port.id}|${data.categoryCode}|${data.year}|${data.month ?? 0}`;
    if (seen.has(key))
      problems.push({
        row,
        column: 'month',
        message: text(lang, '同一期间在表中重复', 'the same period appears twice in the sheet'),
      });
    seen.add(key);
    const before = recorded.get(key);
    if (before) {
      found.push({
        row,
        key: [data.portCode, data.categoryCode, data.year, data.month ?? '']
          .filter((part) => part !== '')
          .join(' / '),
      });
      updates.push({ row: before, unit: data.unit, value: data.value });
    } else {
      inserts.push({
        id: newId(),
        portId: port.id,
        categoryCode: data.categoryCode,
        year: data.year,
        month: data.month ?? 0,
        unit: data.unit,
        value: data.value,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      });
    }
  }
  if (problems.length > 0 || rows.length === 0)
    return report(problems, rows, lang, 'portCode', found);
  const pending = pendingChoice(found, onExisting);
  if (pending) return pending;
  if (onExisting !== 'update') updates.length = 0;
  await inTransaction(ctx, async (tx) => {
    const written = stepper(progress, 'writing', inserts.length + updates.length, 500);
    for (let i = 0; i < inserts.length; i += 500) {
      await portsRepository.insertTraffic(tx, inserts.slice(i, i + 500));
      await written(Math.min(i + 500, inserts.length));
    }
    for (const [i, u] of updates.entries()) {
      await portsRepository.updateTraffic(
        tx,
        u.row.id,
        u.row.version,
        { unit: u.unit, value: u.value },
        actor.userId,
        now,
      );
      // Audited as the edit route audits a figure's change.
      await ctx.audit.append(tx, actor, {
        action: 'port.traffic.update',
        entityType: 'traffic',
        entityId: u.row.id,
        before: trafficSnapshot(u.row),
        after: trafficSnapshot({
          ...u.row,
          unit: u.unit,
          value: u.value,
          version: u.row.version + 1,
          updatedAt: now,
          updatedBy: actor.userId,
        }),
      });
      await written(inserts.length + i + 1);
    }
    await ctx.audit.append(tx, actor, {
      action: 'port.traffic.import',
      entityType: 'traffic',
      entityId: null,
      after: { inserted: inserts.length, updated: updates.length },
    });
  });
  // Between the commit and re-evaluating the ports' assessments, other requests get their turn.
  await yieldToLoop();
  await ctx.facts.changed([...inserts.map((r) => r.portId), ...updates.map((u) => u.row.portId)]);
  return writtenReport(inserts.length, found, onExisting);
}

/** The report of a sheet with problems: nothing applied; the rows already recorded are named too. */
export function report(
  problems: ImportProblem[],
  rows: ImportRow[],
  lang: Lang,
  firstColumn: string,
  existing: readonly ImportExisting[] = [],
): ImportReport {
  if (rows.length === 0)
    problems.push({
      row: 2,
      column: firstColumn,
      message: text(lang, '表格没有数据行', 'the sheet has no rows'),
    });
  return {
    applied: 0,
    problems: problems.sort((a, b) => a.row - b.row),
    ...(existing.length > 0 ? { existing: [...existing] } : {}),
  };
}

type Label = { zh: string; en: string };

const listed = <K extends string>(codes: readonly K[], names: Record<K, Label>): TemplateCode[] =>
  codes.map((code) => ({ code, name: names[code] }));

/** The live ports the caller may write with `permission`, for a template's drop-down. */
export async function writablePortCodes(
  ctx: AppContext,
  actor: Actor,
  permission: 'port.write' | 'facility.write',
): Promise<TemplateCode[]> {
  const rows = await portsRepository.listForExport(ctx.db, scopeOfAny(actor, [permission]), {
    archived: 'false',
    sort: 'code',
  });
  return rows
    .filter((p) => p.archivedAt === null && reachesUnit(actor, permission, p))
    .map((p) => ({ code: p.code, name: { zh: p.nameZh, en: p.nameEn } }));
}

/** Categories as the codes sheet lists them. */
const categoryCodes = async (ctx: AppContext): Promise<TemplateCode[]> =>
  (await portsRepository.categories(ctx.db)).map((c) => ({
    code: c.code,
    name: { zh: c.nameZh, en: c.nameEn },
  }));

const required: Label = { zh: '必填。', en: 'Required. ' };
const optional: Label = { zh: '可空。', en: 'Optional. ' };
const rule = (base: Label, zh: string, en: string): Label => ({
  zh: `${base.zh}${zh}`,
  en: `${base.en}${en}`,
});

export const portImport: ImportDefinition = {
  path: '/ports',
  // Importing ports creates them, which is the branch's decision, not a port's.
  permission: 'port.create',
  fileBase: 'ports',
  summaries: {
    template: 'The port import template',
    import:
      'Import ports from an xlsx: all rows or none; ports whose code exists are skipped or updated as `onExisting` says',
  },
  columns: PORT_IMPORT_COLUMNS,
  labels: {
    code: { zh: '口岸代码', en: 'Port code' },
    branchCode: { zh: '隶属海关代码', en: 'Branch code' },
    nameZh: { zh: '中文名称', en: 'Name (Chinese)' },
    nameEn: { zh: '英文名称', en: 'Name (English)' },
    placeKind: { zh: '场所类型', en: 'Kind of place' },
    placeType: { zh: '场所细类', en: 'Type of place' },
    modes: { zh: '运输方式', en: 'Modes' },
    portClass: { zh: '口岸类别', en: 'Port class' },
    provinceCode: { zh: '省级代码', en: 'Province code' },
    cityCode: { zh: '地级市代码', en: 'City code' },
    latitude: { zh: '纬度', en: 'Latitude' },
    longitude: { zh: '经度', en: 'Longitude' },
    status: { zh: '状态', en: 'Status' },
    openedDate: { zh: '开放日期', en: 'Opened on' },
  } satisfies Record<(typeof PORT_IMPORT_COLUMNS)[number], Label>,
  rules: {
    code: rule(
      required,
      '大写字母、数字、- 或 _，2–40 位；已存在的代码按所选方式跳过或更新。',
      '2–40 of A–Z, 0–9, - or _; an existing code is skipped or updated as you choose.',
    ),
    branchCode: rule(required, '见代码表。', 'See the codes sheet.'),
    nameZh: rule(required, '最多 100 字。', 'At most 100 characters.'),
    nameEn: rule(required, '最多 200 字符。', 'At most 200 characters.'),
    placeKind: rule(
      optional,
      '见代码表；留空时新场所按运输方式确定（国际邮件、旅客通关为集中作业场地，其余为监管作业场所），已有场所保持不变。',
      'See the codes sheet; left blank, a new place takes the kind its modes point to (mail and passenger clearance: centralised site; others: workplace) and an existing one keeps its own.',
    ),
    placeType: rule(
      optional,
      '见代码表；监管作业场所和集中作业场地必填，指定监管场地留空。',
      'See the codes sheet; required for a workplace or centralised site, blank for a designated site.',
    ),
    modes: rule(
      required,
      '见代码表；多个用逗号分隔，如 sea, passenger。',
      'See the codes sheet; several separated by commas, e.g. sea, passenger.',
    ),
    portClass: rule(required, '见代码表。', 'See the codes sheet.'),
    provinceCode: rule(required, 'GB/T 2260，见代码表。', 'GB/T 2260, see the codes sheet.'),
    cityCode: rule(
      required,
      '该省的地级市代码，见代码表。',
      'A city of the province, see the codes sheet.',
    ),
    latitude: rule(
      optional,
      '3.5–53.6；与经度同填或同空。',
      '3.5–53.6; filled with the longitude or not at all.',
    ),
    longitude: rule(
      optional,
      '73.4–135.1；与纬度同填或同空。',
      '73.4–135.1; filled with the latitude or not at all.',
    ),
    status: rule(
      required,
      '见代码表；更新已有口岸时不改变状态。',
      'See the codes sheet; updating an existing port leaves its status as it is.',
    ),
    openedDate: rule(optional, '格式 YYYY-MM-DD。', 'As YYYY-MM-DD.'),
  },
  example: {
    code: 'P-NEW',
    branchCode: 'BR-GAOLAN',
    nameZh: '新口岸',
    nameEn: 'New Port',
    placeKind: 'workplace',
    placeType: 'water',
    modes: 'sea',
    portClass: 'II',
    provinceCode: '440000',
    cityCode: '440300',
    latitude: 22.5,
    longitude: 113.9,
    status: 'planned',
    openedDate: null,
  },
  codes: async (ctx, actor) => {
    const branches = await ctx.db
      .selectFrom('orgUnits')
      .select(['code', 'nameZh', 'nameEn', 'path', 'depth'])
      .where('kind', '=', 'branch')
      .where('status', '=', 'active')
      .orderBy('code')
      .execute();
    const regions = regionsData();
    return {
      branchCode: branches
        .filter((b) =>
          reachesUnit(actor, 'port.create', {
            path: `${b.path}${newId()}/`,
            kind: 'port',
            depth: b.depth + 1,
          }),
        )
        .map((b) => ({ code: b.code, name: { zh: b.nameZh, en: b.nameEn } })),
      placeKind: listed(PLACE_KINDS, PLACE_KIND_LABELS),
      placeType: listed(PLACE_TYPES, PLACE_TYPE_LABELS),
      modes: listed(PORT_MODES, PORT_MODE_LABELS),
      portClass: listed(PORT_CLASSES, PORT_CLASS_LABELS),
      provinceCode: regions.provinces.map((p) => ({
        code: p.code,
        name: { zh: p.nameZh, en: p.nameEn },
      })),
      cityCode: regions.provinces.flatMap((p) =>
        p.cities.map((c) => ({ code: c.code, name: { zh: c.nameZh, en: c.nameEn } })),
      ),
      status: listed(PORT_STATUSES, PORT_STATUS_LABELS),
    };
  },
  multiple: ['modes'],
  optional: ['placeKind', 'placeType'],
  run: importPorts,
};

export const trafficImport: ImportDefinition = {
  path: '/traffic',
  permission: 'port.write',
  fileBase: 'traffic',
  summaries: {
    template: 'The traffic import template',
    import:
      'Import traffic figures from an xlsx: all rows or none; periods already recorded are skipped or updated as `onExisting` says',
  },
  columns: TRAFFIC_IMPORT_COLUMNS,
  labels: {
    portCode: { zh: '口岸代码', en: 'Port code' },
    categoryCode: { zh: '指定监管场地类别代码', en: 'Designated site category code' },
    year: { zh: '年份', en: 'Year' },
    month: { zh: '月份', en: 'Month' },
    unit: { zh: '计量单位', en: 'Unit' },
    value: { zh: '数量', en: 'Value' },
  } satisfies Record<(typeof TRAFFIC_IMPORT_COLUMNS)[number], Label>,
  rules: {
    portCode: rule(
      required,
      '你可编辑的口岸，见代码表。',
      'A port you may edit, see the codes sheet.',
    ),
    categoryCode: rule(required, '见代码表。', 'See the codes sheet.'),
    year: rule(required, '1980–2100 的整数。', 'A whole number, 1980–2100.'),
    month: rule(
      optional,
      '1–12；留空为全年。已记录的期间按所选方式跳过或更新。',
      '1–12; blank for the whole year. A period already recorded is skipped or updated as you choose.',
    ),
    unit: rule(
      required,
      '须为该类别可用的单位，见代码表。',
      'One the category counts in, see the codes sheet.',
    ),
    value: rule(required, '不小于 0 的数。', 'A number, 0 or more.'),
  },
  example: {
    portCode: 'GL-DS',
    categoryCode: 'FRUIT',
    year: 2026,
    month: 1,
    unit: 'tonnes',
    value: 1000,
  },
  codes: async (ctx, actor) => ({
    portCode: await writablePortCodes(ctx, actor, 'port.write'),
    categoryCode: await categoryCodes(ctx),
    unit: listed(TRAFFIC_UNITS, TRAFFIC_UNIT_LABELS),
  }),
  run: importTraffic,
};
