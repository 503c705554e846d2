// The web client's types for the HTTP API, generated from the server's own OpenAPI document, so that a
// renamed route, parameter or field fails `tsc -p web` instead of a request at run time. Run after
// changing a route or a contract:
//
//   node --import tsx scripts/openapi-types.ts
//
// web/src/api/openapi-types.test.ts regenerates the file in memory and fails while the committed one differs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, {
  astToString,
  UNKNOWN,
  type OpenAPI3,
  type ResponseObject,
  type SchemaObject,
} from 'openapi-typescript';
import prettier from 'prettier';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { createContext, prepareContext } from '../server/src/platform/context.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const OPENAPI_TYPES_FILE = path.join(root, 'web/src/api/openapi.d.ts');
export const REGENERATE = 'node --import tsx scripts/openapi-types.ts';

const HEADER = `// Generated from the server's OpenAPI document by scripts/openapi-types.ts; do not edit.
// Regenerate with \`${REGENERATE}\`.
`;

/** The document the server serves at /api/openapi.json, from an app built on a throwaway database. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-openapi-'));
  try {
    // An explicit environment, so the document does not depend on the shell it is generated in.
    const config = loadConfig({
      GUOMEN_DATA_DIR: dataDir,
      GUOMEN_SECRET: 'openapi-types-openapi-types-openapi-0123',
      GUOMEN_JOBS: '0',
    });
    const ctx = createContext({
      ...config,
      database: { dialect: 'sqlite', file: path.join(dataDir, 'openapi.db') },
    });
    try {
      await prepareContext(ctx);
      const app = await buildApp(ctx);
      try {
        await app.ready();
        const answer = await app.inject({ url: '/api/openapi.json' });
        if (answer.statusCode !== 200)
          throw new Error(`/api/openapi.json answered ${answer.statusCode}`);
        return answer.json<OpenAPI3>();
      } finally {
        await app.close();
      }
    } finally {
      await ctx.audit.flush();
      await ctx.database.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The product's error body: an object whose one property is `error` (see docs/ARCHITECTURE.md, HTTP API). */
function isErrorBody(response: ResponseObject): boolean {
  const schema = response.content?.['application/json']?.schema;
  if (!schema || '$ref' in schema || schema.type !== 'object') return false;
  return Object.keys(schema.properties ?? {}).join() === 'error';
}

/**
 * Every route declares the product's error body for each failure status; written out per route it makes up
 * most of the generated file. The identical declarations become one shared response the routes refer to.
 */
function shareErrorResponses(doc: OpenAPI3): OpenAPI3 {
  let shared: { text: string; response: ResponseObject } | null = null;
  for (const item of Object.values(doc.paths ?? {})) {
    if ('$ref' in item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation || '$ref' in operation || !operation.responses) continue;
      const responses = operation.responses;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400 || '$ref' in response || !isErrorBody(response)) continue;
        const text = JSON.stringify(response);
        shared ??= { text, response };
        if (text === shared.text) responses[status] = { $ref: '#/components/responses/Error' };
      }
    }
  }
  if (!shared) return doc;
  return {
    ...doc,
    components: {
      ...doc.components,
      responses: { ...doc.components?.responses, Error: shared.response },
    },
  };
}

/** A schema any of whose choices is the empty schema accepts any value, null included: `unknown`, not `unknown | null`. */
function anything(schema: SchemaObject) {
  const choices = 'anyOf' in schema ? schema.anyOf : undefined;
  const empty = choices?.some((choice) => !('$ref' in choice) && Object.keys(choice).length === 0);
  return empty ? UNKNOWN : undefined;
}

/** The contents web/src/api/openapi.d.ts should have, formatted as the project formats TypeScript. */
export async function openApiTypes(doc?: OpenAPI3): Promise<string> {
  const ast = await openapiTS(shareErrorResponses(doc ?? (await openApiDocument())), {
    transform: anything,
  });
  const options = await prettier.resolveConfig(OPENAPI_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), {
    ...options,
    filepath: OPENAPI_TYPES_FILE,
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await openApiTypes();
  fs.writeFileSync(OPENAPI_TYPES_FILE, text);
  process.stdout.write(`wrote ${path.relative(root, OPENAPI_TYPES_FILE)}\n`);
}
