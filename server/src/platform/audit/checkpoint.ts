import fs from 'node:fs';
import path from 'node:path';

/**
 * The chain's head, signed and kept outside the database: a file in the data directory, replaced after each
 * commit that appended audit rows, and a line in the log now and then. Someone who can write the database but
 * not the data directory cannot cut the tail or empty the table without verify seeing the head go missing.
 */
export type Checkpoint = { seq: number; hash: string; at: number; mac: string };

export const CHECKPOINT_FILE = 'audit-checkpoint.json';

export const checkpointSignedText = (c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>): string =>
  `guomen-audit-checkpoint|${c.seq}|${c.hash}|${c.at}`;

export type CheckpointRead =
  | { kind: 'none' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'found'; checkpoint: Checkpoint };

export function readCheckpoint(dataDir: string): CheckpointRead {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, CHECKPOINT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', detail: String(error) };
  }
  try {
    const value = JSON.parse(text) as Partial<Checkpoint>;
    if (
      typeof value.seq !== 'number' ||
      typeof value.hash !== 'string' ||
      typeof value.at !== 'number' ||
      typeof value.mac !== 'string'
    ) {
      return { kind: 'unreadable', detail: 'fields missing' };
    }
    return {
      kind: 'found',
      checkpoint: { seq: value.seq, hash: value.hash, at: value.at, mac: value.mac },
    };
  } catch (error) {
    return { kind: 'unreadable', detail: String(error) };
  }
}

/** Replaces the checkpoint file atomically (write, then rename), so a crash leaves the old one or the new one. */
export function writeCheckpoint(dataDir: string, checkpoint: Checkpoint): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, CHECKPOINT_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Moves the checkpoint aside (kept as evidence) when a restore replaces the database it describes. */
export function retireCheckpoint(dataDir: string, stamp: number): string | null {
  const file = path.join(dataDir, CHECKPOINT_FILE);
  if (!fs.existsSync(file)) return null;
  const retired = path.join(dataDir, `audit-checkpoint.before-restore-${stamp}.json`);
  fs.renameSync(file, retired);
  return retired;
}
