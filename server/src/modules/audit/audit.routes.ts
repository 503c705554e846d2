import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditEntrySchema,
  auditQuerySchema,
  auditVerifySchema,
  pageOf,
} from '../../../../contracts/index.ts';
import { access } from '../../platform/http/access.ts';
import { errorResponses } from '../../platform/http/responses.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { localDateTime } from '../../platform/i18n/time.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { auditService } from './audit.service.ts';
import { changeSummary } from './audit.names.ts';

const errors = errorResponses;
const tags = ['audit'];
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export const auditRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/audit',
    {
      config: { access: access.permission('audit.read') },
      schema: {
        tags,
        summary: 'The audit trail, filtered and paginated (read-only)',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEntrySchema), ...errors },
      },
    },
    async (req) => auditService.list(ctx, req.query, pickLang(req.headers['accept-language'])),
  );

  app.get(
    '/audit/actions',
    {
      config: { access: access.permission('audit.read') },
      schema: {
        tags,
        summary: 'Action names present in the trail, for the filter',
        response: { 200: z.array(z.string()), ...errors },
      },
    },
    async () => auditService.actions(ctx),
  );

  app.get(
    '/audit/export',
    {
      config: { access: access.permission('audit.read') },
      schema: {
        tags,
        summary: 'The filtered trail as an Excel workbook',
        querystring: auditQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const items = await auditService.listAll(ctx, req.query, lang);
      return sendWorkbook(
        reply,
        'audit',
        lang === 'en' ? 'Audit trail' : '审计日志',
        [
          { header: { zh: '序号', en: 'Seq' }, width: 10, value: (r) => r.seq },
          {
            header: { zh: '时间', en: 'Time' },
            width: 24,
            value: (r) => localDateTime(r.at, ctx.config.timeZone),
          },
          {
            header: { zh: '操作人', en: 'Actor' },
            width: 22,
            value: (r) =>
              r.actorName && r.actorUsername
                ? `${r.actorName} (${r.actorUsername})`
                : (r.actorUsername ?? r.actorName),
          },
          { header: { zh: '地址', en: 'Address' }, value: (r) => r.address },
          { header: { zh: '操作', en: 'Action' }, width: 22, value: (r) => r.actionLabel },
          { header: { zh: '操作代码', en: 'Action code' }, width: 26, value: (r) => r.action },
          { header: { zh: '对象类型', en: 'Object type' }, value: (r) => r.entityTypeLabel },
          { header: { zh: '对象', en: 'Object' }, width: 32, value: (r) => r.entityName },
          { header: { zh: '对象标识', en: 'Object id' }, width: 38, value: (r) => r.entityId },
          {
            header: { zh: '变更内容', en: 'Changes' },
            width: 60,
            value: (r) => changeSummary(r.changes),
          },
          { header: { zh: '变更前', en: 'Before' }, width: 50, value: (r) => json(r.before) },
          { header: { zh: '变更后', en: 'After' }, width: 50, value: (r) => json(r.after) },
          { header: { zh: '哈希', en: 'Hash' }, width: 40, value: (r) => r.hash },
        ],
        items,
        lang,
      );
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { access: access.permission('audit.read') },
      schema: {
        tags,
        summary: 'Walk the keyed hash chain, held to its signed checkpoint, and list every break',
        response: { 200: auditVerifySchema, ...errors },
      },
    },
    async (req) =>
      auditService.presentVerification(
        await auditService.verify(ctx),
        pickLang(req.headers['accept-language']),
      ),
  );
};
