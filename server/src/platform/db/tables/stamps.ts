// The columns every mutable row carries, shared by the tables of every area (`stamped` in
// ../migration-columns.ts adds them to a table when it is created).

/** Optimistic-concurrency version and who created and last changed the row, when. */
export type Stamps = {
  version: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  updatedBy: string | null;
};
