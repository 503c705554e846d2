import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  branchOptionSchema,
  portMapPointSchema,
  PORT_CLASS_LABELS,
  placeLabel,
  PORT_MODE_LABELS,
  PORT_STATUS_LABELS,
  DESIGNATION_STATUS_LABELS,
  archiveBodySchema,
  versionBodySchema,
  designationCategoryCreateSchema,
  designationCategorySchema,
  designationGrantSchema,
  designationHistoryEntrySchema,
  designationSchema,
  designationStatusChangeSchema,
  idParamsSchema,
  pageOf,
  portCreateSchema,
  portListQuerySchema,
  portSchema,
  portStatusChangeSchema,
  portTrafficSchema,
  portUpdateSchema,
  publicDesignationQuerySchema,
  publicDesignationSchema,
  regionsSchema,
  trafficCreateSchema,
  trafficEntrySchema,
  trafficQuerySchema,
  trafficUpdateSchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { importRoutes } from '../../platform/http/import-routes.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { nameIn, pickLang } from '../../platform/i18n/lang.ts';
import { portImport, trafficImport } from './ports.import.ts';
import { designationsService } from './designations.service.ts';
import { portsService } from './ports.service.ts';
import { regionsData } from './regions.ts';
import { trafficService } from './traffic.service.ts';

const tags = ['ports'];

export const portRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/ports',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: 'Ports in your scope, paginated, searched and filtered',
        querystring: portListQuerySchema,
        response: { 200: pageOf(portSchema), ...errors },
      },
    },
    async (req) => portsService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/ports/map',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: 'Every port in your scope as map points, with its latest yearly traffic in tonnes',
        querystring: portListQuerySchema.omit({ page: true, pageSize: true, sort: true }),
        response: { 200: z.array(portMapPointSchema), ...errors },
      },
    },
    async (req) => portsService.mapPoints(ctx, actorOf(req), { ...req.query, sort: 'code' }),
  );

  app.get(
    '/ports/branches',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: 'The branches whose ports you read, for filtering by branch',
        response: { 200: z.array(branchOptionSchema), ...errors },
      },
    },
    async (req) => portsService.branches(ctx, actorOf(req)),
  );

  app.get(
    '/ports/export',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: 'The filtered port list as an Excel workbook',
        querystring: portListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const rows = await portsService.listAll(ctx, actorOf(req), req.query);
      // Names in the cells, each code in a column of its own (the register's codes are what a clerk filters on).
      const named = (n: { nameZh: string; nameEn: string }) => nameIn(lang, n);
      const regions = new Map<string, string>();
      for (const p of regionsData().provinces) {
        regions.set(p.code, named(p));
        for (const c of p.cities) regions.set(c.code, named(c));
      }
      const categories = new Map(
        (await portsService.categories(ctx)).map((c) => [c.code, named(c)] as const),
      );
      return sendWorkbook(
        reply,
        'ports',
        lang === 'en' ? 'Ports' : '口岸',
        [
          { header: { zh: '代码', en: 'Code' }, value: (r) => r.code },
          { header: { zh: '中文名称', en: 'Name (zh)' }, width: 28, value: (r) => r.nameZh },
          { header: { zh: '英文名称', en: 'Name (en)' }, width: 32, value: (r) => r.nameEn },
          {
            header: { zh: '隶属海关', en: 'Branch' },
            width: 20,
            value: (r) => named({ nameZh: r.branchNameZh, nameEn: r.branchNameEn }),
          },
          { header: { zh: '隶属海关代码', en: 'Branch code' }, value: (r) => r.branchCode },
          {
            header: { zh: '场所类型', en: 'Kind of place' },
            width: 18,
            value: (r) => placeLabel(r, lang),
          },
          {
            header: { zh: '运输方式', en: 'Modes' },
            width: 24,
            value: (r) =>
              r.modes.map((m) => PORT_MODE_LABELS[m][lang]).join(lang === 'en' ? ', ' : '、'),
          },
          {
            header: { zh: '类别', en: 'Class' },
            value: (r) => PORT_CLASS_LABELS[r.portClass][lang],
          },
          {
            header: { zh: '省份', en: 'Province' },
            value: (r) => regions.get(r.provinceCode) ?? r.provinceCode,
          },
          { header: { zh: '省份代码', en: 'Province code' }, value: (r) => r.provinceCode },
          {
            header: { zh: '城市', en: 'City' },
            value: (r) => regions.get(r.cityCode) ?? r.cityCode,
          },
          { header: { zh: '城市代码', en: 'City code' }, value: (r) => r.cityCode },
          { header: { zh: '纬度', en: 'Latitude' }, value: (r) => r.latitude },
          { header: { zh: '经度', en: 'Longitude' }, value: (r) => r.longitude },
          {
            header: { zh: '状态', en: 'Status' },
            value: (r) => PORT_STATUS_LABELS[r.status][lang],
          },
          { header: { zh: '开放日期', en: 'Opened' }, value: (r) => r.openedDate },
          {
            header: { zh: '指定监管场地', en: 'Designations' },
            width: 36,
            value: (r) =>
              r.categories
                .map(
                  (c) =>
                    `${categories.get(c.code) ?? c.code}${lang === 'en' ? ': ' : '：'}${DESIGNATION_STATUS_LABELS[c.status][lang]}`,
                )
                .join(lang === 'en' ? '; ' : '；'),
          },
          {
            header: { zh: '指定监管场地代码', en: 'Designation codes' },
            width: 28,
            value: (r) => r.categories.map((c) => `${c.code}:${c.status}`).join(' '),
          },
        ],
        rows,
        lang,
      );
    },
  );

  app.get(
    '/ports/:id',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: 'One port',
        params: idParamsSchema,
        response: { 200: portSchema, ...errors },
      },
    },
    async (req) => portsService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/ports',
    {
      config: { access: access.permission('port.create') },
      schema: {
        tags,
        summary: 'Create a port and its org unit under a branch',
        body: portCreateSchema,
        response: { 201: portSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await portsService.create(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/ports/:id',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Edit a port with the version read',
        params: idParamsSchema,
        body: portUpdateSchema,
        response: { 200: portSchema, ...errors },
      },
    },
    async (req) => portsService.update(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/ports/:id/status',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Open, suspend or close a port, with a reason',
        params: idParamsSchema,
        body: portStatusChangeSchema,
        response: { 200: portSchema, ...errors },
      },
    },
    async (req) => portsService.changeStatus(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/ports/:id/archive',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Archive a port with a reason (nothing is deleted)',
        params: idParamsSchema,
        body: archiveBodySchema,
        response: { 200: portSchema, ...errors },
      },
    },
    async (req) =>
      portsService.archive(ctx, actorOf(req), req.params.id, req.body.version, req.body.reason),
  );

  app.post(
    '/ports/:id/restore',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Bring an archived port back',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: portSchema, ...errors },
      },
    },
    async (req) => portsService.restore(ctx, actorOf(req), req.params.id, req.body.version),
  );

  app.get(
    '/ports/:id/designations',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: "A port's designated site categories",
        params: idParamsSchema,
        response: { 200: z.array(designationSchema), ...errors },
      },
    },
    async (req) => designationsService.listForPort(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/ports/:id/designations',
    {
      config: { access: access.permission('designation.decide') },
      schema: {
        tags,
        summary: 'Record an approved designation for one category',
        params: idParamsSchema,
        body: designationGrantSchema,
        response: { 201: designationSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await designationsService.grant(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/designations/:id/status',
    {
      config: { access: access.permission('designation.decide') },
      schema: {
        tags,
        summary: 'Suspend, withdraw or reinstate one category (kept in its history)',
        params: idParamsSchema,
        body: designationStatusChangeSchema,
        response: { 200: designationSchema, ...errors },
      },
    },
    async (req) => designationsService.changeStatus(ctx, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/designations/:id/history',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: "A designation's history, newest first",
        params: idParamsSchema,
        response: { 200: z.array(designationHistoryEntrySchema), ...errors },
      },
    },
    async (req) => designationsService.history(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/public/designations',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: 'Current approved designations, for anyone',
        querystring: publicDesignationQuerySchema,
        response: { 200: pageOf(publicDesignationSchema), ...errors },
      },
    },
    async (req) => portsService.publicDesignations(ctx, req.query),
  );

  app.get(
    '/reference/designation-categories',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: 'Designated site categories',
        response: { 200: z.array(designationCategorySchema), ...errors },
      },
    },
    async () => portsService.categories(ctx),
  );

  app.post(
    '/reference/designation-categories',
    {
      config: { access: access.permission('reference.write') },
      schema: {
        tags,
        summary: 'Add a designated site category',
        body: designationCategoryCreateSchema,
        response: { 201: designationCategorySchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await portsService.createCategory(ctx, actorOf(req), req.body)),
  );

  app.get(
    '/reference/regions',
    {
      config: { access: access.public() },
      schema: { tags, summary: 'GB/T 2260 provinces and cities', response: { 200: regionsSchema } },
    },
    async () => portsService.regions(),
  );

  app.get(
    '/ports/:id/traffic',
    {
      config: { access: access.permission('port.read') },
      schema: {
        tags,
        summary: "A port's traffic figures and chart series",
        params: idParamsSchema,
        querystring: trafficQuerySchema,
        response: { 200: portTrafficSchema, ...errors },
      },
    },
    async (req) => trafficService.forPort(ctx, actorOf(req), req.params.id, req.query),
  );

  app.post(
    '/ports/:id/traffic',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Record a yearly or monthly traffic figure',
        params: idParamsSchema,
        body: trafficCreateSchema,
        response: { 201: trafficEntrySchema, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await trafficService.create(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.put(
    '/traffic/:id',
    {
      config: { access: access.permission('port.write') },
      schema: {
        tags,
        summary: 'Correct a traffic figure with the version read',
        params: idParamsSchema,
        body: trafficUpdateSchema,
        response: { 200: trafficEntrySchema, ...errors },
      },
    },
    async (req) => trafficService.update(ctx, actorOf(req), req.params.id, req.body),
  );

  await app.register(importRoutes([portImport, trafficImport]));
};
