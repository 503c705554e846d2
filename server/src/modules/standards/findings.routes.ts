import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  findingListQuerySchema,
  findingOwnerSchema,
  findingPlanSchema,
  findingRejectSchema,
  findingReviewSchema,
  findingSchema,
  findingSubmitSchema,
  idParamsSchema,
  pageOf,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { receiveUpload } from '../../platform/files/upload.ts';
import { evidenceService } from './evidence.service.ts';
import { findingColumns } from './finding.presenter.ts';
import { findingsService } from './findings.service.ts';
import {
  assessmentTags as tags,
  evidenceMultipart,
  evidenceUploadResponses,
} from './standards.http.ts';

/** Multipart is parsed only in this plugin, which holds nothing but the evidence upload of a rectification. */
export const findingEvidenceUpload: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  await base.register(multipart, evidenceMultipart(ctx));

  app.post(
    '/findings/:id/evidence',
    {
      config: { access: access.permission('finding.write') },
      schema: {
        tags,
        summary: 'Upload evidence of a rectification (multipart, one part named "file")',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: evidenceUploadResponses,
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await evidenceService.attachToFinding(
          ctx,
          actorOf(req),

          req.params.id,
          () => receiveUpload(req, ctx),
        ),
      ),
  );
};

/** Findings of approved assessments and the rectification of each, through to its verification. */
export const findingRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/findings',
    {
      config: { access: access.permission('finding.read') },
      schema: {
        tags,
        summary: 'Findings and their rectification in your scope',
        querystring: findingListQuerySchema,
        response: { 200: pageOf(findingSchema), ...errors },
      },
    },
    async (req) => findingsService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/findings/export',
    {
      config: { access: access.permission('finding.read') },
      schema: {
        tags,
        summary: 'The filtered findings as an Excel workbook',
        querystring: findingListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const items = await findingsService.listAll(ctx, actorOf(req), req.query);
      const sheet = lang === 'en' ? 'Findings' : '整改台账';
      return sendWorkbook(reply, 'findings', sheet, findingColumns(lang), items, lang);
    },
  );

  app.get(
    '/findings/:id',
    {
      config: { access: access.permission('finding.read') },
      schema: {
        tags,
        summary: 'One finding with its rectification',
        params: idParamsSchema,
        response: { 200: findingSchema, ...errors },
      },
    },
    async (req) => findingsService.get(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/findings/:id/owners',
    {
      config: { access: access.permission('finding.read') },
      schema: {
        tags,
        summary: 'Accounts a rectification can be given to (officers responsible for the port)',
        params: idParamsSchema,
        response: { 200: z.array(findingOwnerSchema), ...errors },
      },
    },
    async (req) => findingsService.owners(ctx, actorOf(req), req.params.id),
  );

  app.put(
    '/findings/:id/plan',
    {
      config: { access: access.permission('finding.write') },
      schema: {
        tags,
        summary: 'Owner, due date, priority and plan of a rectification',
        params: idParamsSchema,
        body: findingPlanSchema,
        response: { 200: findingSchema, ...errors },
      },
    },
    async (req) => findingsService.plan(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/findings/:id/submit',
    {
      config: { access: access.permission('finding.write') },
      schema: {
        tags,
        summary: 'Submit a rectification for verification',
        params: idParamsSchema,
        body: findingSubmitSchema,
        response: { 200: findingSchema, ...errors },
      },
    },
    async (req) =>
      findingsService.submit(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
        req.body.progressNote,
      ),
  );

  app.post(
    '/findings/:id/verify',
    {
      config: { access: access.permission('finding.verify') },
      schema: {
        tags,
        summary:
          'Verify a rectification (the reviewing working group); the item is evaluated again',
        params: idParamsSchema,
        body: findingReviewSchema,
        response: { 200: findingSchema, ...errors },
      },
    },
    async (req) =>
      findingsService.verify(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
        req.body.comment,
      ),
  );

  app.post(
    '/findings/:id/reject',
    {
      config: { access: access.permission('finding.verify') },
      schema: {
        tags,
        summary: 'Send a rectification back with a comment',
        params: idParamsSchema,
        body: findingRejectSchema,
        response: { 200: findingSchema, ...errors },
      },
    },
    async (req) =>
      findingsService.reject(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
        req.body.comment,
      ),
  );
};
