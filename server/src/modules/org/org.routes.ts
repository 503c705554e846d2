import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ORG_KIND_LABELS,
  archiveBodySchema,
  idParamsSchema,
  orgCreateSchema,
  orgListQuerySchema,
  orgMoveSchema,
  orgTreeNodeSchema,
  orgUnitSchema,
  orgUpdateSchema,
  pageOf,
  versionSchema,
} from '../../../../contracts/index.ts';
import { errorResponses } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { localDateTime } from '../../platform/i18n/time.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { orgService } from './org.service.ts';

const errors = errorResponses;
const tags = ['org'];

export const orgRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/org-units',
    {
      config: { access: access.permission('org.read') },
      schema: {
        tags,
        summary: 'Org units in your scope, paginated and filtered',
        querystring: orgListQuerySchema,
        response: { 200: pageOf(orgUnitSchema), ...errors },
      },
    },
    async (req) => orgService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/org-units/export',
    {
      config: { access: access.permission('org.read') },
      schema: {
        tags,
        summary: 'The filtered list as an Excel workbook',
        querystring: orgListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const rows = await orgService.listAll(ctx, actorOf(req), req.query);
      return sendWorkbook(
        reply,
        'org-units',
        lang === 'en' ? 'Org units' : '组织机构',
        [
          { header: { zh: '代码', en: 'Code' }, value: (r) => r.code },
          { header: { zh: '类型', en: 'Kind' }, value: (r) => ORG_KIND_LABELS[r.kind][lang] },
          { header: { zh: '中文名称', en: 'Name (zh)' }, width: 30, value: (r) => r.nameZh },
          { header: { zh: '英文名称', en: 'Name (en)' }, width: 36, value: (r) => r.nameEn },
          {
            header: { zh: '状态', en: 'Status' },
            value: (r) =>
              r.status === 'active'
                ? lang === 'en'
                  ? 'active'
                  : '在用'
                : lang === 'en'
                  ? 'archived'
                  : '已归档',
          },
          {
            header: { zh: '更新时间', en: 'Updated' },
            width: 24,
            value: (r) => localDateTime(r.updatedAt, ctx.config.timeZone),
          },
        ],
        rows,
        lang,
      );
    },
  );

  app.get(
    '/org-units/tree',
    {
      config: { access: access.permission('org.read') },
      schema: {
        tags,
        summary: 'Your part of the organisation tree',
        response: { 200: z.array(orgTreeNodeSchema), ...errors },
      },
    },
    async (req) => orgService.tree(ctx, actorOf(req)),
  );

  app.get(
    '/org-units/:id',
    {
      config: { access: access.permission('org.read') },
      schema: {
        tags,
        summary: 'One org unit',
        params: idParamsSchema,
        response: { 200: orgUnitSchema, ...errors },
      },
    },
    async (req) => orgService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/org-units',
    {
      config: { access: access.permission('org.write') },
      schema: {
        tags,
        summary: 'Create an org unit under a parent of an allowed kind',
        body: orgCreateSchema,
        response: { 201: orgUnitSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await orgService.create(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/org-units/:id',
    {
      config: { access: access.permission('org.write') },
      schema: {
        tags,
        summary: 'Rename an org unit',
        params: idParamsSchema,
        body: orgUpdateSchema,
        response: { 200: orgUnitSchema, ...errors },
      },
    },
    async (req) => orgService.update(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/org-units/:id/move',
    {
      config: { access: access.permission('org.write') },
      schema: {
        tags,
        summary: 'Move a unit and its subtree under another parent',
        params: idParamsSchema,
        body: orgMoveSchema,
        response: { 200: orgUnitSchema, ...errors },
      },
    },
    async (req) =>
      orgService.move(ctx, actorOf(req), req.params.id, req.body.parentId, req.body.version),
  );

  app.post(
    '/org-units/:id/archive',
    {
      config: { access: access.permission('org.write') },
      schema: {
        tags,
        summary: 'Archive a unit with a reason (nothing is deleted)',
        params: idParamsSchema,
        body: archiveBodySchema,
        response: { 200: orgUnitSchema, ...errors },
      },
    },
    async (req) =>
      orgService.archive(ctx, actorOf(req), req.params.id, req.body.version, req.body.reason),
  );

  app.post(
    '/org-units/:id/restore',
    {
      config: { access: access.permission('org.write') },
      schema: {
        tags,
        summary: 'Bring an archived unit back',
        params: idParamsSchema,
        body: z.strictObject({ version: versionSchema }),
        response: { 200: orgUnitSchema, ...errors },
      },
    },
    async (req) => orgService.restore(ctx, actorOf(req), req.params.id, req.body.version),
  );
};
