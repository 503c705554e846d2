import type { Text } from '../i18n/lang.ts';

export type HttpStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503;

export type ErrorSpec = { status: HttpStatus; message: Text };
/** A module's error codes, each mapped to exactly one status and message; the compiler checks the set is complete. */
export type ErrorCatalog<Code extends string> = Record<Code, ErrorSpec>;

/** A refusal the caller can act on; never a 500. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    readonly text: Text,
    readonly fields: Record<string, Text> | undefined = undefined,
    readonly headers: Record<string, string> | undefined = undefined,
  ) {
    super(`${code}: ${text.en}`);
  }
}

/** Builds the thrower for one module's catalog: `fail('PORT_CODE_TAKEN', { code: {...} })`. */
export function errorsFrom<Code extends string>(catalog: ErrorCatalog<Code>) {
  return (
    code: Code,
    fields?: Record<string, Text>,
    headers?: Record<string, string>,
  ): AppError => {
    const spec = catalog[code];
    return new AppError(code, spec.status, spec.message, fields, headers);
  };
}

const PLATFORM = {
  VALIDATION_FAILED: {
    status: 400,
    message: { zh: '输入有误，请检查标出的字段', en: 'Some fields are invalid' },
  },
  UNAUTHENTICATED: { status: 401, message: { zh: '请先登录', en: 'Please log in' } },
  SESSION_EXPIRED: {
    status: 401,
    message: { zh: '会话已过期，请重新登录', en: 'Your session has expired; please log in again' },
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    message: {
      zh: '请求校验失败，请刷新页面后重试',
      en: 'Request check failed; reload the page and try again',
    },
  },
  FORBIDDEN: { status: 403, message: { zh: '无权执行此操作', en: 'You may not do this' } },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: { zh: '请先修改密码', en: 'Change your password first' },
  },
  MFA_ENROLMENT_REQUIRED: {
    status: 403,
    message: { zh: '请先启用双因素认证', en: 'Set up two-factor authentication first' },
  },
  NOT_FOUND: { status: 404, message: { zh: '记录不存在', en: 'Not found' } },
  ROUTE_NOT_FOUND: { status: 404, message: { zh: '接口不存在', en: 'No such endpoint' } },
  STALE_VERSION: {
    status: 409,
    message: {
      zh: '记录已被他人修改，请刷新后重试',
      en: 'Someone changed this record; reload and try again',
    },
  },
  BODY_TOO_LARGE: { status: 413, message: { zh: '请求内容过大', en: 'Request body too large' } },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: { zh: '仅接受 JSON 请求体', en: 'Only JSON request bodies are accepted' },
  },
  MALFORMED_JSON: {
    status: 400,
    message: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  },
  MALFORMED_MULTIPART: {
    status: 400,
    message: {
      zh: '上传内容不是有效的 multipart/form-data',
      en: 'The upload is not valid multipart/form-data',
    },
  },
  RATE_LIMITED: {
    status: 429,
    message: { zh: '请求过于频繁，请稍后再试', en: 'Too many attempts; try again later' },
  },
  UNAVAILABLE: { status: 503, message: { zh: '服务暂不可用', en: 'Service unavailable' } },
} as const satisfies ErrorCatalog<string>;

export type PlatformErrorCode = keyof typeof PLATFORM;
export const platformError = errorsFrom<PlatformErrorCode>(PLATFORM);

export const notFound = (): AppError => platformError('NOT_FOUND');
export const staleVersion = (): AppError => platformError('STALE_VERSION');
export const forbidden = (): AppError => platformError('FORBIDDEN');
