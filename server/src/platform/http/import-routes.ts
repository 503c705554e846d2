import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IMPORT_MAX_BYTES,
  errorBodySchema,
  importReportSchema,
  type ImportReport,
  type Permission,
} from '../../../../contracts/index.ts';
import type { Actor } from '../access/actor.ts';
import type { AppContext } from '../context.ts';
import { pickLang, type Lang } from '../i18n/lang.ts';
import { access, actorOf } from './access.ts';
import { answerImport, type ImportProgress } from './import-progress.ts';
import { errorResponses } from './responses.ts';
import {
  readRows,
  sendTemplate,
  uploadedWorkbook,
  type ImportCell,
  type ImportRow,
} from './xlsx-import.ts';

/** One spreadsheet import a module offers: its template and the route that applies a filled one. */
export type ImportDefinition = {
  /** `/ports` serves `GET /ports/import/template` and `POST /ports/import`. */
  path: string;
  permission: Permission;
  /** The template's file and sheet name. */
  fileBase: string;
  summaries: { template: string; import: string };
  columns: readonly string[];
  labels: Readonly<Record<string, { zh: string; en: string }>>;
  example: Readonly<Record<string, ImportCell>>;
  run: (
    ctx: AppContext,
    actor: Actor,
    rows: ImportRow[],
    lang: Lang,
    progress: ImportProgress,
  ) => Promise<ImportReport>;
};

// 503: workbooks are read one at a time off the event loop, and past a few waiting the server says it is busy.
const responses = {
  200: importReportSchema,
  ...errorResponses,
  413: errorBodySchema,
  415: errorBodySchema,
  422: z.union([importReportSchema, errorBodySchema]),
  503: errorBodySchema,
};
const tags = ['imports'];

/**
 * A module's imports as a plugin of their own: multipart is parsed only inside it, so every other write
 * route of the module stays JSON-only (415).
 */
export function importRoutes(imports: readonly ImportDefinition[]): FastifyPluginAsync {
  return async (base) => {
    await base.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0 } });
    const app = base.withTypeProvider<ZodTypeProvider>();
    const ctx = app.ctx;
    for (const def of imports) {
      app.get(
        `${def.path}/import/template`,
        {
          config: { access: access.permission(def.permission) },
          schema: { tags, summary: def.summaries.template },
        },
        async (req, reply) =>
          sendTemplate(
            reply,
            def.fileBase,
            def.columns,
            def.labels,
            def.example,
            pickLang(req.headers['accept-language']),
          ),
      );
      app.post(
        `${def.path}/import`,
        {
          config: { access: access.permission(def.permission) },
          schema: {
            tags,
            summary: def.summaries.import,
            consumes: ['multipart/form-data'],
            response: responses,
          },
        },
        async (req, reply) => {
          const rows = await readRows(await uploadedWorkbook(req, IMPORT_MAX_BYTES), def.columns);
          const lang = pickLang(req.headers['accept-language']);
          return answerImport(req, reply, (progress) =>
            def.run(ctx, actorOf(req), rows, lang, progress),
          );
        },
      );
    }
  };
}
