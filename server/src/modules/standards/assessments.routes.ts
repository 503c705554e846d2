import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ASSESSMENT_STATUS_LABELS,
  ITEM_RESULT_LABELS,
  RECTIFICATION_STATUS_LABELS,
  ASPECT_LABELS,
  GRADE_LABELS,
  PRIORITY_LABELS,
  aspectAcceptSchema,
  aspectReturnSchema,
  assessmentAnswerSchema,
  assessmentAspectParamsSchema,
  assessmentItemSchema,
  assessmentListQuerySchema,
  assessmentSchema,
  assessmentSummarySchema,
  campaignCreateSchema,
  campaignListQuerySchema,
  campaignSchema,
  errorBodySchema,
  findingListQuerySchema,
  findingPlanSchema,
  findingRejectSchema,
  findingReviewSchema,
  findingSchema,
  findingOwnerSchema,
  findingSubmitSchema,
  idParamsSchema,
  pageOf,
  reopenDecisionSchema,
  reopenRequestSchema,
  scoresSchema,
  trendSchema,
  versionBodySchema,
  whatIfResultSchema,
  whatIfSchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf, auditActorOf } from '../../platform/http/access.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { receiveUpload } from '../../platform/files/upload.ts';
import { contentDisposition } from '../attachments/attachments.presenter.ts';
import { assessmentsService } from './assessments.service.ts';
import { campaignsService } from './campaigns.service.ts';
import { evidenceService } from './evidence.service.ts';
import { findingsService } from './findings.service.ts';
import { insightsService } from './insights.service.ts';

const tags = ['assessments'];
const evidenceSchema = z.object({
  id: z.string(),
  fileId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
const uploadResponses = {
  201: evidenceSchema,
  ...errors,
  413: errorBodySchema,
  415: errorBodySchema,
};

/** Multipart is parsed only in this plugin, which holds nothing but the two evidence uploads. */
const evidenceUploads: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  await base.register(multipart, {
    limits: { fileSize: ctx.config.uploadLimit + 1, files: 1, fields: 0 },
  });

  app.post(
    '/assessment-items/:id/evidence',
    {
      config: { access: access.permission('assessment.fill') },
      schema: {
        tags,
        summary: 'Upload evidence for an answer (multipart, one part named "file")',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: uploadResponses,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await evidenceService.attachToItem(
            ctx,
            actorOf(req),
            auditActorOf(req),
            req.params.id,
            () => receiveUpload(req, ctx),
          ),
        ),
  );

  app.post(
    '/findings/:id/evidence',
    {
      config: { access: access.permission('finding.write') },
      schema: {
        tags,
        summary: 'Upload evidence of a rectification (multipart, one part named "file")',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        response: uploadResponses,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await evidenceService.attachToFinding(
            ctx,
            actorOf(req),
            auditActorOf(req),
            req.params.id,
            () => receiveUpload(req, ctx),
          ),
        ),
  );
};

export const assessmentRoutes: FastifyPluginAsync = async (base) => {
  await base.register(evidenceUploads);
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  // Registers that changed are followed by the open assessments of their ports.
  ctx.facts.onChange(async (portIds) => {
    try {
      await assessmentsService.factsChanged(ctx, portIds);
    } catch (err) {
      app.log.error({ err, portIds }, 'assessments could not follow changed registers');
    }
  });

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
      reply
        .status(201)
        .send(await campaignsService.create(ctx, actorOf(req), auditActorOf(req), req.body)),
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
    async (req) =>
      campaignsService.open(ctx, actorOf(req), auditActorOf(req), req.params.id, req.body.version),
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
    async (req) =>
      campaignsService.close(ctx, actorOf(req), auditActorOf(req), req.params.id, req.body.version),
  );

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
      const { items } = await assessmentsService.list(ctx, actorOf(req), {
        ...req.query,
        page: 1,
        pageSize: 100_000,
      });
      return sendWorkbook(
        reply,
        'assessments',
        lang === 'en' ? 'Assessments' : '评估表',
        [
          {
            header: { zh: '评估活动', en: 'Campaign' },
            width: 28,
            value: (r) => (lang === 'en' ? r.campaignNameEn : r.campaignNameZh),
          },
          { header: { zh: '隶属海关', en: 'Branch' }, width: 22, value: (r) => r.branchNameZh },
          { header: { zh: '口岸', en: 'Port' }, value: (r) => r.portCode },
          {
            header: { zh: '口岸名称', en: 'Port name' },
            width: 24,
            value: (r) => (lang === 'en' ? r.portNameEn : r.portNameZh),
          },
          {
            header: { zh: '状态', en: 'Status' },
            value: (r) => ASSESSMENT_STATUS_LABELS[r.status][lang],
          },
          { header: { zh: '加权得分', en: 'Weighted score' }, value: (r) => r.score.weighted },
          {
            header: { zh: '必须项达到', en: 'Mandatory met' },
            value: (r) => `${r.score.mandatoryMet}/${r.score.mandatoryTotal}`,
          },
          {
            header: { zh: '全部必须项达标', en: 'Meets all mandatory' },
            value: (r) =>
              r.score.meetsAllMandatory
                ? lang === 'en'
                  ? 'yes'
                  : '是'
                : lang === 'en'
                  ? 'no'
                  : '否',
          },
        ],
        items,
        lang,
      );
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
      return sendWorkbook(
        reply,
        `assessment-${a.portCode}`,
        a.portCode,
        [
          { header: { zh: '方面', en: 'Aspect' }, value: (r) => ASPECT_LABELS[r.aspect][lang] },
          { header: { zh: '编码', en: 'Code' }, width: 26, value: (r) => r.itemCode },
          {
            header: { zh: '要求', en: 'Requirement' },
            width: 40,
            value: (r) => (lang === 'en' ? r.titleEn : r.titleZh),
          },
          {
            header: { zh: '结果', en: 'Result' },
            value: (r) => (r.result ? ITEM_RESULT_LABELS[r.result][lang] : ''),
          },
          {
            header: { zh: '等级', en: 'Grade' },
            value: (r) => (r.grade ? GRADE_LABELS[r.grade][lang] : ''),
          },
          { header: { zh: '要求数量', en: 'Required' }, value: (r) => r.required },
          {
            header: { zh: '现有', en: 'Present' },
            value: (r) => (typeof r.present === 'boolean' ? String(r.present) : r.present),
          },
          {
            header: { zh: '说明', en: 'Note' },
            width: 40,
            value: (r) => r.naReason ?? r.note ?? r.errorMessage ?? '',
          },
        ],
        a.items,
        lang,
      );
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
    async (req) =>
      assessmentsService.answer(ctx, actorOf(req), auditActorOf(req), req.params.id, req.body),
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
      assessmentsService.submit(
        ctx,
        actorOf(req),
        auditActorOf(req),
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
      assessmentsService.returnAspect(
        ctx,
        actorOf(req),
        auditActorOf(req),
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
      assessmentsService.acceptAspect(
        ctx,
        actorOf(req),
        auditActorOf(req),
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
      assessmentsService.approve(
        ctx,
        actorOf(req),
        auditActorOf(req),
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
      assessmentsService.requestReopen(
        ctx,
        actorOf(req),
        auditActorOf(req),
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
      assessmentsService.decideReopen(
        ctx,
        actorOf(req),
        auditActorOf(req),
        req.params.id,
        req.body.version,
        req.body.approve,
      ),
  );

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
      const { items } = await findingsService.list(
        ctx,
        actorOf(req),
        { ...req.query, page: 1, pageSize: 1 },
        null,
      );
      return sendWorkbook(
        reply,
        'findings',
        lang === 'en' ? 'Findings' : '整改台账',
        [
          { header: { zh: '口岸', en: 'Port' }, value: (r) => r.portCode },
          { header: { zh: '方面', en: 'Aspect' }, value: (r) => ASPECT_LABELS[r.aspect][lang] },
          {
            header: { zh: '要求', en: 'Requirement' },
            width: 40,
            value: (r) => (lang === 'en' ? r.titleEn : r.titleZh),
          },
          { header: { zh: '等级', en: 'Grade' }, value: (r) => GRADE_LABELS[r.grade][lang] },
          {
            header: { zh: '优先级', en: 'Priority' },
            value: (r) => PRIORITY_LABELS[r.priority][lang],
          },
          {
            header: { zh: '状态', en: 'Status' },
            value: (r) => RECTIFICATION_STATUS_LABELS[r.status][lang],
          },
          { header: { zh: '责任人', en: 'Owner' }, value: (r) => r.ownerName ?? '' },
          { header: { zh: '期限', en: 'Due' }, value: (r) => r.dueDate ?? '' },
          {
            header: { zh: '逾期', en: 'Overdue' },
            value: (r) => (r.overdue ? (lang === 'en' ? 'yes' : '是') : ''),
          },
        ],
        items,
        lang,
      );
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
    async (req) =>
      findingsService.plan(ctx, actorOf(req), auditActorOf(req), req.params.id, req.body),
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
        auditActorOf(req),
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
        auditActorOf(req),
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
        auditActorOf(req),
        req.params.id,
        req.body.version,
        req.body.comment,
      ),
  );
};
