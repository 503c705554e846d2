import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  campaignCreateSchema,
  campaignListQuerySchema,
  campaignSchema,
  idParamsSchema,
  pageOf,
  versionBodySchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { campaignsService } from './campaigns.service.ts';
import { assessmentTags as tags } from './standards.http.ts';

export const campaignRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/campaigns',
    {
      config: { access: access.permission('campaign.read') },
      schema: {
        tags,
        summary: 'Assessment campaigns with progress per branch',
        querystring: campaignListQuerySchema,
        response: { 200: pageOf(campaignSchema), ...errors },
      },
    },
    async (req) => campaignsService.list(ctx, actorOf(req), req.query),
  );

  app.post(
    '/campaigns',
    {
      config: { access: access.permission('campaign.manage') },
      schema: {
        tags,
        summary: 'Prepare a campaign over a published catalog version and a set of ports',
        body: campaignCreateSchema,
        response: { 201: campaignSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await campaignsService.create(ctx, actorOf(req), req.body)),
  );

  app.get(
    '/campaigns/:id',
    {
      config: { access: access.permission('campaign.read') },
      schema: {
        tags,
        summary: 'One campaign with progress per branch',
        params: idParamsSchema,
        response: { 200: campaignSchema, ...errors },
      },
    },
    async (req) => campaignsService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/campaigns/:id/open',
    {
      config: { access: access.permission('campaign.manage') },
      schema: {
        tags,
        summary: 'Open: an assessment per port, automatic items evaluated at once',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: campaignSchema, ...errors },
      },
    },
    async (req) => campaignsService.open(ctx, actorOf(req), req.params.id, req.body.version),
  );

  app.post(
    '/campaigns/:id/close',
    {
      config: { access: access.permission('campaign.manage') },
      schema: {
        tags,
        summary: 'Close a campaign',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: campaignSchema, ...errors },
      },
    },
    async (req) => campaignsService.close(ctx, actorOf(req), req.params.id, req.body.version),
  );
};
