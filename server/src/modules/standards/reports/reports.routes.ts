import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assessmentReportSchema,
  campaignReportSchema,
  idParamsSchema,
} from '../../../../../contracts/index.ts';
import { errorResponses as errors } from '../../../platform/http/responses.ts';
import { access, actorOf } from '../../../platform/http/access.ts';
import { assessmentTags as tags } from '../standards.http.ts';
import { reportsService } from './reports.service.ts';

/** The official reports: reads only, reached with the permission that reads the record they report on. */
export const reportRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/assessments/:id/report',
    {
      config: { access: access.permission('assessment.read') },
      schema: {
        tags,
        summary:
          "An assessment's official report: units, scores by aspect, items with review comments, sign-off and findings",
        params: idParamsSchema,
        response: { 200: assessmentReportSchema, ...errors },
      },
    },
    async (req) => reportsService.assessment(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/campaigns/:id/report',
    {
      config: { access: access.permission('campaign.read') },
      schema: {
        tags,
        summary:
          "A campaign's official report: scores by aspect and branch, each port's sign-off, and the findings",
        params: idParamsSchema,
        response: { 200: campaignReportSchema, ...errors },
      },
    },
    async (req) => reportsService.campaign(ctx, actorOf(req), req.params.id),
  );
};
