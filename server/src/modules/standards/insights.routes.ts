import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParamsSchema,
  scoresSchema,
  trendSchema,
  whatIfResultSchema,
  whatIfSchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { insightsService } from './insights.service.ts';
import { assessmentTags as tags } from './standards.http.ts';

export const insightRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/campaigns/:id/scores',
    {
      config: { access: access.permission('campaign.read') },
      schema: {
        tags,
        summary: 'Scores per port, aspect, branch and district, with the 达标率',
        params: idParamsSchema,
        response: { 200: scoresSchema, ...errors },
      },
    },
    async (req) => insightsService.scores(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/standards/trend',
    {
      config: { access: access.permission('campaign.read') },
      schema: {
        tags,
        summary: '达标率 and scores across campaigns',
        response: { 200: trendSchema, ...errors },
      },
    },
    async (req) => insightsService.trend(ctx, actorOf(req)),
  );

  app.post(
    '/standards/what-if',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary:
          'What a change in traffic or designations would do to requirements and scores (nothing is saved)',
        body: whatIfSchema,
        response: { 200: whatIfResultSchema, ...errors },
      },
    },
    async (req) => insightsService.whatIf(ctx, actorOf(req), req.body),
  );
};
