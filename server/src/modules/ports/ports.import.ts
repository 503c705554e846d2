import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import {
  PORT_IMPORT_COLUMNS,
  PORT_MODES,
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
  type ImportProblem,
  type ImportReport,
  type TrafficUnit,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { readJson } from '../../platform/db/values.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import { cellNumber, cellText } from '../../platform/http/import-cells.ts';
import { parseRows, type ImportRow } from '../../platform/http/xlsx-import.ts';
import { noProgress, stepper, type ImportProgress } from '../../platform/http/import-progress.ts';
import type { ImportDefinition } from '../../platform/http/import-routes.ts';
import { orgService } from '../org/org.service.ts';
import { portsRepository, type TrafficRow } from './ports.repository.ts';
import { isCityOf, isProvince } from './regions.ts';

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
  });

/** Creates every port of the sheet (each with its org unit), or none. */
export async function importPorts(
  ctx: AppContext,
  actor: Actor,
  rows: ImportRow[],
  lang: Lang,
  progress: ImportProgress = noProgress,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const parsed = await parseRows(portRowSchema, rows, lang, problems);
  const seen = new Set<string>();
  const accepted: {
    data: z.infer<typeof portRowSchema>;
    branch: NonNullable<Awaited<ReturnType<typeof orgService.findByCode>>>;
  }[] = [];
  const checked = stepper(progress, 'checking', parsed.length);
  for (const [i, { row, data }] of parsed.entries()) {
    await checked(i + 1);
    if (!data) continue;
    if (seen.has(data.code) || (await orgService.findByCode(ctx, data.code)))
      problems.push({
        row,
        column: 'code',
        message: text(lang, '代码已被使用', 'code already in use'),
      });
    seen.add(data.code);
    const branch = await orgService.findByCode(ctx, data.branchCode);
    const probe = branch
      ? { path: `${branch.path}${newId()}/`, kind: 'port', depth: branch.depth + 1 }
      : null;
    if (
      !branch ||
      branch.kind !== 'branch' ||
      branch.status !== 'active' ||
      !probe ||
      !reachesUnit(actor, 'port.create', probe)
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
    }
    if (!isProvince(data.provinceCode))
      problems.push({
        row,
        column: 'provinceCode',
        message: text(lang, '省级代码不存在', 'no such province'),
      });
    else if (!isCityOf(data.cityCode, data.provinceCode))
      problems.push({
        row,
        column: 'cityCode',
        message: text(lang, '该省没有此城市代码', 'no such city in the province'),
      });
    if (branch) accepted.push({ data, branch });
  }
  if (problems.length > 0 || rows.length === 0) return report(problems, rows, lang, 'code');
  const now = ctx.clock();
  const written = stepper(progress, 'writing', accepted.length);
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
    await ctx.audit.append(tx, actor, {
      action: 'port.import',
      entityType: 'port',
      entityId: null,
      after: { rows: accepted.length, codes: accepted.map((a) => a.data.code) },
    });
  });
  return { applied: accepted.length, problems: [] };
}

const trafficRowSchema = z.object({
  portCode: cellText(z.string().trim().min(1).max(40)),
  categoryCode: cellText(z.string().trim().min(1).max(40)),
  year: cellNumber(z.number().int().min(1980).max(2100)),
  month: cellNumber(z.number().int().min(1).max(12).nullable()),
  unit: cellText(trafficUnitSchema),
  value: cellNumber(z.number().nonnegative().max(1e12)),
});

/** Writes every figure of the sheet (a period already recorded gets the new figure), or none. */
export async function importTraffic(
  ctx: AppContext,
  actor: Actor,
  rows: ImportRow[],
  lang: Lang,
  progress: ImportProgress = noProgress,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const parsed = await parseRows(trafficRowSchema, rows, lang, problems);
  const ports = new Map(
    (
      await portsRepository.findByCodes(ctx.db, [
        ...new Set(parsed.flatMap((p) => (p.data ? [p.data.portCode] : []))),
      ])
    ).map((p) => [p.code, p]),
  );
  const categories = new Map(
    (await portsRepository.categories(ctx.db)).map((c) => [
      c.code,
      readJson(c.trafficUnitsJson) as TrafficUnit[],
    ]),
  );
  const existing = new Map(
    (
      await portsRepository.trafficForPorts(
        ctx.db,
        [...ports.values()].map((p) => p.id),
      )
    ).map((t) => [`${t.portId}|${t.categoryCode}|${t.year}|${t.month}`, t]),
  );
  const seen = new Set<string>();
  const inserts: TrafficRow[] = [];
  const updates: { row: TrafficRow; unit: TrafficUnit; value: number }[] = [];
  const now = ctx.clock();
  const checked = stepper(progress, 'checking', parsed.length);
  for (const [i, { row, data }] of parsed.entries()) {
    await checked(i + 1);
    if (!data) continue;
    const port = ports.get(data.portCode);
    if (!port || !reachesUnit(actor, 'port.write', port) || port.archivedAt !== null) {
      problems.push({
        row,
        column: 'portCode',
        message: text(lang, '口岸不存在或无权编辑', 'no such port that you may edit'),
      });
      continue;
    }
    const units = categories.get(data.categoryCode);
    if (!units) {
      problems.push({
        row,
        column: 'categoryCode',
        message: text(lang, '类别不存在', 'no such category'),
      });
      continue;
    }
    if (!units.includes(data.unit))
      problems.push({
        row,
        column: 'unit',
        message: text(
          lang,
          `该类别可用单位：${units.join('、')}`,
          `this category counts in: ${units.join(', ')}`,
        ),
      });
    const key = `${port.id}|${data.categoryCode}|${data.year}|${data.month ?? 0}`;
    if (seen.has(key))
      problems.push({
        row,
        column: 'month',
        message: text(lang, '同一期间在表中重复', 'the same period appears twice in the sheet'),
      });
    seen.add(key);
    const before = existing.get(key);
    if (before) updates.push({ row: before, unit: data.unit, value: data.value });
    else {
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
  if (problems.length > 0 || rows.length === 0) return report(problems, rows, lang, 'portCode');
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
  return { applied: inserts.length + updates.length, problems: [] };
}

function report(
  problems: ImportProblem[],
  rows: ImportRow[],
  lang: Lang,
  firstColumn: string,
): ImportReport {
  if (rows.length === 0)
    problems.push({
      row: 2,
      column: firstColumn,
      message: text(lang, '表格没有数据行', 'the sheet has no rows'),
    });
  return { applied: 0, problems: problems.sort((a, b) => a.row - b.row) };
}

type Label = { zh: string; en: string };

export const portImport: ImportDefinition = {
  path: '/ports',
  // Importing ports creates them, which is the branch's decision, not a port's.
  permission: 'port.create',
  fileBase: 'ports',
  summaries: {
    template: 'The port import template',
    import: 'Import ports from an xlsx: all rows or none',
  },
  columns: PORT_IMPORT_COLUMNS,
  labels: {
    code: { zh: '口岸代码（大写字母、数字、-）', en: 'Port code (A-Z, 0-9, -)' },
    branchCode: { zh: '隶属海关代码', en: 'Branch code' },
    nameZh: { zh: '中文名称', en: 'Name (zh)' },
    nameEn: { zh: '英文名称', en: 'Name (en)' },
    modes: {
      zh: '运输方式，逗号分隔：sea, river, air, rail, road, mail, express, ecommerce, passenger',
      en: 'Modes, comma-separated: sea, river, air, rail, road, mail, express, ecommerce, passenger',
    },
    portClass: { zh: '口岸类别：I 或 II', en: 'Class: I or II' },
    provinceCode: {
      zh: '省级代码（GB/T 2260，如 440000）',
      en: 'Province code (GB/T 2260, e.g. 440000)',
    },
    cityCode: { zh: '地级市代码（如 440300）', en: 'City code (e.g. 440300)' },
    latitude: { zh: '纬度（3.5–53.6）', en: 'Latitude (3.5–53.6)' },
    longitude: { zh: '经度（73.4–135.1）', en: 'Longitude (73.4–135.1)' },
    status: { zh: '状态', en: 'Status' },
    openedDate: { zh: '开放日期 YYYY-MM-DD', en: 'Opened YYYY-MM-DD' },
  } satisfies Record<(typeof PORT_IMPORT_COLUMNS)[number], Label>,
  example: {
    code: 'P-NEW',
    branchCode: 'BR-HARBOUR',
    nameZh: '新口岸',
    nameEn: 'New Port',
    modes: 'sea',
    portClass: 'II',
    provinceCode: '440000',
    cityCode: '440300',
    latitude: 22.5,
    longitude: 113.9,
    status: 'planned',
    openedDate: null,
  },
  run: importPorts,
};

export const trafficImport: ImportDefinition = {
  path: '/traffic',
  permission: 'port.write',
  fileBase: 'traffic',
  summaries: {
    template: 'The traffic import template',
    import: 'Import traffic figures from an xlsx: all rows or none',
  },
  columns: TRAFFIC_IMPORT_COLUMNS,
  labels: {
    portCode: { zh: '口岸代码', en: 'Port code' },
    categoryCode: { zh: '指定监管场地类别代码', en: 'Designated site category code' },
    year: { zh: '年份', en: 'Year' },
    month: { zh: '月份（留空为全年）', en: 'Month (blank for the year)' },
    unit: { zh: '计量单位', en: 'Unit' },
    value: { zh: '数量', en: 'Value' },
  } satisfies Record<(typeof TRAFFIC_IMPORT_COLUMNS)[number], Label>,
  example: {
    portCode: 'P-SEA-EAST',
    categoryCode: 'FRUIT',
    year: 2026,
    month: 1,
    unit: 'tonnes',
    value: 1000,
  },
  run: importTraffic,
};
