import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  catalogCreateSchema,
  catalogExportQuerySchema,
  catalogImportSchema,
  catalogItemSchema,
  catalogItemUpdateSchema,
  catalogListQuerySchema,
  catalogSchema,
  catalogVersionSchema,
  expressionCheckSchema,
  expressionPreviewSchema,
  factVocabularySchema,
  idParamsSchema,
  pageOf,
  requirementDraftSchema,
  versionBodySchema,
} from '../../../../contracts/index.ts';
import { describeVocabulary } from '../../engines/standards/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { catalogRevisionService } from './catalog-revision.service.ts';
import { catalogsService } from './catalogs.service.ts';
import { insightsService } from './insights.service.ts';

const tags = ['standards'];

export const catalogRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/standards/vocabulary',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary: 'The facts and functions requirement expressions may use',
        response: { 200: factVocabularySchema, ...errors },
      },
    },
    async () => describeVocabulary(),
  );

  app.post(
    '/standards/check',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary: "Check an item's expressions and preview them over your ports (nothing is saved)",
        body: expressionCheckSchema,
        response: { 200: expressionPreviewSchema, ...errors },
      },
    },
    async (req) => insightsService.check(ctx, actorOf(req), req.body),
  );

  app.get(
    '/catalogs',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary: 'Requirement catalogs with their versions',
        querystring: catalogListQuerySchema,
        response: { 200: pageOf(catalogSchema), ...errors },
      },
    },
    async (req) => catalogsService.list(ctx, actorOf(req), req.query),
  );

  app.post(
    '/catalogs',
    {
      config: { access: access.permission('standard.publish') },
      schema: {
        tags,
        summary: 'Start a catalog with an empty draft version',
        body: catalogCreateSchema,
        response: { 201: catalogSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await catalogsService.create(ctx, actorOf(req), req.body)),
  );

  app.post(
    '/catalogs/import',
    {
      config: { access: access.permission('standard.publish') },
      schema: {
        tags,
        summary:
          'Import a YAML or JSON catalog file as a new catalog or a new draft version (all items or none)',
        body: catalogImportSchema,
        response: { 201: catalogSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await catalogsService.importFile(ctx, actorOf(req), req.body)),
  );

  app.get(
    '/catalogs/:id',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary: 'One catalog with its versions',
        params: idParamsSchema,
        response: { 200: catalogSchema, ...errors },
      },
    },
    async (req) => catalogsService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/catalogs/:id/versions',
    {
      config: { access: access.permission('standard.publish') },
      schema: {
        tags,
        summary: 'Start a new draft version from the latest published one',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 201: catalogVersionSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await catalogRevisionService.newVersion(
          ctx,
          actorOf(req),

          req.params.id,
          req.body.version,
        ),
      ),
  );

  app.get(
    '/catalog-versions/:id',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary: 'A catalog version with its items',
        params: idParamsSchema,
        response: { 200: catalogVersionSchema, ...errors },
      },
    },
    async (req) => catalogsService.getVersion(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/catalog-versions/:id/export',
    {
      config: { access: access.permission('standard.read') },
      schema: {
        tags,
        summary: 'A catalog version as a YAML or JSON file',
        params: idParamsSchema,
        querystring: catalogExportQuerySchema,
      },
    },
    async (req, reply) => {
      const file = await catalogsService.exportVersion(
        ctx,
        actorOf(req),
        req.params.id,
        req.query.format,
      );
      return reply
        .header(
          'content-type',
          req.query.format === 'json'
            ? 'application/json; charset=utf-8'
            : 'application/yaml; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.post(
    '/catalog-versions/:id/publish',
    {
      config: { access: access.permission('standard.publish') },
      schema: {
        tags,
        summary: 'Publish a draft version; it is immutable from then on',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: catalogVersionSchema, ...errors },
      },
    },
    async (req) =>
      catalogsService.publish(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
      ),
  );

  app.post(
    '/catalog-versions/:id/items',
    {
      config: { access: access.permission('standard.write') },
      schema: {
        tags,
        summary: 'Add a requirement to a draft version (your working group’s aspect)',
        params: idParamsSchema,
        body: requirementDraftSchema,
        response: { 201: catalogItemSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await catalogRevisionService.addItem(
          ctx,
          actorOf(req),

          req.params.id,
          req.body,
        ),
      ),
  );

  app.put(
    '/catalog-items/:id',
    {
      config: { access: access.permission('standard.write') },
      schema: {
        tags,
        summary: 'Change a requirement of a draft version',
        params: idParamsSchema,
        body: catalogItemUpdateSchema,
        response: { 200: catalogItemSchema, ...errors },
      },
    },
    async (req) =>
      catalogRevisionService.updateItem(
        ctx,
        actorOf(req),

        req.params.id,
        req.body,
      ),
  );

  app.post(
    '/catalog-items/:id/remove',
    {
      config: { access: access.permission('standard.write') },
      schema: {
        tags,
        summary: 'Remove a requirement from a draft version',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await catalogRevisionService.removeItem(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
      );
      return reply.status(204).send(null);
    },
  );
};
