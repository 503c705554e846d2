import type { Db, Tx } from '../db/database.ts';
import type { FileTable } from '../db/schema.ts';

export type FileRow = FileTable;

export const filesRepository = {
  async insert(tx: Tx, row: FileRow): Promise<void> {
    await tx.insertInto('files').values(row).execute();
  },

  findById(db: Db | Tx, id: string): Promise<FileRow | undefined> {
    return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  },
};
