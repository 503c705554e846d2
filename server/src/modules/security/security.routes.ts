import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  securityPolicyUpdateSchema,
  securityPolicyViewSchema,
} from '../../../../contracts/index.ts';
import { errorResponses } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { securityService } from './security.service.ts';

const errors = errorResponses;
const tags = ['security'];

export const securityRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/security/policy',
    {
      config: { access: access.permission('security.read') },
      schema: {
        tags,
        summary:
          'The security policy: second factor, management network, passwords, lockout, sessions, audit retention',
        response: { 200: securityPolicyViewSchema, ...errors },
      },
    },
    async () => securityService.get(ctx),
  );

  app.put(
    '/security/policy',
    {
      config: { access: access.permission('security.write') },
      schema: {
        tags,
        summary: 'Change the security policy',
        body: securityPolicyUpdateSchema,
        response: { 200: securityPolicyViewSchema, ...errors },
      },
    },
    async (req) => securityService.update(ctx, actorOf(req), req.body),
  );
};
