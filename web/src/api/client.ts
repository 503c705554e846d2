import {
  errorBodySchema,
  IMPORT_PROGRESS_TYPE,
  importEventSchema,
  type ImportEvent,
  type ImportPhase,
  type ImportOnExisting,
  type ImportReport,
} from '@contracts';
import createClient, {
  createFinalURL,
  defaultPathSerializer,
  type ClientPathsWithMethod,
  type MethodResponse,
} from 'openapi-fetch';
import i18n from '../i18n/index.ts';
import type { paths } from './openapi.d.ts';

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

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every write; set from /auth/me and the login answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const acceptLanguage = () => (i18n.language === 'en' ? 'en' : 'zh-CN');

const networkError = () => new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network'));

const httpError = (status: number) =>
  new ApiError(status, 'HTTP_ERROR', i18n.t('error.http', { status }));

/** The server's error body as an ApiError, or null when the body is something else. */
function errorBody(status: number, body: unknown): ApiError | null {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { code, message, fields } = parsed.data.error;
  return new ApiError(status, code, message, fields);
}

/** The query string: empty values are left out, so a cleared filter means "any". */
function querySerializer(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const text =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
    if (text !== '') search.set(key, text);
  }
  return search.toString();
}

/**
 * The API, typed from the server's OpenAPI document (openapi.d.ts): a path, parameter or body the server
 * does not declare fails the type check. Every request says the UI language; writes carry the CSRF token.
 */
export const client = createClient<paths>({ credentials: 'same-origin', querySerializer });

client.use({
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', acceptLanguage());
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onError: () => networkError(),
});

/** The path parameters of a route about one record: `{ params: byId(port.id) }`. */
export const byId = (id: string) => ({ path: { id } });

type Answer<T> = { data?: T; error?: unknown; response: Response };

function unwrap<T>({ data, error, response }: Answer<T>): T {
  if (!response.ok) throw errorBody(response.status, error) ?? httpError(response.status);
  if (data === undefined) throw httpError(response.status);
  return data;
}

/** The body of a successful answer; anything else rejects with an ApiError. */
export const ok = async <T>(request: Promise<Answer<T>>): Promise<T> => unwrap(await request);

/** A write the server answers with 204 No Content. */
export async function okEmpty(request: Promise<Answer<unknown>>): Promise<void> {
  const { error, response } = await request;
  if (!response.ok) throw errorBody(response.status, error) ?? httpError(response.status);
}

/** The name a download gets when the server sends none: its route, e.g. `ports-export.xlsx`. */
function routeFileName(url: string): string {
  const route = new URL(url || '/', window.location.href).pathname.replace(/^\/api\/v1/, '');
  return `${route.split('/').filter(Boolean).join('-')}.xlsx`;
}

/**
 * Hands a file the API answered with (an Excel export) to the browser as a download; ask for it with
 * `parseAs: 'blob'`.
 */
export async function download(request: Promise<Answer<Blob>>): Promise<void> {
  const answer = await request;
  const blob = unwrap(answer);
  const disposition = answer.response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match?.[1] ? decodeURIComponent(match[1]) : routeFileName(answer.response.url);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export type PostPath = ClientPathsWithMethod<typeof client, 'post'>;
type PostParameters<P extends PostPath> = paths[P]['post']['parameters'];
type PostResult<P extends PostPath> = MethodResponse<typeof client, 'post', P>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const percentOf = (event: ProgressEvent) =>
  Math.min(100, Math.round((event.loaded / event.total) * 100));

/**
 * Posts one file as multipart form data (field `file`) with the CSRF token and the UI language, and settles
 * with the finished request whatever its status; fetch cannot report upload progress, hence XMLHttpRequest.
 * `onReceive` sees the answer's text as it arrives.
 */
function sendFile<P extends PostPath>(
  path: P,
  params: PostParameters<P>,
  file: File,
  accept: string,
  onUpload?: (percent: number) => void,
  onReceive?: (xhr: XMLHttpRequest) => void,
): Promise<XMLHttpRequest> {
  const url = createFinalURL(path, {
    baseUrl: '',
    params,
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', accept);
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onUpload?.(percentOf(event));
    };
    xhr.upload.onload = () => onUpload?.(100);
    if (onReceive) xhr.onprogress = () => onReceive(xhr);
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(networkError());
    xhr.onload = () => resolve(xhr);
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Uploads one file to a route that takes multipart, reporting the upload percentage. A failure status
 * listed in `answers` whose body is not an error body (an import report) resolves like a success.
 */
export async function upload<P extends PostPath>(
  path: P,
  params: PostParameters<P>,
  file: File,
  onProgress?: (percent: number) => void,
  answers: readonly number[] = [],
): Promise<PostResult<P>> {
  const xhr = await sendFile(path, params, file, 'application/json', onProgress);
  const body = parseJson(xhr.responseText);
  // The route's declared answer: the server's response schemas are checked in its own tests.
  const result = body as PostResult<P>;
  if (xhr.status >= 200 && xhr.status < 300) return result;
  const error = errorBody(xhr.status, body);
  if (error) throw error;
  if (answers.includes(xhr.status) && body !== null) return result;
  throw httpError(xhr.status);
}

/** How far the server has come with an import: checking or writing, rows done of total. */
export type ServerProgress = { phase: ImportPhase; done: number; total: number };

/** The routes that take an Excel workbook and answer with an import report. */
export type ImportPath = Extract<PostPath, `${string}/import`>;

/** Reads the server's NDJSON progress stream as it grows: progress goes to `onServer`, the last event is kept. */
function importEvents(onServer: (progress: ServerProgress) => void) {
  let read = 0;
  let last: ImportEvent | null = null;
  return {
    feed(text: string) {
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
    },
    last: () => last,
  };
}

/**
 * Uploads an import workbook asking for the server's progress stream (NDJSON): `onUpload` gets the upload
 * percentage, `onServer` each progress event as it arrives; resolves with the report (applied, the
 * problems of a refused sheet, or the rows already recorded awaiting `onExisting`) or rejects with the
 * server's error.
 */
export async function importUpload(
  path: ImportPath,
  file: File,
  onUpload: (percent: number) => void,
  onServer: (progress: ServerProgress) => void,
  onExisting?: ImportOnExisting,
): Promise<ImportReport> {
  const events = importEvents(onServer);
  const accept = `${IMPORT_PROGRESS_TYPE}, application/json`;
  const params = onExisting ? { query: { onExisting } } : {};
  const xhr = await sendFile(path, params, file, accept, onUpload, (x) =>
    events.feed(x.responseText),
  );
  if (xhr.status !== 200) {
    // Refused before the stream began (not signed in, not xlsx, too large): a plain error answer.
    throw errorBody(xhr.status, parseJson(xhr.responseText)) ?? httpError(xhr.status);
  }
  events.feed(xhr.responseText);
  const final = events.last();
  if (final?.type === 'report') return final.report;
  if (final?.type === 'error')
    throw new ApiError(
      final.status,
      final.error.code,
      final.error.message,
      final.error.fields ?? {},
    );
  throw httpError(xhr.status);
}
