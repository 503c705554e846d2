import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  TASK_KIND_LABELS,
  taskCountsSchema,
  taskListQuerySchema,
  taskPageSchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { localDateTime } from '../../platform/i18n/time.ts';
import { pickLang } from '../../platform/i18n/lang.ts';

const tags = ['work'];

/** The work queue as each signed-in person reads it; tasks open and close only as records move, never by hand. */
export const workRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/work/tasks',
    {
      config: { access: access.permission('home.read') },
      schema: {
        tags,
        summary:
          'Open tasks of one view (mine, my units, overdue, due this week), soonest due first',
        querystring: taskListQuerySchema,
        response: { 200: taskPageSchema, ...errors },
      },
    },
    async (req) => ctx.work.list(ctx.db, actorOf(req), req.query),
  );

  app.get(
    '/work/counts',
    {
      config: { access: access.permission('home.read') },
      schema: {
        tags,
        summary: 'How many open tasks each view holds',
        response: { 200: taskCountsSchema, ...errors },
      },
    },
    async (req) => ctx.work.counts(ctx.db, actorOf(req)),
  );

  app.get(
    '/work/tasks/export',
    {
      config: { access: access.permission('home.read') },
      schema: {
        tags,
        summary: 'One view of the queue as an Excel workbook',
        querystring: taskListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const rows = await ctx.work.listAll(ctx.db, actorOf(req), req.query);
      return sendWorkbook(
        reply,
        'tasks',
        lang === 'en' ? 'Tasks' : '待办事项',
        [
          {
            header: { zh: '事项', en: 'Task' },
            width: 20,
            value: (r) => TASK_KIND_LABELS[r.kind][lang],
          },
          {
            header: { zh: '对象', en: 'Concerning' },
            width: 40,
            value: (r) => (lang === 'en' ? r.titleEn : r.titleZh),
          },
          {
            header: { zh: '单位', en: 'Unit' },
            width: 28,
            value: (r) => (lang === 'en' ? r.unitNameEn : r.unitNameZh),
          },
          { header: { zh: '期限', en: 'Due' }, width: 12, value: (r) => r.dueDate },
          {
            header: { zh: '逾期', en: 'Overdue' },
            value: (r) => (r.overdue ? (lang === 'en' ? 'yes' : '是') : ''),
          },
          {
            header: { zh: '创建时间', en: 'Opened' },
            width: 24,
            value: (r) => localDateTime(r.openedAt, ctx.config.timeZone),
          },
        ],
        rows,
        lang,
      );
    },
  );
};
