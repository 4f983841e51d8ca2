import { relativeTime } from '../../components/format/relativeTime';
import type { NoteSaverStatus } from './noteSaver';

export interface NoteStatusText {
  /** "Saved", "Saving…", "Not saved — retrying", or "" before anything is written. */
  label: string;
  tone: 'quiet' | 'busy' | 'problem';
  /** "Created 3 days ago · updated just now"; null before the first save. */
  times: string | null;
}

export function noteStatusText(status: NoteSaverStatus | null, now: Date = new Date()): NoteStatusText {
  const note = status?.note ?? null;
  const times = note
    ? note.createdAt === note.updatedAt
      ? `Created ${relativeTime(note.createdAt, now)}`
      : `Created ${relativeTime(note.createdAt, now)} · updated ${relativeTime(note.updatedAt, now)}`
    : null;
  switch (status?.state) {
    case 'pending':
    case 'saving':
      return { label: 'Saving…', tone: 'busy', times };
    case 'retrying':
      return { label: 'Not saved — retrying', tone: 'problem', times };
    case 'saved':
      return { label: note ? 'Saved' : '', tone: 'quiet', times };
    default:
      return { label: '', tone: 'quiet', times };
  }
}
