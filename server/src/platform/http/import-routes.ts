import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IMPORT_MAX_BYTES,
  errorBodySchema,
  importQuerySchema,
  importReportSchema,
  type ImportOnExisting,
  type ImportReport,
  type Permission,
} from '../../../../contracts/index.ts';
import type { Actor } from '../access/actor.ts';
import type { AppContext } from '../context.ts';
import { pickLang, type Lang } from '../i18n/lang.ts';
import { access, actorOf } from './access.ts';
import { answerImport, type ImportProgress } from './import-progress.ts';
import { errorResponses } from './responses.ts';
import type { Text } from '../i18n/lang.ts';
import {
  headerAliases,
  isExampleRow,
  readRows,
  sendTemplate,
  uploadedWorkbook,
  type ImportCell,
  type ImportRow,
  type TemplateCode,
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
  /** Each column's header in the template (and read back in either language). */
  labels: Readonly<Record<string, Text>>;
  /** Each column's rule, a note on its header. */
  rules: Readonly<Partial<Record<string, Text>>>;
  /** The template's example row, which the import leaves out while it stands unchanged. */
  example: Readonly<Record<string, ImportCell>>;
  /** The codes each enumerated column may hold for this caller (the branches or ports they may write). */
  codes: (
    ctx: AppContext,
    actor: Actor,
  ) => Promise<Readonly<Partial<Record<string, readonly TemplateCode[]>>>>;
  /** Enumerated columns taking several codes in one cell. */
  multiple?: readonly string[];
  /** Columns a sheet may leave out altogether (added to the template after sheets were made from it). */
  optional?: readonly string[];
  /** `onExisting` is null when the caller made no choice for rows already recorded. */
  run: (
    ctx: AppContext,
    actor: Actor,
    rows: ImportRow[],
    lang: Lang,
    progress: ImportProgress,
    onExisting: ImportOnExisting | null,
  ) => Promise<ImportReport>;
};

// 503: workbooks are read one at a time off the event loop, and past a few waiting the server says it is busy.
const responses = {
  200: importReportSchema,
  ...errorResponses,
  409: importReportSchema,
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
            {
              fileBase: def.fileBase,
              columns: def.columns,
              labels: def.labels,
              rules: def.rules,
              example: def.example,
              codes: await def.codes(ctx, actorOf(req)),
              multiple: def.multiple,
            },
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
            querystring: importQuerySchema,
            response: responses,
          },
        },
        async (req, reply) => {
          const read = await readRows(
            await uploadedWorkbook(req, IMPORT_MAX_BYTES),
            def.columns,
            headerAliases(def.columns, def.labels),
            def.optional,
          );
          const rows = read.filter((row) => !isExampleRow(row, def.columns, def.example));
          const lang = pickLang(req.headers['accept-language']);
          const onExisting = req.query.onExisting ?? null;
          return answerImport(req, reply, async (progress) => {
            const report = await def.run(ctx, actorOf(req), rows, lang, progress, onExisting);
            // Each problem names its column as the clerk's header does, so the list reads against the sheet.
            return {
              ...report,
              problems: report.problems.map((p) => {
                const label = def.labels[p.column]?.[lang];
                return label ? { ...p, label } : p;
              }),
            };
          });
        },
      );
    }
  };
}
