import {
  errorBodySchema,
  IMPORT_PROGRESS_TYPE,
  importEventSchema,
  type ImportEvent,
  type ImportPhase,
  type ImportReport,
} from '@contracts';
import i18n from '../i18n/index.ts';

/** An answer from the API that was not a success: its code, localised message and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

const BASE = '/api/v1';
let csrfToken: string | null = null;

/** The session's CSRF token, sent on every write; set from /auth/me and the login answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function toSearch(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const acceptLanguage = () => (i18n.language === 'en' ? 'en' : 'zh-CN');

function headers(write: boolean): Headers {
  const h = new Headers({ Accept: 'application/json', 'Accept-Language': acceptLanguage() });
  if (write) {
    h.set('Content-Type', 'application/json');
    if (csrfToken) h.set('x-csrf-token', csrfToken);
  }
  return h;
}

/** The server's error body as an ApiError, or null when the body is something else. */
function errorBody(status: number, body: unknown): ApiError | null {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { code, message, fields } = parsed.data.error;
  return new ApiError(status, code, message, fields);
}

const httpError = (status: number) =>
  new ApiError(status, 'HTTP_ERROR', i18n.t('error.http', { status }));

async function toError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return errorBody(response.status, body) ?? httpError(response.status);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends one file as multipart form data (field `file`) with the CSRF token and the UI language, reporting
 * the upload percentage. fetch cannot report upload progress, hence XMLHttpRequest. A failure status listed
 * in `answers` whose body is not an error body (an import report) resolves like a success.
 */
function upload<T>(
  path: string,
  file: File,
  onProgress?: (percent: number) => void,
  answers: readonly number[] = [],
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', BASE + path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onProgress?.(100);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network')));
    xhr.onabort = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network')));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const error = errorBody(xhr.status, body);
      if (error) return reject(error);
      if (answers.includes(xhr.status) && body !== null) return resolve(body as T);
      reject(httpError(xhr.status));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** How far the server has come with an import: checking or writing, rows done of total. */
export type ServerProgress = { phase: ImportPhase; done: number; total: number };

/**
 * Uploads an import workbook asking for the server's progress stream (NDJSON): `onUpload` gets the upload
 * percentage, `onServer` each progress event as it arrives; resolves with the report (applied, or the
 * problems of a refused sheet) or rejects with the server's error.
 */
function importUpload(
  path: string,
  file: File,
  onUpload: (percent: number) => void,
  onServer: (progress: ServerProgress) => void,
): Promise<ImportReport> {
  return new Promise<ImportReport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let last: ImportEvent | null = null;
    const drain = () => {
      const text = xhr.responseText;
      let end = text.indexOf('\n', read);
      while (end >= 0) {
        const parsed = importEventSchema.safeParse(parseJson(text.slice(read, end)));
        read = end + 1;
        if (parsed.success) {
          last = parsed.data;
          if (parsed.data.type === 'progress')
            onServer({
              phase: parsed.data.phase,
              done: parsed.data.done,
              total: parsed.data.total,
            });
        }
        end = text.indexOf('\n', read);
      }
    };
    xhr.open('POST', BASE + path);
    xhr.setRequestHeader('Accept', `${IMPORT_PROGRESS_TYPE}, application/json`);
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onUpload(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onUpload(100);
    xhr.onprogress = drain;
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network')));
    xhr.onabort = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network')));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        // Refused before the stream began (not signed in, not xlsx, too large): a plain error answer.
        return reject(errorBody(xhr.status, parseJson(xhr.responseText)) ?? httpError(xhr.status));
      }
      drain();
      const final = last as ImportEvent | null;
      if (final?.type === 'report') return resolve(final.report);
      if (final?.type === 'error')
        return reject(
          new ApiError(
            final.status,
            final.error.code,
            final.error.message,
            final.error.fields ?? {},
          ),
        );
      reject(httpError(xhr.status));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const write = method !== 'GET';
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      credentials: 'same-origin',
      headers: headers(write),
      body: write ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network'));
  }
  if (!response.ok) throw await toError(response);
  return response;
}

export const api = {
  get: async <T>(path: string, params?: QueryParams): Promise<T> =>
    (await send('GET', path + toSearch(params))).json() as Promise<T>,
  post: async <T>(path: string, body?: unknown): Promise<T> =>
    (await send('POST', path, body)).json() as Promise<T>,
  put: async <T>(path: string, body: unknown): Promise<T> =>
    (await send('PUT', path, body)).json() as Promise<T>,
  /** A write the server answers with 204 No Content. */
  postEmpty: async (path: string, body?: unknown): Promise<void> => {
    await send('POST', path, body);
  },
  upload,
  importUpload,
  /** Fetches a file (an Excel export) and hands it to the browser as a download. */
  download: async (path: string, params?: QueryParams): Promise<void> => {
    const response = await send('GET', path + toSearch(params));
    const disposition = response.headers.get('content-disposition') ?? '';
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    const name = match?.[1]
      ? decodeURIComponent(match[1])
      : `${path.split('/').filter(Boolean).join('-')}.xlsx`;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
};
