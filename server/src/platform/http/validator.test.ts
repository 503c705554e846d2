import Fastify from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessages, type ValidationIssue } from '../i18n/validation.ts';
import { validatorCompiler } from './validator.ts';

async function app() {
  const server = Fastify();
  server.setValidatorCompiler(validatorCompiler);
  server.setErrorHandler((error, _req, reply) =>
    hasZodFastifySchemaValidationErrors(error)
      ? reply.status(400).send({
          fields: fieldMessages(error.validation as unknown as ValidationIssue[], 'body', 'en'),
        })
      : reply.status(500).send({ error: String(error) }),
  );
  server.post(
    '/x',
    { schema: { body: z.strictObject({ comment: z.string().max(10).nullable() }) } },
    () => ({ ok: true }),
  );
  await server.ready();
  return server;
}

describe('validatorCompiler', () => {
  it('refuses a field whose `length` is an object as neither text nor a list, naming it, instead of failing', async () => {
    const server = await app();
    const crafted = await server.inject({
      method: 'POST',
      url: '/x',
      payload: { comment: { length: { toString: 0 }, ' ': [] } },
    });
    expect(crafted.statusCode, crafted.body).toBe(400);
    expect(crafted.json()).toEqual({ fields: { comment: 'must be text or a list' } });
    // Ordinary bad and good bodies are zod's to judge, as before.
    const long = await server.inject({
      method: 'POST',
      url: '/x',
      payload: { comment: 'x'.repeat(11) },
    });
    expect(long.statusCode).toBe(400);
    expect(Object.keys(long.json<{ fields: object }>().fields)).toEqual(['comment']);
    const good = await server.inject({ method: 'POST', url: '/x', payload: { comment: 'fine' } });
    expect(good.json()).toEqual({ ok: true });
    await server.close();
  });
});
