import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  aspectAcceptSchema,
  aspectReturnSchema,
  assessmentAnswerSchema,
  assessmentBulkAnswerSchema,
  assessmentAspectParamsSchema,
  assessmentItemSchema,
  assessmentListQuerySchema,
  assessmentSchema,
  assessmentSummarySchema,
  idParamsSchema,
  pageOf,
  reopenDecisionSchema,
  reopenRequestSchema,
  versionBodySchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { receiveUpload } from '../../platform/files/upload.ts';
import { contentDisposition } from '../attachments/attachments.presenter.ts';
import { assessmentApprovalService } from './assessment-approval.service.ts';
import { assessmentItemColumns } from './assessment-item.presenter.ts';
import { assessmentItemsService } from './assessment-items.service.ts';
import { assessmentReviewService } from './assessment-review.service.ts';
import { assessmentColumns } from './assessment.presenter.ts';
import { assessmentsService } from './assessments.service.ts';
import { evidenceService } from './evidence.service.ts';
import {
  assessmentTags as tags,
  evidenceMultipart,
  evidenceUploadResponses,
} from './standards.http.ts';

/** Multipart is parsed only in this plugin, which holds nothing but the evidence upload of an answer. */
export const itemEvidenceUpload: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  await base.register(multipart, evidenceMultipart(ctx));

  app.post(
    '/assessment-items/:id/evidence',
    {
      config: { access: access.permission('assessment.fill') },
      schema: {
        tags,
        summary: 'Upload evidence for an answer (multipart, one part named "file")',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: evidenceUploadResponses,
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await evidenceService.attachToItem(
          ctx,
          actorOf(req),

          req.params.id,
          () => receiveUpload(req, ctx),
        ),
      ),
  );
};

/** Assessments, their items and evidence, and their way from draft through review to approval. */
export const assessmentRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/assessments',
    {
      config: { access: access.permission('assessment.read') },
      schema: {
        tags,
        summary: 'Assessments in your scope',
        querystring: assessmentListQuerySchema,
        response: { 200: pageOf(assessmentSummarySchema), ...errors },
      },
    },
    async (req) => assessmentsService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/assessments/export',
    {
      config: { access: access.permission('assessment.read') },
      schema: {
        tags,
        summary: 'The filtered assessments with scores as an Excel workbook',
        querystring: assessmentListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const items = await assessmentsService.listAll(ctx, actorOf(req), req.query);
      const sheet = lang === 'en' ? 'Assessments' : '评估表';
      return sendWorkbook(reply, 'assessments', sheet, assessmentColumns(lang), items, lang);
    },
  );

  app.get(
    '/assessments/:id',
    {
      config: { access: access.permission('assessment.read') },
      schema: {
        tags,
        summary: 'One assessment with its items, explained, and its review per aspect',
        params: idParamsSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) => assessmentsService.get(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/assessments/:id/export',
    {
      config: { access: access.permission('assessment.read') },
      schema: {
        tags,
        summary: "An assessment's items and results as an Excel workbook",
        params: idParamsSchema,
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const a = await assessmentsService.get(ctx, actorOf(req), req.params.id);
      const columns = assessmentItemColumns(lang);
      return sendWorkbook(reply, `assessment-${a.portCode}`, a.portCode, columns, a.items, lang);
    },
  );

  app.put(
    '/assessment-items/:id',
    {
      config: { access: access.permission('assessment.fill') },
      schema: {
        tags,
        summary: 'Answer a manual item, or rule an item not applicable with a reason',
        params: idParamsSchema,
        body: assessmentAnswerSchema,
        response: { 200: assessmentItemSchema, ...errors },
      },
    },
    async (req) => assessmentItemsService.answer(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/assessments/:id/answers',
    {
      config: { access: access.permission('assessment.fill') },
      schema: {
        tags,
        summary: 'Answer many items at once with one result and note: all of them, or none',
        params: idParamsSchema,
        body: assessmentBulkAnswerSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) => assessmentItemsService.answerMany(ctx, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/evidence/:id/content',
    {
      config: { access: access.permission('assessment.read') },
      schema: { tags, summary: 'Download an evidence file', params: idParamsSchema },
    },
    async (req, reply) => {
      const file = await evidenceService.content(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', file.mime)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );

  app.post(
    '/assessments/:id/submit',
    {
      config: { access: access.permission('assessment.fill') },
      schema: {
        tags,
        summary: 'Submit for review (every mandatory manual item answered)',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) =>
      assessmentReviewService.submit(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
      ),
  );

  app.post(
    '/assessments/:id/aspects/:aspect/return',
    {
      config: { access: access.permission('assessment.review') },
      schema: {
        tags,
        summary: "Return items of your working group's aspect with comments",
        params: assessmentAspectParamsSchema,
        body: aspectReturnSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) =>
      assessmentReviewService.returnAspect(
        ctx,
        actorOf(req),

        req.params.id,
        req.params.aspect,
        req.body,
      ),
  );

  app.post(
    '/assessments/:id/aspects/:aspect/accept',
    {
      config: { access: access.permission('assessment.review') },
      schema: {
        tags,
        summary: "Accept your working group's aspect",
        params: assessmentAspectParamsSchema,
        body: aspectAcceptSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) =>
      assessmentReviewService.acceptAspect(
        ctx,
        actorOf(req),

        req.params.id,
        req.params.aspect,
        req.body.version,
        req.body.comment,
      ),
  );

  app.post(
    '/assessments/:id/approve',
    {
      config: { access: access.permission('assessment.approve') },
      schema: {
        tags,
        summary: 'Approve and lock a reviewed assessment; its nonconformities become findings',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) =>
      assessmentApprovalService.approve(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
      ),
  );

  app.post(
    '/assessments/:id/reopen-request',
    {
      config: { access: access.permission('assessment.fill') },
      schema: {
        tags,
        summary: 'Ask the leadership group to reopen an approved assessment',
        params: idParamsSchema,
        body: reopenRequestSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) =>
      assessmentApprovalService.requestReopen(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
        req.body.reason,
      ),
  );

  app.post(
    '/assessments/:id/reopen-decision',
    {
      config: { access: access.permission('assessment.reopen') },
      schema: {
        tags,
        summary: 'Approve or decline a reopening (leadership group)',
        params: idParamsSchema,
        body: reopenDecisionSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (req) =>
      assessmentApprovalService.decideReopen(
        ctx,
        actorOf(req),

        req.params.id,
        req.body.version,
        req.body.approve,
      ),
  );
};
