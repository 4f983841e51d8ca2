import { describe, expect, it } from 'vitest';
import { noteStatusText } from './noteStatus';

const now = new Date('2026-03-10T12:00:00Z');
const note = {
  accountId: 1,
  body: 'x',
  createdAt: '2026-03-07T12:00:00Z',
  updatedAt: '2026-03-10T11:55:00Z',
};

describe('note status line', () => {
  it('says saved with when it was created and last updated', () => {
    expect(noteStatusText({ state: 'saved', note, error: null }, now)).toEqual({
      label: 'Saved',
      tone: 'quiet',
      times: 'Created 3 days ago · updated 5 minutes ago',
    });
  });

  it('says saving while typing and saving, and warns while retrying', () => {
    expect(noteStatusText({ state: 'pending', note: null, error: null }, now).label).toBe('Saving…');
    expect(noteStatusText({ state: 'saving', note, error: null }, now).tone).toBe('busy');
    expect(noteStatusText({ state: 'retrying', note, error: 'gone' }, now)).toMatchObject({
      label: 'Not saved — retrying',
      tone: 'problem',
    });
  });

  it('says nothing before the first word', () => {
    expect(noteStatusText({ state: 'saved', note: null, error: null }, now)).toEqual({
      label: '',
      tone: 'quiet',
      times: null,
    });
    expect(noteStatusText(null, now).times).toBeNull();
  });
});
