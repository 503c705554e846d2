import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, platformError, type HttpStatus } from '../errors/errors.ts';
import { pickLang } from '../i18n/lang.ts';
import { fieldMessages, type ValidationIssue } from '../i18n/validation.ts';

const FASTIFY_CODES: Record<string, Parameters<typeof platformError>[0]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
};

/** A unique index refused a row: a race past the service's own check. Answer 409, not 500. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
}

function send(
  reply: FastifyReply,
  req: FastifyRequest,
  error: AppError,
  extraFields?: Record<string, string>,
) {
  const lang = pickLang(req.headers['accept-language']);
  const fields =
    extraFields ??
    (error.fields
      ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[lang]]))
      : undefined);
  if (error.headers) void reply.headers(error.headers);
  return reply.status(error.status).send({
    error: { code: error.code, message: error.text[lang], ...(fields ? { fields } : {}) },
  });
}

export function errorHandler(
  error: FastifyError | AppError,
  req: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) return send(reply, req, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const lang = pickLang(req.headers['accept-language']);
    const issues = error.validation as unknown as ValidationIssue[];
    return send(
      reply,
      req,
      platformError('VALIDATION_FAILED'),
      fieldMessages(issues, error.validationContext, lang),
    );
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return send(reply, req, platformError(mapped));
  if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.parse.failed')
    return send(reply, req, platformError('MALFORMED_JSON'));
  if (isUniqueViolation(error)) {
    return send(
      reply,
      req,
      new AppError('CONFLICT', 409, {
        zh: '与已有记录冲突，请刷新后重试',
        en: 'Conflicts with an existing record; reload and try again',
      }),
    );
  }
  const status = error.statusCode;
  if (status && status >= 400 && status < 500) {
    return send(
      reply,
      req,
      new AppError(error.code ?? 'BAD_REQUEST', status as HttpStatus, {
        zh: '请求无效',
        en: error.message,
      }),
    );
  }
  req.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    error: {
      code: 'INTERNAL',
      message:
        pickLang(req.headers['accept-language']) === 'en' ? 'Internal error' : '服务器内部错误',
    },
  });
}
