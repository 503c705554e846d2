import type { Db, Tx } from '../../platform/db/database.ts';
import type { AttachmentTable } from '../../platform/db/schema.ts';

/** An attachment with its file's name, type, size and content hash. */
export type AttachmentRow = AttachmentTable & {
  fileName: string;
  mimeType: string;
  size: number;
  hash: string;
};

/** Attachments of a facility itself (photos, documents) or of one of its certifications. */
export type AttachmentOwner = { facilityId: string; certificationId: string | null };

function withFile(db: Db | Tx) {
  return db
    .selectFrom('attachments as a')
    .innerJoin('files as fl', 'fl.id', 'a.fileId')
    .selectAll('a')
    .select(['fl.originalName as fileName', 'fl.mime as mimeType', 'fl.size', 'fl.hash']);
}

export const attachmentsRepository = {
  findById(db: Db | Tx, id: string): Promise<AttachmentRow | undefined> {
    return withFile(db).where('a.id', '=', id).executeTakeFirst();
  },

  listOf(db: Db, owner: AttachmentOwner, archived: boolean): Promise<AttachmentRow[]> {
    let q = withFile(db).where('a.facilityId', '=', owner.facilityId);
    q =
      owner.certificationId === null
        ? q.where('a.certificationId', 'is', null)
        : q.where('a.certificationId', '=', owner.certificationId);
    q = archived ? q.where('a.archivedAt', 'is not', null) : q.where('a.archivedAt', 'is', null);
    return q.orderBy('a.createdAt', 'desc').orderBy('a.id', 'desc').execute();
  },

  async insert(tx: Tx, row: AttachmentTable): Promise<void> {
    await tx.insertInto('attachments').values(row).execute();
  },

  async archive(
    tx: Tx,
    id: string,
    version: number,
    reason: string,
    actorId: string,
    now: number,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('attachments')
      .set({
        archivedAt: now,
        archivedReason: reason,
        version: version + 1,
        updatedAt: now,
        updatedBy: actorId,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },
};
