import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, draftToRestore, readDraft, writeDraft, type DraftStore } from './noteDrafts';

function memoryStore(): DraftStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const stored = {
  accountId: 7,
  body: 'saved text',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('unsaved note drafts', () => {
  it('keeps unsaved text per workspace and account until it is cleared', () => {
    const store = memoryStore();
    const key = draftKey('/a/Acme.itrack', 7);
    expect(key).not.toBe(draftKey('/b/Other.itrack', 7));
    writeDraft(store, key, 'saved text and more', new Date('2026-02-01T10:00:00Z'));
    expect(readDraft(store, key)).toEqual({
      body: 'saved text and more',
      writtenAt: '2026-02-01T10:00:00.000Z',
    });
    expect(draftToRestore(readDraft(store, key), stored)).toBe('saved text and more');
    clearDraft(store, key);
    expect(readDraft(store, key)).toBeNull();
  });

  it('offers nothing back when the draft is what the core already has', () => {
    expect(draftToRestore({ body: 'saved text', writtenAt: 'x' }, stored)).toBeNull();
    expect(draftToRestore({ body: '', writtenAt: 'x' }, null)).toBeNull();
    expect(draftToRestore({ body: 'first words', writtenAt: 'x' }, null)).toBe('first words');
  });

  it('survives a broken or refusing store', () => {
    const store = memoryStore();
    store.items.set('k', '{not json');
    expect(readDraft(store, 'k')).toBeNull();
    const full: DraftStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(writeDraft(full, 'k', 'text')).toBe(false);
  });
});
