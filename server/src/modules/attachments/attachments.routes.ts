import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attachmentArchiveSchema,
  attachmentListQuerySchema,
  attachmentSchema,
  errorBodySchema,
  facilityAttachmentUploadQuerySchema,
  idParamsSchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { receiveUpload } from '../../platform/files/upload.ts';
import { attachmentsService } from './attachments.service.ts';
import { contentDisposition } from './attachments.presenter.ts';

const tags = ['attachments'];
const uploadResponses = {
  201: attachmentSchema,
  ...errors,
  413: errorBodySchema,
  415: errorBodySchema,
};

/** Multipart is parsed only in this plugin, which holds nothing but the two upload routes. */
const uploadRoutes: FastifyPluginAsync = async (base) => {
  const ctx = base.ctx;
  await base.register(multipart, {
    limits: { fileSize: ctx.config.uploadLimit + 1, files: 1, fields: 0 },
  });
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/facilities/:id/attachments',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Upload a photo or document of a facility (multipart, one part named "file")',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        querystring: facilityAttachmentUploadQuerySchema,
        response: uploadResponses,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await attachmentsService.attachToFacility(
            ctx,
            actorOf(req),
            req.params.id,
            req.query.kind,
            () => receiveUpload(req, ctx),
          ),
        ),
  );

  app.post(
    '/certifications/:id/attachments',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary:
          'Upload a certification\'s certificate document (multipart, one part named "file")',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: uploadResponses,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await attachmentsService.attachToCertification(ctx, actorOf(req), req.params.id, () =>
            receiveUpload(req, ctx),
          ),
        ),
  );
};

export const attachmentRoutes: FastifyPluginAsync = async (base) => {
  await base.register(uploadRoutes);
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/facilities/:id/attachments',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: "A facility's photos and documents, newest first",
        params: idParamsSchema,
        querystring: attachmentListQuerySchema,
        response: { 200: z.array(attachmentSchema), ...errors },
      },
    },
    async (req) => attachmentsService.listForFacility(ctx, actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/certifications/:id/attachments',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: "A certification's certificate documents, newest first",
        params: idParamsSchema,
        querystring: attachmentListQuerySchema,
        response: { 200: z.array(attachmentSchema), ...errors },
      },
    },
    async (req) =>
      attachmentsService.listForCertification(ctx, actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/attachments/:id/content',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: "Download an attachment's file with its stored type",
        params: idParamsSchema,
      },
    },
    async (req, reply) => {
      const file = await attachmentsService.content(ctx, actorOf(req), req.params.id);
      return reply
        .header('content-type', file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );

  app.post(
    '/attachments/:id/archive',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Archive an attachment with a reason (its file is kept)',
        params: idParamsSchema,
        body: attachmentArchiveSchema,
        response: { 200: attachmentSchema, ...errors },
      },
    },
    async (req) =>
      attachmentsService.archive(
        ctx,
        actorOf(req),
        req.params.id,
        req.body.version,
        req.body.reason,
      ),
  );
};
