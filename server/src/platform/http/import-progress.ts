import { PassThrough } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  IMPORT_PROGRESS_TYPE,
  type ImportEvent,
  type ImportPhase,
  type ImportReport,
} from '../../../../contracts/index.ts';
import { AppError } from '../errors/errors.ts';
import { pickLang } from '../i18n/lang.ts';

/** Told how far an import has come; awaiting it lets the event reach the client before work goes on. */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => Promise<void>;
export const noProgress: ImportProgress = async () => undefined;

/**
 * Reports every `every` rows of a loop (and the last), so a large sheet shows progress without an event per row,
 * and gives the event loop back at each step even when nobody listens: the embedded database answers
 * synchronously, so a loop of awaited inserts would otherwise hold every other request until it ends.
 */
export function stepper(progress: ImportProgress, phase: ImportPhase, total: number, every = 250) {
  return async (done: number) => {
    if (done % every === 0 || done === total) {
      await progress(phase, done, total);
      await yieldToLoop();
    }
  };
}

/**
 * 200 with the count when every row applied; 422 with the problems when none did; 409 when the file is
 * otherwise sound but holds rows already recorded and no choice was made of what to do with them.
 */
const statusOf = (report: ImportReport) =>
  report.problems.length > 0 ? 422 : report.existing && report.skipped === undefined ? 409 : 200;

/**
 * Answers an import: the plain JSON report, or, when the client asks for `application/x-ndjson`, a stream
 * of progress events ending with the report or the error. The workbook has been read (and refused with a
 * plain 413/415) before this is called.
 */
export async function answerImport(
  req: FastifyRequest,
  reply: FastifyReply,
  run: (progress: ImportProgress) => Promise<ImportReport>,
) {
  if (!(req.headers.accept ?? '').includes(IMPORT_PROGRESS_TYPE)) {
    const report = await run(noProgress);
    return reply.status(statusOf(report)).send(report);
  }
  const lang = pickLang(req.headers['accept-language']);
  const out = new PassThrough();
  const emit = (event: ImportEvent) => out.write(`${JSON.stringify(event)}\n`);
  const progress: ImportProgress = async (phase, done, total) => {
    emit({ type: 'progress', phase, done, total });
    await yieldToLoop();
  };
  run(progress)
    .then((report) => emit({ type: 'report', status: statusOf(report), report }))
    .catch((err: unknown) => {
      if (err instanceof AppError) {
        const fields = err.fields
          ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, v[lang]]))
          : undefined;
        emit({
          type: 'error',
          status: err.status,
          error: { code: err.code, message: err.text[lang], ...(fields ? { fields } : {}) },
        });
      } else {
        req.log.error({ err }, 'import failed');
        emit({
          type: 'error',
          status: 500,
          error: { code: 'INTERNAL', message: lang === 'en' ? 'Internal error' : '服务器内部错误' },
        });
      }
    })
    .finally(() => out.end());
  return reply.type(IMPORT_PROGRESS_TYPE).header('cache-control', 'no-store').send(out);
}
