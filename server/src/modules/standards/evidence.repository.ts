import type { Db, Tx } from '../../platform/db/database.ts';
import type { StandardsEvidenceTable } from '../../platform/db/schema.ts';

export type EvidenceRow = StandardsEvidenceTable & { name: string; mime: string; size: number };

export const evidenceRepository = {
  evidenceOf(
    db: Db | Tx,
    by: { assessmentItemIds?: readonly string[]; findingIds?: readonly string[] },
  ): Promise<EvidenceRow[]> {
    const itemIds = by.assessmentItemIds ?? [];
    const findingIds = by.findingIds ?? [];
    if (itemIds.length === 0 && findingIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('standardsEvidence as e')
      .innerJoin('files as f', 'f.id', 'e.fileId')
      .selectAll('e')
      .select(['f.originalName as name', 'f.mime', 'f.size'])
      .where('e.archivedAt', 'is', null)
      .where((eb) =>
        eb.or([
          ...(itemIds.length > 0 ? [eb('e.assessmentItemId', 'in', itemIds)] : []),
          ...(findingIds.length > 0 ? [eb('e.findingId', 'in', findingIds)] : []),
        ]),
      )
      .orderBy('e.createdAt')
      .execute();
  },

  findEvidence(db: Db | Tx, id: string): Promise<(EvidenceRow & { hash: string }) | undefined> {
    return db
      .selectFrom('standardsEvidence as e')
      .innerJoin('files as f', 'f.id', 'e.fileId')
      .selectAll('e')
      .select(['f.originalName as name', 'f.mime', 'f.size', 'f.hash'])
      .where('e.id', '=', id)
      .where('e.archivedAt', 'is', null)
      .executeTakeFirst();
  },

  async insertEvidence(tx: Tx, row: StandardsEvidenceTable): Promise<void> {
    await tx.insertInto('standardsEvidence').values(row).execute();
  },
};
