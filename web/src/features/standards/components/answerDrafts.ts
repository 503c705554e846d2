/**
 * What a person has typed into an answer but not saved, kept in the browser per item (or per selection) so a
 * closed dialog, a reload or a lost connection does not lose it. A draft belongs to the version it was typed
 * against: once someone else saves the item, the old draft is dropped rather than written over their answer.
 */
export type AnswerDraft = {
  version: number;
  result?: string;
  grade?: string | null;
  naReason?: string | null;
  note?: string | null;
};

const PREFIX = 'guomen.answer-draft.';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readDraft(key: string, version: number): AnswerDraft | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as AnswerDraft;
    if (draft.version === version) return draft;
  } catch {
    // a draft from an older build: drop it
  }
  storage()?.removeItem(PREFIX + key);
  return null;
}

export function writeDraft(key: string, draft: AnswerDraft): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the answer is still in the open dialog
  }
}

export function dropDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
