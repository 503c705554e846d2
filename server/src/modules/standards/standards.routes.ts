import type { FastifyPluginAsync } from 'fastify';
import { assessmentRoutes, itemEvidenceUpload } from './assessments.routes.ts';
import { campaignRoutes } from './campaigns.routes.ts';
import { catalogRoutes } from './catalogs.routes.ts';
import { findingEvidenceUpload, findingRoutes } from './findings.routes.ts';
import { insightRoutes } from './insights.routes.ts';
import { reportRoutes } from './reports/reports.routes.ts';

/**
 * Every route of the standards module. Routes enter the OpenAPI document in the order they are registered,
 * and the web client's types are generated from that document, so the order here is part of the API.
 */
export const standardsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(catalogRoutes);
  await app.register(itemEvidenceUpload);
  await app.register(findingEvidenceUpload);
  await app.register(campaignRoutes);
  await app.register(insightRoutes);
  await app.register(assessmentRoutes);
  await app.register(findingRoutes);
  await app.register(reportRoutes);
};
