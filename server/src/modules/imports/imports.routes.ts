import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  FACILITY_IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  PORT_IMPORT_COLUMNS,
  TRAFFIC_IMPORT_COLUMNS,
  errorBodySchema,
  importReportSchema,
} from '../../../../contracts/index.ts';
import { errorResponses } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { readRows, sendTemplate, uploadedWorkbook } from '../../platform/http/xlsx-import.ts';
import { answerImport } from '../../platform/http/import-progress.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { importFacilities } from '../facilities/facilities.import.ts';
import { importPorts, importTraffic } from '../ports/ports.import.ts';

const tags = ['imports'];
// 503: workbooks are read one at a time off the event loop, and past a few waiting the server says it is busy.
const responses = {
  200: importReportSchema,
  ...errorResponses,
  413: errorBodySchema,
  415: errorBodySchema,
  422: z.union([importReportSchema, errorBodySchema]),
  503: errorBodySchema,
};

const LABELS: Record<string, { zh: string; en: string }> = {
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
  portCode: { zh: '口岸代码', en: 'Port code' },
  categoryCode: { zh: '指定监管场地类别代码', en: 'Designated site category code' },
  year: { zh: '年份', en: 'Year' },
  month: { zh: '月份（留空为全年）', en: 'Month (blank for the year)' },
  unit: { zh: '计量单位', en: 'Unit' },
  value: { zh: '数量', en: 'Value' },
  typeCode: { zh: '设施类型代码', en: 'Facility type code' },
  functionalArea: { zh: '功能区', en: 'Functional area' },
  quantity: { zh: '数量', en: 'Quantity' },
  capacity: { zh: '能力（该记录合计）', en: 'Capacity (record total)' },
  commissionedDate: { zh: '投用日期 YYYY-MM-DD', en: 'Commissioned YYYY-MM-DD' },
  notes: { zh: '备注', en: 'Notes' },
  certIssuer: { zh: '认证签发单位（可空）', en: 'Certification issuer (optional)' },
  certIssuedDate: { zh: '认证签发日期', en: 'Certification issued' },
  certExpiryDate: { zh: '认证到期日期', en: 'Certification expiry' },
  certDocumentRef: { zh: '证书编号', en: 'Certificate reference' },
};

/** Excel templates and imports. Multipart is parsed only here: every other write route stays JSON-only (415). */
export const importRoutes: FastifyPluginAsync = async (base) => {
  await base.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0 } });
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const lang = (accept: string | undefined) => pickLang(accept);

  app.get(
    '/ports/import/template',
    {
      config: { access: access.permission('port.write') },
      schema: { tags, summary: 'The port import template' },
    },
    async (req, reply) =>
      sendTemplate(
        reply,
        'ports',
        PORT_IMPORT_COLUMNS,
        LABELS,
        {
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
        lang(req.headers['accept-language']),
      ),
  );

  app.post(
    '/ports/import',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Import ports from an xlsx: all rows or none',
        consumes: ['multipart/form-data'],
        response: responses,
      },
    },
    async (req, reply) => {
      const rows = await readRows(
        await uploadedWorkbook(req, IMPORT_MAX_BYTES),
        PORT_IMPORT_COLUMNS,
      );
      return answerImport(req, reply, (progress) =>
        importPorts(ctx, actorOf(req), rows, lang(req.headers['accept-language']), progress),
      );
    },
  );

  app.get(
    '/traffic/import/template',
    {
      config: { access: access.permission('port.write') },
      schema: { tags, summary: 'The traffic import template' },
    },
    async (req, reply) =>
      sendTemplate(
        reply,
        'traffic',
        TRAFFIC_IMPORT_COLUMNS,
        LABELS,
        {
          portCode: 'P-SEA-EAST',
          categoryCode: 'FRUIT',
          year: 2026,
          month: 1,
          unit: 'tonnes',
          value: 1000,
        },
        lang(req.headers['accept-language']),
      ),
  );

  app.post(
    '/traffic/import',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Import traffic figures from an xlsx: all rows or none',
        consumes: ['multipart/form-data'],
        response: responses,
      },
    },
    async (req, reply) => {
      const rows = await readRows(
        await uploadedWorkbook(req, IMPORT_MAX_BYTES),
        TRAFFIC_IMPORT_COLUMNS,
      );
      return answerImport(req, reply, (progress) =>
        importTraffic(ctx, actorOf(req), rows, lang(req.headers['accept-language']), progress),
      );
    },
  );

  app.get(
    '/facilities/import/template',
    {
      config: { access: access.permission('facility.write') },
      schema: { tags, summary: 'The facility import template' },
    },
    async (req, reply) =>
      sendTemplate(
        reply,
        'facilities',
        FACILITY_IMPORT_COLUMNS,
        LABELS,
        {
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
        lang(req.headers['accept-language']),
      ),
  );

  app.post(
    '/facilities/import',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Import facilities (and their certifications) from an xlsx: all rows or none',
        consumes: ['multipart/form-data'],
        response: responses,
      },
    },
    async (req, reply) => {
      const rows = await readRows(
        await uploadedWorkbook(req, IMPORT_MAX_BYTES),
        FACILITY_IMPORT_COLUMNS,
      );
      return answerImport(req, reply, (progress) =>
        importFacilities(ctx, actorOf(req), rows, lang(req.headers['accept-language']), progress),
      );
    },
  );
};
