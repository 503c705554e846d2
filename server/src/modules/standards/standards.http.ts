import { z } from 'zod';
import { errorBodySchema } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';

/** The OpenAPI tag campaigns, assessments, findings and their scores are listed under. */
export const assessmentTags = ['assessments'];

const evidenceSchema = z.object({
  id: z.string(),
  fileId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});

/** What an evidence upload answers, an answer's or a rectification's alike. */
export const evidenceUploadResponses = {
  201: evidenceSchema,
  ...errors,
  413: errorBodySchema,
  415: errorBodySchema,
};

/** Multipart limits of an evidence upload: one file part, no fields. */
export const evidenceMultipart = (ctx: AppContext) => ({
  limits: { fileSize: ctx.config.uploadLimit + 1, files: 1, fields: 0 },
});
