import type { EvidenceRow } from './evidence.repository.ts';

/** An evidence file as answers and rectifications list it, and as an upload answers. */
export type EvidenceFile = { id: string; fileId: string; name: string; mime: string; size: number };

export function presentEvidence(row: EvidenceRow): EvidenceFile {
  return { id: row.id, fileId: row.fileId, name: row.name, mime: row.mime, size: Number(row.size) };
}
