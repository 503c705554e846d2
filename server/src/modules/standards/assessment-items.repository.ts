import type { Db, Tx } from '../../platform/db/database.ts';
import type { AssessmentItemTable } from '../../platform/db/schema.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

/** An assessment item with its catalog item's texts. */
export type AssessmentItemRow = AssessmentItemTable & {
  titleZh: string;
  titleEn: string;
  guidanceZh: string;
  guidanceEn: string;
  basis: string;
  evidenceGuidance: string;
};

function items(db: Db | Tx) {
  return db
    .selectFrom('assessmentItems as ai')
    .innerJoin('catalogItems as ci', 'ci.id', 'ai.catalogItemId')
    .selectAll('ai')
    .select([
      'ci.titleZh',
      'ci.titleEn',
      'ci.guidanceZh',
      'ci.guidanceEn',
      'ci.basis',
      'ci.evidenceGuidance',
    ]);
}

export const assessmentItemsRepository = {
  itemsOf(db: Db | Tx, assessmentId: string): Promise<AssessmentItemRow[]> {
    return items(db)
      .where('ai.assessmentId', '=', assessmentId)
      .orderBy('ci.sortOrder')
      .orderBy('ai.itemCode')
      .execute();
  },

  findItem(db: Db | Tx, id: string): Promise<AssessmentItemRow | undefined> {
    return items(db).where('ai.id', '=', id).executeTakeFirst();
  },

  async updateItem(
    tx: Tx,
    id: string,
    version: number | null,
    changes: Partial<AssessmentItemTable>,
    actorId: string | null,
    now: number,
  ): Promise<void> {
    if (version !== null) {
      await updateVersioned(
        tx,
        'assessmentItems',
        { id, version },
        { ...changes, updatedAt: now, updatedBy: actorId },
      );
      return;
    }
    await tx
      .updateTable('assessmentItems')
      .set((eb) => ({
        ...changes,
        version: eb('version', '+', 1),
        updatedAt: now,
        updatedBy: actorId,
      }))
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async clearReturnComments(
    tx: Tx,
    assessmentId: string,
    now: number,
    actorId: string,
  ): Promise<void> {
    await tx
      .updateTable('assessmentItems')
      .set({ returnComment: null, updatedAt: now, updatedBy: actorId })
      .where('assessmentId', '=', assessmentId)
      .where('returnComment', 'is not', null)
      .execute();
  },
};
