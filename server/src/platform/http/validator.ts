import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';

/** How the zod provider marks its validation entries (a registered symbol), so the error handler reads ours alike. */
const ZOD_VALIDATION = Symbol.for('ZodFastifySchemaValidationError');

/** Bodies nest at most this deep before the text guard refuses them; the walk stops there too. */
const MAX_DEPTH = 64;

/** Paths of objects whose `length` is itself an object: never a string or a list, whatever they claim. */
function fakeLengths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (typeof value !== 'object' || value === null || path.length > MAX_DEPTH) return out;
  if (!Array.isArray(value)) {
    const length: unknown = Object.getOwnPropertyDescriptor(value, 'length')?.value;
    if (typeof length === 'object' && length !== null) out.push(path);
  }
  for (const [key, child] of Object.entries(value)) fakeLengths(child, [...path, key], out);
  return out;
}

/**
 * The zod validator, with one hole closed: zod runs its length checks on any value that has a `length`,
 * and comparing a `length` that is an object can throw (`{"length": {"toString": 0}}`), which would answer
 * a crafted body with a 500. Such a value is refused as what it is, a field that is neither text nor a list.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const validate = zodValidatorCompiler(route);
  return (data: unknown) => {
    try {
      return validate(data);
    } catch (error) {
      const paths = fakeLengths(data);
      if (paths.length === 0) throw error;
      const validation = paths.map((path) => ({
        [ZOD_VALIDATION]: true,
        keyword: 'custom',
        instancePath: `/${path.join('/')}`,
        schemaPath: `#/${path.join('/')}/custom`,
        message: 'not_text_or_list',
        params: {},
      }));
      return { error: Object.assign(new Error('not_text_or_list'), { validation }) };
    }
  };
};
