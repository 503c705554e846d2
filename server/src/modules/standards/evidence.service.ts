import type { Readable } from 'node:stream';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { fileError } from '../../platform/files/files.errors.ts';
import { keepUpload, type Upload } from '../../platform/files/upload.ts';
import { assessmentItemsRepository } from './assessment-items.repository.ts';
import { assessmentItemsService } from './assessment-items.service.ts';
import { assessmentsService } from './assessments.service.ts';
import type { EvidenceFile } from './evidence.presenter.ts';
import { evidenceRepository } from './evidence.repository.ts';
import { findingsService } from './findings.service.ts';

/** Reads the request's file only once the caller is known to be allowed to attach it. */
type ReceiveUpload = () => Promise<Upload>;

async function keep(
  ctx: AppContext,
  actor: Actor,
  owner: { assessmentItemId: string | null; findingId: string | null },
  receive: ReceiveUpload,
): Promise<EvidenceFile> {
  const upload = await receive();
  const id = newId();
  try {
    const file = await inTransaction(ctx, async (tx) => {
      const kept = await keepUpload(ctx, tx, upload, actor.userId);
      const now = ctx.clock();
      await evidenceRepository.insertEvidence(tx, {
        id,
        fileId: kept.id,
        ...owner,
        archivedAt: null,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      });
      await ctx.audit.append(tx, actor, {
        action: 'evidence.create',
        entityType: 'evidence',
        entityId: id,
        after: {
          ...owner,
          fileName: kept.originalName,
          mime: kept.mime,
          size: kept.size,
          hash: kept.hash,
        },
      });
      return kept;
    });
    return {
      id,
      fileId: file.id,
      name: file.originalName,
      mime: file.mime,
      size: Number(file.size),
    };
  } finally {
    await upload.staged.discard();
  }
}

export const evidenceService = {
  /** Evidence for an answer of an assessment still being filled in. */
  async attachToItem(
    ctx: AppContext,
    actor: Actor,
    itemId: string,
    receive: ReceiveUpload,
  ): Promise<EvidenceFile> {
    await assessmentItemsService.fillableItem(ctx, actor, itemId);
    return keep(ctx, actor, { assessmentItemId: itemId, findingId: null }, receive);
  },

  /** Evidence of a rectification, while it is being worked on. */
  async attachToFinding(
    ctx: AppContext,
    actor: Actor,
    findingId: string,
    receive: ReceiveUpload,
  ): Promise<EvidenceFile> {
    await findingsService.workable(ctx, actor, findingId);
    return keep(ctx, actor, { assessmentItemId: null, findingId }, receive);
  },

  /** An evidence file, for whoever may read the assessment or finding it backs (checked without loading either whole). */
  async content(
    ctx: AppContext,
    actor: Actor,
    id: string,
  ): Promise<{ stream: Readable; mime: string; name: string; size: number }> {
    const row = await evidenceRepository.findEvidence(ctx.db, id);
    if (!row) throw notFound();
    if (row.assessmentItemId) {
      const item = await assessmentItemsRepository.findItem(ctx.db, row.assessmentItemId);
      if (!item) throw notFound();
      await assessmentsService.readable(ctx, actor, item.assessmentId);
    } else if (row.findingId) {
      await findingsService.readable(ctx, actor, row.findingId);
    }
    const stream = await ctx.files.open(row.hash);
    if (!stream) throw fileError('FILE_MISSING');
    return { stream, mime: row.mime, name: row.name, size: Number(row.size) };
  },
};
