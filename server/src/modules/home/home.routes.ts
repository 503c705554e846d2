import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema, homeSummarySchema } from '../../../../contracts/index.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { homeService } from './home.service.ts';

export const homeRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/home/summary',
    {
      config: { access: access.permission('home.read') },
      schema: {
        tags: ['home'],
        summary: 'Figures for the home page, within your scope',
        response: { 200: homeSummarySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (req) => homeService.summary(app.ctx, actorOf(req)),
  );
};
