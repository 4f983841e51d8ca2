import type { NoteDto } from '../../../../common/dto';

/**
 * A copy of unsaved note text in the renderer's own storage, written as the user types and
 * removed once the core has stored the note: if the window closes or the core goes away before
 * a save lands, the text is offered back the next time the note is opened.
 */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface NoteDraft {
  body: string;
  writtenAt: string;
}

const prefix = 'inside-track:note-draft:';

/** Account ids are per workspace file, so the file is part of the key. */
export function draftKey(workspacePath: string, accountId: number): string {
  return `${prefix}${accountId}:${workspacePath}`;
}

export function readDraft(store: DraftStore, key: string): NoteDraft | null {
  try {
    const raw = store.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<NoteDraft>;
    return typeof value.body === 'string' && typeof value.writtenAt === 'string'
      ? { body: value.body, writtenAt: value.writtenAt }
      : null;
  } catch {
    return null;
  }
}

/** False when the store refused (full, or disabled): the draft is a safety net, not the save. */
export function writeDraft(store: DraftStore, key: string, body: string, now: Date = new Date()): boolean {
  try {
    store.setItem(key, JSON.stringify({ body, writtenAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(store: DraftStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}

/** The text to put back in the editor: a draft that differs from what the core has stored. */
export function draftToRestore(draft: NoteDraft | null, stored: NoteDto | null): string | null {
  if (!draft) return null;
  return draft.body === (stored?.body ?? '') ? null : draft.body;
}
